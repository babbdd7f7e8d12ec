"""The records a conversation is made of: participants, agreements, follow-ups, own topics,
scale values, signatures and history events. Frozen values; the conversation holds them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import FollowUpStatus, Responsible, RuleBroken, RuleCode, Voice
from ishoj_mus.domain.form_steps import PARTIES

PRIVATE_NOTE_VOICES = PARTIES  # both can write a private note, each in their own voice


def new_id() -> str:
    """A random 128-bit id as 32 hex digits (os.urandom: no need to import uuid at start-up)."""
    return os.urandom(16).hex()


class EventKind(StrEnum):
    SIGNED = "signed"
    LOCKED = "locked"
    REOPENED = "reopened"


@dataclass(frozen=True)
class Employee:
    """Who the conversation is with, as the front page names them."""

    name: str = ""
    job_title: str = ""
    workplace: str = ""
    employee_number: str = ""


@dataclass(frozen=True)
class Leader:
    """The leader who holds the conversation."""

    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class Agreement:
    """One line of the development plan."""

    what: str
    why: str = ""
    perspective: str | None = None
    responsible: Responsible | None = Responsible.BEGGE  # None: not chosen yet
    deadline: date | None = None
    follow_up: date | None = None
    id: str = field(default_factory=new_id)
    carried_from: str | None = None  # id of last year's agreement this one carries forward ("videreført")

    def edited(
        self,
        *,
        what: str,
        why: str,
        perspective: str | None,
        responsible: Responsible | str | None,
        deadline: date | None,
        follow_up: date | None,
    ) -> Agreement:
        """This agreement with what an editor now shows: the same id, and the link to last
        year's agreement (``carried_from``) stays. An empty choice ("" or None) is "not chosen"."""
        return replace(
            self,
            what=what,
            why=why,
            perspective=perspective or None,
            responsible=Responsible(responsible) if responsible else None,
            deadline=deadline,
            follow_up=follow_up,
        )

    def lacks(self) -> list[str]:
        """What an agreement needs before it counts: 'what', 'responsible', 'deadline'."""
        result = []
        if not self.what.strip():
            result.append("what")
        if self.responsible is None:
            result.append("responsible")
        if self.deadline is None:
            result.append("deadline")
        return result


CARRY_FORWARD_STATUSES = (FollowUpStatus.DELVIST, FollowUpStatus.IKKE_OPFYLDT)
DONE_STATUSES = (FollowUpStatus.OPFYLDT, FollowUpStatus.BORTFALDET)  # nothing left to carry on


@dataclass(frozen=True)
class OwnTopic:
    """A topic one of the parties brought up: a title and answers in the voices they chose.

    ``step_id`` is the step it belongs to; None makes it a step of its own.
    """

    title: str
    voices: tuple[Voice, ...] = (Voice.MEDARBEJDER, Voice.LEDER)
    step_id: str | None = None
    answers: tuple[tuple[Voice, str], ...] = ()
    id: str = field(default_factory=new_id)

    def answer(self, voice: Voice) -> str:
        return dict(self.answers).get(voice, "")

    def with_answer(self, voice: Voice, text: str) -> OwnTopic:
        if voice not in self.voices:
            raise RuleBroken(RuleCode.NO_SUCH_VOICE)
        answers = dict(self.answers)
        answers[voice] = text
        return replace(self, answers=tuple((v, answers[v]) for v in self.voices if v in answers))


@dataclass(frozen=True)
class PreparationInfo:
    """One party's own preparation, brought into this conversation; hidden until revealed."""

    voice: Voice
    source: str  # the preparation file's name, for the record
    brought_at: datetime
    revealed: bool = False


@dataclass(frozen=True)
class VoiceContent:
    """Everything one voice has written: what bringing in a preparation replaces (and undo restores)."""

    answers: dict[str, str]
    scales: dict[str, ScaleValue]
    marks: dict[str, BehaviourMarking]
    topics: tuple[OwnTopic, ...]
    preparation: PreparationInfo | None
    employee: Employee
    leader: Leader


@dataclass(frozen=True)
class FollowUp:
    """Last period's agreement, looked at again: did it happen?"""

    agreement: Agreement
    status: FollowUpStatus | None = None
    comment: str = ""
    source: str = ""  # where it was imported from (file name), for the record

    def assessed(self, status: FollowUpStatus | str | None, comment: str) -> FollowUp:
        """This follow-up with a status (an empty choice is "no status yet") and a comment."""
        return replace(self, status=FollowUpStatus(status) if status else None, comment=comment)


@dataclass(frozen=True)
class ScaleValue:
    """'Fylder i dag' and 'fylder fremover' for one party and one perspective."""

    today: int | None = None
    future: int | None = None


Point = tuple[float, float]


@dataclass(frozen=True)
class Signature:
    """A drawn signature: strokes of points in a box of ``width`` × ``height`` units."""

    role: Voice
    signer: str
    signed_at: datetime
    strokes: tuple[tuple[Point, ...], ...]
    width: float = 400.0
    height: float = 150.0
    remark: str = ""  # the employee's remark, written before signing
    typed_name: str = ""  # signed by typing the name (keyboard) instead of drawing

    @property
    def is_typed(self) -> bool:
        return bool(self.typed_name.strip())


@dataclass(frozen=True)
class Event:
    """One entry of the conversation's history: signed, locked or reopened, when and by whom."""

    kind: EventKind
    at: datetime
    by: str = ""
    role: Voice | None = None
    note: str = ""
