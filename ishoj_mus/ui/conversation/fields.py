"""Editors for each kind of field. Each pushes commands on edit and refreshes from the model."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Agreement, FollowUpStatus, Responsible, ScaleValue
from ishoj_mus.domain.form import Field, FieldKind, Voice
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.widgets.dates import to_date, to_qdate
from ishoj_mus.ui.widgets.i18n import (
    file_error_text,
    import_refusal_text,
    responsible_label,
    status_label,
    tr,
    voice_label,
)
from ishoj_mus.ui.widgets.theme import badge_style, voice_box_style
from ishoj_mus.ui.widgets.undo_keys import pass_undo
from ishoj_mus.ui.widgets.wheel_guard import guard

if TYPE_CHECKING:
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument

# Item data never holds None: in PySide6 6.12 each currentData() of an item whose data is None
# drops a reference to None, and the interpreter dies after a few thousand calls.
NO_VALUE = ""


def data_or_none(value):
    return None if value == NO_VALUE else value


def find(box: QComboBox, value) -> int:
    return max(0, box.findData(NO_VALUE if value is None else value))


class GrowingTextEdit(QPlainTextEdit):
    """A text box that grows with its text, so the page scrolls instead of the box."""

    MIN_LINES = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # It grows instead of scrolling; a scroll bar coming and going would re-wrap the text forever.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_):
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

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def voice_badge(voice: Voice) -> QLabel:
    label = QLabel(voice_label(voice).upper())
    label.setStyleSheet(badge_style(voice))
    label.setAccessibleName(tr("Skrives af: %1").replace("%1", voice_label(voice)))
    return label


class VoiceBox(QFrame):
    """A framed box in a voice's colour and border pattern, with the voice named in it."""

    def __init__(self, voice: Voice, parent=None):
        super().__init__(parent)
        self.setObjectName("voiceBox")
        self.setStyleSheet(f"#voiceBox {{ {voice_box_style(voice)} }}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 4, 6, 6)
        self.layout_.setSpacing(2)
        self.layout_.addWidget(voice_badge(voice))


class TextAnswer(VoiceBox):
    def __init__(self, document: ConversationDocument, field: Field, voice: Voice, parent=None):
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
        self.refresh()

    def text(self) -> str:
        return self.editor.text() if isinstance(self.editor, QLineEdit) else self.editor.toPlainText()

    def _edited(self, *_):
        if self._updating or self.voice in self.document.conversation.hidden_voices():
            return
        self.document.push(
            commands.SetAnswer(self.document.conversation, self.field.id, self.voice, self.text())
        )

    def refresh(self):
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

    def set_read_only(self, read_only: bool):
        self.editor.setReadOnly(read_only or self.voice in self.document.conversation.hidden_voices())


def voice_placeholder(voice: Voice) -> str:
    """The empty box's hint: who writes here (the shared box in the words of the style notes)."""
    if voice == Voice.FAELLES:
        return tr("Det, I skriver sammen …")
    return tr("%1 skriver her …").replace("%1", voice_label(voice))


def held_back(editor, conv, voice: Voice) -> bool:
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
    if hasattr(editor.editor, "setReadOnly"):
        if editor.editor.isReadOnly() != (hidden or conv.is_locked):
            editor.editor.setReadOnly(hidden or conv.is_locked)
    elif editor.editor.isEnabled() != (not hidden and not conv.is_locked):
        editor.editor.setEnabled(not hidden and not conv.is_locked)
    return hidden


class ChoiceAnswer(VoiceBox):
    def __init__(self, document: ConversationDocument, field: Field, voice: Voice, parent=None):
        super().__init__(voice, parent)
        self.document, self.field, self.voice = document, field, voice
        self._updating = False
        self.editor = QComboBox()
        guard(self.editor)
        self.editor.addItem(tr("– vælg –"), "")
        for option in field.options:
            self.editor.addItem(option.label, option.id)
        self.editor.setAccessibleName(f"{field.label} – {voice_label(voice)}")
        self.editor.currentIndexChanged.connect(self._changed)
        self.layout_.addWidget(self.editor)
        self.refresh()

    def _changed(self, _index):
        if not self._updating and self.voice not in self.document.conversation.hidden_voices():
            self.document.push(
                commands.SetAnswer(
                    self.document.conversation, self.field.id, self.voice, self.editor.currentData()
                )
            )

    def refresh(self):
        value = self.document.conversation.answer(self.field.id, self.voice)
        if held_back(self, self.document.conversation, self.voice):
            value = ""
        index = find(self.editor, value)
        if index != self.editor.currentIndex():
            self._updating = True
            self.editor.setCurrentIndex(index)
            self._updating = False

    def set_read_only(self, read_only: bool):
        self.editor.setEnabled(not read_only and self.voice not in self.document.conversation.hidden_voices())


class ScaleEditor(QFrame):
    """'Fylder i dag' and 'fremover' for each party: a dialogue aid, not a grade."""

    def __init__(self, document: ConversationDocument, field: Field, parent=None):
        super().__init__(parent)
        self.document, self.field = document, field
        self._updating = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(QLabel(tr("I dag")), 0, 1)
        grid.addWidget(QLabel(tr("Fremover")), 0, 2)
        self.boxes: dict[tuple[Voice, str], QComboBox] = {}
        for row, voice in enumerate(field.voices, start=1):
            grid.addWidget(voice_badge(voice), row, 0)
            for col, when in enumerate(("today", "future"), start=1):
                box = QComboBox()
                guard(box)
                box.addItem("–", NO_VALUE)
                for n in range(field.scale_min, field.scale_max + 1):
                    text = str(n)
                    if n == field.scale_min and field.low_label:
                        text += f" – {field.low_label}"
                    if n == field.scale_max and field.high_label:
                        text += f" – {field.high_label}"
                    box.addItem(text, n)
                when_text = tr("i dag") if when == "today" else tr("fremover")
                box.setAccessibleName(f"{field.label} – {voice_label(voice)}, {when_text}")
                box.currentIndexChanged.connect(lambda _i, v=voice: self._changed(v))
                grid.addWidget(box, row, col)
                self.boxes[(voice, when)] = box
        grid.setColumnStretch(3, 1)
        self.refresh()

    def _changed(self, voice: Voice):
        if self._updating:
            return
        value = ScaleValue(
            data_or_none(self.boxes[(voice, "today")].currentData()),
            data_or_none(self.boxes[(voice, "future")].currentData()),
        )
        self.document.push(commands.SetScale(self.document.conversation, self.field.id, voice, value))

    def refresh(self):
        self._updating = True
        conv = self.document.conversation
        hidden = conv.hidden_voices()
        for voice in self.field.voices:
            value = ScaleValue() if voice in hidden else conv.scale(self.field.id, voice)
            for when in ("today", "future"):
                box = self.boxes[(voice, when)]
                index = find(box, getattr(value, when))
                if box.currentIndex() != index:
                    box.setCurrentIndex(index)
                box.setEnabled(not conv.is_locked and voice not in hidden)
        self._updating = False

    def set_read_only(self, read_only: bool):
        self.refresh()


def carried_note(conv) -> str:
    """The form's words for a carried-on agreement ("videreført fra sidste år" on a MUS,
    "videreført fra MUS" on a half-year follow-up), in the window's language when known."""
    note = conv.form.documents.carried_note
    known = {
        "videreført fra sidste år": tr("videreført fra sidste år"),
        "videreført fra MUS": tr("videreført fra MUS"),
    }
    return known.get(note, note)


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a calendar date picker."""

    changed = Signal()

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        guard(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate().addMonths(6))
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool):
        self.edit.setEnabled(on and self.isEnabled())
        self.changed.emit()

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None):
        self.blockSignals(True)
        self.check.blockSignals(True)
        self.edit.blockSignals(True)
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))
        self.edit.setEnabled(value is not None)
        self.edit.blockSignals(False)
        self.check.blockSignals(False)
        self.blockSignals(False)


def refresh_rows(editor, ids: list[str], row_class) -> None:
    """Rebuild an editor's rows when items came, went or moved; otherwise refresh them in place."""
    if ids != editor._ids:
        for row in editor.rows:
            row.setParent(None)
            row.deleteLater()
        editor.rows = [row_class(editor, i) for i in range(len(ids))]
        for row in editor.rows:
            editor.list.addWidget(row)
            row.setVisible(True)  # now, not at the next event loop turn (keeps focus moves exact)
        editor._ids = ids
        editor.set_read_only(editor.document.conversation.is_locked)
        _chain_rows(editor)
    else:
        for row in editor.rows:
            row.refresh()
    editor.empty.setVisible(not ids)


def _chain_rows(editor) -> None:
    """New rows join the Tab order where they stand on the page (Qt would put them last, so
    Tab from the last row skipped every answer box below the list)."""
    widgets = [
        w
        for row in editor.rows
        for w in row.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is editor.window()  # not a drop-down's own popup list
    ]
    if not widgets:
        return
    anchor = getattr(editor, "import_button", None)
    if anchor is not None:  # "Siden sidst": the button, then the rows
        before, after = anchor, None
    else:  # the development plan: the rows, then "Tilføj aftale"
        before, after = editor.add.previousInFocusChain(), editor.add
    previous = before
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
    if after is not None:
        QWidget.setTabOrder(previous, after)


class AgreementRow(QFrame):
    def __init__(self, editor: AgreementsEditor, index: int):
        super().__init__()
        self.editor, self.index = editor, index
        self.setObjectName("agreementRow")
        self.setStyleSheet("#agreementRow { border: 1px solid palette(mid); border-radius: 4px; }")
        self._updating = False
        document = editor.document
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        head.addWidget(self.title, 1)
        self.up = QPushButton(tr("Flyt op"))
        self.down = QPushButton(tr("Flyt ned"))
        self.remove = QPushButton(tr("Fjern"))
        for b in (self.up, self.down, self.remove):
            head.addWidget(b)
        outer.addLayout(head)
        form = QFormLayout()
        self.what = QLineEdit()
        self.why = QLineEdit()
        self.perspective = QComboBox()
        guard(self.perspective)
        self.perspective.addItem(tr("(intet perspektiv)"), NO_VALUE)
        for p in document.conversation.form.framework.perspectives:
            self.perspective.addItem(p.name, p.id)
        self.responsible = QComboBox()
        guard(self.responsible)
        self.responsible.addItem(tr("– vælg –"), NO_VALUE)
        for r in Responsible:
            self.responsible.addItem(responsible_label(r), r)
        self.deadline = OptionalDate(tr("Frist"))
        self.follow_up = OptionalDate(tr("Opfølgning"))
        form.addRow(tr("Hvad"), self.what)
        form.addRow(tr("Hvorfor"), self.why)
        form.addRow(tr("Perspektiv"), self.perspective)
        form.addRow(tr("Ansvarlig"), self.responsible)
        form.addRow(tr("Datoer"), self._pair(self.deadline, self.follow_up))
        outer.addLayout(form)
        self.notice = QLabel()
        self.notice.setObjectName("agreementNotice")
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        for w, name in (
            (self.what, tr("Hvad")),
            (self.why, tr("Hvorfor")),
            (self.perspective, tr("Perspektiv")),
            (self.responsible, tr("Ansvarlig")),
        ):
            w.setAccessibleName(f"{tr('Aftale %1').replace('%1', str(index + 1))}: {name}")
            pass_undo(w)
        self.what.textEdited.connect(lambda _t: self._edited("what"))
        self.why.textEdited.connect(lambda _t: self._edited("why"))
        self.perspective.currentIndexChanged.connect(lambda _i: self._edited(""))
        self.responsible.currentIndexChanged.connect(lambda _i: self._edited(""))
        self.deadline.changed.connect(lambda: self._edited(""))
        self.follow_up.changed.connect(lambda: self._edited(""))
        self.up.clicked.connect(lambda: editor.move_agreement(self.index, -1))
        self.down.clicked.connect(lambda: editor.move_agreement(self.index, +1))
        self.remove.clicked.connect(lambda: editor.remove(self.index))
        self.refresh()

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a)
        row.addWidget(b)
        return w

    def _edited(self, merge_key: str):
        if self._updating:
            return
        conv = self.editor.document.conversation
        old = conv.agreements[self.index]
        new = old.edited(  # the domain keeps the id and the link to last year's agreement
            what=self.what.text(),
            why=self.why.text(),
            perspective=data_or_none(self.perspective.currentData()),
            responsible=data_or_none(self.responsible.currentData()),
            deadline=self.deadline.value(),
            follow_up=self.follow_up.value(),
        )
        if new != old:
            self.editor.document.push(commands.ReplaceAgreement(conv, self.index, new, merge_key))

    def refresh(self):
        conv = self.editor.document.conversation
        a = conv.agreements[self.index]
        self._updating = True
        title = tr("Aftale %1").replace("%1", str(self.index + 1))
        if a.carried_from:
            title += " · " + carried_note(conv)
        self.title.setText(title)
        if self.what.text() != a.what:
            self.what.setText(a.what)
        if self.why.text() != a.why:
            self.why.setText(a.why)
        self.perspective.setCurrentIndex(find(self.perspective, a.perspective))
        self.responsible.setCurrentIndex(find(self.responsible, a.responsible))
        self.deadline.set_value(a.deadline)
        self.follow_up.set_value(a.follow_up)
        self._show_notice(conv, a)
        self.up.setEnabled(self.index > 0 and not conv.is_locked)
        self.down.setEnabled(self.index < len(conv.agreements) - 1 and not conv.is_locked)
        self._updating = False

    def _show_notice(self, conv, a: Agreement) -> None:
        """What the agreement still needs, and dates that look wrong – said next to it."""
        names = {"what": tr("en beskrivelse"), "responsible": tr("en ansvarlig"), "deadline": tr("en frist")}
        lines = []
        lacks = [names[x] for x in a.lacks()]
        if lacks:
            listed = lacks[0] if len(lacks) == 1 else ", ".join(lacks[:-1]) + tr(" og ") + lacks[-1]
            lines.append(tr("Aftalen mangler %1.").replace("%1", listed))
        for notice in conv.notices():
            if notice.item != self.index:
                continue
            when = conv.date.strftime("%d.%m.%Y") if conv.date else ""
            if notice.code == "deadline_before_date":
                lines.append(
                    tr("Fristen ligger før samtalens dato (%1). Er det meningen?").replace("%1", when)
                )
            else:
                lines.append(tr("Opfølgningen ligger før samtalens dato (%1).").replace("%1", when))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def set_read_only(self, read_only: bool):
        for w in (self.what, self.why):
            w.setReadOnly(read_only)
        for widget in (self.perspective, self.responsible, self.deadline, self.follow_up, self.remove):
            widget.setEnabled(not read_only)


class AgreementsEditor(QWidget):
    """The development plan: add, edit, reorder, remove."""

    def __init__(self, document: ConversationDocument, field: Field, parent=None):
        super().__init__(parent)
        self.document, self.field = document, field
        self.rows: list[AgreementRow] = []
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(tr("Ingen aftaler endnu. Tilføj den første aftale."))
        layout.addWidget(self.empty)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.add = QPushButton(tr("Tilføj aftale"))
        self.add.setAccessibleName(tr("Tilføj aftale"))
        self.add.clicked.connect(self.add_agreement)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def add_agreement(self):
        conv = self.document.conversation
        # Nothing is chosen for them: who is responsible is part of what they agree.
        self.document.push(
            commands.InsertAgreement(conv, len(conv.agreements), Agreement(what="", responsible=None))
        )
        if self.rows:
            self.rows[-1].what.setFocus()

    def move_agreement(self, index: int, delta: int) -> None:
        """Not ``move``: that is QWidget.move(x, y), which layouts call."""
        target = index + delta
        if 0 <= target < len(self.document.conversation.agreements):
            self.document.push(commands.MoveAgreement(self.document.conversation, index, target))
            (
                self.rows[target].up
                if delta < 0 and target > 0
                else self.rows[target].down
                if delta > 0 and target < len(self.rows) - 1
                else self.rows[target].what
            ).setFocus()

    def remove(self, index: int):
        self.document.push(commands.RemoveAgreement(self.document.conversation, index))

    def refresh(self):
        refresh_rows(self, [a.id for a in self.document.conversation.agreements], AgreementRow)

    def set_read_only(self, read_only: bool):
        self.add.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)


class FollowupRow(QFrame):
    def __init__(self, editor: FollowupsEditor, index: int):
        super().__init__()
        self.editor, self.index = editor, index
        self.setObjectName("followupRow")
        self.setStyleSheet("#followupRow { border: 1px solid palette(mid); border-radius: 4px; }")
        self._updating = False
        conv = editor.document.conversation
        fu = conv.followups[index]
        a = fu.agreement
        layout = QVBoxLayout(self)
        title = QLabel(a.what or tr("(uden titel)"))
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        details = [responsible_label(a.responsible)] if a.responsible else []
        if a.why:
            details.insert(0, a.why)
        if a.deadline:
            details.append(tr("frist %1").replace("%1", a.deadline.strftime("%d.%m.%Y")))
        info = QLabel(" · ".join(details))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.remove = QPushButton(tr("Fjern"))
        self.remove.setAccessibleName(tr("Fjern %1 fra Siden sidst").replace("%1", a.what))
        self.remove.clicked.connect(lambda: editor.remove(self.index))
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        self.status = QComboBox()
        guard(self.status)
        self.status.addItem(tr("– vælg status –"), NO_VALUE)
        for s in FollowUpStatus:
            self.status.addItem(status_label(s), s)
        self.comment = GrowingTextEdit()
        pass_undo(self.comment)
        self.status.setAccessibleName(tr("Status for %1").replace("%1", a.what))
        self.comment.setAccessibleName(tr("Kommentar til %1").replace("%1", a.what))
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Kommentar"), self.comment)
        layout.addLayout(form)
        carry_row = QHBoxLayout()
        self.carry = QPushButton(tr("Viderefør til årets aftaler"))
        self.carry.setToolTip(tr("Tag aftalen med i årets udviklingsplan – den bliver vist som videreført"))
        self.carry.setAccessibleName(tr("Viderefør %1 til årets aftaler").replace("%1", a.what))
        self.carry.clicked.connect(self._carry_forward)
        self.carried = QLabel()
        self.carried.setObjectName("helpText")
        carry_row.addWidget(self.carry)
        carry_row.addWidget(self.carried, 1)
        carry_row.addStretch(0)
        layout.addLayout(carry_row)
        self.status.currentIndexChanged.connect(lambda _i: self._edited(""))
        self.comment.textChanged.connect(lambda: self._edited("comment"))
        self.refresh()

    def _edited(self, merge_key: str):
        if self._updating:
            return
        conv = self.editor.document.conversation
        old = conv.followups[self.index]
        # item data comes back as plain str; the domain makes it a status (or none)
        new = old.assessed(data_or_none(self.status.currentData()), self.comment.toPlainText())
        if new != old:
            self.editor.document.push(commands.ReplaceFollowup(conv, self.index, new, merge_key))

    def _carry_forward(self):
        from ishoj_mus.ui.conversation import prep_commands

        conv = self.editor.document.conversation
        if conv.may_carry_forward(conv.followups[self.index]):
            self.editor.document.push(prep_commands.CarryForward(conv, self.index))

    def refresh(self):
        conv = self.editor.document.conversation
        fu = conv.followups[self.index]
        self._updating = True
        self.status.setCurrentIndex(find(self.status, fu.status))
        if self.comment.toPlainText() != fu.comment:
            self.comment.setPlainText(fu.comment)
        carried = conv.carried_forward(fu)
        self.carry.setVisible(carried is None and conv.may_carry_forward(fu))
        self.carry.setEnabled(not conv.is_locked)
        self.carried.setVisible(carried is not None)
        if carried is not None:
            number = conv.agreements.index(carried) + 1
            self.carried.setText(
                tr("Videreført som aftale %1 i årets udviklingsplan.").replace("%1", str(number))
            )
        self._updating = False

    def set_read_only(self, read_only: bool):
        self.status.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)
        self.carry.setEnabled(not read_only)
        self.remove.setEnabled(not read_only)


class FollowupsEditor(QWidget):
    """'Siden sidst': last time's agreements, each with a status and a comment."""

    def __init__(self, document: ConversationDocument, field: Field, settings: Settings, parent=None):
        super().__init__(parent)
        self.document, self.field, self.settings = document, field, settings
        self.rows: list[FollowupRow] = []
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(tr("Hent aftaler fra sidste samtale …"))
        self.import_button.setToolTip(
            tr("Vælg den forrige samtales fil (.mus) eller det underskrevne referat (PDF).")
        )
        self.import_button.clicked.connect(self.choose_and_import)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel(
            tr("Ingen aftaler hentet endnu. Er det jeres første samtale, kan I springe trinnet over.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.origin = QLabel()  # which conversation the agreements came from (date, names, file)
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.refresh()

    def choose_and_import(self):
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Hent aftaler fra sidste samtale"),
            self.settings.conversation_folder(),
            tr("Samtaler og referater (*.mus *.pdf);;Alle filer (*)"),
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> bool:
        """Import last year's agreements: a changed PDF is refused, another employee's asked."""
        from pathlib import Path

        from ishoj_mus.importing import ImportRefused, plan_import
        from ishoj_mus.storage.musfile import BadFile, MusFileError

        conv = self.document.conversation
        passphrase: str | None = None
        while True:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a PDF is checked first
            try:
                plan = plan_import(Path(path), conv, passphrase)
            except MusFileError as exc:
                QApplication.restoreOverrideCursor()
                if exc.kind == BadFile.WRONG_PASSPHRASE:
                    QMessageBox.warning(self, tr("Aftalerne kunne ikke hentes"), file_error_text(exc))
                if exc.kind in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE):
                    from ishoj_mus.ui.widgets.passphrase import ask_passphrase

                    passphrase = ask_passphrase(self, Path(path).name)  # last year's file is protected
                    if passphrase is None:
                        return False
                    continue
                QMessageBox.warning(self, tr("Aftalerne kunne ikke hentes"), file_error_text(exc))
                return False
            except ImportRefused as exc:
                QApplication.restoreOverrideCursor()
                QMessageBox.warning(self, tr("Aftalerne kunne ikke hentes"), import_refusal_text(exc))
                return False
            QApplication.restoreOverrideCursor()
            break
        previous = plan.previous
        if not previous.conversation.agreements:
            QMessageBox.information(
                self, tr("Ingen aftaler"), tr("Den valgte samtale indeholder ingen aftaler.")
            )
            return False
        if not plan.new:
            QMessageBox.information(
                self,
                tr("Allerede hentet"),
                tr("Aftalerne fra %1 er allerede hentet.").replace("%1", previous.description),
            )
            return False
        if plan.other_employee:
            answer = QMessageBox.question(
                self,
                tr("En anden medarbejders samtale"),
                tr(
                    "Aftalerne er fra en samtale med %1, men denne samtale er med %2. Vil I hente dem alligevel?"
                )
                .replace("%1", previous.conversation.employee.name)
                .replace("%2", conv.employee.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if previous.warning:
            QMessageBox.warning(
                self,
                tr("Underskriveren er ikke bekræftet"),
                tr(
                    "Referatet er uændret, men underskriveren er ikke bekræftet af organisationen. "
                    "Kontrollér, at aftalerne er de rigtige."
                ),
            )
        return self.document.apply_import(plan)

    def remove(self, index: int) -> None:
        conv = self.document.conversation
        remaining = [f for i, f in enumerate(conv.followups) if i != index]
        self.document.push(commands.SetFollowups(conv, remaining, tr("Fjern hentet aftale")))

    def _origin_text(self) -> str:
        counts: dict[str, int] = {}
        for f in self.document.conversation.followups:
            counts[f.source] = counts.get(f.source, 0) + 1
        return "\n".join(
            (tr("Hentet fra %1: 1 aftale") if n == 1 else tr("Hentet fra %1: %2 aftaler"))
            .replace("%1", source or tr("ukendt kilde"))
            .replace("%2", str(n))
            for source, n in counts.items()
        )

    def refresh(self):
        refresh_rows(self, [f.agreement.id for f in self.document.conversation.followups], FollowupRow)
        text = self._origin_text()
        self.origin.setText(text)
        self.origin.setVisible(bool(text))

    def set_read_only(self, read_only: bool):
        self.import_button.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)
