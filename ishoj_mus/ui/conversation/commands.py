"""Every edit of the conversation is a QUndoCommand: one per model mutation, the old value
captured when the command is made. Typing in one field merges into one undo step until a
pause or a jump to another field.

Commands go through :meth:`ConversationDocument.push`, which applies a command once before it
goes on the undo stack: a command the domain refuses (a locked conversation, a signature with
answers missing) raises there and never reaches the stack.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Agreement, FollowUp, ScaleValue, Signature
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import shown_form, tr

T = TypeVar("T")

MERGE_WINDOW_S = 2.0


class Command(QUndoCommand):
    """A conversation edit: ``forward()`` makes it, ``backward()`` takes it back.

    ``apply_first()`` runs ``forward()`` before the command is pushed; the push's own call of
    ``redo()`` then does nothing, so a refusal (an exception from the domain) happens before
    the stack has the command.
    """

    allowed_when_locked = False  # signing and reopening are what a signed conversation accepts
    barrier = False  # signing and reopening are on record: never taken back by undo

    def __init__(self, text: str):
        super().__init__(text)
        self._applied = False

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def apply_first(self) -> None:
        with _applying():
            self.forward()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        with _applying():
            self.forward()

    def undo(self) -> None:
        with _applying():
            self.backward()


_depth = 0


@contextmanager
def _applying() -> Iterator[None]:
    global _depth
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1


def applying() -> bool:
    """True while a command changes the conversation (the change is on the undo stack)."""
    return _depth > 0


class Replace(Command, Generic[T]):
    """Replace ``old`` by ``new`` through ``apply(value)``. Commands of the same class with the
    same ``target`` merge while the edits keep coming (typing), so one undo takes back a burst
    of typing, not a letter. A target of None never merges (a choice, a date, a button)."""

    def __init__(self, text: str, old: T, new: T, target: object = None) -> None:
        super().__init__(text)
        self.old, self.new, self.target = old, new, target
        self.stamp = time.monotonic()

    def apply(self, value: T) -> None:
        raise NotImplementedError

    def id(self) -> int:  # noqa: A003 – Qt API
        return -1 if self.target is None else 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 – Qt API
        if not isinstance(other, Replace) or type(other) is not type(self):
            return False
        if other.target != self.target or self.target is None:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def forward(self) -> None:
        self.apply(self.new)

    def backward(self) -> None:
        self.apply(self.old)


class SetAnswer(Replace[str]):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, text: str):
        label = shown_form(conv.form).field(field_id).label[:40]
        super().__init__(
            fill(tr("Skriv i »%1«"), label), conv.answer(field_id, voice), text, (field_id, voice)
        )
        self.conv, self.field_id, self.voice = conv, field_id, voice

    def apply(self, value: str) -> None:
        self.conv.set_answer(self.field_id, self.voice, value)


class SetAttribute(Replace[T]):
    """A participant detail, the date or the place: ``setter(value)`` with the old value kept."""

    def __init__(
        self,
        text: str,
        getter: Callable[[], T],
        setter: Callable[[T], None],
        value: T,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text, getter(), value, merge_key)
        self.setter = setter

    def apply(self, value: T) -> None:
        self.setter(value)


class SetRemark(Replace[str]):
    """The employee's remark on the signing step: it can be written after the leader has
    signed too (the domain refuses it once the employee has signed)."""

    allowed_when_locked = True

    def __init__(self, conv: Conversation, text: str):
        super().__init__(
            fill(tr("Skriv i »%1«"), tr("Medarbejderens bemærkning")), conv.remark, text, ("remark",)
        )
        self.conv = conv

    def apply(self, value: str) -> None:
        self.conv.set_remark(value)


class SetScale(Replace[ScaleValue]):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, value: ScaleValue):
        super().__init__(tr("Skala"), conv.scale(field_id, voice), value)
        self.conv, self.field_id, self.voice = conv, field_id, voice

    def apply(self, value: ScaleValue) -> None:
        self.conv.set_scale(self.field_id, self.voice, value)


class ReplaceAgreement(Replace[Agreement]):
    def __init__(self, conv: Conversation, index: int, agreement: Agreement, merge_key: str = ""):
        super().__init__(
            tr("Ret aftale"), conv.agreements[index], agreement, (index, merge_key) if merge_key else None
        )
        self.conv, self.index = conv, index

    def apply(self, value: Agreement) -> None:
        self.conv.replace_agreement(self.index, value)


class ReplaceFollowup(Replace[FollowUp]):
    def __init__(self, conv: Conversation, index: int, followup: FollowUp, merge_key: str = ""):
        super().__init__(
            tr("Opfølgning"), conv.followups[index], followup, (index, merge_key) if merge_key else None
        )
        self.conv, self.index = conv, index

    def apply(self, value: FollowUp) -> None:
        self.conv.replace_followup(self.index, value)


class SetFollowups(Replace[list[FollowUp]]):
    def __init__(self, conv: Conversation, followups: list[FollowUp], text: str):
        super().__init__(text, list(conv.followups), list(followups))
        self.conv = conv

    def apply(self, value: list[FollowUp]) -> None:
        self.conv.set_followups(value)


class InsertAgreement(Command):
    def __init__(self, conv: Conversation, index: int, agreement: Agreement):
        super().__init__(tr("Tilføj aftale"))
        self.conv, self.index, self.agreement = conv, index, agreement

    def forward(self) -> None:
        self.conv.insert_agreement(self.index, self.agreement)

    def backward(self) -> None:
        self.conv.remove_agreement(self.index)


class RemoveAgreement(Command):
    def __init__(self, conv: Conversation, index: int):
        super().__init__(tr("Fjern aftale"))
        self.conv, self.index, self.agreement = conv, index, conv.agreements[index]

    def forward(self) -> None:
        self.conv.remove_agreement(self.index)

    def backward(self) -> None:
        self.conv.insert_agreement(self.index, self.agreement)


class MoveAgreement(Command):
    def __init__(self, conv: Conversation, index: int, new_index: int):
        super().__init__(tr("Flyt aftale"))
        self.conv, self.index, self.new_index = conv, index, new_index

    def forward(self) -> None:
        self.conv.move_agreement(self.index, self.new_index)

    def backward(self) -> None:
        self.conv.move_agreement(self.new_index, self.index)


class Sign(Command):
    """One party's signature. On record: the document never offers to undo it."""

    allowed_when_locked = True  # the second party signs the text the first one locked
    barrier = True

    def __init__(self, conv: Conversation, signature: Signature):
        super().__init__(tr("Underskriv"))
        self.conv, self.signature = conv, signature

    def forward(self) -> None:
        self.conv.sign(self.signature)

    def backward(self) -> None:
        raise RuntimeError("a signature is never taken back by undo; reopen the conversation")


class Reopen(Command):
    """Void the signatures so the conversation can be edited again. On record, like signing."""

    allowed_when_locked = True
    barrier = True

    def __init__(self, conv: Conversation, by: str, role: Voice, at: datetime, note: str = ""):
        super().__init__(tr("Genåbn samtalen"))
        self.conv, self.by, self.role, self.at, self.note = conv, by, role, at, note

    def forward(self) -> None:
        self.conv.reopen(self.by, self.role, self.at, self.note)

    def backward(self) -> None:
        raise RuntimeError("reopening is on record; it is never taken back by undo")
