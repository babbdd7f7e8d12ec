"""The 'Ny samtale' dialog: choose a form and enter who, when and where."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Conversation, NewConversationRefused, new_conversation
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.records import Employee, Leader
from ishoj_mus.storage.forms import available_forms
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.dates import DateField, to_date
from ishoj_mus.ui.widgets.i18n import shown_form, tr
from ishoj_mus.ui.widgets.limits import bound_dates, keep_within
from ishoj_mus.ui.widgets.wheel_guard import guard


class NewConversationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Ny samtale"))
        self.forms = [(p, f) for p, f in available_forms() if not isinstance(f, FormError)]
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Vælg samtaleform, og skriv, hvem der deltager. I kan rette det hele senere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.form_choice = QComboBox()
        guard(self.form_choice)
        for _path, f in self.forms:
            self.form_choice.addItem(shown_form(f).title)  # the window's language
        self.employee = QLineEdit()
        self.job_title = QLineEdit()
        self.workplace = QLineEdit()
        self.number = QLineEdit()
        self.leader = QLineEdit()
        self.leader_title = QLineEdit()
        self.date = DateField()  # a click in the text no longer moves the date a day back
        self.date.setDate(QDate.currentDate())
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.place = QLineEdit()
        rows = [
            (tr("Samtaleform"), self.form_choice), (tr("Medarbejderens navn *"), self.employee),
            (tr("Stilling *"), self.job_title), (tr("Arbejdssted / enhed *"), self.workplace),
            (tr("Medarbejdernummer (valgfrit)"), self.number), (tr("Lederens navn *"), self.leader),
            (tr("Lederens titel"), self.leader_title), (tr("Dato *"), self.date), (tr("Sted"), self.place),
        ]  # fmt: skip
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.rstrip(" *"))
        layout.addLayout(form)
        bound_dates(self.date)
        for widget, path in (
            (self.employee, "employee.name"), (self.job_title, "employee.job_title"),
            (self.workplace, "employee.workplace"), (self.number, "employee.employee_number"),
            (self.leader, "leader.name"), (self.leader_title, "leader.title"), (self.place, "place"),
        ):  # fmt: skip
            keep_within(widget, path)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start samtalen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        group = buttons.addButton(
            tr("&Gruppeudviklingssamtale (GRUS) …"), QDialogButtonBox.ButtonRole.ActionRole
        )
        group.setToolTip(tr("En samtale med lederen og 2–8 medarbejdere. Hver deltager får sin egen plan."))
        group.clicked.connect(self._group)
        self.group_requested = False
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_conversation: Conversation | None = None

    def _group(self) -> None:
        self.group_requested = True
        self.accept()

    def _accept(self) -> None:
        if not self.forms:
            messages.warning(
                self,
                tr("Ingen samtaleformer"),
                tr("Der blev ikke fundet nogen samtaleformer. Installér programmet igen."),
            )
            return
        _path, form = self.forms[self.form_choice.currentIndex()]
        try:
            self.result_conversation = new_conversation(
                form,
                Employee(
                    self.employee.text(), self.job_title.text(), self.workplace.text(), self.number.text()
                ),
                Leader(self.leader.text(), self.leader_title.text()),
                to_date(self.date.date()),
                self.place.text(),
            )
        except NewConversationRefused:  # the one refusal there is: a name is missing
            messages.information(self, tr("Navne mangler"), tr("Skriv både medarbejderens og lederens navn."))
            return
        self.accept()
