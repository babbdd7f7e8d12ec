"""Every edit of the conversation is a QUndoCommand: one per model mutation, the old value
captured when the command is made. Typing in one field merges into one undo step until a
pause or a jump to another field.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

from ishoj_mus.domain.conversation import Agreement, Conversation, FollowUp, ScaleValue
from ishoj_mus.domain.form import Voice
from ishoj_mus.ui.i18n import tr

MERGE_WINDOW_S = 2.0


class Replace(QUndoCommand):
    """Replace ``old`` by ``new`` through ``apply(value)``. Commands of the same class with the
    same ``target`` merge while the edits keep coming (typing), so one undo takes back a burst
    of typing, not a letter. A target of None never merges (a choice, a date, a button)."""

    def __init__(self, text: str, old, new, target=None):
        super().__init__(text)
        self.old, self.new, self.target = old, new, target
        self.stamp = time.monotonic()

    def apply(self, value) -> None:
        raise NotImplementedError

    def id(self) -> int:  # noqa: A003 – Qt API
        return -1 if self.target is None else 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 – Qt API
        if type(other) is not type(self) or other.target != self.target or self.target is None:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class SetAnswer(Replace):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, text: str):
        label = conv.form.field(field_id).label[:40]
        super().__init__(
            tr("Skriv i »%1«").replace("%1", label), conv.answer(field_id, voice), text, (field_id, voice)
        )
        self.conv, self.field_id, self.voice = conv, field_id, voice

    def apply(self, value) -> None:
        self.conv.set_answer(self.field_id, self.voice, value)


class SetAttribute(Replace):
    """A participant detail, the date or the place: ``setter(value)`` with the old value kept."""

    def __init__(self, text: str, getter, setter, value, merge_key: str | None = None):
        super().__init__(text, getter(), value, merge_key)
        self.setter = setter

    def apply(self, value) -> None:
        self.setter(value)


class SetScale(Replace):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, value: ScaleValue):
        super().__init__(tr("Skala"), conv.scale(field_id, voice), value)
        self.conv, self.field_id, self.voice = conv, field_id, voice

    def apply(self, value) -> None:
        self.conv.set_scale(self.field_id, self.voice, value)


class ReplaceAgreement(Replace):
    def __init__(self, conv: Conversation, index: int, agreement: Agreement, merge_key: str = ""):
        super().__init__(
            tr("Ret aftale"), conv.agreements[index], agreement, (index, merge_key) if merge_key else None
        )
        self.conv, self.index = conv, index

    def apply(self, value) -> None:
        self.conv.replace_agreement(self.index, value)


class ReplaceFollowup(Replace):
    def __init__(self, conv: Conversation, index: int, followup: FollowUp, merge_key: str = ""):
        super().__init__(
            tr("Opfølgning"), conv.followups[index], followup, (index, merge_key) if merge_key else None
        )
        self.conv, self.index = conv, index

    def apply(self, value) -> None:
        self.conv.replace_followup(self.index, value)


class SetFollowups(Replace):
    def __init__(self, conv: Conversation, followups: list[FollowUp], text: str):
        super().__init__(text, list(conv.followups), list(followups))
        self.conv = conv

    def apply(self, value) -> None:
        self.conv.set_followups(value)


class InsertAgreement(QUndoCommand):
    def __init__(self, conv: Conversation, index: int, agreement: Agreement):
        super().__init__(tr("Tilføj aftale"))
        self.conv, self.index, self.agreement = conv, index, agreement

    def redo(self) -> None:
        self.conv.insert_agreement(self.index, self.agreement)

    def undo(self) -> None:
        self.conv.remove_agreement(self.index)


class RemoveAgreement(QUndoCommand):
    def __init__(self, conv: Conversation, index: int):
        super().__init__(tr("Fjern aftale"))
        self.conv, self.index, self.agreement = conv, index, conv.agreements[index]

    def redo(self) -> None:
        self.conv.remove_agreement(self.index)

    def undo(self) -> None:
        self.conv.insert_agreement(self.index, self.agreement)


class MoveAgreement(QUndoCommand):
    def __init__(self, conv: Conversation, index: int, new_index: int):
        super().__init__(tr("Flyt aftale"))
        self.conv, self.index, self.new_index = conv, index, new_index

    def redo(self) -> None:
        self.conv.move_agreement(self.index, self.new_index)

    def undo(self) -> None:
        self.conv.move_agreement(self.new_index, self.index)
