"""The development plan's agreements: one row per agreement (what, why, who, when), added,
moved and removed through the document."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import Responsible
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import Field
from ishoj_mus.domain.records import Agreement
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.fields import NO_VALUE, OptionalDate, data_or_none, find, shrinkable
from ishoj_mus.ui.conversation.rows import ItemRow, focus_place, focused_place, refresh_rows
from ishoj_mus.ui.widgets.i18n import (
    perspective_name,
    responsible_label,
    shown_form,
    tr,
)
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.row_keys import MOVE_DOWN, MOVE_UP, REMOVE, row_key
from ishoj_mus.ui.widgets.undo_keys import pass_undo
from ishoj_mus.ui.widgets.wheel_guard import guard

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.document import ConversationDocument


def carried_note(conv: Conversation) -> str:
    """The form's words for a carried-on agreement ("videreført fra sidste år" on a MUS,
    "videreført fra MUS" on a half-year follow-up), in the window's language: the form's own
    English (``carried_note_en``), as for its other texts."""
    return shown_form(conv.form).documents.carried_note


class AgreementRow(ItemRow):
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
        self.title.setWordWrap(True)  # »Aftale 2 · videreført fra sidste år« beside three buttons
        self.title.setStyleSheet("font-weight: bold;")
        head.addWidget(self.title, 1)
        self.up = QPushButton(tr("Flyt op"))
        self.down = QPushButton(tr("Flyt ned"))
        self.remove = QPushButton(tr("Fjern"))
        # Repeated on every row, so no Alt+letter: keys act on the row that has the focus.
        for b, tip, keys, delta in (
            (self.up, tr("Flyt aftalen op (Alt+Skift+pil op)"), MOVE_UP, -1),
            (self.down, tr("Flyt aftalen ned (Alt+Skift+pil ned)"), MOVE_DOWN, +1),
            (self.remove, tr("Fjern aftalen (Alt+Skift+Delete)"), REMOVE, 0),
        ):
            head.addWidget(b)
            b.setToolTip(tip)
            b.setAccessibleDescription(tip)
            row_key(self, keys, b, partial(self._by_key, delta))
        outer.addLayout(head)
        form = QFormLayout()
        # At 150 % on a 1024 px screen the card was wider than the page ("Fjer", the follow-up
        # date cut off): labels go above their field when the row is too long, the drop-downs
        # narrow, and the two dates stand one above the other.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.what = QLineEdit()
        self.why = QLineEdit()
        self.perspective = QComboBox()
        guard(self.perspective)
        shrinkable(self.perspective, 12)
        self.perspective.addItem(tr("(intet perspektiv)"), NO_VALUE)
        for p in document.conversation.form.framework.perspectives:
            self.perspective.addItem(perspective_name(document.conversation.form, p.id), p.id)
        self.responsible = QComboBox()
        guard(self.responsible)
        shrinkable(self.responsible, 8)
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
        keep_within(self.what, "agreements.what")
        keep_within(self.why, "agreements.why")
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
            w.setAccessibleName(f"{fill(tr('Aftale %1'), str(index + 1))}: {name}")
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

    def _by_key(self, delta: int) -> None:
        """Alt+Shift+Up/Down moves the agreement, Alt+Shift+Delete (``delta`` 0) removes it; the
        focus stays in the same field, of the moved agreement or of the one taking its place."""
        place = focused_place(self)
        editor, index = self.editor, self.index
        if delta:
            editor.move_agreement(index, delta)
            index += delta
        else:
            editor.remove(index)
        if editor.rows:
            focus_place(editor.rows[min(index, len(editor.rows) - 1)], place)
        else:
            editor.add.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _pair(a: QWidget, b: QWidget) -> QWidget:
        w = QWidget()
        row = QVBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a, 0, Qt.AlignmentFlag.AlignLeft)  # at their own size, not the card's width
        row.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def _edited(self, merge_key: str) -> None:
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

    def refresh(self) -> None:
        conv = self.editor.document.conversation
        a = conv.agreements[self.index]
        self._updating = True
        title = fill(tr("Aftale %1"), str(self.index + 1))
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

    def _show_notice(self, conv: Conversation, a: Agreement) -> None:
        """What the agreement still needs, and dates that look wrong – said next to it."""
        names = {"what": tr("en beskrivelse"), "responsible": tr("en ansvarlig"), "deadline": tr("en frist")}
        lines = []
        lacks = [names[x] for x in a.lacks()]
        if lacks:
            listed = lacks[0] if len(lacks) == 1 else ", ".join(lacks[:-1]) + tr(" og ") + lacks[-1]
            lines.append(fill(tr("Aftalen mangler %1."), listed))
        for notice in conv.notices():
            if notice.item != self.index:
                continue
            when = conv.date.strftime("%d.%m.%Y") if conv.date else ""
            if notice.code == "deadline_before_date":
                lines.append(fill(tr("Fristen ligger før samtalens dato (%1). Er det meningen?"), when))
            else:
                lines.append(fill(tr("Opfølgningen ligger før samtalens dato (%1)."), when))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.what, self.why):
            w.setReadOnly(read_only)
        for widget in (self.perspective, self.responsible, self.deadline, self.follow_up, self.remove):
            widget.setEnabled(not read_only)


class AgreementsEditor(QWidget):
    """The development plan: add, edit, reorder, remove."""

    def __init__(self, document: ConversationDocument, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.field = document, field
        self.rows: list[AgreementRow] = []
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(tr("Ingen aftaler endnu. Tilføj den første aftale."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.add = QPushButton(tr("Tilføj aftale"))
        self.add.setAccessibleName(tr("Tilføj aftale"))
        self.add.clicked.connect(self.add_agreement)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def add_agreement(self) -> None:
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

    def remove(self, index: int) -> None:
        self.document.push(commands.RemoveAgreement(self.document.conversation, index))

    def tab_neighbours(self) -> tuple[QWidget | None, QWidget | None]:
        """The development plan: the rows, then "Tilføj aftale"."""
        return self.add.previousInFocusChain(), self.add

    def refresh(self) -> None:
        refresh_rows(self, [a.id for a in self.document.conversation.agreements], partial(AgreementRow, self))

    def set_read_only(self, read_only: bool) -> None:
        self.add.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)
