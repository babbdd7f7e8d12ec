"""Every text the parties wrote in a conversation, and where it stands in the form.

Used where something must be said about the written texts as a whole – e.g. which answers
hold characters the PDF's fonts cannot draw, so the summary step can say so (and where)
before anyone signs. Places are codes; the renderers word them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from ishoj_mus.domain.behaviours import step_behaviour_groups
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import FieldKind, StepKind


class Part(StrEnum):
    PARTICIPANTS = "participants"  # names, titles, workplace, place
    ANSWER = "answer"  # an answer to a question of the form (step, field, voice)
    PRIVATE_NOTE = "private_note"  # "Kun mellem os" (step, voice)
    AGREEMENT = "agreement"  # an agreement's what or why (item)
    FOLLOWUP = "followup"  # last year's agreement and its comment (item)
    TOPIC = "topic"  # an own topic's title or answer (item = index in conv.topics)
    BEHAVIOUR = "behaviour"  # the comment on a marked behaviour (voice)
    REMARK = "remark"  # the employee's remark before signing
    SIGNATURE = "signature"  # a signer's name (voice)
    HISTORY = "history"  # who reopened the conversation, and why


@dataclass(frozen=True)
class Place:
    part: Part
    step_id: str | None = None
    field_id: str | None = None
    voice: Voice | None = None
    item: int | None = None


def _first_step(conv: Conversation, kind: FieldKind) -> tuple[str | None, str | None]:
    for step in conv.form.steps:
        for f in step.fields:
            if f.kind == kind:
                return step.id, f.id
    return None, None


def written_texts(conv: Conversation) -> Iterator[tuple[Place, str]]:
    """(where, text) for every non-empty text the parties wrote, in the form's order."""
    steps = conv.form.steps
    participants = next((s.id for s in steps if s.kind == StepKind.PARTICIPANTS), None)
    for text in (
        conv.employee.name,
        conv.employee.job_title,
        conv.employee.workplace,
        conv.employee.employee_number,
        conv.leader.name,
        conv.leader.title,
        conv.place,
    ):
        if text:
            yield Place(Part.PARTICIPANTS, participants), text
    for step in steps:
        for f in step.fields:
            for voice, text in conv.answers.get(f.id, {}).items():
                if text:
                    yield Place(Part.ANSWER, step.id, f.id, voice), text
        for voice, text in conv.private_notes.get(step.id, {}).items():
            if text:
                yield Place(Part.PRIVATE_NOTE, step.id, None, voice), text
        groups = step_behaviour_groups(conv.form.framework, step.framework)
        for behaviour_id, marks in conv.behaviour_marks.items():
            if behaviour_id.split(":", 1)[0] in groups:
                for voice, marking in marks.items():
                    if marking.comment:
                        yield Place(Part.BEHAVIOUR, step.id, None, voice), marking.comment
    step_id, field_id = _first_step(conv, FieldKind.FOLLOWUPS)
    for index, fu in enumerate(conv.followups):
        for text in (fu.agreement.what, fu.agreement.why, fu.comment, fu.source):
            if text:
                yield Place(Part.FOLLOWUP, step_id, field_id, None, index), text
    step_id, field_id = _first_step(conv, FieldKind.AGREEMENTS)
    for index, a in enumerate(conv.agreements):
        for text in (a.what, a.why):
            if text:
                yield Place(Part.AGREEMENT, step_id, field_id, None, index), text
    for index, topic in enumerate(conv.topics):
        texts = [topic.title, *(text for _, text in topic.answers)]
        for text in texts:
            if text:
                yield Place(Part.TOPIC, topic.step_id, None, None, index), text
    signing = next((s.id for s in steps if s.kind == StepKind.SIGNATURES), None)
    if conv.remark:
        yield Place(Part.REMARK, signing, None, Voice.MEDARBEJDER), conv.remark
    for voice, sig in conv.signatures.items():
        if sig.remark:
            yield Place(Part.REMARK, signing, None, voice), sig.remark
        for text in (sig.signer, sig.typed_name):
            if text:
                yield Place(Part.SIGNATURE, signing, None, voice), text
    for event in conv.history:
        for text in (event.by, event.note):
            if text:
                yield Place(Part.HISTORY, signing, None, event.role), text
