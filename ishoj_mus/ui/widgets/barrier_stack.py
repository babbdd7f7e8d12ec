"""An undo stack with a barrier, shared by the conversation's document and GRUS's (issue 25).

A change on record – a signature, a reopening – is pushed as any edit (so it is unsaved until
the file is saved), but undo never takes it back, nor anything before it: the barrier is the
stack index undo stops at."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack


class BarrierUndoStack(QUndoStack):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.barrier = 0  # the stack index below which undo never reaches

    def push_on_record(self, command: QUndoCommand) -> int:
        """Push ``command`` and put the barrier after it; the new barrier."""
        self.push(command)
        self.barrier = self.index()
        return self.barrier

    def may_undo(self) -> bool:
        return self.canUndo() and self.index() > self.barrier

    def undo_above_barrier(self) -> None:
        if self.may_undo():
            self.undo()

    def redo_if_any(self) -> None:
        if self.canRedo():
            self.redo()
