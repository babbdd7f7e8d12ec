"""On the signing step: what HR will receive, shown before anyone signs, and both files after.

Before signing, the two see in words what the HR edition holds and can open a preview of it
(the very PDF HR will get, marked as a draft). After both have signed, the two files are
offered side by side: the HR edition for the personnel file, and the employee's own copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ishoj_mus.domain.edition import Edition, HrPolicy
from ishoj_mus.domain.form_steps import FieldKind, StepKind
from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.editor import ViewAction
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import shown_form, tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.ui.conversation.editor import PageHost


def hr_edition_or_message(parent: QWidget) -> Edition | None:
    """The HR edition by the organisation's policy; None (after telling why) for a broken profile."""
    try:
        return load_hr_settings().hr_edition()
    except ProfileError as exc:
        messages.warning(parent, tr("Organisationsprofilen kan ikke bruges"), organisation_error_text(exc))
        return None


def describe_hr_edition(conv: Conversation, edition: Edition) -> str:
    """In words: what HR receives, and what stays between the two."""
    if edition.policy == HrPolicy.UDVIKLINGSPLAN:
        text = tr(
            "HR får kun udviklingsplanen: en bekræftelse af, hvornår samtalen fandt sted, aftalerne, "
            "medarbejderens bemærkning og underskrifterne. Jeres svar og noterne »Kun mellem os« "
            "bliver mellem jer."
        )
    else:
        left_out = [
            step.title for step in shown_form(conv.form).steps if not step.hr and step.kind == StepKind.FIELDS
        ] + [
            f.label
            for step in shown_form(conv.form).steps
            if step.hr
            for f in step.fields
            if not f.hr and f.kind != FieldKind.AGREEMENTS
        ]
        text = tr(
            "HR får referatet med jeres svar, aftaler og underskrifter. Noterne »Kun mellem os« kommer ikke med."
        )
        if left_out:
            text += " " + fill(tr("Heller ikke med: %1."), "; ".join(fill(tr("»%1«"), x) for x in left_out))
    text += " " + tr("Medarbejderen får sit eget eksemplar med det hele, også noterne »Kun mellem os«.")
    if edition.retention_note:
        text += " " + fill(tr("Opbevaring: %1"), edition.retention_note)
    return text


class HrOutputs(QFrame):
    """The box on the signing step: what HR gets, the preview, and the two files."""

    def __init__(self, view: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("hrOutputs")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Det får HR"))
        layout = QVBoxLayout(self)
        title = QLabel(tr("Det får HR"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName(tr("Det får HR"))
        layout.addWidget(self.description)
        # One button a row: two a row (»Gem medarbejderens eksemplar …« beside another) still
        # made the signing page 30 px wider than its room at 150 % on a 1024 px screen.
        row = QGridLayout()
        self.preview = QPushButton(tr("Vis HR-&udgaven"))
        self.preview.setToolTip(tr("Se præcis det, HR får, før I underskriver"))
        self.save_hr = QPushButton(tr("Gem HR-udg&aven …"))
        self.save_copy = QPushButton(tr("Gem &medarbejderens eksemplar …"))
        self.save_plan = QPushButton(tr("Gem udviklings&plan …"))
        for i, b in enumerate((self.preview, self.save_plan, self.save_hr, self.save_copy)):
            row.addWidget(b, i, 0)
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        self.after = QLabel()
        self.after.setWordWrap(True)
        layout.addWidget(self.after)
        self.preview.clicked.connect(lambda: view.request(ViewAction.PREVIEW))
        self.save_hr.clicked.connect(lambda: view.request(ViewAction.SAVE_PDF))
        self.save_copy.clicked.connect(lambda: view.request(ViewAction.SAVE_EMPLOYEE_COPY))
        self.save_plan.clicked.connect(lambda: view.request(ViewAction.SAVE_PLAN))
        self.refresh()

    def refresh(self) -> None:
        conv = self.view.conv
        try:
            edition = load_hr_settings().hr_edition()
        except ProfileError as exc:
            self.description.setText(organisation_error_text(exc))
        else:
            self.description.setText(describe_hr_edition(conv, edition))
        signed = conv.is_fully_signed
        self.after.setText(
            tr(
                "I har begge underskrevet. Gem HR-udgaven til personalesagen, og gem medarbejderens eget "
                "eksemplar til medarbejderen – filnavnene siger, hvilken der er hvilken."
            )
            if signed
            else ""
        )
        self.after.setVisible(signed)
        self.save_hr.setDefault(signed)
