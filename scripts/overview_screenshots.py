"""Screenshots of the leader's overview and the year-over-year view, for looking at them.

    python scripts/overview_screenshots.py OUTDIR [--zoom 150] [--lang en] [--size 1366x768]

Builds the fictional 30-conversation folder of the tests in a throw-away user folder and runs
on the current display (use Xvfb on a headless machine).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--folder", type=Path, help="reuse a folder built earlier")
    args = parser.parse_args()
    os.environ["ISHOJ_MUS_HOME"] = tempfile.mkdtemp(prefix="ishoj-shots-")
    args.outdir.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    from tests.year_folder import TODAY, build_year_folder

    folder = args.folder or Path(tempfile.mkdtemp(prefix="ishoj-leder-")) / "Samtaler"
    if not folder.exists():
        build_year_folder(folder)

    from PySide6.QtWidgets import QApplication

    from ishoj_mus.ui.app import make_window
    from ishoj_mus.ui.overview_view import OverviewView

    app, window = make_window(lang=args.lang)
    w, h = (int(x) for x in args.size.split("x"))
    window.settings.zoom = args.zoom
    window.apply_zoom()
    window.resize(w, h)
    window.show()
    app.processEvents()
    window.grab().save(str(args.outdir / "00-start.png"))
    window.settings.overview_folder = str(folder)
    window.overview = OverviewView(str(folder), today=TODAY)  # the folder's "today"
    window.overview.back_requested.connect(window.leave_overview)
    window.stack.addWidget(window.overview)
    window.show_overview()
    view = window.overview
    view.refresh()
    while view.overview is None:
        app.processEvents()
    app.processEvents()
    window.grab().save(str(args.outdir / "01-overview.png"))
    view.tabs.setCurrentIndex(1)
    view.set_due_period(date(2026, 1, 1), date(2027, 3, 31))
    app.processEvents()
    window.grab().save(str(args.outdir / "02-due.png"))
    view.tabs.setCurrentIndex(2)
    app.processEvents()
    window.grab().save(str(args.outdir / "03-problems.png"))
    view.tabs.setCurrentIndex(0)
    for i, name in enumerate(("Sofie Larsen", "Mette Hansen")):
        view.select_employee(name)
        view.show_years()
        app.processEvents()
        window.grab().save(str(args.outdir / f"{4 + i:02d}-years-{name.split()[0].lower()}.png"))
        view.show_table()
    print(args.outdir)
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
