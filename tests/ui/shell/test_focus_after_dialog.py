"""Walk F31: after a dialog closes, the window has the keyboard again – Ctrl+N works without
first clicking into a text field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ishoj_mus.ui.widgets import messages
from tests.helpers import open_window, reactivate, when_modal


def test_the_keyboard_comes_back_to_the_window_after_a_dialog(qtbot):
    window = open_window(qtbot)
    reactivate(qtbot, window)
    window.ensure_actions()
    when_modal(lambda box: box.accept(), kind=QMessageBox)
    messages.information(window, "Note", "A message.")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    # and a shortcut pressed now reaches the window's action
    fired: list[bool] = []
    window.a_new.triggered.disconnect()
    window.a_new.triggered.connect(lambda: fired.append(True))
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
