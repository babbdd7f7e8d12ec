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

TYPING_ID = 1
MERGE_WINDOW_S = 2.0


class SetAnswer(QUndoCommand):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, text: str):
        super().__init__(tr("Skriv i »%1«").replace("%1", conv.form.field(field_id).label[:40]))
        self.conv, self.field_id, self.voice = conv, field_id, voice
        self.old, self.new = conv.answer(field_id, voice), text
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003 – Qt API
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 – Qt API
        if not isinstance(other, SetAnswer) or (other.field_id, other.voice) != (self.field_id, self.voice):
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.conv.set_answer(self.field_id, self.voice, self.new)

    def undo(self) -> None:
        self.conv.set_answer(self.field_id, self.voice, self.old)


class SetAttribute(QUndoCommand):
    """A participant detail, the date or the place: ``setter(value)`` with old value kept."""

    def __init__(self, text: str, getter, setter, value, merge_key: str | None = None):
        super().__init__(text)
        self.getter, self.setter = getter, setter
        self.old, self.new = getter(), value
        self.merge_key = merge_key
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003
        return 2 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetAttribute) or other.merge_key != self.merge_key:
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.setter(self.new)

    def undo(self) -> None:
        self.setter(self.old)


class SetScale(QUndoCommand):
    def __init__(self, conv: Conversation, field_id: str, voice: Voice, value: ScaleValue):
        super().__init__(tr("Skala"))
        self.conv, self.field_id, self.voice = conv, field_id, voice
        self.old, self.new = conv.scale(field_id, voice), value

    def redo(self) -> None:
        self.conv.set_scale(self.field_id, self.voice, self.new)

    def undo(self) -> None:
        self.conv.set_scale(self.field_id, self.voice, self.old)


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


class ReplaceAgreement(QUndoCommand):
    def __init__(self, conv: Conversation, index: int, agreement: Agreement, merge_key: str = ""):
        super().__init__(tr("Ret aftale"))
        self.conv, self.index = conv, index
        self.old, self.new = conv.agreements[index], agreement
        self.merge_key = merge_key
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003
        return 3 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, ReplaceAgreement) or (other.index, other.merge_key) != (
            self.index,
            self.merge_key,
        ):
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.conv.replace_agreement(self.index, self.new)

    def undo(self) -> None:
        self.conv.replace_agreement(self.index, self.old)


class MoveAgreement(QUndoCommand):
    def __init__(self, conv: Conversation, index: int, new_index: int):
        super().__init__(tr("Flyt aftale"))
        self.conv, self.index, self.new_index = conv, index, new_index

    def redo(self) -> None:
        self.conv.move_agreement(self.index, self.new_index)

    def undo(self) -> None:
        self.conv.move_agreement(self.new_index, self.index)


class SetFollowups(QUndoCommand):
    def __init__(self, conv: Conversation, followups: list[FollowUp], text: str):
        super().__init__(text)
        self.conv, self.old, self.new = conv, list(conv.followups), list(followups)

    def redo(self) -> None:
        self.conv.set_followups(self.new)

    def undo(self) -> None:
        self.conv.set_followups(self.old)


class ReplaceFollowup(QUndoCommand):
    def __init__(self, conv: Conversation, index: int, followup: FollowUp, merge_key: str = ""):
        super().__init__(tr("Opfølgning"))
        self.conv, self.index = conv, index
        self.old, self.new = conv.followups[index], followup
        self.merge_key = merge_key
        self.stamp = time.monotonic()

    def id(self) -> int:  # noqa: A003
        return 4 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, ReplaceFollowup) or (other.index, other.merge_key) != (
            self.index,
            self.merge_key,
        ):
            return False
        if other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True

    def redo(self) -> None:
        self.conv.replace_followup(self.index, self.new)

    def undo(self) -> None:
        self.conv.replace_followup(self.index, self.old)
