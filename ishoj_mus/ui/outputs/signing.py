"""The signing step: a pad per party (mouse, pen or touch), confirmation, the employee's remark."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import PARTIES, Step
from ishoj_mus.domain.records import Signature
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.commands import SetRemark, Sign
from ishoj_mus.ui.conversation.fields import GrowingTextEdit, voice_badge
from ishoj_mus.ui.conversation.history import HistoryView
from ishoj_mus.ui.conversation.pages import StepPage
from ishoj_mus.ui.outputs.hr_outputs import HrOutputs
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.moments import format_moment
from ishoj_mus.ui.widgets.signature_pad import PAD_H, PAD_W, SignaturePad

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.editor import PageHost


class PartySigning(QGroupBox):
    def __init__(self, page: SignaturePage, role: Voice):
        super().__init__()
        self.page, self.role = page, role
        self.setAccessibleName(fill(tr("Underskrift: %1"), voice_label(role)))
        layout = QVBoxLayout(self)
        layout.addWidget(voice_badge(role))
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # a name from the file, never HTML
        self.name.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.name)
        self.remark = None
        self.remark_label = None
        if role == Voice.MEDARBEJDER:
            # Placed by the page above both parties, so the two signature pads stand level.
            self.remark_label = QLabel(tr("Medarbejderens bemærkning (valgfri, kommer med i referatet):"))
            self.remark_label.setWordWrap(True)
            self.remark = GrowingTextEdit()
            self.remark.setAccessibleName(tr("Medarbejderens bemærkning"))
            self.remark_label.setBuddy(self.remark)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(fill(tr("Underskriftsfelt for %1"), voice_label(role).lower()))
        layout.addWidget(self.pad)
        buttons = QHBoxLayout()
        self.clear = QPushButton(tr("Ryd"))
        self.undo = QPushButton(tr("Fortryd"))
        self.redo = QPushButton(tr("Gentag"))
        self.undo.setAccessibleName(tr("Fortryd seneste streg"))
        self.redo.setAccessibleName(tr("Gentag streg"))
        for b in (self.clear, self.undo, self.redo):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Signing by keyboard: type the name as it stands in the conversation.
        # Each party's own Alt+letter (issue 25): the keyboard's way to sign starts in this field
        # (a letter on »Underskriv« would not: it is disabled until the name is typed and ticked).
        typed_label = QLabel(
            tr("… e&ller skriv dit navn (underskrift med tastaturet):")
            if role == Voice.LEDER
            else tr("… eller s&kriv dit navn (underskrift med tastaturet):")
        )
        typed_label.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(
            fill(tr("Skriv dit navn for at underskrive som %1"), voice_label(role).lower())
        )
        typed_label.setBuddy(self.typed)
        self.typed.installEventFilter(self)  # its Alt+letter scrolls the page to it
        layout.addWidget(typed_label)
        layout.addWidget(self.typed)
        keep_within(self.typed, "signatures.typed_name")
        # A check box label never wraps; the sentence sits beside it in a wrapping label instead.
        confirm_row = QHBoxLayout()
        self.confirm = QCheckBox()
        confirmation = tr("Jeg bekræfter, at samtalen har fundet sted, og at jeg har læst referatet.")
        self.confirm.setAccessibleName(confirmation)
        confirm_text = QLabel(confirmation)
        confirm_text.setWordWrap(True)
        confirm_text.setBuddy(self.confirm)
        confirm_text.mousePressEvent = (  # type: ignore[method-assign]  # a click on the text ticks the box
            lambda _e: self.confirm.toggle() if self.confirm.isEnabled() else None
        )
        confirm_row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignTop)
        confirm_row.addWidget(confirm_text, 1)
        layout.addLayout(confirm_row)
        self.sign_button = QPushButton(tr("Underskriv"))
        self.sign_button.setAccessibleName(fill(tr("Underskriv som %1"), voice_label(role).lower()))
        self.sign_button.setDefault(False)
        layout.addWidget(self.sign_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.clear.clicked.connect(self.pad.clear)
        self.undo.clicked.connect(self.pad.undo_stroke)
        self.redo.clicked.connect(self.pad.redo_stroke)
        self.sign_button.clicked.connect(self.sign)
        self.pad.changed.connect(self._update_buttons)
        self.confirm.toggled.connect(self._update_buttons)
        self.typed.textChanged.connect(self._update_buttons)
        self.typed.returnPressed.connect(lambda: self.sign() if self.sign_button.isEnabled() else None)
        if self.remark is not None:
            self.remark.textChanged.connect(self._remark_edited)
        self.setTabOrder(self.redo, self.typed)
        self.setTabOrder(self.typed, self.confirm)
        self.setTabOrder(self.confirm, self.sign_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The name field's Alt+letter gave it the focus below the page's edge: the page shows it,
        with the confirmation and »Underskriv« under it (Tab scrolls by itself, a letter did not)."""
        if (
            watched is self.typed
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() == Qt.FocusReason.ShortcutFocusReason
        ):
            self.page.ensureWidgetVisible(self.sign_button)
            self.page.ensureWidgetVisible(self.typed)
        return False

    def _remark_edited(self) -> None:
        """The remark is part of the conversation from the first letter (saved, kept on reopen),
        and typing it is undone like any other typing."""
        conv = self.page.view.conv
        if self.remark is None:
            return
        text = self.remark.toPlainText()
        if self.role not in conv.signatures and text != conv.remark:
            self.page.view.document.push(SetRemark(conv, text))

    def _update_buttons(self, *_: object) -> None:
        conv = self.page.view.conv
        signed = self.role in conv.signatures
        has_mark = self.pad.has_drawing() or bool(self.typed.text().strip())
        self.sign_button.setEnabled(not signed and self.confirm.isChecked() and has_mark)
        for w in (self.clear, self.undo, self.redo, self.confirm, self.typed):
            w.setEnabled(not signed)
        self.undo.setEnabled(not signed and bool(self.pad.strokes))
        self.redo.setEnabled(not signed and bool(self.pad.undone))
        if self.remark is not None:
            self.remark.setReadOnly(signed)

    def sign(self) -> None:
        view = self.page.view
        conv = view.conv
        drawn = self.pad.has_drawing()
        signature = Signature(
            role=self.role,
            signer=conv.signer_name(self.role),
            signed_at=datetime.now().astimezone().replace(microsecond=0),
            strokes=tuple(tuple(s) for s in self.pad.strokes if s) if drawn else (),
            width=PAD_W,
            height=PAD_H,
            remark=self.remark.toPlainText().strip() if self.remark is not None else "",
            typed_name="" if drawn else self.typed.text().strip(),
        )
        if not view.document.push(Sign(conv, signature), quiet=True):
            messages.information(self, tr("Kan ikke underskrive endnu"), view.document.last_refusal)
            return
        view.signed()

    def refresh(self) -> None:
        conv = self.page.view.conv
        name = conv.signer_name(self.role)
        self.name.setText(name or tr("(navn mangler)"))
        sig = conv.signatures.get(self.role)
        if sig is not None:
            self.pad.set_strokes(sig.strokes)
            self.pad.typed_name = sig.typed_name
            self.pad.read_only = True
            self.confirm.setChecked(True)
            if self.typed.text() != sig.typed_name:
                self.typed.setText(sig.typed_name)
            if self.remark is not None and self.remark.toPlainText() != sig.remark:
                self.remark.setPlainText(sig.remark)
            status = tr("Underskrevet %1 ved at skrive navnet.") if sig.is_typed else tr("Underskrevet %1")
            self.status.setText(fill(status, format_moment(sig.signed_at)))
        else:
            if self.pad.read_only:
                self.pad.set_strokes([])
                self.pad.typed_name = ""
                self.typed.clear()
                self.confirm.setChecked(False)
            self.pad.read_only = False
            if self.remark is not None and self.remark.toPlainText() != conv.remark:
                self.remark.setPlainText(conv.remark)  # kept when the conversation was reopened
            self.status.setText("")
        self._update_buttons()


class SignaturePage(StepPage):
    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        grid = QGridLayout()
        grid.setContentsMargins(
            0, 0, 0, 0
        )  # the page has its margins: 18 px more scrolled it sideways at 150 %
        self.parties = [PartySigning(self, role) for role in PARTIES]
        for col, party in enumerate(self.parties):
            grid.addWidget(party, 1, col)
            grid.setColumnStretch(col, 1)  # both parties get the same room
        remark_party = self.parties[PARTIES.index(Voice.MEDARBEJDER)]
        assert remark_party.remark is not None and remark_party.remark_label is not None
        remark_box = QFrame()
        remark_box.setObjectName("remarkBox")
        remark_layout = QVBoxLayout(remark_box)
        remark_layout.setContentsMargins(0, 0, 0, 0)
        remark_layout.addWidget(remark_party.remark_label)
        remark_layout.addWidget(remark_party.remark)
        keep_within(remark_party.remark, "signatures.remark")
        grid.addWidget(remark_box, 0, 0, 1, len(self.parties))
        self.outputs = HrOutputs(view)  # what HR gets, read before signing; both files after
        self.body.addWidget(self.outputs)
        wrapper = QWidget()
        wrapper.setLayout(grid)
        self.body.addWidget(wrapper)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.body.addWidget(self.missing)
        self.history = HistoryView(view.conv)
        self.body.addWidget(self.history)
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        for party in self.parties:
            party.refresh()
        self.outputs.refresh()
        self.history.refresh()
        n = len(self.view.conv.missing())
        if n == 1:  # English says "1 answer … is", Danish "1 svar" either way
            said = tr("Der mangler stadig 1 svar, der skal med. Se »Opsummering«, før I underskriver.")
        else:
            said = tr("Der mangler stadig %1 svar, der skal med. Se »Opsummering«, før I underskriver.")
        self.missing.setText(fill(said, str(n)) if n else "")
        self.missing.setVisible(bool(n))

    def set_read_only(self, read_only: bool) -> None:
        pass  # signing has its own rules

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        return self.parties[0].remark or self.parties[0].pad
