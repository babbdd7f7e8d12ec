"""scripts/screenshots.py --overview makes the leader's overview the way the window does. It
broke twice when the window's seams moved (OverviewView's load/save_calendar/read_pdf, then
startup.opener gone), and only a walk found it: the shots stopped with a traceback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.helpers import open_window

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "screenshots.py"


def test_the_screenshot_script_shows_the_overview_and_the_years(qtbot, year_folder, tmp_path):
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    window = open_window(qtbot, lang="en")
    try:
        script.overview(QApplication.instance(), window, tmp_path, year_folder.root)
        shots = sorted(p.name for p in tmp_path.glob("*.png"))
        assert shots == [
            "80-overview.png",
            "81-due.png",
            "82-problems.png",
            "83-years-sofie.png",
            "84-years-mette.png",
        ]
    finally:
        window.close()
