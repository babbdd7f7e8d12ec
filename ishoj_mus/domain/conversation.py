"""The conversation: who, when, what was said in which voice, what was agreed, who signed.

The rules live here, not in the window: what is still missing, that a signed conversation
refuses edits, and that reopening voids both signatures on record. Its parts are declared once
in :mod:`ishoj_mus.domain.shape` (equality is derived from there); the records it holds live in
:mod:`ishoj_mus.domain.records`, the codes it answers with in :mod:`ishoj_mus.domain.rules`.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, fields, replace
from datetime import date, datetime

from ishoj_mus.domain import shape
from ishoj_mus.domain.behaviours import BehaviourMarking, behaviour
from ishoj_mus.domain.changes import PREVIOUS_SCALES, Change, Part
from ishoj_mus.domain.codes import (
    ConversationLocked,
    RefusalCode,
    RuleBroken,
    RuleCode,
    SigningRefused,
    Voice,
)
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.domain.reading import ConversationReading
from ishoj_mus.domain.records import (
    CARRY_FORWARD_STATUSES,
    PRIVATE_NOTE_VOICES,
    Agreement,
    Employee,
    Event,
    EventKind,
    FollowUp,
    Leader,
    OwnTopic,
    PreparationInfo,
    ScaleValue,
    Signature,
    VoiceContent,
    new_id,
)

__all__ = [
    "Conversation", "NewConversationRefused", "ReferatVersion", "followups_from", "merge_followups",
    "new_conversation", "referat_version", "scales_by_perspective",
]  # fmt: skip


@dataclass(eq=False)
class Conversation(ConversationReading):
    """One conversation: its parts are declared in domain/shape.py, its rules are its methods."""

    form: Form
    employee: Employee = field(default_factory=Employee)
    leader: Leader = field(default_factory=Leader)
    date: date | None = None
    place: str = ""
    answers: dict[str, dict[Voice, str]] = field(default_factory=dict)
    scales: dict[str, dict[Voice, ScaleValue]] = field(default_factory=dict)
    followups: list[FollowUp] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    signatures: dict[Voice, Signature] = field(default_factory=dict)
    history: list[Event] = field(default_factory=list)
    # "Kun mellem os": per step, per party. Never in anything filed with HR.
    private_notes: dict[str, dict[Voice, str]] = field(default_factory=dict)
    topics: list[OwnTopic] = field(default_factory=list)
    behaviour_marks: dict[str, dict[Voice, BehaviourMarking]] = field(default_factory=dict)
    agenda: dict[str, int] = field(default_factory=dict)  # minutes per step, for this conversation only
    time_used: dict[str, int] = field(default_factory=dict)  # seconds spent per step
    previous_scales: dict[str, dict[Voice, ScaleValue]] = field(default_factory=dict)  # by perspective id
    preparation_of: Voice | None = None  # set: this is one party's own preparation, not a conversation
    preparations: dict[Voice, PreparationInfo] = field(default_factory=dict)
    not_relevant: set[str] = field(default_factory=set)  # questions marked "Ikke relevant"
    remark: str = ""  # the employee's remark while not signed (kept when reopened)
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=lambda: datetime.now().astimezone().replace(microsecond=0))

    def __post_init__(self) -> None:
        self._listeners: list[Callable[[Change], None]] = []

    def __deepcopy__(self, memo: dict[int, object]) -> Conversation:
        """A snapshot (e.g. for a PDF made in the background): content only, no listeners."""
        clone = Conversation.__new__(Conversation)
        for f in fields(self):
            setattr(clone, f.name, copy.deepcopy(getattr(self, f.name), memo))
        clone._listeners = []
        return clone

    # -- equality compares every declared part (domain/shape.py), not listeners ----------
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Conversation) and shape.content(self) == shape.content(other)

    __hash__ = None  # type: ignore[assignment]  # unhashable (mutable, equal by content): Python's idiom, which mypy wants callable

    # -- change notification (no Qt: plain callbacks) ---------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """``listener(change)`` is called after each change: a :class:`Change` names the part
        (and which answer, note or scale)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- editing -----------------------------------------------------------------------
    def set_employee(self, employee: Employee) -> None:
        self._ensure_editable()
        self.employee = shape.tidied_record(employee)  # what a file keeps (no control characters)
        self._changed(Change(Part.PARTICIPANTS))

    def set_leader(self, leader: Leader) -> None:
        self._ensure_editable()
        self.leader = shape.tidied_record(leader)
        self._changed(Change(Part.PARTICIPANTS))

    def set_date(self, when: dt.date | None) -> None:
        self._ensure_editable()
        self.date = when
        self._changed(Change(Part.PARTICIPANTS))

    def set_place(self, place: str) -> None:
        self._ensure_editable()
        self.place = shape.tidy(place)
        self._changed(Change(Part.PARTICIPANTS))

    def set_not_relevant(self, field_id: str, not_relevant: bool) -> None:
        """Mark a question "Ikke relevant" (or take the mark back); answers are kept."""
        self._ensure_editable()
        self.form.field(field_id)
        if not_relevant:
            self.not_relevant.add(field_id)
        else:
            self.not_relevant.discard(field_id)
        self._changed(Change(Part.ANSWER, field_id))

    def set_remark(self, remark: str) -> None:
        """The employee's remark, written before signing (also after the leader has signed)."""
        if Voice.MEDARBEJDER in self.signatures:
            raise ConversationLocked()
        self.remark = shape.tidy(remark)
        self._changed(Change(Part.REMARK))

    def set_answer(self, field_id: str, voice: Voice, text: str) -> None:
        self._ensure_editable()
        f = self.form.field(field_id)
        if voice not in f.voices:
            raise RuleBroken(RuleCode.NO_SUCH_VOICE)
        self.answers.setdefault(field_id, {})[voice] = shape.tidy(text)
        self._changed(Change(Part.ANSWER, field_id))

    def set_private_note(self, step_id: str, voice: Voice, text: str) -> None:
        """A note kept between the two ("Kun mellem os"); part of the signed text, never HR's."""
        self._ensure_editable()
        self.form.step(step_id)  # KeyError for a step the form does not have
        if voice not in PRIVATE_NOTE_VOICES:
            raise RuleBroken(RuleCode.NOT_A_PARTY)
        self.private_notes.setdefault(step_id, {})[voice] = shape.tidy(text)
        self._changed(Change(Part.PRIVATE_NOTE, step_id))

    def set_scale(self, field_id: str, voice: Voice, value: ScaleValue) -> None:
        self._ensure_editable()
        f = self.form.field(field_id)
        for v in (value.today, value.future):
            if v is not None and not f.scale_min <= v <= f.scale_max:
                raise RuleBroken(RuleCode.OUTSIDE_SCALE, low=f.scale_min, high=f.scale_max)
        self.scales.setdefault(field_id, {})[voice] = value
        self._changed(Change(Part.SCALE, field_id))

    def _room_for(self, path: str, items: int) -> None:
        """Refuse more items than the part may hold (a file with more would not open again)."""
        most = shape.count(path)
        if items > most:
            raise RuleBroken(RuleCode.TOO_MANY, high=most)

    def insert_agreement(self, index: int, agreement: Agreement) -> None:
        self._ensure_editable()
        self._room_for("agreements", len(self.agreements) + 1)
        self.agreements.insert(index, shape.tidied_record(agreement))
        self._changed(Change(Part.AGREEMENTS))

    def replace_agreement(self, index: int, agreement: Agreement) -> None:
        self._ensure_editable()
        self.agreements[index] = shape.tidied_record(agreement)
        self._changed(Change(Part.AGREEMENTS))

    def remove_agreement(self, index: int) -> Agreement:
        self._ensure_editable()
        removed = self.agreements.pop(index)
        self._changed(Change(Part.AGREEMENTS))
        return removed

    def move_agreement(self, index: int, new_index: int) -> None:
        self._ensure_editable()
        item = self.agreements.pop(index)
        self.agreements.insert(new_index, item)
        self._changed(Change(Part.AGREEMENTS))

    def set_followups(self, followups: list[FollowUp]) -> None:
        self._ensure_editable()
        self._room_for("followups", len(followups))
        self.followups = [shape.tidied_record(f) for f in followups]
        self._changed(Change(Part.FOLLOWUPS))

    def replace_followup(self, index: int, followup: FollowUp) -> None:
        self._ensure_editable()
        self.followups[index] = shape.tidied_record(followup)
        self._changed(Change(Part.FOLLOWUPS))

    def insert_topic(self, index: int, topic: OwnTopic) -> None:
        self._ensure_editable()
        self._room_for("topics", len(self.topics) + 1)
        if not topic.voices or len(set(topic.voices)) != len(topic.voices):
            raise RuleBroken(RuleCode.TOPIC_VOICES)
        if topic.step_id is not None:
            self.form.step(topic.step_id)  # KeyError for a step the form does not have
        self.topics.insert(index, shape.tidied_record(topic))
        self._changed(Change(Part.TOPICS))

    def replace_topic(self, index: int, topic: OwnTopic) -> None:
        self._ensure_editable()
        self.topics[index] = shape.tidied_record(topic)
        self._changed(Change(Part.TOPICS))

    def remove_topic(self, index: int) -> OwnTopic:
        self._ensure_editable()
        removed = self.topics.pop(index)
        self._changed(Change(Part.TOPICS))
        return removed

    def set_behaviour_mark(self, ref: str, voice: Voice, marking: BehaviourMarking | None) -> None:
        """Mark (or unmark, with None) one behaviour for one party."""
        self._ensure_editable()
        behaviour(self.form.framework, ref)  # KeyError for a behaviour the framework does not have
        if voice not in PARTIES:
            raise RuleBroken(RuleCode.NOT_A_PARTY)
        if marking is None:
            self.behaviour_marks.get(ref, {}).pop(voice, None)
            if ref in self.behaviour_marks and not self.behaviour_marks[ref]:
                del self.behaviour_marks[ref]
        else:
            self.behaviour_marks.setdefault(ref, {})[voice] = shape.tidied_record(marking)
        self._changed(Change(Part.BEHAVIOURS))

    def set_agenda(self, agenda: dict[str, int]) -> None:
        """This conversation's own minutes per step (steps left out use the form's suggestion)."""
        self._ensure_editable()
        for step_id, minutes in agenda.items():
            self.form.step(step_id)
            if not 0 <= minutes <= 600:
                raise RuleBroken(RuleCode.MINUTES)
        self.agenda = dict(agenda)
        self._changed(Change(Part.AGENDA))

    def add_time(self, step_id: str, seconds: int) -> None:
        """Time spent on a step: a record kept beside the content, not an edit (no undo), but a
        change the file does not have yet: ``Change(Part.TIME, step_id)``."""
        if self.is_locked or seconds <= 0:
            return
        most = shape.STEP_SECONDS  # the declared bound: a file that says more is refused
        before = self.time_used.get(step_id, 0)
        self.time_used[step_id] = min(most, before + int(seconds))
        if self.time_used[step_id] != before:
            self._changed(Change(Part.TIME, step_id))

    def set_previous_scales(self, scales: dict[str, dict[Voice, ScaleValue]]) -> None:
        self._ensure_editable()
        self.previous_scales = {k: dict(v) for k, v in scales.items()}
        self._changed(Change(Part.SCALE, PREVIOUS_SCALES))

    def carry_forward(self, index: int) -> Agreement:
        """Last year's unfinished agreement (follow-up ``index``) into this year's plan, linked."""
        self._ensure_editable()
        fu = self.followups[index]
        if fu.status not in CARRY_FORWARD_STATUSES:
            raise RuleBroken(RuleCode.NOT_CARRIABLE)
        if self.carried_forward(fu) is not None:
            raise RuleBroken(RuleCode.ALREADY_CARRIED)
        old = fu.agreement
        agreement = Agreement(
            what=old.what,
            why=old.why,
            perspective=old.perspective,
            responsible=old.responsible,
            carried_from=old.id,
        )
        self.insert_agreement(len(self.agreements), agreement)
        return agreement

    def set_voice_content(self, voice: Voice, content: VoiceContent) -> None:
        """Replace all one voice has written at once (bringing in a preparation, and its undo).

        Within the declared bounds like every other edit: adding a preparation's answer to the
        one typed (Tilføj) could make an answer the file cannot hold – saving refused it, and the
        recovery copy written meanwhile could not be restored after a crash."""
        self._ensure_editable()
        most = shape.limit("answers")
        if any(len(text) > most for text in content.answers.values()):
            raise RuleBroken(RuleCode.TOO_LONG, high=most)
        self._room_for("topics", len(content.topics))
        for fid in list(self.answers):
            self.answers[fid].pop(voice, None)
        for fid, text in content.answers.items():
            self.answers.setdefault(fid, {})[voice] = text
        for fid in list(self.scales):
            self.scales[fid].pop(voice, None)
        for fid, value in content.scales.items():
            self.scales.setdefault(fid, {})[voice] = value
        for ref in list(self.behaviour_marks):
            self.behaviour_marks[ref].pop(voice, None)
            if not self.behaviour_marks[ref]:
                del self.behaviour_marks[ref]
        for ref, marking in content.marks.items():
            self.behaviour_marks.setdefault(ref, {})[voice] = marking
        self.topics = list(content.topics)
        if content.preparation is None:
            self.preparations.pop(voice, None)
        else:
            self.preparations[voice] = content.preparation
        self.employee, self.leader = content.employee, content.leader
        self._changed(Change(Part.PREPARATION))

    def set_preparations(self, preparations: dict[Voice, PreparationInfo]) -> None:
        self._ensure_editable()
        self.preparations = dict(preparations)
        self._changed(Change(Part.PREPARATION))

    def reveal_preparations(self) -> None:
        """Show both brought-in preparations: from now on the texts are visible to both."""
        self.set_preparations({v: replace(p, revealed=True) for v, p in self.preparations.items()})

    # -- signing -----------------------------------------------------------------------
    def signer_name(self, role: Voice) -> str:
        return self.employee.name if role == Voice.MEDARBEJDER else self.leader.name

    def sign(self, signature: Signature) -> None:
        """Record a drawn or typed signature; refused while required answers are missing."""
        if signature.role not in PARTIES:
            raise SigningRefused(RefusalCode.NOT_A_PARTY)
        if signature.role in self.signatures:
            raise SigningRefused(RefusalCode.ALREADY_SIGNED, role=signature.role)
        if signature.is_typed:
            expected = " ".join(self.signer_name(signature.role).split()).casefold()
            if " ".join(signature.typed_name.split()).casefold() != expected:
                raise SigningRefused(RefusalCode.NAME_MISMATCH, name=self.signer_name(signature.role))
        elif not any(len(stroke) > 1 for stroke in signature.strokes):
            raise SigningRefused(RefusalCode.NOTHING_DRAWN)
        if self.preparation_of is not None:
            raise SigningRefused(RefusalCode.PREPARATION)
        if self.hidden_voices():
            raise SigningRefused(RefusalCode.PREPARATIONS_HIDDEN)
        missing = self.missing()
        if missing:
            raise SigningRefused(RefusalCode.ANSWERS_MISSING, count=len(missing))
        self._room_for("history", len(self.history) + 2)  # signed, and perhaps locked
        if signature.role != Voice.MEDARBEJDER and signature.remark:
            signature = replace(signature, remark="")
        if signature.role == Voice.MEDARBEJDER:
            self.remark = ""  # it now lives in the signature
        self.signatures[signature.role] = signature = shape.tidied_record(signature)
        self.history.append(Event(EventKind.SIGNED, signature.signed_at, signature.signer, signature.role))
        if self.is_fully_signed:
            self.history.append(Event(EventKind.LOCKED, signature.signed_at))
        self._changed(Change(Part.SIGNATURES))

    def reopen(self, by: str, role: Voice, at: datetime, note: str = "") -> None:
        """Void both signatures so the conversation can be edited again; on record."""
        if not self.signatures:
            return
        self._room_for("history", len(self.history) + 1)
        # The history is a record kept in the file, in Danish (as the referat that shows it).
        roles = {Voice.MEDARBEJDER: "medarbejder", Voice.LEDER: "leder"}
        voided = ", ".join(
            f"{s.signer} ({roles.get(s.role, s.role.value)})" for s in self.signatures.values()
        )
        employee = self.signatures.get(Voice.MEDARBEJDER)
        if employee is not None and employee.remark:
            self.remark = employee.remark  # kept, and shown again for editing
        self.signatures.clear()
        text = f"Underskrifter annulleret: {voided}."
        if note.strip():
            text += f" Begrundelse: {note.strip()}"
        text = shape.fit(text, "history.note")[0]  # the names and the reason together stay savable
        self.history.append(Event(EventKind.REOPENED, at, shape.fit(by, "history.by")[0], role, text))
        self._changed(Change(Part.SIGNATURES))


def followups_from(previous: Conversation, source: str) -> list[FollowUp]:
    """Last conversation's development plan, ready for 'Siden sidst' (no status yet)."""
    return [FollowUp(agreement=a, source=source) for a in previous.agreements]


class NewConversationRefused(ValueError):
    """A new conversation cannot start yet; ``code`` says why (the UI words it)."""

    NAMES_MISSING = "names_missing"

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def new_conversation(
    form: Form, employee: Employee, leader: Leader, when: date | None, place: str = ""
) -> Conversation:
    """A new conversation: both names are needed to start (everything else can come later);
    surrounding spaces are not part of anything typed."""
    employee = Employee(*(value.strip() for value in astuple(employee)))
    leader = Leader(*(value.strip() for value in astuple(leader)))
    if not employee.name or not leader.name:
        raise NewConversationRefused(NewConversationRefused.NAMES_MISSING)
    return Conversation(form=form, employee=employee, leader=leader, date=when, place=place.strip())


def merge_followups(current: list[FollowUp], imported: list[FollowUp]) -> list[FollowUp]:
    """Imported follow-ups added after the ones already there; an agreement already followed
    up (the same agreement id, e.g. the same file imported twice) keeps its status and comment."""
    known = {f.agreement.id for f in current}
    return list(current) + [f for f in imported if f.agreement.id not in known]


def scales_by_perspective(previous: Conversation) -> dict[str, dict[Voice, ScaleValue]]:
    """Last conversation's scale values keyed by perspective (forms may name fields differently)."""
    result: dict[str, dict[Voice, ScaleValue]] = {}
    for f in previous.form.scale_fields():
        if f.perspective is None:
            continue
        for voice, value in previous.scales.get(f.id, {}).items():
            if value.today is not None or value.future is not None:
                result.setdefault(f.perspective, {})[voice] = value
    return result


@dataclass(frozen=True)
class ReferatVersion:
    """Which signing of a conversation a referat records: reopening starts the next version."""

    number: int
    replaces_signed_at: datetime | None  # when the version it replaces was signed


def referat_version(conv: Conversation) -> ReferatVersion:
    number, last_locked, replaces = 1, None, None
    for event in conv.history:
        if event.kind == EventKind.LOCKED:
            last_locked = event.at
        elif event.kind == EventKind.REOPENED:
            number += 1
            replaces = last_locked
    return ReferatVersion(number, replaces)
