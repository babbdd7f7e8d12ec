"""Enter on a focused push button clicks it, in the main window as in a dialog.

Qt clicks a focused button on Space everywhere, but on Enter only in a dialog (its auto-default
buttons). A keyboard user pressing Enter on "Underskriv" or "Næste" saw nothing happen (walk of
issue 25). A button does not take Enter, so the key goes up to its window, where this filter
clicks the button that has focus. Text fields keep their Enter (a line edit's Enter has no
button in focus; a text edit takes the key itself), and dialogs keep their default button (the
filter watches the main window only, not its dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicks(QObject):
    """Installed on a window: Enter (or the keypad's Enter) clicks its focused push button."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # the window is its parent; no Python reference back to it, so a
        # window that deletes itself on close is not kept alive by a reference cycle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or watched is not self.parent():
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER or event.modifiers() not in _PLAIN or event.isAutoRepeat():
            return False
        button = QApplication.focusWidget()
        if (
            not isinstance(button, QPushButton)
            or button.window() is not watched
            or not button.isEnabled()
            or not button.isVisible()
            or button.menu() is not None
        ):
            return False
        button.animateClick()
        return True


def enter_clicks_buttons(window: QWidget) -> EnterClicks:
    """Make Enter click the focused push button of ``window`` (its pages, not its dialogs)."""
    clicks = EnterClicks(window)
    window.installEventFilter(clicks)
    return clicks
