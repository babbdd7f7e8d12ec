"""Screenshots of the window, for looking at what we build.

    python scripts/screenshots.py OUTDIR [--zoom 150] [--lang en] [--size 1366x768] [--dark]
                                         [--signed] [--overview] [--sheets]
    python scripts/screenshots.py OUTDIR --all   # da/en × 100/150 % × light/dark, one folder each

Every step of the demo conversation: the top of the page, and where the page is taller than the
window also its middle and end (``NN-step-mid.png``, ``NN-step-zend.png``). ``--overview`` adds the leader's overview and the
year-over-year view on the fictional 30-conversation folder of the tests. ``--sheets`` also
writes contact sheets (``sheet-N.png``, four shots at half size on one image) for looking at
many shots quickly.

Runs on the current display (use Xvfb on a headless machine) with a throw-away user folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def settle(app) -> None:
    for _ in range(10):  # let growing text boxes and layouts settle, as on a real screen
        app.processEvents()


def steps(app, window, outdir: Path, signed: bool) -> None:
    window.open_demo()
    if signed:
        from ishoj_mus.demo import sign_demo

        sign_demo(window.view.conv)
    view = window.view
    for i in range(view.step_list.count()):
        view.go(i)
        settle(app)
        name = f"{i + 1:02d}-{view.conv.form.steps[i].id}"
        page = view.stack.currentWidget()
        bar = page.verticalScrollBar()
        bar.setValue(0)
        settle(app)
        window.grab().save(str(outdir / f"{name}.png"))
        if bar.maximum() > bar.pageStep():  # more than two screens: the middle too
            bar.setValue(bar.maximum() // 2)
            settle(app)
            window.grab().save(str(outdir / f"{name}-mid.png"))
        if bar.maximum() > 0:
            bar.setValue(bar.maximum())
            settle(app)
            window.grab().save(str(outdir / f"{name}-zend.png"))
    if getattr(window, "document", None) is not None:
        window.document.mark_clean()  # nothing to save: the demo is thrown away
    window.close_conversation()


def overview(app, window, outdir: Path, folder: Path | None) -> None:
    sys.path.insert(0, str(ROOT))
    from ishoj_mus.ui.shell import startup
    from tests.year_folder import TODAY, build_year_folder

    folder = folder or Path(tempfile.mkdtemp(prefix="ishoj-leder-")) / "Samtaler"
    if not folder.exists():
        build_year_folder(folder)
    window.settings.overview_folder = str(folder)
    window.overview = startup.overview_view()(  # as rooms.show_overview makes it, at the folder's "today"
        str(folder),
        today=TODAY,
        load=lambda path, who: startup.year_loading.load_any(path, who),
        save_calendar=lambda *args: startup.calendar.save_calendar(*args),
        read_pdf=lambda path: startup.summary_pdfs.read_summary_pdf(path),
    )
    window.overview.back_requested.connect(window.leave_overview)
    window.stack.addWidget(window.overview)
    window.show_overview()
    view = window.overview
    view.refresh()
    while view.overview is None:
        app.processEvents()
    settle(app)
    window.grab().save(str(outdir / "80-overview.png"))
    view.tabs.setCurrentIndex(1)
    view.set_due_period(date(2026, 1, 1), date(2027, 3, 31))
    settle(app)
    window.grab().save(str(outdir / "81-due.png"))
    view.tabs.setCurrentIndex(2)
    settle(app)
    window.grab().save(str(outdir / "82-problems.png"))
    view.tabs.setCurrentIndex(0)
    for i, name in enumerate(("Sofie Larsen", "Mette Hansen")):
        view.select_employee(name)
        view.show_years()
        settle(app)
        window.grab().save(str(outdir / f"{83 + i:02d}-years-{name.split()[0].lower()}.png"))
        view.show_table()


def contact_sheets(outdir: Path) -> None:
    """Four shots at half size on one image, names written under each."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    shots = sorted((p for p in outdir.glob("*.png") if not p.name.startswith("sheet-")), key=lambda p: p.stem)
    for n in range(0, len(shots), 4):
        group = [QImage(str(p)) for p in shots[n : n + 4]]
        w = max(img.width() for img in group) // 2
        h = max(img.height() for img in group) // 2 + 20
        sheet = QImage(w * 2, h * 2, QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for k, (img, path) in enumerate(zip(group, shots[n : n + 4], strict=True)):
            x, y = (k % 2) * w, (k // 2) * h
            painter.drawImage(QRect(x, y, img.width() // 2, img.height() // 2), img)
            painter.setPen(QColor("black"))
            painter.drawText(QRect(x, y + h - 20, w, 20), Qt.AlignmentFlag.AlignCenter, path.name)
        painter.end()
        sheet.save(str(outdir / f"sheet-{n // 4 + 1}.png"))


def run_all(args) -> int:
    folder = None
    if args.overview:
        sys.path.insert(0, str(ROOT))
        from tests.year_folder import build_year_folder

        folder = Path(tempfile.mkdtemp(prefix="ishoj-leder-")) / "Samtaler"
        build_year_folder(folder)  # once for all sets
    failures = 0
    for lang in ("da", "en"):
        for zoom in (100, 150):
            for dark in (False, True):
                name = f"{lang}-{zoom}-{'dark' if dark else 'light'}"
                cmd = [sys.executable, __file__, str(args.outdir / name), "--lang", lang]
                cmd += ["--zoom", str(zoom), "--size", args.size]
                cmd += ["--dark"] if dark else []
                cmd += ["--signed"] if args.signed else []
                cmd += ["--sheets"] if args.sheets else []
                cmd += ["--overview", "--folder", str(folder)] if folder else []
                failures += subprocess.call(cmd) != 0
                print(name, flush=True)
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--zoom", type=int, default=100)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--signed", action="store_true")
    parser.add_argument("--dark", action="store_true", help="our dark theme")
    parser.add_argument("--all", action="store_true", help="every language, zoom and theme")
    parser.add_argument("--overview", action="store_true", help="also the leader's overview")
    parser.add_argument("--folder", type=Path, help="overview: reuse a folder built earlier")
    parser.add_argument("--sheets", action="store_true", help="also contact sheets, four shots each")
    args = parser.parse_args()
    if args.all:
        return run_all(args)
    os.environ["ISHOJ_MUS_THEME"] = "dark" if args.dark else "light"
    os.environ["ISHOJ_MUS_HOME"] = tempfile.mkdtemp(prefix="ishoj-shots-")
    args.outdir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from ishoj_mus.ui.shell.app import make_window

    app, window = make_window(lang=args.lang)
    w, h = (int(x) for x in args.size.split("x"))
    window.settings.zoom = args.zoom
    window.apply_zoom()
    window.resize(w, h)
    window.show()
    settle(app)
    window.grab().save(str(args.outdir / "00-start.png"))
    steps(app, window, args.outdir, args.signed)
    if args.overview:
        overview(app, window, args.outdir, args.folder)
    window.close()
    QApplication.processEvents()
    if args.sheets:
        contact_sheets(args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
