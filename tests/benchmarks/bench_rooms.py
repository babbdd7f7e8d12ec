"""Opening a room for the first time (issue 25: imports made ordinary must not make it slower).

    python tests/benchmarks/bench_rooms.py [--repeat 5]

Each figure is the median of fresh window processes (so every room is opened cold, its modules
imported then), interleaved, offscreen:

- overview: the leader's overview of a folder of 20 conversations, from the menu until it is
  shown (overview_shown_s) and until the table is filled (overview_s; the folder is read in a
  thread);
- years: from there, one employee's years side by side;
- grus: a new group conversation's window;
- preparation: the 'Forbered dig' dialog made;
- conversation: the demo conversation opened in the window.

It also reports which of the heavy PDF libraries the window process holds after all of that,
and after a conversation has been open long enough for the PDF worker to be warmed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

if __name__ == "__main__":  # python tests/benchmarks/bench_rooms.py: the repository's tests package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.bench import child_env, median, run_child  # noqa: E402

HEAVY = ("reportlab", "pikepdf", "pyhanko", "cryptography", "pypdfium2")

ROOMS = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from ishoj_mus.ui.shell.app import make_window
HEAVY = @HEAVY@
folder = sys.argv[1]
app, window = make_window()
window.settings.overview_folder = folder
window.show()
out = {}
def heavy():
    return sorted(m for m in HEAVY if m in sys.modules)
def wait(cond, then, deadline):
    if cond() or time.perf_counter() > deadline:
        then()
    else:
        QTimer.singleShot(2, lambda: wait(cond, then, deadline))
def overview():
    out["heavy_before_rooms"] = heavy()
    t = time.perf_counter()
    window.show_overview()
    app.processEvents()
    out["overview_shown_s"] = time.perf_counter() - t  # the view is there (its folder still being read)
    def done():
        out["overview_s"] = time.perf_counter() - t
        years()
    wait(lambda: window.overview.overview is not None and window.overview.overview.rows, done, t + 60)
def years():
    view = window.overview
    view.table.selectRow(0)
    t = time.perf_counter()
    view.show_years()
    app.processEvents()
    out["years_s"] = time.perf_counter() - t
    grus()
def grus():
    t = time.perf_counter()
    window.open_group(None)
    app.processEvents()
    out["grus_s"] = time.perf_counter() - t
    from PySide6.QtWidgets import QApplication
    for w in QApplication.topLevelWidgets():
        if w is not window and hasattr(w, "document") and hasattr(w.document, "group"):
            w.document.discard_recovery()
            w.document.undo_stack.setClean()
            w.hide()
    preparation()
def preparation():
    t = time.perf_counter()
    from ishoj_mus.ui.preparation.preparation import PrepareDialog
    dialog = PrepareDialog(window)
    dialog.show()
    app.processEvents()
    out["preparation_s"] = time.perf_counter() - t
    dialog.reject()
    conversation()
def conversation():
    t = time.perf_counter()
    window.open_demo()
    app.processEvents()
    out["conversation_s"] = time.perf_counter() - t
    out["heavy_after_rooms"] = heavy()
    QTimer.singleShot(2500, finish)  # the PDF worker is warmed after the window is idle
def finish():
    out["heavy_after_warm"] = heavy()
    out["window_modules"] = len(sys.modules)
    stop = getattr(window.pdf, "stop_worker", None)
    if stop is not None:
        stop()
    window.dirty = False
    print(json.dumps(out))
    app.quit()
QTimer.singleShot(0, overview)
app.exec()
""".replace("@HEAVY@", repr(HEAVY))


def make_folder(root: Path, count: int = 20) -> Path:
    from datetime import date, timedelta

    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.records import Employee
    from ishoj_mus.storage import musfile

    conv = demo_conversation()
    for i in range(count):
        conv.id = f"rooms{i:03d}"
        conv.employee = Employee(f"Medarbejder {i % 5}", "Pædagog", "Solsikken", "")
        conv.date = date(2026, 11, 1) - timedelta(days=200 * (i // 5))
        (root / f"samtale-{i:03d}.mus").write_bytes(musfile.dumps(conv))
    return root


def bench_rooms(repeat: int = 5) -> dict:
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_folder(Path(tmp))
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as home:
                _start, data = run_child(ROOMS, child_env(home, None), str(folder))
            runs.append(data)
    result: dict = {"runs": len(runs), "load_average": os.getloadavg()[0]}
    for key in (
        "overview_shown_s",
        "overview_s",
        "years_s",
        "grus_s",
        "preparation_s",
        "conversation_s",
        "window_modules",
    ):
        result[key] = median(r[key] for r in runs)
    for key in ("heavy_before_rooms", "heavy_after_rooms", "heavy_after_warm"):
        result[key] = sorted({m for r in runs for m in r[key]})
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(bench_rooms(args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
