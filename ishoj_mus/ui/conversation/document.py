"""The open conversation: the one owner of its state.

A :class:`ConversationDocument` holds the :class:`Conversation`, the file it belongs to, the
passphrase seal of a protected file and the undo stack. "Modified" is the undo stack's clean
state: saving marks it clean, and undoing back to the saved state is clean again. Every change
goes through :meth:`push` as one command; a command the domain refuses never reaches the stack.
A change that arrives without a command is a bug: it warns (:class:`ChangeOutsideCommand`, an
error in the tests) and still counts as modified. The one exception is the time the agenda's
clock books on a step (``Part.TIME``): not an edit, so neither undoable nor "modified" (no
"Gem ændringer?" because a clock ticked), but not lost either: it goes with the next save, and
:meth:`has_unsaved_time` tells the window to save it when the conversation closes.
The document also keeps the recovery copy: written in the background shortly after each change,
removed on save and on a clean close – but only a copy that is its own (it wrote it, or the
conversation was restored from it). A copy a crash left of this conversation is never deleted by
opening and closing the file: the window offers it when the file is opened.

No widgets here: the window shows the document and asks the user; the document does the work.
(The shape follows orange-canvas-core's scheme document: a model, an undo stack whose clean
state is "saved", and one undo command per model mutation.)
"""

from __future__ import annotations

import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand

from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.codes import ConversationLocked, SigningRefused
from ishoj_mus.domain.conversation import Conversation, scales_by_perspective
from ishoj_mus.storage import musfile, recovery
from ishoj_mus.storage.signed_files import keep_copy, replaced_signed
from ishoj_mus.ui.conversation.commands import Command, applying
from ishoj_mus.ui.conversation.prep_commands import ImportPrevious
from ishoj_mus.ui.widgets.barrier_stack import BarrierUndoStack
from ishoj_mus.ui.widgets.i18n import refusal_text, tr

if TYPE_CHECKING:
    from ishoj_mus.importing import ImportPlan
    from ishoj_mus.storage.sealed import Seal

AUTOSAVE_MS = 1500


class ChangeOutsideCommand(UserWarning):
    """The conversation changed without an undo command: an edit that bypassed
    :meth:`ConversationDocument.push` (a bug; pytest makes it an error)."""


def unsaved_conversation_text() -> str:
    """Said after signing and after saving a PDF while the conversation itself is not saved
    (walk F15): next year's conversation imports the agreements from the conversation file."""
    return tr(
        "Selve samtalen er ikke gemt endnu: gem den også (Filer > Gem). Næste års samtale henter "
        "aftalerne fra samtalefilen."
    )


class ConversationDocument(QObject):
    changed = Signal(object)  # a Change: the conversation changed, and which part of it
    modified_changed = Signal(bool)
    file_changed = Signal()  # a new path or seal: the title and recent list follow
    lock_changed = Signal(bool)  # signed (locked) or reopened
    refused = Signal(str)  # a change the domain refused, with its reason in the UI language
    can_undo_changed = Signal(bool)
    can_redo_changed = Signal(bool)
    autosave_failed = Signal(object)  # the SaveError of a recovery copy: the window says so

    def __init__(
        self,
        conversation: Conversation,
        path: Path | None = None,
        seal: Seal | None = None,
        *,
        unsaved: bool = False,
        parent: QObject | None = None,
    ):
        """``unsaved``: the conversation is not (or not like this) in any file yet – a new one,
        or one restored from a recovery copy – so it counts as modified from the start."""
        super().__init__(parent)
        self.conversation = conversation
        self.path = path
        self.seal = seal
        self.undo_stack = BarrierUndoStack(self)
        self._was_locked = conversation.is_locked
        self._was_modified = False
        self._time_unsaved = False  # the agenda's clock booked time the file does not have yet
        self.last_refusal = ""
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        # The recovery copy of this conversation is ours to delete: we wrote it, or the
        # conversation was restored from it (``unsaved``: a new or restored conversation).
        self.owns_recovery = unsaved
        # The copies it wrote (one per file it was in) or was restored from: they go together.
        self._copies: set[Path] = set()
        self.kept_signed: Path | None = None  # where the last save kept the signed file it replaced
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._index_changed)
        conversation.subscribe(self._conversation_changed)
        if unsaved:
            self.undo_stack.resetClean()
            self._clean_changed(False)
            self.autosave_timer.start()

    # -- state ---------------------------------------------------------------------------
    @property
    def conv(self) -> Conversation:
        return self.conversation

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def has_unsaved_time(self) -> bool:
        """Time spent on the steps since the last save (not an edit: see the module's text)."""
        return self._time_unsaved

    def can_undo(self) -> bool:
        return self.undo_stack.may_undo()

    def can_redo(self) -> bool:
        return self.undo_stack.canRedo()

    # -- changes -------------------------------------------------------------------------
    def push(self, command: QUndoCommand, *, quiet: bool = False) -> bool:
        """Make one change. False, with the stack unchanged, when the domain refuses it (a
        locked conversation, a signature with answers missing, …); the reason is in
        ``last_refusal`` and, unless ``quiet``, in the ``refused`` signal."""

        refusal = None
        if self.conversation.is_locked and not getattr(command, "allowed_when_locked", False):
            refusal = refusal_text(ConversationLocked())
        elif isinstance(command, Command):
            try:
                command.apply_first()
            except (ConversationLocked, SigningRefused, ValueError) as exc:
                refusal = refusal_text(exc)
        if refusal is not None:
            self.last_refusal = refusal
            if not quiet:
                self.refused.emit(refusal)
            self.changed.emit(Change(Part.REFUSED))  # editors show the model's value again
            return False
        if getattr(command, "barrier", False):
            self._index_changed(self.undo_stack.push_on_record(command))
        else:
            self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        self.undo_stack.undo_above_barrier()

    def redo(self) -> None:
        self.undo_stack.redo_if_any()

    def import_followups(self, path: Path) -> int:
        """Last time's agreements from a .mus file or a signed PDF into "Siden sidst", as one
        undoable step, without asking anything. Returns how many agreements the file had;
        raises MusFileError or ImportRefused (a changed PDF)."""
        from ishoj_mus.importing import plan_import

        plan = plan_import(path, self.conversation)
        self.apply_import(plan)
        return len(plan.previous.conversation.agreements)

    def apply_import(self, plan: ImportPlan) -> bool:
        """The agreements of ``plan`` not yet followed up, added as one undoable step."""

        if not plan.new:
            return False
        # last year's scale values come along, for a faint comparison in the radar
        scales = scales_by_perspective(plan.previous.conversation)
        return self.push(
            ImportPrevious(
                self.conversation,
                plan.merged(self.conversation),
                scales,
                plan.participants(self.conversation),
            )
        )

    def set_seal(self, seal: Seal | None) -> None:
        """Protect the file with a passphrase (or remove it): the file must be written again."""
        self.seal = seal
        self.undo_stack.resetClean()
        self.file_changed.emit()
        self.autosave_timer.start()

    # -- files ---------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> None:
        """Write the conversation (to ``path``, or where it came from). Raises SaveError."""
        target = path if path is not None else self.path
        if target is None:
            raise ValueError("no file to save to")

        # A signed conversation never goes with the save: it is kept beside it under a free name
        # (the .bak alone lasts only until the next save).
        signed = replaced_signed(target, self.conversation, self.seal, own_file=target == self.path)
        self.kept_signed = keep_copy(signed) if signed is not None else None
        musfile.save(self.conversation, target, self.seal)
        moved = target != self.path
        self.path = target
        self.autosave_timer.stop()
        self._time_unsaved = False
        self.undo_stack.setClean()
        self.flush_autosave()
        if self.owns_recovery:  # its content is saved now
            self.discard_recovery()
        if moved:
            self.file_changed.emit()

    def mark_clean(self) -> None:
        """Forget that there are unsaved changes (the user chose to discard them); the time spent
        since the last save goes with them: the file stays as it was."""
        self.autosave_timer.stop()
        self._time_unsaved = False
        self.undo_stack.setClean()

    def autosave(self) -> None:
        """Write the recovery copy: serialised here (fast), written in the background."""
        if not self.is_modified():
            return
        payload = recovery.payload(self.conversation, self.path, self.seal)
        self.owns_recovery = True
        target = recovery.file_for(self.conversation.id, self.path)
        older = [file for file in self._copies if file != target]  # restored from, or before a save-as
        self._copies.add(target)
        self._writer.submit(self._write_recovery, self.conversation.id, payload, self.path, older)

    def _write_recovery(
        self, conversation_id: str, payload: bytes, path: Path | None, older: list[Path]
    ) -> None:
        """On the autosave thread; a failure reaches the window's thread through the signal.
        Once the new copy is written, the older ones it holds all of are removed."""
        error = recovery.try_write_payload(conversation_id, payload, path)
        if error is not None:
            self.autosave_failed.emit(error)
            return
        for file in older:
            recovery.remove(file)

    def adopt_recovery(self, recovery_file: Path) -> None:
        """The conversation was restored from this copy: it goes once the work is saved."""
        self.owns_recovery = True
        self._copies.add(recovery_file)

    def discard_recovery(self) -> None:
        """Delete the copies this document wrote or was restored from – never another file's."""
        self.flush_autosave()
        for file in self._copies:
            recovery.remove(file)
        self._copies.clear()

    def flush_autosave(self) -> None:
        self._writer.submit(lambda: None).result()

    def close(self) -> None:
        """The document is done with: nothing runs on, and our own recovery copy goes when there
        is nothing unsaved (saved, or the user chose to discard the changes)."""
        self.autosave_timer.stop()
        self.flush_autosave()
        if self.owns_recovery and not self.is_modified():
            self.discard_recovery()
        self._writer.shutdown(wait=True)
        self.conversation.unsubscribe(self._conversation_changed)

    # -- signals -------------------------------------------------------------------------
    def _conversation_changed(self, change: Change) -> None:
        if change.part is Part.TIME:
            # Kept for the next save; no undo step, no "modified", no recovery copy of its own.
            self._time_unsaved = True
            self.changed.emit(change)
            return
        if not applying():
            # An edit that bypassed push(): no undo step. Said loudly (pytest: an error), and
            # still a change the file does not have.
            warnings.warn(
                f"{change} changed the conversation outside an undo command: push a command",
                ChangeOutsideCommand,
                stacklevel=1,  # here, in ishoj_mus: always an error under pytest, whoever bypassed
            )
            self.undo_stack.resetClean()
        locked = self.conversation.is_locked
        if locked != self._was_locked:
            self._was_locked = locked
            self.lock_changed.emit(locked)
        self.changed.emit(change)
        self.autosave_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if (not clean) != self._was_modified:
            self._was_modified = not clean
            self.modified_changed.emit(not clean)

    def _index_changed(self, _index: int) -> None:
        self.can_undo_changed.emit(self.can_undo())
        self.can_redo_changed.emit(self.can_redo())
        self._clean_changed(self.undo_stack.isClean())
