"""The page of an own topic that is a step of its own (its own entry in the step list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.conversation.entries import entry_title
from ishoj_mus.ui.conversation.pages import StepPage
from ishoj_mus.ui.conversation.topics import TopicCard
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.ui.conversation.editor import PageHost


class TopicPage(StepPage):
    """An own topic that is a step of its own: its own entry in the step list and this page."""

    def __init__(self, view: PageHost, topic: OwnTopic) -> None:
        super().__init__(view, None, title=fill(tr("Eget emne: %1"), topic.title))
        self.document = view.document  # the topic's answers change through it; the view navigates
        self.topic_id = topic.id
        intro = QLabel(
            tr(
                "Et emne, som en af jer har bragt op. Skriv i de felter, I valgte. Emnet kommer med i "
                "opsummeringen og referatet på denne plads, før aftalerne."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.card = TopicCard(self, topic, heading=False)
        self.body.addWidget(self.card)
        self.finish()
        self.refresh()

    def topic(self) -> OwnTopic | None:
        return next((t for t in self.document.conversation.topics if t.id == self.topic_id), None)

    def remove_topic(self, topic_id: str) -> None:
        """Removed (undoable): the step list shows what took its place, and gets the focus."""
        self.document.push(prep_commands.RemoveTopic(self.document.conversation, topic_id))
        self.view.focus_step_list()

    def refresh(self) -> None:
        topic = self.topic()
        if topic is not None:
            title = entry_title(topic, self.document.conversation.hidden_voices())
            self.title_label.setText(title)
            self.setAccessibleName(title)
            self.card.refresh(topic)  # its accessible names hold a held-back title back too

    def set_read_only(self, read_only: bool) -> None:
        self.refresh()

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        for answer in self.card.answers:
            if voice is None or answer.voice == voice:
                return answer.editor
        return self.card.remove
