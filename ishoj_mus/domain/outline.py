"""The summary of a conversation as one outline: sections and items, built once.

The CLI text (``show.py``), the window's Opsummering (``ui/conversation/summary_html.py``) and the PDF
referat (``pdf/summary.py``) are thin walkers over this tree; what goes in it, in which order,
and what the form says about it (the front-page answers, a scale's perspective, shared voices,
"Ikke relevant", own topics, marked behaviours, private notes) is decided here, once.

Words are not decided here: the items carry values and codes (a voice, a status, a
responsible party), and each renderer says them in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ishoj_mus.domain.behaviours import step_behaviour_groups
from ishoj_mus.domain.codes import BehaviourMark, ConversationState, FollowUpStatus, Responsible, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import Field, FieldKind, Step, StepKind
from ishoj_mus.domain.framework import Behaviours, Direction, Perspective
from ishoj_mus.domain.records import PRIVATE_NOTE_VOICES, Employee, Leader, OwnTopic, Signature
from ishoj_mus.domain.rules import Missing

# Steps that are not content: who takes part, the summary page itself and the signing.
NOT_CONTENT = (StepKind.PARTICIPANTS, StepKind.SUMMARY, StepKind.SIGNATURES)


@dataclass(frozen=True)
class VoiceText:
    """What one voice wrote. ``required``: the form asks this voice for an answer;
    ``held_back``: a brought-in preparation not yet shown to both (the window hides it)."""

    voice: Voice
    text: str
    required: bool = False
    held_back: bool = False


@dataclass(frozen=True)
class NotRelevant:
    """A question the two agreed does not apply."""

    label: str


@dataclass(frozen=True)
class Answers:
    """A text or choice question and its answers, one per voice (a choice as its label)."""

    label: str
    voices: tuple[VoiceText, ...]


@dataclass(frozen=True)
class Rating:
    voice: Voice
    today: int | None
    future: int | None


@dataclass(frozen=True)
class Scale:
    """A "fylder i dag / fremover" scale; ``perspective`` is the name of the perspective the
    form says it is about (or "")."""

    label: str
    ratings: tuple[Rating, ...]
    scale_min: int
    scale_max: int
    perspective: str = ""


@dataclass(frozen=True)
class FollowUpRow:
    what: str
    why: str
    responsible: Responsible | None
    status: FollowUpStatus | None
    comment: str


@dataclass(frozen=True)
class FollowUps:
    """Last year's agreements and how they went; ``voice`` is the shared voice they are in."""

    label: str
    voice: Voice
    rows: tuple[FollowUpRow, ...]
    sources: tuple[str, ...]  # the files they were brought in from, sorted


@dataclass(frozen=True)
class AgreementRow:
    number: int
    what: str
    why: str
    carried: bool  # carried forward from last year
    perspective: str  # the perspective's name, or ""
    responsible: Responsible | None
    deadline: date | None
    deadline_before_conversation: bool
    follow_up: date | None
    carried_note: str = ""  # the form's words for it: "videreført fra sidste år" ("" if not carried)


@dataclass(frozen=True)
class Agreements:
    label: str
    voice: Voice
    rows: tuple[AgreementRow, ...]


@dataclass(frozen=True)
class Mark:
    voice: Voice
    mark: BehaviourMark
    comment: str
    held_back: bool = False


@dataclass(frozen=True)
class MarkedBehaviour:
    group_name: str
    number: int
    text: str  # quoted from the framework
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class MarkedBehaviours:
    behaviours: tuple[MarkedBehaviour, ...]


@dataclass(frozen=True)
class Topic:
    """An own topic: a title and the answers in the voices it was given."""

    title: str
    voices: tuple[VoiceText, ...]


@dataclass(frozen=True)
class PrivateNotes:
    """The step's "Kun mellem os" notes (only where the outline was asked to hold them)."""

    notes: tuple[VoiceText, ...]


Item = NotRelevant | Answers | Scale | FollowUps | Agreements | MarkedBehaviours | Topic | PrivateNotes

FrameworkItem = Perspective | Behaviours | Direction


@dataclass(frozen=True)
class Section:
    """One step of the form as it reads in the summary."""

    step_id: str
    title: str
    framework: tuple[FrameworkItem, ...]  # the framework text the step quotes
    items: tuple[Item, ...]
    radar: bool = False  # the chart of all scales follows here (the last step with a scale)


@dataclass(frozen=True)
class CoverAnswer:
    """An answer the form puts on the front page (``cover = "…"`` in the TOML)."""

    heading: str
    voice: Voice
    text: str


@dataclass(frozen=True)
class Cover:
    form_title: str
    form_version: str
    state: ConversationState
    employee: Employee
    leader: Leader
    date: date | None
    place: str
    answers: tuple[CoverAnswer, ...]


@dataclass(frozen=True)
class Outline:
    cover: Cover
    body: tuple[Section | Topic, ...]  # a Topic here is an own topic that is a step of its own
    signatures: tuple[Signature, ...]
    missing: tuple[Missing, ...]


def build_outline(conv: Conversation, private_notes: bool = False) -> Outline:
    """The summary of ``conv`` (for an edition: of its copy). ``private_notes``: hold the
    "Kun mellem os" notes too (the window and the employee's copy; never HR)."""
    hidden = conv.hidden_voices()
    scale_steps = [s.id for s in conv.form.steps if any(f.kind == FieldKind.SCALE for f in s.fields)]
    last_scale_step = scale_steps[-1] if scale_steps else None
    body: list[Section | Topic] = []
    for step in conv.step_entries():  # own topics that are steps of their own in their place
        if isinstance(step, OwnTopic):
            body.append(_topic(step, hidden))
        elif step.kind not in NOT_CONTENT:
            body.append(_section(conv, step, hidden, private_notes, step.id == last_scale_step))
    return Outline(
        cover=_cover(conv),
        body=tuple(body),
        signatures=tuple(conv.signatures.values()),
        missing=tuple(conv.missing()),
    )


def _cover(conv: Conversation) -> Cover:
    answers = tuple(
        CoverAnswer(f.cover, voice, conv.answer(f.id, voice))
        for _step, f in conv.form.fields()
        if f.cover
        for voice in f.voices
        if conv.answer(f.id, voice).strip()
    )
    return Cover(
        form_title=conv.form.title,
        form_version=str(conv.form.version),
        state=conv.state,
        employee=conv.employee,
        leader=conv.leader,
        date=conv.date,
        place=conv.place,
        answers=answers,
    )


def _section(
    conv: Conversation, step: Step, hidden: tuple[Voice, ...], private_notes: bool, radar: bool
) -> Section:
    items: list[Item] = [_field(conv, f, hidden) for f in step.fields]
    groups = step_behaviour_groups(conv.form.framework, step.framework)
    marked = conv.marked_behaviours(groups) if groups else []
    if marked:
        items.append(
            MarkedBehaviours(
                tuple(
                    MarkedBehaviour(
                        b.group_name,
                        b.number,
                        b.text,
                        tuple(Mark(v, m.mark, m.comment, v in hidden) for v, m in marks.items()),
                    )
                    for b, marks in marked
                )
            )
        )
    items += [_topic(t, hidden) for t in conv.topics_of(step.id)]
    if private_notes:
        notes = tuple(
            VoiceText(v, conv.private_note(step.id, v).strip())
            for v in PRIVATE_NOTE_VOICES
            if conv.private_note(step.id, v).strip()
        )
        if notes:
            items.append(PrivateNotes(notes))
    framework = tuple(it for ref in step.framework for it in conv.form.framework.resolve(ref))
    return Section(step.id, step.title, framework, tuple(items), radar)


def _topic(topic: OwnTopic, hidden: tuple[Voice, ...]) -> Topic:
    return Topic(topic.title, tuple(VoiceText(v, topic.answer(v), False, v in hidden) for v in topic.voices))


def perspective_name(conv: Conversation, perspective_id: str | None) -> str:
    """The name of a perspective of the form's framework ("" for none; the id if unknown)."""
    if not perspective_id:
        return ""
    try:
        return conv.form.framework.perspective(perspective_id).name
    except KeyError:
        return perspective_id


def agreement_rows(conv: Conversation) -> tuple[AgreementRow, ...]:
    """The development plan as rows, numbered from 1 (the summary and the plan PDF)."""
    return tuple(
        AgreementRow(
            number=i,
            what=a.what,
            why=a.why,
            carried=bool(a.carried_from),
            perspective=perspective_name(conv, a.perspective),
            responsible=a.responsible,
            deadline=a.deadline,
            deadline_before_conversation=bool(a.deadline and conv.date and a.deadline < conv.date),
            follow_up=a.follow_up,
            carried_note=conv.form.documents.carried_note if a.carried_from else "",
        )
        for i, a in enumerate(conv.agreements, 1)
    )


def _field(conv: Conversation, f: Field, hidden: tuple[Voice, ...]) -> Item:
    if f.id in conv.not_relevant and f.kind not in (FieldKind.FOLLOWUPS, FieldKind.AGREEMENTS):
        return NotRelevant(f.label)
    if f.kind == FieldKind.FOLLOWUPS:
        rows = tuple(
            FollowUpRow(fu.agreement.what, fu.agreement.why, fu.agreement.responsible, fu.status, fu.comment)
            for fu in conv.followups
        )
        sources = tuple(sorted({fu.source for fu in conv.followups if fu.source}))
        return FollowUps(f.label, f.voices[0], rows, sources)
    if f.kind == FieldKind.AGREEMENTS:
        return Agreements(f.label, f.voices[0], agreement_rows(conv))
    if f.kind == FieldKind.SCALE:
        ratings = tuple(Rating(v, conv.scale(f.id, v).today, conv.scale(f.id, v).future) for v in f.voices)
        return Scale(f.label, ratings, f.scale_min, f.scale_max, perspective_name(conv, f.perspective))
    voices = []
    for v in f.voices:
        answer = conv.answer(f.id, v)
        if f.kind == FieldKind.CHOICE and answer:
            answer = f.option_label(answer)
        voices.append(VoiceText(v, answer, v in f.voices_required, v in hidden))
    return Answers(f.label, tuple(voices))
