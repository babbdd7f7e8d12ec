"""What a conversation says about itself: its state, its answers, what is still missing, the
progress of each step, the agenda and the time used. Mixed into
:class:`~ishoj_mus.domain.conversation.Conversation` (which holds the parts and the edits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ishoj_mus.domain import shape
from ishoj_mus.domain.behaviours import Behaviour, BehaviourMarking, behaviours_of
from ishoj_mus.domain.codes import ConversationLocked, ConversationState, MissingCode, Voice
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import PARTIES, TEXT_KINDS, FieldKind, Step, StepKind
from ishoj_mus.domain.records import (
    CARRY_FORWARD_STATUSES,
    Agreement,
    Employee,
    FollowUp,
    Leader,
    OwnTopic,
    PreparationInfo,
    ScaleValue,
    Signature,
    VoiceContent,
)
from ishoj_mus.domain.rules import AGREEMENT_PART_CODES, Missing, Notice


class ConversationReading:
    """The reading half of a conversation; the parts are declared in domain/shape.py."""

    form: Form
    employee: Employee
    leader: Leader
    date: dt.date | None
    answers: dict[str, dict[Voice, str]]
    scales: dict[str, dict[Voice, ScaleValue]]
    followups: list[FollowUp]
    agreements: list[Agreement]
    signatures: dict[Voice, Signature]
    private_notes: dict[str, dict[Voice, str]]
    topics: list[OwnTopic]
    behaviour_marks: dict[str, dict[Voice, BehaviourMarking]]
    agenda: dict[str, int]
    time_used: dict[str, int]
    preparation_of: Voice | None
    preparations: dict[Voice, PreparationInfo]
    not_relevant: set[str]

    # -- state -------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        """Locked from the first signature on: both sign the same text."""
        return bool(self.signatures)

    @property
    def is_fully_signed(self) -> bool:
        return all(role in self.signatures for role in PARTIES)

    @property
    def state(self) -> ConversationState:
        """A code, not a sentence: the CLI and PDF say it in Danish, the window through tr()."""
        if self.is_fully_signed:
            return ConversationState.SIGNED
        if self.signatures:
            return ConversationState.PARTLY_SIGNED
        return ConversationState.DRAFT

    def _ensure_editable(self) -> None:
        if self.is_locked:
            raise ConversationLocked()

    # -- reading -----------------------------------------------------------------------
    def answer(self, field_id: str, voice: Voice) -> str:
        return self.answers.get(field_id, {}).get(voice, "")

    def scale(self, field_id: str, voice: Voice) -> ScaleValue:
        return self.scales.get(field_id, {}).get(voice, ScaleValue())

    def private_note(self, step_id: str, voice: Voice) -> str:
        return self.private_notes.get(step_id, {}).get(voice, "")

    def has_private_notes(self) -> bool:
        return any(text.strip() for notes in self.private_notes.values() for text in notes.values())

    def is_not_relevant(self, field_id: str) -> bool:
        return field_id in self.not_relevant

    def agreement_step(self) -> tuple[str, str] | None:
        """(step id, field id) of the development plan, if the form has one."""
        for step, f in self.form.fields():
            if f.kind == FieldKind.AGREEMENTS:
                return step.id, f.id
        return None

    def notices(self) -> list[Notice]:
        """Dates that look wrong: a deadline or follow-up before the conversation itself."""
        where = self.agreement_step()
        if where is None or self.date is None:
            return []
        result = []
        for index, a in enumerate(self.agreements):
            if a.deadline is not None and a.deadline < self.date:
                result.append(Notice("deadline_before_date", where[0], where[1], index))
            if a.follow_up is not None and a.follow_up < self.date:
                result.append(Notice("follow_up_before_date", where[0], where[1], index))
        return result

    def missing(self) -> list[Missing]:
        """Every required answer not yet given, in form order."""
        result: list[Missing] = []
        for step in self.form.steps:
            if step.kind == StepKind.PARTICIPANTS:
                for path, code in shape.required_parts():  # declared once, in domain/shape.py
                    value: object = self
                    for name in path:
                        value = getattr(value, name)
                    if not value or (isinstance(value, str) and not value.strip()):
                        result.append(Missing(step.id, step.title, None, None, "", code=code))
            for f in step.fields:
                if f.kind == FieldKind.AGREEMENTS:
                    # An agreement counts only with what, who and when – required or not.
                    for index, a in enumerate(self.agreements):
                        for part in a.lacks():
                            result.append(
                                Missing(
                                    step.id, step.title, f.id, None, "", index, AGREEMENT_PART_CODES[part]
                                )
                            )
                # A preparation asks every question of its own voice; a conversation requires
                # what the form says (by default the shared answers and the agreements).
                preparing = self.preparation_of is not None and f.kind in (*TEXT_KINDS, FieldKind.SCALE)
                if f.id in self.not_relevant or not (f.required or preparing):
                    continue
                needed = f.voices if preparing else f.voices_required
                if f.kind == FieldKind.FOLLOWUPS:
                    for fu in self.followups:
                        if fu.status is None:
                            result.append(
                                Missing(
                                    step.id,
                                    step.title,
                                    f.id,
                                    None,
                                    fu.agreement.what,
                                    code=MissingCode.FOLLOWUP_STATUS,
                                )
                            )
                elif f.kind == FieldKind.AGREEMENTS:
                    if not self.agreements:
                        result.append(Missing(step.id, step.title, f.id, None, f.label))
                elif f.kind == FieldKind.SCALE:
                    for voice in needed:
                        value = self.scale(f.id, voice)
                        if value.today is None or value.future is None:
                            result.append(Missing(step.id, step.title, f.id, voice, f.label))
                else:
                    for voice in needed:
                        if not self.answer(f.id, voice).strip():
                            result.append(Missing(step.id, step.title, f.id, voice, f.label))
        if self.preparation_of is not None:  # a preparation asks only for its own voice
            result = [m for m in result if m.voice == self.preparation_of]
        return result

    def step_progress(self, step_id: str) -> tuple[int, int]:
        """(answered, total) over the text answers of a step, for the step list."""
        step = self.form.step(step_id)
        total = answered = 0
        for f in step.fields:
            if self.preparation_of is not None:
                if self.preparation_of not in f.voices:
                    continue
                f = replace(f, voices=(self.preparation_of,))
            if f.id in self.not_relevant and f.kind not in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS):
                n = len(f.voices)
                total += n
                answered += n  # marked "Ikke relevant": answered, on purpose
            elif f.kind in (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT, FieldKind.CHOICE):
                for voice in f.voices:
                    total += 1
                    answered += bool(self.answer(f.id, voice).strip())
            elif f.kind == FieldKind.SCALE:
                for voice in f.voices:
                    total += 1
                    v = self.scale(f.id, voice)
                    answered += v.today is not None and v.future is not None
            elif f.kind == FieldKind.AGREEMENTS:
                total += max(1, len(self.agreements))
                answered += sum(not a.lacks() for a in self.agreements)
            elif f.kind == FieldKind.FOLLOWUPS:
                total += len(self.followups)
                answered += sum(fu.status is not None for fu in self.followups)
        return answered, total

    def behaviour_marking(self, ref: str, voice: Voice) -> BehaviourMarking | None:
        return self.behaviour_marks.get(ref, {}).get(voice)

    def topics_of(self, step_id: str | None) -> list[OwnTopic]:
        """Own topics attached to a step (``None``: the topics that are steps of their own)."""
        return [t for t in self.topics if t.step_id == step_id]

    def own_steps_before(self) -> str | None:
        """The step before which own topics that are steps of their own are shown: the
        development plan (they often lead to an agreement), else the summary, else the end."""
        for step in self.form.steps:
            if any(f.kind == FieldKind.AGREEMENTS for f in step.fields) or step.kind == StepKind.SUMMARY:
                return step.id
        return None

    def step_entries(self) -> list[Step | OwnTopic]:
        """The conversation's steps in order, as the step list, the summary and the PDF show them:
        the form's steps, with each own topic that is a step of its own placed before
        :meth:`own_steps_before` (at the end when the form has no such step)."""
        own = self.topics_of(None)
        before = self.own_steps_before()
        entries: list[Step | OwnTopic] = []
        for step in self.form.steps:
            if step.id == before:
                entries += own
            entries.append(step)
        if before is None:
            entries += own
        return entries

    def topic_progress(self, topic_id: str) -> tuple[int, int]:
        """(answered, total) over an own topic's voices, for the step list."""
        topic = next(t for t in self.topics if t.id == topic_id)
        voices = [v for v in topic.voices if self.preparation_of in (None, v)]
        return sum(bool(topic.answer(v).strip()) for v in voices), len(voices)

    def marked_behaviours(
        self, groups: tuple[str, ...] | None = None
    ) -> list[tuple[Behaviour, dict[Voice, BehaviourMarking]]]:
        """Marked behaviours in framework order, each with the parties' marks."""
        return [
            (b, {v: self.behaviour_marks[b.id][v] for v in PARTIES if v in self.behaviour_marks[b.id]})
            for b in behaviours_of(self.form.framework, groups)
            if self.behaviour_marks.get(b.id)
        ]

    def planned_minutes(self, step_id: str) -> int | None:
        """Minutes planned for a step: this conversation's own choice, else the form's suggestion."""
        if step_id in self.agenda:
            return self.agenda[step_id]
        return self.form.step(step_id).minutes

    def planned_total(self) -> int:
        return sum(self.planned_minutes(s.id) or 0 for s in self.form.steps)

    def used_seconds(self, step_id: str | None = None) -> int:
        if step_id is None:
            return sum(self.time_used.values())
        return self.time_used.get(step_id, 0)

    def hidden_voices(self) -> tuple[Voice, ...]:
        """Voices whose brought-in preparation is still held back (not yet shown to both)."""
        return tuple(v for v in PARTIES if v in self.preparations and not self.preparations[v].revealed)

    def carried_forward(self, followup: FollowUp) -> Agreement | None:
        """This year's agreement that carries ``followup`` forward, if there is one."""
        for a in self.agreements:
            if a.carried_from == followup.agreement.id:
                return a
        return None

    def untouched_carry(self, followup: FollowUp) -> Agreement | None:
        """This year's agreement carried on from ``followup`` exactly as it was (nobody has
        adjusted it yet): what an agreement followed up as done may take back with it."""
        carried = self.carried_forward(followup)
        if carried is None:
            return None
        old = followup.agreement
        same = (carried.what, carried.why, carried.perspective, carried.responsible) == (
            old.what,
            old.why,
            old.perspective,
            old.responsible,
        )
        dates_kept = carried.deadline in (None, old.deadline) and carried.follow_up in (None, old.follow_up)
        return carried if same and dates_kept else None

    def may_carry_forward(self, followup: FollowUp) -> bool:
        return followup.status in CARRY_FORWARD_STATUSES and self.carried_forward(followup) is None

    def voice_content(self, voice: Voice) -> VoiceContent:
        return VoiceContent(
            answers={fid: by[voice] for fid, by in self.answers.items() if voice in by},
            scales={fid: by[voice] for fid, by in self.scales.items() if voice in by},
            marks={ref: by[voice] for ref, by in self.behaviour_marks.items() if voice in by},
            topics=tuple(self.topics),
            preparation=self.preparations.get(voice),
            employee=self.employee,
            leader=self.leader,
        )
