"""Own topics: either party adds a topic (title, answers in chosen voices) to a step, or as a step
of its own; removable, undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.conversation.fields import GrowingTextEdit, VoiceBox, voice_placeholder
from ishoj_mus.ui.widgets.i18n import tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.row_keys import REMOVE, row_key
from ishoj_mus.ui.widgets.undo_keys import pass_undo

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.document import ConversationDocument

VOICES = (Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES)


class TopicOwner(Protocol):
    """Where a topic card sits: a step's topics panel, or the page of a topic of its own."""

    document: ConversationDocument

    def remove_topic(self, topic_id: str) -> None: ...


class AddTopicDialog(QDialog):
    """Title, the voices that answer, and where the topic belongs."""

    def __init__(
        self, step_title: str | None, only_voice: Voice | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tilføj eget emne"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Har en af jer noget på hjerte, som spørgsmålene ikke dækker? Giv emnet en overskrift, "
                "og vælg, hvem der skriver om det."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Emnets overskrift"))
        self.title.setPlaceholderText(tr("Fx arbejdstider, kollegasparring, et nyt projekt"))
        title_label = QLabel(tr("&Overskrift"))
        title_label.setBuddy(self.title)
        layout.addWidget(title_label)
        layout.addWidget(self.title)
        keep_within(self.title, "topics.title")
        voices_box = QGroupBox(tr("Hvem skriver om emnet?"))
        vb = QHBoxLayout(voices_box)
        self.voice_checks: dict[Voice, QCheckBox] = {}
        for voice in VOICES:
            check = QCheckBox(voice_label(voice))
            check.setChecked(voice != Voice.FAELLES if only_voice is None else voice == only_voice)
            check.setEnabled(only_voice is None)  # in a preparation, only the preparing party writes
            check.toggled.connect(self._update_ok)
            vb.addWidget(check)
            self.voice_checks[voice] = check
        layout.addWidget(voices_box)
        where_box = QGroupBox(tr("Hvor hører emnet til?"))
        wb = QVBoxLayout(where_box)
        self.here = QRadioButton(fill(tr("Under trinnet »%1«"), step_title or ""))
        self.own = QRadioButton(tr("Som et trin for sig i listen (før aftalerne)"))
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.own)
        (self.here if step_title else self.own).setChecked(True)
        self.here.setVisible(bool(step_title))
        wb.addWidget(self.here)
        wb.addWidget(self.own)
        layout.addWidget(where_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tilføj emne"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()

    def voices(self) -> tuple[Voice, ...]:
        return tuple(v for v, c in self.voice_checks.items() if c.isChecked())

    def _update_ok(self, *_: object) -> None:
        ok = bool(self.title.text().strip()) and bool(self.voices())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def topic(self, step_id: str | None) -> OwnTopic:
        return OwnTopic(
            title=self.title.text().strip(),
            voices=self.voices(),
            step_id=step_id if self.here.isChecked() else None,
        )


class TopicAnswer(VoiceBox):
    """One voice's answer to an own topic."""

    def __init__(self, document: ConversationDocument, topic_id: str, voice: Voice, title: str):
        super().__init__(voice)
        self.document, self.topic_id, self.voice = document, topic_id, voice
        self._updating = False
        self.editor = GrowingTextEdit()
        self.editor.setAccessibleName(f"{title} – {voice_label(voice)}")
        self.editor.setPlaceholderText(voice_placeholder(voice))
        pass_undo(self.editor)
        self.editor.textChanged.connect(self._edited)
        self.layout_.addWidget(self.editor)
        keep_within(self.editor, "topics.answers")

    def _edited(self) -> None:
        conv = self.document.conversation
        if not self._updating and self.voice not in conv.hidden_voices():
            self.document.push(
                prep_commands.SetTopicAnswer(conv, self.topic_id, self.voice, self.editor.toPlainText())
            )

    def refresh(self, topic: OwnTopic) -> None:
        conv = self.document.conversation
        hidden = self.voice in conv.hidden_voices()
        value = "" if hidden else topic.answer(self.voice)
        self.editor.setPlaceholderText(
            tr("Forberedelsen vises, når I viser begges forberedelse.")
            if hidden
            else voice_placeholder(self.voice)
        )
        self.editor.setReadOnly(hidden or conv.is_locked)
        if self.editor.toPlainText() != value:
            self._updating = True
            self.editor.setPlainText(value)
            self._updating = False


class TopicCard(QFrame):
    """An own topic's answers and its "Fjern emnet" (``heading`` False: the page has the title)."""

    def __init__(self, panel: TopicOwner, topic: OwnTopic, heading: bool = True):
        super().__init__()
        self.panel, self.topic_id, self.heading = panel, topic.id, heading
        self.setObjectName("fieldCard")
        self.setAccessibleName(fill(tr("Eget emne: %1"), topic.title))
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 10)
        head = QHBoxLayout()
        self.title = title = QLabel(
            fill(tr("Eget emne: %1"), topic.title)
            if heading
            else fill(tr("Hvem skriver: %1"), ", ".join(voice_label(v) for v in topic.voices))
        )
        title.setObjectName("fieldHeading" if heading else "helpText")
        title.setWordWrap(True)
        head.addWidget(title, 1)
        self.remove = QPushButton(tr("Fjern emnet"))
        self.remove.setAccessibleName(fill(tr("Fjern emnet %1"), topic.title))
        self.remove.clicked.connect(lambda: panel.remove_topic(self.topic_id))
        self.remove.setToolTip(tr("Fjern emnet (Alt+Skift+Delete)"))
        self.remove.setAccessibleDescription(self.remove.toolTip())
        # Several topics on a step: no Alt+letter, a key in the topic's own fields instead.
        row_key(self, REMOVE, self.remove, lambda: panel.remove_topic(self.topic_id))
        head.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        self.answers = [TopicAnswer(panel.document, topic.id, v, topic.title) for v in topic.voices]
        for answer in self.answers:
            box.addWidget(answer)

    def refresh(self, topic: OwnTopic) -> None:
        # A preparation still held back keeps its topic's title back too (shown and spoken).
        hidden = self.panel.document.conversation.hidden_voices()
        held = bool(topic.voices) and all(v in hidden for v in topic.voices)
        heading = tr("Eget emne fra en forberedelse") if held else fill(tr("Eget emne: %1"), topic.title)
        if self.heading:
            self.title.setText(heading)
        self.setAccessibleName(heading)
        name = heading if held else topic.title
        for answer in self.answers:
            answer.editor.setAccessibleName(f"{name} – {voice_label(answer.voice)}")
            answer.refresh(topic)
        self.remove.setAccessibleName(tr("Fjern emnet") if held else fill(tr("Fjern emnet %1"), topic.title))
        self.remove.setEnabled(not self.panel.document.conversation.is_locked)


class TopicsPanel(QWidget):
    """The own topics of one step (``step_id``), or those that are steps of their own (None)."""

    own_step_added = Signal(str)  # a topic added as a step of its own (its id): show it

    def __init__(
        self,
        document: ConversationDocument,
        step_id: str | None,
        step_title: str | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document, self.step_id, self.step_title = document, step_id, step_title
        self.cards: list[TopicCard] = []
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(tr("Egne emner"))  # shown when the step has some
        self.heading.setObjectName("fieldHeading")
        layout.addWidget(self.heading)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.add = QPushButton(tr("Tilføj eget emne …"))
        self.add.setToolTip(
            tr("Et emne, som en af jer gerne vil tale om – her eller som et selvstændigt emne")
        )
        self.add.clicked.connect(self.add_topic)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def add_topic(self) -> None:
        conv = self.document.conversation
        dialog = AddTopicDialog(self.step_title, conv.preparation_of, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        topic = dialog.topic(self.step_id)
        self.document.push(prep_commands.InsertTopic(conv, topic))
        if topic.step_id is None:  # a step of its own: its entry in the step list, ready to write in
            self.own_step_added.emit(topic.id)
            return
        card = next((c for c in self.cards if c.topic_id == topic.id), None)
        if card is not None and card.answers:
            card.answers[0].editor.setFocus()

    def remove_topic(self, topic_id: str) -> None:
        self.document.push(prep_commands.RemoveTopic(self.document.conversation, topic_id))
        self.add.setFocus()

    def refresh(self) -> None:
        conv = self.document.conversation
        topics = conv.topics_of(self.step_id)
        ids = [t.id for t in topics]
        if ids != self._ids:
            for card in self.cards:
                card.setParent(None)
                card.deleteLater()
            self.cards = [TopicCard(self, t) for t in topics]
            for card in self.cards:
                self.list.addWidget(card)
                card.setVisible(True)
            self._ids = ids
        for card, topic in zip(self.cards, topics, strict=True):
            card.refresh(topic)
        self.heading.setVisible(bool(topics))
        self.add.setEnabled(not conv.is_locked)

    def set_read_only(self, read_only: bool) -> None:
        self.refresh()
