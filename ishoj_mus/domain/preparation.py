"""Prepare apart, talk together.

A *preparation* is a conversation file in which one party (medarbejder or leder) has answered
the form's questions alone, in their own voice (``Conversation.preparation_of``). Bringing it into
the shared conversation fills that voice's fields, held back until both agree to show them, and
never overwrites what is already typed without an explicit choice: :func:`plan_bring_in` lists
the conflicts, :func:`merged_content` applies the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import NotBroughtIn, RuleBroken, RuleCode, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import PARTIES, TEXT_KINDS, FieldKind
from ishoj_mus.domain.records import Employee, Leader, OwnTopic, PreparationInfo, ScaleValue, VoiceContent


class PreparationError(ValueError):
    """A file that cannot be brought in as a preparation: ``code`` says why, ``source`` is the
    file's name (``text.preparation_error_text`` words it)."""

    def __init__(self, code: NotBroughtIn, source: str = ""):
        super().__init__(code.value)
        self.code, self.source = code, source


@dataclass(frozen=True)
class Occasion:
    """Which conversation a file is about, as a person names it: the form, the employee, the day."""

    form_title: str
    employee: str
    when: date | None

    @classmethod
    def of(cls, conv: Conversation) -> Occasion:
        return cls(conv.form.title, conv.employee.name.strip(), conv.date)


def _same_person(a: Employee, b: Employee) -> bool:
    """False only when both say who they are and it is not the same person."""
    if a.employee_number.strip() and b.employee_number.strip():
        if a.employee_number.strip() != b.employee_number.strip():
            return False
    name_a, name_b = (" ".join(e.name.split()).casefold() for e in (a, b))
    return not (name_a and name_b and name_a != name_b)


class Resolution(StrEnum):
    """What to do where typed text and the preparation differ."""

    KEEP = "keep"  # keep what is typed
    REPLACE = "replace"  # the preparation's text replaces it
    APPEND = "append"  # keep both: the preparation's text below what is typed


@dataclass(frozen=True)
class Conflict:
    field_id: str
    label: str
    typed: str
    prepared: str


@dataclass(frozen=True)
class BringInPlan:
    voice: Voice
    source: str
    answers: dict[str, str]  # field id -> prepared text (only fields this conversation has for the voice)
    scales: dict[str, ScaleValue]
    marks: dict[str, BehaviourMarking]
    topics: tuple[OwnTopic, ...]
    conflicts: tuple[Conflict, ...]
    skipped: tuple[str, ...]  # labels of prepared answers this conversation's form has no place for
    employee: Employee | None = None
    leader: Leader | None = None
    replaces_earlier: bool = False  # this voice already had a preparation brought in
    # Made for someone or something else: asked about first, naming both.
    other_employee: bool = False
    other_conversation: bool = False
    prepared_for: Occasion | None = None
    this_conversation: Occasion | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.answers or self.scales or self.marks or self.topics)


def new_preparation(form: Form, voice: Voice) -> Conversation:
    """An empty preparation of one party's voice, on ``form``."""
    if voice not in PARTIES:
        raise RuleBroken(RuleCode.NOT_A_PARTY)
    return Conversation(form=form, preparation_of=voice)


def prepared_fields(form: Form, voice: Voice) -> list[tuple[str, str]]:
    """(step id, field id) of every question the party answers in a preparation."""
    return [
        (step.id, f.id)
        for step, f in form.fields()
        if voice in f.voices and (f.kind in TEXT_KINDS or f.kind == FieldKind.SCALE)
    ]


def plan_bring_in(conv: Conversation, prep: Conversation, source: str) -> BringInPlan:
    """What bringing ``prep`` into ``conv`` would fill, and where typed text is in the way."""
    voice = prep.preparation_of
    if voice is None:
        raise PreparationError(NotBroughtIn.NOT_A_PREPARATION, source)
    if conv.preparation_of is not None:
        raise PreparationError(NotBroughtIn.INTO_A_PREPARATION)
    answers: dict[str, str] = {}
    scales: dict[str, ScaleValue] = {}
    conflicts: list[Conflict] = []
    skipped: list[str] = []
    fields = {f.id: f for _, f in conv.form.fields()}
    for fid, by_voice in prep.answers.items():
        text = by_voice.get(voice, "")
        if not text.strip():
            continue
        target = fields.get(fid)
        if target is None or voice not in target.voices or target.kind not in TEXT_KINDS:
            try:
                skipped.append(prep.form.field(fid).label)
            except KeyError:
                skipped.append(fid)
            continue
        answers[fid] = text
        typed = conv.answer(fid, voice)
        if typed.strip() and typed.strip() != text.strip():
            conflicts.append(Conflict(fid, target.label, typed, text))
    for fid, scale_by_voice in prep.scales.items():
        value = scale_by_voice.get(voice)
        if value is None or (value.today is None and value.future is None):
            continue
        target = fields.get(fid)
        if target is None or target.kind != FieldKind.SCALE or voice not in target.voices:
            continue
        scales[fid] = value
    marks = {ref: by[voice] for ref, by in prep.behaviour_marks.items() if voice in by}
    known = {t.id for t in conv.topics}
    steps = {s.id for s in conv.form.steps}
    # Only the words of the voice that wrote the preparation: a topic's other answers (a file can
    # carry the leader's words in the employee's preparation) stay behind.
    topics = tuple(
        replace(
            t,
            step_id=t.step_id if t.step_id is None or t.step_id in steps else None,
            answers=tuple((v, text) for v, text in t.answers if v == voice),
        )
        for t in prep.topics
        if t.id not in known
    )
    return BringInPlan(
        voice=voice,
        source=source,
        answers=answers,
        scales=scales,
        marks=marks,
        topics=topics,
        conflicts=tuple(conflicts),
        skipped=tuple(skipped),
        employee=prep.employee if voice == Voice.MEDARBEJDER else None,
        leader=prep.leader if voice == Voice.LEDER else None,
        replaces_earlier=voice in conv.preparations,
        other_employee=not _same_person(conv.employee, prep.employee),
        other_conversation=prep.form.id != conv.form.id
        or (prep.date is not None and conv.date is not None and prep.date != conv.date),
        prepared_for=Occasion.of(prep),
        this_conversation=Occasion.of(conv),
    )


_Person = TypeVar("_Person", Employee, Leader)


def _fill_empty(current: _Person, prepared: _Person) -> _Person:
    """A participant record with only its empty details filled from the preparation."""
    values: dict[str, str] = {}
    for name in current.__dataclass_fields__:
        mine, theirs = getattr(current, name), getattr(prepared, name)
        values[name] = mine if (mine or "").strip() else theirs
    return type(current)(**values)


def merged_content(
    conv: Conversation,
    plan: BringInPlan,
    resolution: Resolution = Resolution.KEEP,
    at: datetime | None = None,
) -> VoiceContent:
    """The voice's content after bringing the preparation in. Text typed in the conversation is
    kept unless ``resolution`` says otherwise; scale values and behaviour marks only fill gaps."""
    old = conv.voice_content(plan.voice)
    answers = dict(old.answers)
    for fid, text in plan.answers.items():
        typed = answers.get(fid, "")
        if not typed.strip() or typed.strip() == text.strip():
            answers[fid] = text
        elif resolution == Resolution.REPLACE:
            answers[fid] = text
        elif resolution == Resolution.APPEND:
            answers[fid] = f"{typed.rstrip()}\n\n{text}"
    scales = dict(old.scales)
    for fid, value in plan.scales.items():
        mine = scales.get(fid, ScaleValue())
        scales[fid] = ScaleValue(
            mine.today if mine.today is not None else value.today,
            mine.future if mine.future is not None else value.future,
        )
    marks = dict(old.marks)
    for ref, marking in plan.marks.items():
        marks.setdefault(ref, marking)
    topics = old.topics + plan.topics
    when = at or datetime.now().astimezone().replace(microsecond=0)
    return VoiceContent(
        answers=answers,
        scales=scales,
        marks=marks,
        topics=topics,
        preparation=PreparationInfo(plan.voice, plan.source, when, revealed=False),
        employee=_fill_empty(old.employee, plan.employee) if plan.employee else old.employee,
        leader=_fill_empty(old.leader, plan.leader) if plan.leader else old.leader,
    )


def bring_in(
    conv: Conversation,
    prep: Conversation,
    source: str,
    resolution: Resolution = Resolution.KEEP,
    at: datetime | None = None,
) -> BringInPlan:
    """Plan and apply in one go (for the CLI and tests); the window asks about conflicts first."""
    plan = plan_bring_in(conv, prep, source)
    conv.set_voice_content(plan.voice, merged_content(conv, plan, resolution, at))
    return plan
