"""The open group conversation: the model, its file, and undo.

Every change goes through :meth:`GroupDocument.edit`: the domain applies it (and refuses what
it refuses, leaving the model as it was), then one undo command holds the states before and
after. Widgets read ``document.group`` afresh on ``changed``; they never keep a copy.

``changed`` says what changed (issue 25, as the individual conversation's ``Change``): a
:class:`GroupChange`, the part and, for a part of one topic card or one participant, which one.
Each edit names it; undoing and redoing the edit say the same. So a page refreshes only when a
change concerns it: a contribution at one card leaves the other cards and the participants'
list as they are (a selection, a half-written field). The domain's ``Change``/``Part`` name the
individual conversation's parts; a group conversation has other parts, hence ``GroupPart``.

Signing and reopening are edits too, on the undo stack like any other, so "modified" (the
stack's clean state) is true after them and the close question is asked. They are on record:
each sets an undo barrier, and undo never reaches below it (as the individual conversation's
``Sign``/``Reopen`` commands, issue 25). Redo past it cannot happen: a new edit ends the redo
history.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from ishoj_mus.domain.grus import GroupConversation
from ishoj_mus.storage import grus_file
from ishoj_mus.ui.widgets.barrier_stack import BarrierUndoStack

AUTOSAVE_MS = 1500  # after the last change


class GroupPart(StrEnum):
    DETAILS = "details"  # the leader, the group or unit, the date, the place
    MEMBERS = "members"  # who takes part (a participant removed takes their words and plan along)
    CONTRIBUTIONS = "contributions"  # key: the topic card
    NOTES = "notes"  # key: the topic card
    NEEDS = "needs"  # key: the topic card a need was noted at; none when they were prioritised
    AGREEMENTS = "agreements"
    PLAN = "plan"  # key: the participant (own items, »Kun mellem os«)
    OFFER = "offer"  # key: the participant
    PREPARATIONS = "preparations"  # brought in: contributions at every card
    SIGNATURES = "signatures"  # signed or reopened: the lock may have changed


@dataclass(frozen=True)
class GroupChange:
    part: GroupPart
    key: str = ""

    def at(self, part: GroupPart, key: str) -> bool:
        """This part, of this card or participant – or of all of them (no key)."""
        return self.part is part and self.key in ("", key)


def _snapshot(g: GroupConversation) -> GroupConversation:
    return copy.deepcopy(g, {id(g.form): g.form})  # the form never changes: shared, not copied


class _Edit(QUndoCommand):
    def __init__(
        self, document: GroupDocument, text: str, before: GroupConversation, what: GroupChange, barrier: bool
    ):
        super().__init__(text)
        self.document = document
        self.before = before
        self.what = what  # undone or redone, the same part changes again
        self.after = _snapshot(document.group)
        self.first = True
        self.barrier = barrier  # on record (a signature, a reopening): never taken back by undo

    def redo(self) -> None:
        if self.first:  # the change is already made
            self.first = False
            return
        self.document.restore(self.after, self.what)

    def undo(self) -> None:
        if self.barrier:
            raise RuntimeError("signing and reopening are on record; they are never taken back by undo")
        self.document.restore(self.before, self.what)


class GroupDocument(QObject):
    changed = Signal(object)  # a GroupChange: what changed
    modified_changed = Signal(bool)  # the undo stack's clean state: the title's star follows
    undo_changed = Signal()  # what undo and redo can do now (the window's actions follow)

    def __init__(self, group: GroupConversation, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.group = group
        self.path = path
        self.undo_stack = BarrierUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.modified_changed)
        self.undo_stack.indexChanged.connect(self.undo_changed)
        self.recovered = False  # unsaved with nothing to undo: restored from an automatic copy
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        self.changed.connect(self._schedule_autosave)

    @property
    def modified(self) -> bool:
        return self.recovered or not self.undo_stack.isClean()

    def can_undo(self) -> bool:
        return self.undo_stack.may_undo()

    def can_redo(self) -> bool:
        return self.undo_stack.canRedo()

    def undo(self) -> None:
        self.undo_stack.undo_above_barrier()

    def redo(self) -> None:
        self.undo_stack.redo_if_any()

    def _schedule_autosave(self, _what: GroupChange) -> None:
        if self.modified:
            self._autosave.start()

    def write_recovery(self) -> None:
        """The automatic copy of unsaved work (a failure is not fatal: the window holds the work)."""
        if self.modified:
            grus_file.write_recovery(self.group)

    def discard_recovery(self) -> None:
        self._autosave.stop()
        grus_file.discard_recovery(self.group.id)

    def edit(
        self,
        text: str,
        change: Callable[[GroupConversation], object],
        what: GroupChange,
        *,
        barrier: bool = False,
    ) -> object:
        """Apply ``change`` to the model as one step on the undo stack; ``what`` is the part it
        changes (the pages listen for it). The domain's refusal
        (GroupRefused, KeyError) propagates and leaves the model and the undo stack as they were.
        ``barrier``: a change on record – a signature, a reopening –, which undo never takes back
        (nor anything before it); it is unsaved, as any edit, until the conversation is saved."""
        before = _snapshot(self.group)
        try:
            result = change(self.group)
        except Exception:
            self.group = before  # a refusal half-way (after part of a batch) leaves nothing behind
            raise
        edit = _Edit(self, text, before, what, barrier)
        if barrier:
            self.undo_stack.push_on_record(edit)
            self.undo_changed.emit()
        else:
            self.undo_stack.push(edit)
        self.changed.emit(what)
        return result

    def restore(self, state: GroupConversation, what: GroupChange) -> None:
        self.group = _snapshot(state)
        self.changed.emit(what)

    def save(self, path: Path | None = None) -> None:
        """Raises SaveError (the window words it in its language: file_words.save_error_text)."""
        target = Path(path or self.path or "")
        grus_file.save(self.group, target)
        self.path = target
        self.recovered = False
        self.undo_stack.setClean()
        self.discard_recovery()
