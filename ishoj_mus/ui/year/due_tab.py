"""The overview's tab "Aftaler, der forfalder": deadlines and follow-ups in a chosen period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ishoj_mus.domain.codes import DateKind
from ishoj_mus.domain.overview import DueItem, Overview, due_items
from ishoj_mus.text import Phrase, fill, phrase
from ishoj_mus.ui.widgets.dates import DateField, to_date, to_qdate
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.wheel_guard import guard
from ishoj_mus.ui.year.overview_text import fmt, kind_text, who
from ishoj_mus.ui.year.tables import KEY_ROLE, SORT_ROLE, make_table


class DueTab(QWidget):
    open_requested = Signal(str)  # a .mus file to open

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.overview: Overview | None = None
        self._due: list[DueItem] = []
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.period = QComboBox()
        guard(self.period)
        self.period.setAccessibleName(tr("Periode"))
        for text, days in (
            (tr("De næste 30 dage"), 30),
            (tr("De næste 3 måneder"), 91),
            (tr("De næste 6 måneder"), 182),
            (tr("Overskredne (det seneste år)"), -365),
            (tr("Selvvalgt periode"), 0),
        ):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.due_from = DateField()  # a click in the text no longer moves the date a day back
        self.due_to = DateField()
        for label, edit in ((tr("Fra"), self.due_from), (tr("Til"), self.due_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(label)
        row.addWidget(QLabel(tr("Periode:")))
        row.addWidget(self.period)
        row.addWidget(QLabel(tr("Fra")))
        row.addWidget(self.due_from)
        row.addWidget(QLabel(tr("Til")))
        row.addWidget(self.due_to)
        row.addStretch(1)
        lay.addLayout(row)
        self.due_model = QStandardItemModel(0, 5, self)
        self.due_model.setHorizontalHeaderLabels(
            [tr("Dato"), tr("Type"), tr("Medarbejder"), tr("Aftale"), tr("Ansvarlig")]
        )
        due_proxy = QSortFilterProxyModel(self)
        due_proxy.setSourceModel(self.due_model)
        due_proxy.setSortRole(SORT_ROLE)
        self.due_table = make_table(tr("Aftaler med frist eller opfølgning i perioden"))
        self.due_table.setModel(due_proxy)
        self.due_table.setSortingEnabled(True)
        self.due_table.sortByColumn(
            0, Qt.SortOrder.AscendingOrder
        )  # soonest first (Qt's default is descending)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.due_table, 1)
        self.due_empty = QLabel()
        self.due_empty.setObjectName("helpText")
        lay.addWidget(self.due_empty)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.due_from.dateChanged.connect(self._dates_edited)
        self.due_to.dateChanged.connect(self._dates_edited)
        self.due_table.activated.connect(self._open_due)
        self._period_chosen()

    def _period_chosen(self) -> None:
        days = self.period.currentData()
        today = self.today()
        custom = days == 0
        self.due_from.setEnabled(custom)
        self.due_to.setEnabled(custom)
        if not custom:
            start, end = (
                (today, today + timedelta(days=days)) if days > 0 else (today + timedelta(days=days), today)
            )
            for edit, value in ((self.due_from, start), (self.due_to, end)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(value))
                edit.blockSignals(False)
        self._fill_due()

    def _dates_edited(self) -> None:
        self._fill_due()

    def due_period(self) -> tuple[date, date]:
        return to_date(self.due_from.date()), to_date(self.due_to.date())

    def set_due_period(self, start: date, end: date) -> None:
        self.period.setCurrentIndex(self.period.count() - 1)
        self.due_from.setDate(to_qdate(start))
        self.due_to.setDate(to_qdate(end))

    def fill(self, overview: Overview | None) -> None:
        self.overview = overview
        self._fill_due()

    def _fill_due(self) -> None:
        self.due_model.setRowCount(0)
        if self.overview is None:
            self.due_empty.setText("")
            return
        start, end = self.due_period()
        items = due_items(self.overview, start, end) if start <= end else []
        self._due = items
        for i, d in enumerate(items):
            when = fmt(d.when)
            if d.overdue and d.kind == DateKind.DEADLINE:
                when += " " + tr("(overskredet)")
            cells = [
                (when, d.when.isoformat()),
                (kind_text(d.kind), d.kind.value),
                (d.employee_name or phrase(Phrase.NO_NAME, tr), d.employee_name.casefold()),
                (" ".join(d.agreement.what.split()), d.agreement.what.casefold()),
                (who(d.responsible), d.responsible.value if d.responsible else ""),
            ]
            row = []
            for text, sort in cells:
                item = QStandardItem(text)
                item.setData(sort, SORT_ROLE)
                item.setData(i, KEY_ROLE)
                row.append(item)
            row[3].setToolTip(d.agreement.what)
            self.due_model.appendRow(row)
        header = self.due_table.horizontalHeader()
        self.due_table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if start > end:
            self.due_empty.setText(tr("Slutdatoen ligger før startdatoen."))
        elif not items:
            self.due_empty.setText(tr("Ingen aftaler har frist eller opfølgning i perioden."))
        else:
            self.due_empty.setText(fill(tr("Datoer i perioden: %1."), str(len(items))))

    def _open_due(self, index: QModelIndex) -> None:
        d = self._due[index.data(KEY_ROLE)]
        if d.item.mus_path is not None:
            self.open_requested.emit(d.item.mus_path)
