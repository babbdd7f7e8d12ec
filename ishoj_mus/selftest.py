"""``ishoj-mus --self-test``: the window offscreen on the demo, then a signed PDF made and verified.

Exits 0 when everything works, 1 naming what failed. Used to check an installed bundle.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus.demo import sign_demo
from ishoj_mus.pdf.verdict import verify_bounded
from ishoj_mus.ui.outputs.pdf_actions import summary_job
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.shell.self_checks import check_danish_text, check_preview_and_print

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.ui.shell.main_window import MainWindow


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ishoj-mus-selftest-") as tmp:
        os.environ["ISHOJ_MUS_HOME"] = tmp  # never touch the real user folders
        stage = "vinduet"
        try:
            started = time.perf_counter()
            app, window = make_window()
            window.show()
            window.open_demo()
            app.processEvents()
            if window.view is None or window.view.conv.employee.name != "Mette Hansen":
                raise RuntimeError("demo-samtalen blev ikke vist")
            stage = "underskrevet PDF"
            # Signed apart: in the window a signature is the signing page's undo command, and a
            # change that bypasses the document warns (ChangeOutsideCommand).
            conv = copy.deepcopy(window.view.conv)
            sign_demo(conv)
            data = _pdf_through_the_worker(app, window, conv)
            out = Path(tmp) / "selvtest.pdf"
            out.write_bytes(data)
            stage = "kontrol af signaturen"
            result = verify_bounded(out.read_bytes())  # also proves the bounded child process starts
            if not result.intact:
                raise RuntimeError(result.message)
            stage = "forhåndsvisning og udskrift"
            check_preview_and_print(window, data, Path(tmp) / "udskrift.pdf")
            stage = "dansk sortering"
            check_danish_text()
            window.dirty = False
            window.close()
            print(
                f"Selvtest bestået ({time.perf_counter() - started:.2f} s): vindue, PDF/A, signatur, kontrol, "
                "forhåndsvisning, udskrift og dansk sortering virker."
            )
            return 0
        except Exception as exc:  # noqa: BLE001 – the self-test reports, never crashes
            print(f"Selvtest fejlede ved {stage}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1


def _pdf_through_the_worker(app: QApplication, window: MainWindow, conv: Conversation) -> bytes:
    """The signed PDF as the window makes it: in the PDF worker process (proves it starts)."""
    made: list[bytes] = []
    failed: list[str] = []
    window.pdf.run("Selvtest", summary_job(conv, None), made.append, failed.append)
    deadline = time.monotonic() + 120
    while not (made or failed) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if not made:
        raise RuntimeError(failed[0] if failed else "PDF-processen svarede ikke")
    if not window.pdf.worker_alive():
        raise RuntimeError("PDF'en blev ikke lavet i PDF-processen")
    return made[0]
