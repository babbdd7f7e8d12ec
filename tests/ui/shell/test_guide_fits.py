"""Walk 2 (/tmp/walk2/73-qt150-guide.png): with 150 % display scaling a 1366 × 768 laptop has
911 × 512 px of room, and »How to hold the conversation« (F1) opened 640 × 560 – its Close
button below the screen. It now takes at most the screen's room."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from ishoj_mus.ui.shell.guide import GuideDialog
from tests.helpers import open_window


def test_the_guide_is_never_larger_than_the_screen(qtbot, monkeypatch):
    window = open_window(qtbot, lang="en")
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 911, 512))
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 911 - 16 and dialog.height() <= 512 - 40, dialog.size()
    assert dialog.width() >= 600  # still the guide's own width where there is room
