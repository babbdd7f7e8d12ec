"""The "Kun mellem os" note on each step: what the two keep between them, never sent to HR.

It must never be mistaken for an answer: its own colour and dashed frame, a label that says
it does not go to HR, and a short explanation the first time (until "Forstået" is pressed).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import Step
from ishoj_mus.domain.outline import PrivateNotes
from ishoj_mus.domain.records import PRIVATE_NOTE_VOICES
from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.commands import Replace
from ishoj_mus.ui.conversation.fields import GrowingTextEdit, voice_badge
from ishoj_mus.ui.widgets.i18n import tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.theme import is_dark
from ishoj_mus.ui.widgets.undo_keys import pass_undo

if TYPE_CHECKING:
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument


def private_colours() -> tuple[str, str]:
    """Ink and tint for private notes: plum, unlike any of the three voices."""
    return ("#e6a3cf", "#33202c") if is_dark() else ("#7a1f5c", "#f8edf4")


class SetPrivateNote(Replace[str]):
    def __init__(self, conv: Conversation, step_id: str, voice: Voice, text: str):
        super().__init__(
            tr("Skriv i »Kun mellem os«"),
            conv.private_note(step_id, voice),
            text,
            ("private", step_id, voice),
        )
        self.conv, self.step_id, self.voice = conv, step_id, voice

    def apply(self, value: str) -> None:
        self.conv.set_private_note(self.step_id, self.voice, value)


def not_for_hr_badge() -> QLabel:
    """Beside a question the form keeps out of HR's edition (``hr = false``)."""
    ink, _ = private_colours()
    label = QLabel(tr("Kommer ikke med i HR-udgaven"))
    label.setObjectName("notForHr")
    label.setStyleSheet(f"color: {ink}; font-style: italic;")
    label.setWordWrap(True)
    return label


def where_answers_go(step: Step) -> str:
    """One sentence: does what is written on this step reach the personnel file? (The
    organisation's HR policy decides; a broken profile is reported where a PDF is made.)"""

    try:
        plan_only = load_hr_settings().hr_edition().is_plan_only
    except ProfileError:
        plan_only = False
    if plan_only:
        return tr("Personalesagen får kun jeres aftaler – ikke det, I skriver her.")
    if step.hr and any(f.hr for f in step.fields):
        return tr("Det, I skriver på denne side, kommer med i referatet til personalesagen.")
    return tr("Det, I skriver på denne side, kommer ikke med til personalesagen.")


def private_note_hint(step: Step) -> QLabel | None:
    """The step's calm reminder where health may come up (wellbeing, resilience): what is
    written here reaches the personnel file or not, and health details belong in the private
    note – said on every such step, not only on wellbeing."""
    if not step.private_note_hint:
        return None
    ink, _ = private_colours()
    hint = QLabel(where_answers_go(step) + " " + step.private_note_hint)
    hint.setObjectName("privateNoteHint")
    hint.setWordWrap(True)
    hint.setStyleSheet(f"border-left: 3px dashed {ink}; padding-left: 8px; font-style: italic;")
    return hint


def private_notes_html(notes: PrivateNotes) -> str:
    """A step's private notes for the window's summary, marked as not going to HR."""

    ink, tint = private_colours()
    parts = []
    for note in notes.notes:
        label = f"{tr('Kun mellem os')} · {voice_label(note.voice)}".upper()
        parts.append(
            f'<table width="100%" cellpadding="6" style="border: 1px dashed {ink}; background: {tint};">'
            f'<tr><td><span style="color: {ink}; font-weight: bold;">{escape(label)}</span> '
            f"<small>({escape(tr('kommer ikke med til HR'))})</small><br>"
            f"{escape(note.text).replace(chr(10), '<br>')}</td></tr></table>"
        )
    return "".join(parts)


class PrivateNoteText(QFrame):
    """One party's private note on one step."""

    def __init__(
        self, document: ConversationDocument, step: Step, voice: Voice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document, self.step, self.voice = document, step, voice
        self._updating = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(voice_badge(voice))
        self.editor = GrowingTextEdit()
        self.editor.setAccessibleName(
            fill(tr("Kun mellem os – note fra %1 (kommer ikke med til HR)"), voice_label(voice).lower())
        )
        self.editor.setPlaceholderText(fill(tr("%1 skriver her – kun mellem jer …"), voice_label(voice)))
        self.editor.textChanged.connect(self._edited)
        pass_undo(self.editor)
        layout.addWidget(self.editor)
        keep_within(self.editor, "private_notes")
        self.refresh()

    def _edited(self) -> None:
        if not self._updating:
            text = self.editor.toPlainText()
            self.document.push(SetPrivateNote(self.document.conversation, self.step.id, self.voice, text))

    def refresh(self) -> None:
        value = self.document.conversation.private_note(self.step.id, self.voice)
        if value == self.editor.toPlainText():
            return
        self._updating = True
        try:
            self.editor.setPlainText(value)
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.editor.setTextCursor(cursor)
        finally:
            self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)


class PrivateNote(QFrame):
    """The step's private notes, one per party, in an unmistakable frame."""

    def __init__(
        self,
        document: ConversationDocument,
        step: Step,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.step, self.settings = document, step, settings
        ink, tint = private_colours()
        self.setObjectName("privateNote")
        self.setStyleSheet(
            f"#privateNote {{ border: 2px dashed {ink}; background: {tint}; border-radius: 4px; }}"
        )
        self.setAccessibleName(tr("Kun mellem os"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        head = QLabel(tr("Kun mellem os"))
        head.setObjectName("privateNoteTitle")
        head.setStyleSheet(f"color: {ink}; font-weight: bold; font-size: 115%;")
        layout.addWidget(head)
        sub = QLabel(tr("Kommer ikke med til HR. Står kun i medarbejderens eget eksemplar."))
        sub.setWordWrap(True)
        sub.setStyleSheet(f"color: {ink};")
        layout.addWidget(sub)
        self.explanation = QFrame()
        explain = QHBoxLayout(self.explanation)
        explain.setContentsMargins(0, 2, 0, 2)
        text = QLabel(
            tr(
                "Her kan I skrive det, der skal blive mellem jer to – fx noget personligt, der har betydning "
                "for arbejdet. Noterne kommer aldrig med i det, HR får. De står kun i medarbejderens eget "
                "eksemplar af samtalen, som ikke skal journaliseres."
            )
        )
        text.setWordWrap(True)
        self.understood = QPushButton(tr("Forstået"))
        self.understood.setAccessibleName(tr("Forstået – skjul forklaringen om »Kun mellem os«"))
        self.understood.clicked.connect(self._understood)
        explain.addWidget(text, 1)
        explain.addWidget(self.understood)
        layout.addWidget(self.explanation)
        settings = self._settings()
        self.explanation.setVisible(not (settings is not None and settings.private_note_explained))
        self.notes = [PrivateNoteText(document, step, voice) for voice in PRIVATE_NOTE_VOICES]
        for note in self.notes:
            layout.addWidget(note)

    def _settings(self) -> Settings | None:
        return self.settings

    def _understood(self) -> None:
        self.explanation.hide()
        settings = self._settings()
        if settings is not None:
            settings.private_note_explained = True
            settings.save()

    def refresh(self) -> None:
        for note in self.notes:
            note.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for note in self.notes:
            note.set_read_only(read_only)
