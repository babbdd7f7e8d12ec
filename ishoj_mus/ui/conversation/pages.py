"""The step pages' common part (``StepPage``: title, introduction, editors) and the first step's
page, the participants. The question pages are ``question_page.py``, the summary
``summary_page.py``, an own topic's ``topic_page.py``: each loads when a step of its kind is
first shown (the window hands the view their makers, from the start-up seam)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.form_steps import Step, StepKind
from ishoj_mus.domain.records import Employee, Leader
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.editor import Editor
from ishoj_mus.ui.widgets.dates import NO_DATE, DateField, to_date, to_qdate
from ishoj_mus.ui.widgets.i18n import (
    tr,
)
from ishoj_mus.ui.widgets.limits import bound_dates, keep_within
from ishoj_mus.ui.widgets.undo_keys import pass_undo

if TYPE_CHECKING:
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.ui.conversation.editor import PageHost

# Parts whose change shows in few places: an answer (or its "Ikke relevant") and a private note
# on their own step's page, the employee's remark on the signing step's, the agenda and the
# time spent in the clock – and all of them in the summary's and the signing step's pages, which
# show the whole conversation. Any other part may show anywhere: every page follows it.
NARROW_PARTS = frozenset({Part.ANSWER, Part.PRIVATE_NOTE, Part.REMARK, Part.AGENDA, Part.TIME})


class StepPage(QScrollArea):
    """A scrollable page with the step's title and introduction (``step`` None: an own topic's
    page, titled ``title``)."""

    refresh_when_shown = False  # True: the view refreshes it each time it is shown

    def __init__(
        self, view: PageHost, step: Step | None, parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.view, self.step = view, step
        title_text = step.title if step is not None else title
        self.setAccessibleName(title_text)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so growing text boxes never change the page width (and re-wrap in a loop);
        # but drawn only when there is something to scroll (its room stays reserved).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda low, high: bar.setVisible(high > low))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("stepPage")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(18, 12, 18, 18)
        self.body.setSpacing(8)
        self.title_label = QLabel(title_text)
        self.title_label.setObjectName("stepTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title_text)
        self.body.addWidget(self.title_label)
        self.editors: list[Editor] = []
        if step is None:
            self.setWidget(inner)
            return
        if step.intro:
            intro = QLabel(step.intro)
            intro.setWordWrap(True)
            self.body.addWidget(intro)
        if step.help:
            help_label = QLabel(step.help)
            help_label.setWordWrap(True)
            help_label.setObjectName("helpText")
            self.body.addWidget(help_label)
        self.setWidget(inner)

    def finish(self) -> None:
        self.body.addStretch(1)

    def concerns(self, change: Change) -> bool:
        """Whether this page shows what ``change`` changed (see ``NARROW_PARTS``): the view
        refreshes, or marks for refreshing when next shown, only the pages it concerns."""
        step = self.step
        if change.part not in NARROW_PARTS:
            return True
        if step is None:  # an own topic's page: its answers are Part.TOPICS
            return False
        if step.kind in (StepKind.SUMMARY, StepKind.SIGNATURES):
            return change.part is not Part.TIME
        if change.part is Part.ANSWER:
            return any(f.id == change.key for f in step.fields)
        return change.part is Part.PRIVATE_NOTE and change.key == step.id

    def follow(self, change: Change) -> None:
        """The page is showing and ``change`` concerns it: show the model's values again (a
        page that knows which of its editors show the change refreshes only those)."""
        self.refresh()

    def refresh(self) -> None:
        for editor in self.editors:
            editor.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors:
            editor.set_read_only(read_only)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        """Where the keyboard goes on this page (a field's, a voice's editor when asked)."""
        for editor in self._editors_for(field_id, voice):
            return self._focus_of(editor)
        return None

    def item_target(self, item_part: str) -> QWidget | None:
        """The widget of one item's part ("3.agreement_deadline"), where the page has items."""
        return None

    def _editors_for(self, field_id: str | None, voice: Voice | None) -> list[QWidget]:
        return [
            editor
            for editor in self.editors
            if isinstance(editor, QWidget)
            and (field_id is None or getattr(getattr(editor, "field", None), "id", None) == field_id)
            and (voice is None or getattr(editor, "voice", voice) == voice)
        ]

    def _focus_of(self, editor: QWidget) -> QWidget:
        return getattr(editor, "editor", None) or editor.focusWidget() or editor


class ParticipantsPage(StepPage):
    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        self._updating = False
        conv = view.conv
        emp_box = QGroupBox(tr("Medarbejder"))
        emp = QFormLayout(emp_box)
        self.emp_name, self.emp_title, self.emp_workplace, self.emp_number = (QLineEdit() for _ in range(4))
        emp.addRow(tr("Navn *"), self.emp_name)
        emp.addRow(tr("Stilling *"), self.emp_title)
        emp.addRow(tr("Arbejdssted / enhed *"), self.emp_workplace)
        emp.addRow(tr("Medarbejdernummer (valgfrit)"), self.emp_number)
        lead_box = QGroupBox(tr("Leder"))
        lead = QFormLayout(lead_box)
        self.lead_name, self.lead_title = QLineEdit(), QLineEdit()
        lead.addRow(tr("Navn *"), self.lead_name)
        lead.addRow(tr("Titel"), self.lead_title)
        when_box = QGroupBox(tr("Tid og sted"))
        when = QFormLayout(when_box)
        # No date yet shows as "ingen dato", not as Qt's default 01.01.2000; a click into it and
        # digits typed set it (the suggestion is today).
        self.date = DateField(tr("ingen dato"))
        bound_dates(self.date)
        self.place = QLineEdit()
        when.addRow(tr("Dato *"), self.date)
        when.addRow(tr("Sted"), self.place)
        for line, path in (
            (self.emp_name, "employee.name"), (self.emp_title, "employee.job_title"),
            (self.emp_workplace, "employee.workplace"), (self.emp_number, "employee.employee_number"),
            (self.lead_name, "leader.name"), (self.lead_title, "leader.title"), (self.place, "place"),
        ):  # fmt: skip
            keep_within(line, path)
        for box in (emp_box, lead_box, when_box):
            self.body.addWidget(box)
        self._forms = (emp, lead, when)
        self._align_labels()
        names = {
            self.emp_name: tr("Medarbejderens navn"), self.emp_title: tr("Medarbejderens stilling"),
            self.emp_workplace: tr("Arbejdssted"), self.emp_number: tr("Medarbejdernummer"),
            self.lead_name: tr("Lederens navn"), self.lead_title: tr("Lederens titel"),
            self.date: tr("Dato for samtalen"), self.place: tr("Sted for samtalen"),
        }  # fmt: skip
        for widget, name in names.items():
            widget.setAccessibleName(name)
            pass_undo(widget)
        for widget, key in (
            (self.emp_name, "name"),
            (self.emp_title, "job_title"),
            (self.emp_workplace, "workplace"),
            (self.emp_number, "employee_number"),
        ):
            widget.textEdited.connect(lambda text, k=key: self._set_employee(k, text))
        self.lead_name.textEdited.connect(lambda t: self._set_leader("name", t))
        self.lead_title.textEdited.connect(lambda t: self._set_leader("title", t))
        self.place.textEdited.connect(self._set_place)
        self.date.edited.connect(self._set_date)
        self.finish()
        self.refresh()
        del conv

    def _form_labels(self) -> list[QWidget]:
        labels = []
        for form in self._forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:
                    labels.append(label)
        return labels

    def _align_labels(self) -> None:
        """One label column for the three boxes, so their fields start at the same place."""
        labels = self._form_labels()
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_forms"):
            self._align_labels()

    def _set_employee(self, key: str, text: str) -> None:
        self._set_person("employee", key, text)

    def _set_leader(self, key: str, text: str) -> None:
        self._set_person("leader", key, text)

    def _set_person(self, who: str, key: str, text: str) -> None:
        """One detail of the employee or the leader, as an undoable edit (typing merges)."""
        if self._updating:
            return
        conv = self.view.conv
        setter = conv.set_employee if who == "employee" else conv.set_leader
        label = tr("Medarbejder") if who == "employee" else tr("Leder")
        new = replace(getattr(conv, who), **{key: text})
        self.view.push(
            commands.SetAttribute(label, lambda: getattr(conv, who), setter, new, merge_key=f"{who}.{key}")
        )

    def _set_place(self, text: str) -> None:
        if not self._updating:
            conv = self.view.conv
            self.view.push(
                commands.SetAttribute(tr("Sted"), lambda: conv.place, conv.set_place, text, "place")
            )

    def _set_date(self, qdate: QDate) -> None:
        if not self._updating:
            conv = self.view.conv
            value = None if qdate == NO_DATE else to_date(qdate)
            self.view.push(commands.SetAttribute(tr("Dato"), lambda: conv.date, conv.set_date, value))

    def refresh(self) -> None:
        conv = self.view.conv
        self._updating = True
        e: Employee = conv.employee
        ld: Leader = conv.leader
        for widget, value in (
            (self.emp_name, e.name),
            (self.emp_title, e.job_title),
            (self.emp_workplace, e.workplace),
            (self.emp_number, e.employee_number),
            (self.lead_name, ld.name),
            (self.lead_title, ld.title),
            (self.place, conv.place),
        ):
            if widget.text() != value:
                widget.setText(value)
        self.date.set_date(NO_DATE if conv.date is None else to_qdate(conv.date))
        self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        for w in (
            self.emp_name,
            self.emp_title,
            self.emp_workplace,
            self.emp_number,
            self.lead_name,
            self.lead_title,
            self.place,
        ):
            w.setReadOnly(read_only)
        self.date.setReadOnly(read_only)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        return self.emp_name
