"""Signing: the leader and each participant sign, here by typing their name (keyboard); each
participant's HR edition is complete when that participant and the leader have signed.
Reopening voids every signature, on record. Both are edits on the undo stack behind an undo
barrier: unsaved until saved, never undone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from ishoj_mus.domain.codes import GroupRefused, GroupRule, RefusalCode
from ishoj_mus.domain.grus import LEADER, GroupSignature
from ishoj_mus.text import REFUSAL_TEXT, fill, format_datetime
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.page_parts import GroupPage, refusal_text
from ishoj_mus.ui.widgets.i18n import shown_form, tr
from ishoj_mus.ui.widgets.signature_pad import PAD_H, PAD_W, SignaturePad

_SIGNATURES = GroupChange(GroupPart.SIGNATURES)


def missing_words() -> dict[str, str]:
    return {
        "participants": tr("mindst %1 deltagere"),
        "leader": tr("lederens navn"),
        "date": tr("datoen"),
        "agreements": tr("mindst én af gruppens aftaler"),
        "agreement_incomplete": tr("en beskrivelse, en ansvarlig og en frist i hver af gruppens aftaler"),
    }


class SigningPage(GroupPage):
    def __init__(self, document: GroupDocument, parent: QWidget | None = None):
        section = shown_form(document.group.form).section("signatures")
        super().__init__(document, section.title, section.intro, parent)
        layout = self.column
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setObjectName("agreementNotice")
        layout.addWidget(self.missing)
        self.signers = QListWidget()
        self.signers.setAccessibleName(tr("Underskrifter"))
        layout.addWidget(self.signers, 1)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("Tegn underskriften her (mus, pen eller finger)"))
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        self.who = QComboBox()
        self.who.setAccessibleName(tr("Hvem skriver under"))
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.name.setAccessibleName(tr("Skriv dit navn for at skrive under"))
        self.name.setPlaceholderText(tr("Tegn ovenfor – eller skriv dit navn for at skrive under"))
        self.name.returnPressed.connect(self.sign)
        sign = QPushButton(tr("Skriv &under"))
        sign.clicked.connect(self.sign)
        clear = QPushButton(tr("&Ryd tegningen"))
        clear.clicked.connect(self.pad.clear)
        row.addWidget(self.who)
        row.addWidget(self.name, 1)
        row.addWidget(sign)
        row.addWidget(clear)
        layout.addLayout(row)
        self.reopen_button = QPushButton(tr("&Genåbn samtalen …"))
        self.reopen_button.clicked.connect(self.reopen)
        layout.addWidget(self.reopen_button)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: GroupChange) -> None:
        """Who signs (the leader, the participants), what is missing before signing (the date,
        the agreements), and the signatures."""
        if what.part in (GroupPart.DETAILS, GroupPart.MEMBERS, GroupPart.AGREEMENTS, GroupPart.SIGNATURES):
            self.refresh()

    def refresh(self) -> None:
        g = self.document.group
        people = [(LEADER, g.leader.name or tr("Lederen"), tr("leder"))] + [
            (m.id, m.name, tr("deltager")) for m in g.members
        ]
        current = self.who.currentData()
        self.who.clear()
        self.signers.clear()
        for who, name, role in people:
            s = g.signatures.get(who)
            state = (
                fill(tr("underskrevet %1"), format_datetime(s.signed_at)) if s else tr("ikke underskrevet")
            )
            self.signers.addItem(f"{name} ({role}): {state}")
            if s is None:
                self.who.addItem(name, who)
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        missing = g.missing()
        if missing:
            words = [fill(missing_words()[code], str(g.form.min_participants)) for code in missing]
            self.missing.setText(fill(tr("Før I skriver under, mangler: %1."), ", ".join(words)))
        else:
            self.missing.setText("")
        self.reopen_button.setEnabled(g.is_locked)

    def sign(self) -> None:
        who = self.who.currentData()
        typed = " ".join(self.name.text().split())
        drawn = self.pad.has_drawing()
        if not isinstance(who, str) or not (typed or drawn):
            return
        when = datetime.now().astimezone().replace(microsecond=0)
        if drawn:  # drawn at the table, as on paper
            strokes = tuple(tuple(stroke) for stroke in self.pad.strokes if stroke)
            signature = GroupSignature(who, self.who.currentText(), when, strokes, PAD_W, PAD_H)
        else:
            signature = GroupSignature(who, self.who.currentText(), when, typed_name=typed)
        try:
            self.document.edit(tr("Underskrift"), lambda g: g.sign(signature), _SIGNATURES, barrier=True)
        except GroupRefused as exc:
            if exc.code in (GroupRule.NAME_MISMATCH, GroupRule.NOTHING_DRAWN):
                name = self.who.currentText()
                self.message.emit(fill(tr(REFUSAL_TEXT[RefusalCode.NAME_MISMATCH]), name))
            elif exc.code == GroupRule.NOT_READY:
                self.message.emit(self.missing.text())
            else:
                self.message.emit(refusal_text(exc))
            return
        self.name.clear()
        self.pad.clear()

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, tr("Genåbn samtalen"), tr("Alle underskrifter bliver ugyldige. Skriv, hvorfor I genåbner:")
        )
        if ok and reason.strip():
            by = self.document.group.leader.name
            self.document.edit(tr("Genåbn"), lambda g: g.reopen(by, reason), _SIGNATURES, barrier=True)
