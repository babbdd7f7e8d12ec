"""``ishoj-mus --self-test``: the window offscreen on the demo, then a signed PDF made and verified.

Exits 0 when everything works, 1 naming what failed. Used to check an installed bundle.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ishoj-mus-selftest-") as tmp:
        os.environ["ISHOJ_MUS_HOME"] = tmp  # never touch the real user folders
        stage = "vinduet"
        try:
            started = time.perf_counter()
            from ishoj_mus.ui.app import make_window

            app, window = make_window()
            window.show()
            window.open_demo()
            app.processEvents()
            if window.view is None or window.view.conv.employee.name != "Mette Hansen":
                raise RuntimeError("demo-samtalen blev ikke vist")
            stage = "underskrevet PDF"
            from ishoj_mus.demo import sign_demo
            from ishoj_mus.pdf.pipeline import summary_pdf

            conv = window.view.conv
            sign_demo(conv)
            data = summary_pdf(conv)
            out = Path(tmp) / "selvtest.pdf"
            out.write_bytes(data)
            stage = "kontrol af signaturen"
            from ishoj_mus.pdf.verification import verify_bounded

            result = verify_bounded(out.read_bytes())  # also proves the bounded child process starts
            if not result.intact:
                raise RuntimeError(result.message)
            window.dirty = False
            window.close()
            print(
                f"Selvtest bestået ({time.perf_counter() - started:.2f} s): vindue, PDF/A, signatur og kontrol virker."
            )
            return 0
        except Exception as exc:  # noqa: BLE001 – the self-test reports, never crashes
            print(f"Selvtest fejlede ved {stage}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
