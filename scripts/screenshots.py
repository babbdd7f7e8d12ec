"""Screenshots of every step, for looking at what we build.

    python scripts/screenshots.py OUTDIR [--zoom 150] [--lang en] [--size 1366x768] [--dark]
    python scripts/screenshots.py OUTDIR --all   # da/en × 100/150 % × light/dark, one folder each

Runs on the current display (use Xvfb on a headless machine) with a throw-away user folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--signed", action="store_true")
    parser.add_argument("--dark", action="store_true", help="our dark theme")
    parser.add_argument("--all", action="store_true", help="every language, zoom and theme")
    args = parser.parse_args()
    if args.all:
        import subprocess

        failures = 0
        for lang in ("da", "en"):
            for zoom in (100, 150):
                for dark in (False, True):
                    name = f"{lang}-{zoom}-{'dark' if dark else 'light'}"
                    cmd = [
                        sys.executable,
                        __file__,
                        str(args.outdir / name),
                        "--lang",
                        lang,
                        "--zoom",
                        str(zoom),
                    ]
                    cmd += (
                        ["--size", args.size]
                        + (["--dark"] if dark else [])
                        + (["--signed"] if args.signed else [])
                    )
                    failures += subprocess.call(cmd) != 0
                    print(name, flush=True)
        return 1 if failures else 0
    os.environ["ISHOJ_MUS_THEME"] = "dark" if args.dark else "light"
    os.environ["ISHOJ_MUS_HOME"] = tempfile.mkdtemp(prefix="ishoj-shots-")
    args.outdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from ishoj_mus.ui.app import make_window

    app, window = make_window(lang=args.lang)
    w, h = (int(x) for x in args.size.split("x"))
    window.settings.zoom = args.zoom
    window.apply_zoom()
    window.resize(w, h)
    window.show()
    app.processEvents()
    window.grab().save(str(args.outdir / "00-start.png"))
    window.open_demo()
    if args.signed:
        from ishoj_mus.demo import sign_demo

        sign_demo(window.view.conv)
    for i in range(window.view.step_list.count()):
        window.view.go(i)
        for _ in range(10):  # let growing text boxes and layouts settle, as on a real screen
            app.processEvents()
        window.grab().save(str(args.outdir / f"{i + 1:02d}-{window.view.conv.form.steps[i].id}.png"))
    if getattr(window, "document", None) is not None:
        window.document.mark_clean()  # nothing to save: the demo is thrown away
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
