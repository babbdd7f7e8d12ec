"""Undoable commands for preparations, own topics, behaviour marks, the agenda and carrying forward.

Kept apart from ``commands.py`` so the two grow without stepping on each other; the same rules
hold: one command per model change, the old value captured when the command is made.
"""

from __future__ import annotations

from dataclasses import replace

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import (
    Agreement,
    Employee,
    FollowUp,
    Leader,
    OwnTopic,
    PreparationInfo,
    ScaleValue,
    VoiceContent,
)
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.commands import Command, Replace
from ishoj_mus.ui.widgets.i18n import tr


class InsertTopic(Command):
    def __init__(self, conv: Conversation, topic: OwnTopic):
        super().__init__(tr("Tilføj eget emne"))
        self.conv, self.topic = conv, topic

    def forward(self) -> None:
        self.conv.insert_topic(len(self.conv.topics), self.topic)

    def backward(self) -> None:
        self.conv.remove_topic(_topic_index(self.conv, self.topic.id))


class RemoveTopic(Command):
    def __init__(self, conv: Conversation, topic_id: str):
        super().__init__(tr("Fjern eget emne"))
        self.conv = conv
        self.index = _topic_index(conv, topic_id)
        self.topic = conv.topics[self.index]

    def forward(self) -> None:
        self.conv.remove_topic(self.index)

    def backward(self) -> None:
        self.conv.insert_topic(self.index, self.topic)


class SetTopicAnswer(Replace[str]):
    """Typing in an own topic's answer box (merges like any other typing)."""

    def __init__(self, conv: Conversation, topic_id: str, voice: Voice, text: str):
        topic = conv.topics[_topic_index(conv, topic_id)]
        super().__init__(
            fill(tr("Skriv i »%1«"), topic.title[:40]), topic.answer(voice), text, (topic_id, voice)
        )
        self.conv, self.topic_id, self.voice = conv, topic_id, voice

    def apply(self, value: str) -> None:
        index = _topic_index(self.conv, self.topic_id)
        self.conv.replace_topic(index, self.conv.topics[index].with_answer(self.voice, value))


def _topic_index(conv: Conversation, topic_id: str) -> int:
    return next(i for i, t in enumerate(conv.topics) if t.id == topic_id)


class SetBehaviourMark(Replace[BehaviourMarking | None]):
    def __init__(
        self, conv: Conversation, ref: str, voice: Voice, marking: BehaviourMarking | None, merge: bool
    ):
        super().__init__(
            tr("Markér adfærd"), conv.behaviour_marking(ref, voice), marking, (ref, voice) if merge else None
        )
        self.conv, self.ref, self.voice = conv, ref, voice

    def apply(self, value: BehaviourMarking | None) -> None:
        self.conv.set_behaviour_mark(self.ref, self.voice, value)


class SetAgenda(Replace[dict[str, int]]):
    def __init__(self, conv: Conversation, agenda: dict[str, int]):
        super().__init__(tr("Ret dagsorden"), dict(conv.agenda), dict(agenda))
        self.conv = conv

    def apply(self, value: dict[str, int]) -> None:
        self.conv.set_agenda(value)


class SetVoiceContent(Replace[VoiceContent]):
    """Bringing a preparation in: everything one voice has written, replaced at once."""

    def __init__(self, conv: Conversation, voice: Voice, content: VoiceContent, text: str):
        super().__init__(text, conv.voice_content(voice), content)
        self.conv, self.voice = conv, voice

    def apply(self, value: VoiceContent) -> None:
        self.conv.set_voice_content(self.voice, value)


class RevealPreparations(Replace[dict[Voice, PreparationInfo]]):
    def __init__(self, conv: Conversation):

        super().__init__(
            tr("Vis begges forberedelse"),
            dict(conv.preparations),
            {v: replace(p, revealed=True) for v, p in conv.preparations.items()},
        )
        self.conv = conv

    def apply(self, value: dict[Voice, PreparationInfo]) -> None:
        self.conv.set_preparations(value)


class CarryForward(Command):
    def __init__(self, conv: Conversation, followup_index: int):
        super().__init__(tr("Viderefør aftale"))
        self.conv, self.index = conv, followup_index
        self.agreement_id: str | None = None

    def forward(self) -> None:
        self.agreement_id = self.conv.carry_forward(self.index).id

    def backward(self) -> None:
        index = next(i for i, a in enumerate(self.conv.agreements) if a.id == self.agreement_id)
        self.conv.remove_agreement(index)


class AssessDone(Command):
    """A follow-up marked done (Opfyldt, Bortfaldet) while this year's plan still carries the
    agreement on untouched: the status and the carried agreement's removal in one step (one
    undo brings both back). The walker marked an agreement »Opfyldt« at the half-year and found
    it still active under »Justerede aftaler«."""

    def __init__(self, conv: Conversation, index: int, followup: FollowUp):
        super().__init__(tr("Opfølgning"))
        self.conv, self.index = conv, index
        self.old, self.new = conv.followups[index], followup
        self.removed: tuple[int, Agreement] | None = None

    def forward(self) -> None:
        carried = self.conv.untouched_carry(self.old)
        self.conv.replace_followup(self.index, self.new)
        self.removed = None
        if carried is not None:
            at = self.conv.agreements.index(carried)
            self.removed = (at, self.conv.remove_agreement(at))

    def backward(self) -> None:
        if self.removed is not None:
            self.conv.insert_agreement(*self.removed)
        self.conv.replace_followup(self.index, self.old)


class ImportPrevious(Command):
    """Last year's agreements into 'Siden sidst', and last year's scale values for the radar."""

    def __init__(
        self,
        conv: Conversation,
        followups: list[FollowUp],
        scales: dict[str, dict[Voice, ScaleValue]],
        participants: tuple[Employee, Leader] | None = None,
    ):
        super().__init__(tr("Hent aftaler"))
        self.conv = conv
        self.old = (list(conv.followups), {k: dict(v) for k, v in conv.previous_scales.items()})
        self.new = (list(followups), scales or self.old[1])
        # last year's job, unit, number and leader where this conversation has none yet
        self.old_people = (conv.employee, conv.leader)
        self.new_people = participants or self.old_people

    def forward(self) -> None:
        self.conv.set_followups(self.new[0])
        self.conv.set_previous_scales(self.new[1])
        self._people(self.new_people)

    def backward(self) -> None:
        self.conv.set_followups(self.old[0])
        self.conv.set_previous_scales(self.old[1])
        self._people(self.old_people)

    def _people(self, people: tuple[Employee, Leader]) -> None:
        employee, leader = people
        if self.conv.employee != employee:
            self.conv.set_employee(employee)
        if self.conv.leader != leader:
            self.conv.set_leader(leader)
