"""Ctrl+Z / Ctrl+Y belong to the conversation-wide undo, not to each text box's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class UndoPassThrough(QObject):
    """Let Ctrl+Z / Ctrl+Y reach the conversation-wide undo, not the editor's own."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


_PASS = None


def pass_undo(widget: QWidget) -> None:
    global _PASS
    if _PASS is None:
        _PASS = UndoPassThrough()
    widget.installEventFilter(_PASS)
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
