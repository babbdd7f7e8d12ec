"""What changed in the open conversation: the document's typed change notice.

The domain names the part it changed (``Conversation.subscribe``: "agreements",
"answer:<field id>", …); the document turns that into a :class:`Change` once, so listeners
match on a part (``change.part is Part.SIGNATURES``) instead of parsing strings, and a part the
domain starts to name without a ``Part`` here fails at once (tests/ui/conversation/test_changes.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Part(StrEnum):
    PARTICIPANTS = "participants"  # names, job titles, date, place
    ANSWER = "answer"  # key: the field (its answers, or its "Ikke relevant")
    REMARK = "remark"  # the employee's remark on the signing step
    PRIVATE_NOTE = "private_note"  # key: the step
    SCALE = "scale"  # key: the field, or "previous" for last year's values
    AGREEMENTS = "agreements"
    FOLLOWUPS = "followups"
    TOPICS = "topics"
    BEHAVIOURS = "behaviours"
    AGENDA = "agenda"
    PREPARATION = "preparation"
    SIGNATURES = "signatures"  # signed or reopened: the lock may have changed
    REFUSED = "refused"  # nothing changed: a change was refused; editors show the model again


@dataclass(frozen=True)
class Change:
    part: Part
    key: str = ""

    @classmethod
    def from_notice(cls, what: str) -> Change:
        """The domain's notice ("answer:kerneopgave") as a change."""
        part, _, key = what.partition(":")
        return cls(Part(part), key)
