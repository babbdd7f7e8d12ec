"""What changed in a conversation: the typed change notice.

``Conversation.subscribe`` listeners get a :class:`Change` after each edit: the part that
changed and, for a part with many members, which one (``Change(Part.ANSWER, "kerneopgave")``).
The window's document passes it on as it is, so listeners match on a part
(``change.part is Part.SIGNATURES``) and nothing names a part as a string.

Every change but one is an edit, made by an undo command. ``Part.TIME`` is the exception: the
time spent on a step is a record the agenda's clock keeps, not an edit anyone would undo; the
document keeps it for the next save (and saves it when the conversation closes) instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Part(StrEnum):
    PARTICIPANTS = "participants"  # names, job titles, date, place
    ANSWER = "answer"  # key: the field (its answers, or its "Ikke relevant")
    REMARK = "remark"  # the employee's remark on the signing step
    PRIVATE_NOTE = "private_note"  # key: the step
    SCALE = "scale"  # key: the field, or PREVIOUS_SCALES for last year's values
    AGREEMENTS = "agreements"
    FOLLOWUPS = "followups"
    TOPICS = "topics"
    BEHAVIOURS = "behaviours"
    AGENDA = "agenda"
    PREPARATION = "preparation"
    SIGNATURES = "signatures"  # signed or reopened: the lock may have changed
    TIME = "time"  # key: the step; time spent (the agenda's clock): kept, never undone
    REFUSED = "refused"  # nothing changed: a change was refused; editors show the model again


PREVIOUS_SCALES = "previous"  # Change(Part.SCALE, PREVIOUS_SCALES): last year's values


@dataclass(frozen=True)
class Change:
    part: Part
    key: str = ""
