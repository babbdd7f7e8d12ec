"""Keys for the buttons a list repeats on every row: they act on the row that has the focus.

The rows of the development plan, of »Siden sidst« and the own topics each repeat their buttons
(»Flyt op«, »Flyt ned«, »Fjern«), so an Alt+letter on every copy would clash (walk of issue 25).
Instead the keys Word uses to move a paragraph or a table row, Alt+Shift+Up and Alt+Shift+Down,
move the row whose field has the focus, and Alt+Shift+Delete removes it (Ctrl+Z brings it back).
Not Alt+Up/Down: a row's drop-downs and date fields open with them. Not Ctrl+Delete: in a text
field it deletes a word. A key does what the row's button does, and nothing when the button is
disabled (the first row's »Flyt op«, a signed conversation).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

_ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
MOVE_UP = QKeySequence(QKeyCombination(_ALT_SHIFT, Qt.Key.Key_Up))
MOVE_DOWN = QKeySequence(QKeyCombination(_ALT_SHIFT, Qt.Key.Key_Down))
REMOVE = QKeySequence(QKeyCombination(_ALT_SHIFT, Qt.Key.Key_Delete))


def row_key(row: QWidget, keys: QKeySequence, button: QAbstractButton, act: Callable[[], None]) -> QShortcut:
    """``keys`` anywhere in ``row`` runs ``act`` when ``button`` (the row's own) may be pressed."""
    shortcut = QShortcut(keys, row)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.setAutoRepeat(False)  # a held key moves or removes one row, not the whole list
    shortcut.activated.connect(lambda: act() if button.isEnabled() and button.isVisibleTo(row) else None)
    return shortcut
