"""The window's size at start (walk of issue 25, 84): a size saved at scale 1 opened 626 px wide
with QT_SCALE_FACTOR=1.5 – Qt's restoreGeometry refuses a geometry wider than the screen, and the
window kept its start page's size – and the page was cut off at the right. Now the saved size is
kept when it fits, never larger than the screen, never smaller than the pages are made for
(1024 × 600 at 150 %, so 683 × 400 at 100 %; the whole screen when it is smaller)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QMainWindow

from ishoj_mus.storage.settings import Settings
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.shell.window_size import fitted_size


@pytest.mark.parametrize(
    ("saved", "room", "zoom", "size"),
    [
        (None, (911, 512), 100, (911, 472)),  # 1366 × 768 at scale 1.5: the whole screen
        ((1100, 700), (1920, 1040), 100, (1100, 700)),  # a size that fits is kept
        ((700, 500), (800, 600), 100, (700, 500)),
        ((600, 380), (1920, 1040), 100, (683, 400)),  # smaller than the pages are made for
        ((600, 380), (1920, 1040), 150, (1024, 600)),  # ... at the saved text size
        ((626, 400), (911, 512), 150, (911, 472)),  # or the whole screen when that is smaller
        ((2400, 1400), (1280, 680), 100, (1280, 640)),  # from a larger screen: within this one
        (None, (1920, 1040), 100, (1280, 800)),
    ],
)
def test_the_window_size_is_usable_and_within_the_screen(saved, room, zoom, size):
    assert fitted_size(saved, room, zoom) == size


SCALED = """
import time
from PySide6.QtWidgets import QApplication
from ishoj_mus.ui.shell.app import make_window
app, window = make_window()
window.show()
for _ in range(20):  # the frame is fitted after the first frame
    app.processEvents()
    time.sleep(0.02)
frame, room = window.frameGeometry(), window.screen().availableGeometry()
print(frame.width(), frame.height(), room.width(), room.height(), window.devicePixelRatio())
"""


def test_at_150_percent_the_window_is_not_wider_than_the_screen(tmp_path):
    """Issue 25, walk 2: with QT_SCALE_FACTOR=1.5 a 1366 × 768 screen is 910.67 logical px, which
    Qt says is 911; the window took 911 and was 1367 px on the 1366 px screen."""
    screen = tmp_path / "screen.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
    screen.write_text(json.dumps({"screens": [laptop]}))
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", ISHOJ_MUS_HOME=str(tmp_path / "home"))
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    out = subprocess.run(
        [sys.executable, "-c", SCALED], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    width, height, room_w, room_h, ratio = (float(x) for x in out.stdout.split())
    assert (room_w, room_h, ratio) == (911, 512, 1.5)  # the walk's laptop
    assert width * ratio <= 1366 and height * ratio <= 768, (width, height)
    assert width >= 900  # and it still takes the screen's width


WIDER_THAN_THE_SCREEN = (
    "AdnQywADAAAAAAAAAAAAAAAABP8AAAK7AAAAAAAAAAAAAAT/AAACuwAAAAAAAAAABVYAAAAAAAAAAAAABP8AAAK7"
)


def _saved_geometry(width: int, height: int) -> str:
    """What the window saves at exit, for a window of that size (saveGeometry, base64)."""
    other = QMainWindow()
    other.resize(width, height)
    try:
        return other.saveGeometry().toBase64().toStdString()
    finally:
        other.deleteLater()


@pytest.mark.parametrize("saved", ["narrow", "refused"])
def test_a_saved_size_too_small_or_refused_by_qt_opens_usable(qtbot, saved):
    settings = Settings.load()
    # "refused": 1280 × 700 saved on a 1366 × 768 screen (Xvfb, scale 1), wider than the test's
    # screen: restoreGeometry does not take it, as with QT_SCALE_FACTOR=1.5 in the walk.
    settings.window_geometry = _saved_geometry(600, 380) if saved == "narrow" else WIDER_THAN_THE_SCREEN
    settings.save()
    assert saved == "narrow" or not QMainWindow().restoreGeometry(
        QByteArray.fromBase64(WIDER_THAN_THE_SCREEN.encode())
    )
    _app, window = make_window()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    # narrow: widened to what the pages are made for; refused: the size of a first start
    want = fitted_size((600, 380) if saved == "narrow" else None, room.size().toTuple())
    assert window.size().toTuple() == want, room
    assert want[0] >= min(683, room.width()) and want[1] >= min(400, room.height() - 40)
    assert room.contains(window.geometry().topLeft())
    assert QApplication.primaryScreen() is not None
