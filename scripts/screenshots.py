"""Screenshots of every step, for looking at what we build.

    python scripts/screenshots.py OUTDIR [--zoom 150] [--lang en] [--size 1366x768]

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
    parser.add_argument("--dark", action="store_true", help="a dark system palette (Fusion style)")
    args = parser.parse_args()
    os.environ["ISHOJ_MUS_HOME"] = tempfile.mkdtemp(prefix="ishoj-shots-")
    args.outdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from ishoj_mus.ui.app import make_window

    app, window = make_window(lang=args.lang)
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2d31"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
            (QPalette.ColorRole.Base, "#1e1f22"), (QPalette.ColorRole.Text, "#e8e8e8"),
            (QPalette.ColorRole.Button, "#3a3c41"), (QPalette.ColorRole.ButtonText, "#e8e8e8"),
            (QPalette.ColorRole.Highlight, "#2f6fb0"), (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#9a9ca3"), (QPalette.ColorRole.Mid, "#55575d"),
        ):  # fmt: skip
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
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
    window.dirty = False
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
