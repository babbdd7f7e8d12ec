"""Editors for each kind of field. Each pushes commands on edit and refreshes from the model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import ScaleWhen, Voice
from ishoj_mus.domain.form_steps import Field, FieldKind
from ishoj_mus.domain.records import ScaleValue
from ishoj_mus.text import fill, scale_when_text
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.widgets.dates import NO_DATE, DateField, to_date, to_qdate
from ishoj_mus.ui.widgets.i18n import (
    tr,
    voice_label,
)
from ishoj_mus.ui.widgets.limits import bound_dates, keep_within
from ishoj_mus.ui.widgets.theme import badge_style, voice_box_style
from ishoj_mus.ui.widgets.undo_keys import pass_undo
from ishoj_mus.ui.widgets.wheel_guard import guard

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.ui.conversation.document import ConversationDocument

# Item data never holds None: in PySide6 6.12 each currentData() of an item whose data is None
# drops a reference to None, and the interpreter dies after a few thousand calls.
NO_VALUE = ""


def data_or_none(value: Any) -> Any:
    return None if value == NO_VALUE else value


def find(box: QComboBox, value: object) -> int:
    return max(0, box.findData(NO_VALUE if value is None else value))


class GrowingTextEdit(QPlainTextEdit):
    """A text box that grows with its text, so the page scrolls instead of the box."""

    MIN_LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # It grows instead of scrolling; a scroll bar coming and going would re-wrap the text forever.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)
        # The page follows the cursor: typing at the end of a long answer grew the box below
        # the window's edge, and the words were typed out of sight.
        self.cursorPositionChanged.connect(self._follow_soon)
        self._fit()
        self._most = 0  # characters it may hold (0: no limit; see widgets/limits.keep_within)
        self._said: Callable[[bool], None] = lambda _cut: None

    def set_limit(self, most: int, said: Callable[[bool], None]) -> None:
        """Hold at most ``most`` characters: a paste is cut and a key refused at the limit, and
        ``said(True)`` is called then; ``said(False)`` once the text is shorter again."""
        self._most, self._said = most, said
        self.textChanged.connect(self._below_limit)

    def _length(self) -> int:
        """Characters held, counted cheaply (UTF-16 units: an emoji counts two, never too few)."""
        return self.document().characterCount() - 1

    def _room(self) -> int:
        cursor = self.textCursor()
        return self._most - (self._length() - (cursor.selectionEnd() - cursor.selectionStart()))

    def _below_limit(self) -> None:
        if not self._most:
            return
        excess = self._length() - self._most
        if excess > 0:  # in by a way no key or paste took (the context menu's control characters …)
            cursor = self.textCursor()  # what came in last is just before the cursor
            cursor.clearSelection()
            keep = QTextCursor.MoveMode.KeepAnchor
            cursor.movePosition(QTextCursor.MoveOperation.Left, keep, min(excess, cursor.position()))
            cursor.removeSelectedText()
            rest = self._length() - self._most
            if rest > 0:
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.movePosition(QTextCursor.MoveOperation.Left, keep, rest)
                cursor.removeSelectedText()
            self._said(True)
        elif self._length() < self._most:
            self._said(False)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        """Typing through an input method (compose and dead keys, the emoji panel, Chinese …)
        commits text without a key press: at the limit it went beyond it."""
        commit = event.commitString()
        if self._most and commit and len(commit) > self._room():
            cut = QInputMethodEvent(event.preeditString(), event.attributes())
            cut.setCommitString(
                commit[: max(0, self._room())], event.replacementStart(), event.replacementLength()
            )
            self._said(True)
            super().inputMethodEvent(cut)
            return
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 – a paste or a drop
        if self._most and source.hasText() and len(source.text()) > self._room():
            self.textCursor().insertText(source.text()[: max(0, self._room())])
            self.ensureCursorVisible()
            self._said(True)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        typing = bool(text) and (text.isprintable() or text in ("\r", "\n"))
        if self._most and typing and self._room() < len(text):
            self._said(True)
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit(self, *_: object) -> None:
        """Height from the wrapped text at the current width and font."""
        margin = self.document().documentMargin()
        width = max(50, self.viewport().width() - int(2 * margin) - 4)
        metrics = self.fontMetrics()
        text = self.toPlainText() or " "
        rect = metrics.boundingRect(0, 0, width, 1_000_000, int(Qt.TextFlag.TextWordWrap), text)
        lines_height = max(rect.height(), self.MIN_LINES * metrics.lineSpacing())
        height = int(lines_height + 2 * margin + 2 * self.frameWidth() + metrics.lineSpacing() // 2)
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _follow_soon(self) -> None:
        if self.hasFocus():
            QTimer.singleShot(0, self._follow)  # after the box has grown and the page laid out

    def _follow(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        content = parent.widget() if parent is not None else None
        if parent is None or content is None or not self.hasFocus():
            return
        rect = self.cursorRect()
        point = self.viewport().mapTo(content, rect.center())
        parent.ensureVisible(point.x(), point.y(), 10, rect.height() + self.fontMetrics().lineSpacing())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def voice_badge(voice: Voice) -> QLabel:
    label = QLabel(voice_label(voice).upper())
    label.setStyleSheet(badge_style(voice))
    label.setAccessibleName(fill(tr("Skrives af: %1"), voice_label(voice)))
    return label


class VoiceBox(QFrame):
    """A framed box in a voice's colour and border pattern, with the voice named in it."""

    def __init__(self, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceBox")
        self.setStyleSheet(f"#voiceBox {{ {voice_box_style(voice)} }}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 4, 6, 6)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(voice_badge(voice))


class TextAnswer(VoiceBox):
    def __init__(
        self, document: ConversationDocument, field: Field, voice: Voice, parent: QWidget | None = None
    ) -> None:
        super().__init__(voice, parent)
        self.document, self.field, self.voice = document, field, voice
        self._updating = False
        self.editor: QLineEdit | GrowingTextEdit
        if field.kind == FieldKind.SHORT_TEXT:
            self.editor = QLineEdit()
            self.editor.textEdited.connect(self._edited)
        else:
            self.editor = GrowingTextEdit()
            self.editor.textChanged.connect(self._edited)
        self.editor.setAccessibleName(f"{field.label} – {voice_label(voice)}")
        self.editor.setPlaceholderText(voice_placeholder(voice))
        pass_undo(self.editor)
        self.layout_.addWidget(self.editor)
        keep_within(self.editor, "answers")
        self.refresh()

    def text(self) -> str:
        return self.editor.text() if isinstance(self.editor, QLineEdit) else self.editor.toPlainText()

    def _edited(self, *_: object) -> None:
        if self._updating or self.voice in self.document.conversation.hidden_voices():
            return
        self.document.push(
            commands.SetAnswer(self.document.conversation, self.field.id, self.voice, self.text())
        )

    def refresh(self) -> None:
        value = self.document.conversation.answer(self.field.id, self.voice)
        if held_back(self, self.document.conversation, self.voice):
            value = ""
        if value == self.text():
            return
        self._updating = True
        try:
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(value)
            else:
                self.editor.setPlainText(value)
                cursor = self.editor.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.editor.setTextCursor(cursor)
        finally:
            self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only or self.voice in self.document.conversation.hidden_voices())


def voice_placeholder(voice: Voice) -> str:
    """The empty box's hint: who writes here (the shared box in the words of the style notes)."""
    if voice == Voice.FAELLES:
        return tr("Det, I skriver sammen …")
    return fill(tr("%1 skriver her …"), voice_label(voice))


def held_back(editor: TextAnswer | ChoiceAnswer, conv: Conversation, voice: Voice) -> bool:
    """A brought-in preparation not yet shown: the box stays empty and closed until it is revealed."""
    hidden = voice in conv.hidden_voices()
    placeholder = (
        tr("Forberedelsen er hentet og vises, når I vælger »Vis begges forberedelse«.")
        if hidden
        else voice_placeholder(voice)
    )
    if hasattr(editor.editor, "setPlaceholderText") and editor.editor.placeholderText() != placeholder:
        editor.editor.setPlaceholderText(placeholder)
    # Only when it changes: a text box re-polishes itself on every setReadOnly, and this runs
    # for each box of the page on every key typed.
    if not isinstance(editor.editor, QComboBox):  # a text box: read only; a choice: disabled
        if editor.editor.isReadOnly() != (hidden or conv.is_locked):
            editor.editor.setReadOnly(hidden or conv.is_locked)
    elif editor.editor.isEnabled() != (not hidden and not conv.is_locked):
        editor.editor.setEnabled(not hidden and not conv.is_locked)
    return hidden


class ChoiceAnswer(VoiceBox):
    def __init__(
        self, document: ConversationDocument, field: Field, voice: Voice, parent: QWidget | None = None
    ) -> None:
        super().__init__(voice, parent)
        self.document, self.field, self.voice = document, field, voice
        self._updating = False
        self.editor = QComboBox()
        guard(self.editor)
        shrinkable(self.editor, 12)  # an item brought in from a preparation made it 840 px wide at 150 %
        self.editor.addItem(tr("– vælg –"), "")
        for option in field.options:
            self.editor.addItem(option.label, option.id)
        self.editor.setAccessibleName(f"{field.label} – {voice_label(voice)}")
        self.editor.currentIndexChanged.connect(self._changed)
        self.layout_.addWidget(self.editor)
        self.refresh()

    def _changed(self, _index: int) -> None:
        if not self._updating and self.voice not in self.document.conversation.hidden_voices():
            self.document.push(
                commands.SetAnswer(
                    self.document.conversation, self.field.id, self.voice, self.editor.currentData()
                )
            )

    def refresh(self) -> None:
        value = self.document.conversation.answer(self.field.id, self.voice)
        if held_back(self, self.document.conversation, self.voice):
            value = ""
        index = find(self.editor, value)
        if index != self.editor.currentIndex():
            self._updating = True
            self.editor.setCurrentIndex(index)
            self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only and self.voice not in self.document.conversation.hidden_voices())


def shrinkable(box: QComboBox, letters: int = 6) -> None:
    """A drop-down as narrow as the page needs (its longest item elided, the list shows it
    whole): at 150 % on a 1024 px screen, sized to its longest item, the scale's four boxes
    made the page 210 px wider than the room beside »Rammen«, and the page was cut off."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(letters)
    # Its hint still counts a long placeholder (a held-back preparation's, 840 px at 150 %).
    box.setMinimumWidth(box.fontMetrics().averageCharWidth() * letters + 48)


class ScaleEditor(QFrame):
    """'Fylder i dag' and 'fremover' for each party: a dialogue aid, not a grade."""

    def __init__(self, document: ConversationDocument, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.field = document, field
        self._updating = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        # Each party's badge above its two boxes (beside them, at 150 % the row was wider than
        # the room beside »Rammen« on a 1024 px screen).
        grid.addWidget(QLabel(tr("I dag")), 0, 0)
        grid.addWidget(QLabel(tr("Fremover")), 0, 1)
        self.boxes: dict[tuple[Voice, str], QComboBox] = {}
        # In a preparation only the preparing party's scale: the employee could fill in the
        # leader's, and bringing the preparation in dropped those values without a word.
        preparing = document.conversation.preparation_of
        self.voices = tuple(v for v in field.voices if preparing is None or v == preparing)
        for number, voice in enumerate(self.voices):
            row = 1 + 2 * number
            grid.addWidget(voice_badge(voice), row, 0, 1, 2)
            row += 1
            for col, when in enumerate((ScaleWhen.TODAY, ScaleWhen.FUTURE)):
                box = QComboBox()
                guard(box)
                shrinkable(box)
                box.addItem("–", NO_VALUE)
                for n in range(field.scale_min, field.scale_max + 1):
                    text = str(n)
                    if n == field.scale_min and field.low_label:
                        text += f" – {field.low_label}"
                    if n == field.scale_max and field.high_label:
                        text += f" – {field.high_label}"
                    box.addItem(text, n)
                box.setAccessibleName(f"{field.label} – {voice_label(voice)}, {scale_when_text(when, tr)}")
                box.currentIndexChanged.connect(lambda _i, v=voice: self._changed(v))
                grid.addWidget(box, row, col)
                self.boxes[(voice, when)] = box
        grid.setColumnStretch(2, 1)
        self.refresh()

    def _changed(self, voice: Voice) -> None:
        if self._updating:
            return
        value = ScaleValue(
            data_or_none(self.boxes[(voice, "today")].currentData()),
            data_or_none(self.boxes[(voice, "future")].currentData()),
        )
        self.document.push(commands.SetScale(self.document.conversation, self.field.id, voice, value))

    def refresh(self) -> None:
        self._updating = True
        conv = self.document.conversation
        hidden = conv.hidden_voices()
        for voice in self.voices:
            value = ScaleValue() if voice in hidden else conv.scale(self.field.id, voice)
            for when in ("today", "future"):
                box = self.boxes[(voice, when)]
                index = find(box, getattr(value, when))
                if box.currentIndex() != index:
                    box.setCurrentIndex(index)
                box.setEnabled(not conv.is_locked and voice not in hidden)
        self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        self.refresh()


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field. Clicking into the field and
    typing a date sets it (and ticks the box); unticking clears it."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = DateField(tr("ingen"))
        bound_dates(self.edit)
        self.edit.suggest = lambda: QDate.currentDate().addMonths(6)
        self.edit.setAccessibleName(label)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.edited.connect(self._typed)

    def _toggled(self, on: bool) -> None:
        self.edit.set_date(
            self.edit.suggest() if on and self.edit.is_none() else self.edit.date() if on else NO_DATE
        )
        self.changed.emit()

    def _typed(self, _value: QDate) -> None:
        if not self.check.isChecked():
            self.check.blockSignals(True)
            self.check.setChecked(True)
            self.check.blockSignals(False)
        self.changed.emit()

    def value(self) -> date | None:
        if not self.check.isChecked() or self.edit.is_none():
            return None
        return to_date(self.edit.date())

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.edit.set_date(NO_DATE if value is None else to_qdate(value))
        self.check.blockSignals(False)
        self.blockSignals(False)
