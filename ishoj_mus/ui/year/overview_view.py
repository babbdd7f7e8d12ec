"""The leader's overview: every employee in a chosen folder, what is due, the calendar export,
the half-year follow-up and, per employee, the years side by side.

The folder is read in a background thread (cached, so a second look is quick). The view never
changes a file: it asks the main window to open a conversation or to start a new one.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import (
    UNREADABLE_FOLDER,
    CalendarEvent,
    DateKind,
    EmployeeRow,
    Overview,
    State,
    build_overview,
    calendar_events_for_overview,
    due_items,
    shown_path,
)
from ishoj_mus.ui.widgets.dates import DateField
from ishoj_mus.ui.widgets.i18n import file_error_text, file_problem_text, save_error_text, tr
from ishoj_mus.ui.widgets.wheel_guard import guard
from ishoj_mus.ui.year.overview_text import fmt, kind_text, short_form_title, state_text, who

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def load_any(path: str, participant: str | None = None) -> Conversation:
    """A whole conversation from a .mus file or a summary PDF. Raises MusFileError. From a group
    conversation (GRUS) file: ``participant``'s plan as their conversation."""
    from ishoj_mus.importing import load_previous_checked

    return load_previous_checked(Path(path), participant=participant).conversation


class _Scanner(QObject):
    """Reads the folder in a worker thread; the result comes back as a signal."""

    done = Signal(object, object)  # ScanResult | None, error message | None

    def __init__(self, folder: str):
        super().__init__()
        self.folder = folder

    def run(self) -> None:
        from ishoj_mus.pdf.attached import read_summary_pdf
        from ishoj_mus.storage.overview_scan import FolderMissing, scan

        try:
            result = scan(self.folder, read_summary_pdf)
        except FolderMissing:
            self.done.emit(
                None, tr("Mappen %1 findes ikke længere. Vælg en anden mappe.").replace("%1", self.folder)
            )
            return
        except Exception:  # noqa: BLE001 - the view must always come back with something
            self.done.emit(None, tr("Mappen kunne ikke læses. Prøv igen, eller vælg en anden mappe."))
            return
        self.done.emit(result, None)


class _Proxy(QSortFilterProxyModel):
    """Text search over the name and job columns, and one of the flag filters."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.text = ""
        self.flag = "all"
        self.rows: dict[str, EmployeeRow] = {}

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        key = model.index(source_row, 0, source_parent).data(KEY_ROLE)
        row = self.rows.get(key)
        if row is None:
            return False
        if self.text:
            hay = " ".join((row.name, row.employee.job_title, row.employee.workplace)).casefold()
            if self.text.casefold() not in hay:
                return False
        if self.flag == "overdue":
            return bool(row.overdue)
        if self.flag == "stale":
            return row.stale
        if self.flag == "unsigned":
            return row.latest.record.state != State.UNDERSKREVET
        return True


class _NameTakesTheRest(QObject):
    """The name column takes what the others leave – when they leave enough. At 150 % they
    did not, and a stretching name column was squeezed to 45 px ("A… J…"); then every column
    keeps its contents' width and the table scrolls sideways instead."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
        )
        room = table.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if needed <= room else QHeaderView.ResizeMode.ResizeToContents
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(0, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class OverviewView(QWidget):
    open_requested = Signal(str)  # a .mus file to open
    conversation_started = Signal(object)  # a new (unsaved) Conversation to show
    back_requested = Signal()
    folder_changed = Signal(str)

    COLUMNS = ("name", "last", "form", "state", "agreements", "deadline", "follow_up", "flags")

    def __init__(self, folder: str = "", today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self._today = today
        self.overview: Overview | None = None
        self.scan_seconds = 0.0
        self._thread: QThread | None = None
        self._scanner: _Scanner | None = None

        top = QVBoxLayout(self)
        top.setContentsMargins(16, 12, 16, 12)
        self.pages = QStackedWidget()  # the overview itself, or one employee's years
        top.addWidget(self.pages)
        self.main_page = QWidget()
        self.pages.addWidget(self.main_page)
        outer = QVBoxLayout(self.main_page)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.back_button = QPushButton(tr("← Tilbage"))
        self.back_button.setAccessibleName(tr("Tilbage"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(tr("Overblik over samtalerne"))
        title.setObjectName("stepTitle")
        head.addWidget(self.back_button)
        head.addWidget(title, 1)
        outer.addLayout(head)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(tr("Vælg mappe …"))
        self.refresh_button = QPushButton(tr("Læs igen"))
        self.refresh_button.setToolTip(tr("Læs mappen igen (F5)"))
        self.calendar_button = QPushButton(tr("Eksportér kalender …"))
        self.calendar_button.setToolTip(
            tr("Alle åbne aftalers frister og opfølgninger som en kalenderfil (.ics) til fx Outlook")
        )
        folder_row.addWidget(self.folder_label, 1)
        for b in (self.choose_button, self.refresh_button, self.calendar_button):
            folder_row.addWidget(b)
        outer.addLayout(folder_row)
        self.choose_button.clicked.connect(self.choose_folder)
        self.refresh_button.clicked.connect(self.refresh)
        self.calendar_button.clicked.connect(self.export_calendar)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        self.status = QLabel()
        self.status.setObjectName("helpText")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._build_employees_tab()
        self._build_due_tab()
        self._build_problems_tab()
        self.year_view: QWidget | None = None
        self._show_folder()

    # -- building --------------------------------------------------------------------------
    def _table(self, name: str) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setHighlightSections(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the buttons (not 88 cells); arrows move in it
        return table

    def _build_employees_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søg efter navn, stilling eller arbejdssted …"))
        self.search.setAccessibleName(tr("Søg efter medarbejder"))
        self.search.setClearButtonEnabled(True)
        self.flag_filter = QComboBox()
        guard(self.flag_filter)
        self.flag_filter.setAccessibleName(tr("Vis"))
        for text, key in (
            (tr("Alle medarbejdere"), "all"),
            (tr("Med overskredne aftaler"), "overdue"),
            (tr("Ingen samtale i 12 måneder"), "stale"),
            (tr("Ikke underskrevet"), "unsigned"),
        ):
            self.flag_filter.addItem(text, key)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.flag_filter)
        lay.addLayout(filters)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [
                tr("Medarbejder"),
                tr("Seneste\nsamtale"),
                tr("Samtale"),
                tr("Status"),
                tr("Aftaler"),
                tr("Næste\nfrist"),
                tr("Næste\nopfølgning"),
                tr("Bemærk"),
            ]
        )
        self.proxy = _Proxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table(tr("Medarbejdere og deres seneste samtale"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)  # the notes column may need two lines at 150 %
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_names = _NameTakesTheRest(self.table)
        lay.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.open_button = QPushButton(tr("Åbn samtalen"))
        self.years_button = QPushButton(tr("År for år …"))
        self.followup_button = QPushButton(tr("Start halvårsopfølgning …"))
        self.followup_button.setToolTip(
            tr(
                "En ny, kort samtale efter samtaleformen til halvårsopfølgning: deltagerne og aftalerne følger med"
            )
        )
        for b in (self.open_button, self.years_button, self.followup_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.tabs.addTab(page, tr("Medarbejdere"))
        self.search.textChanged.connect(self._filter)
        self.flag_filter.currentIndexChanged.connect(self._filter)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.open_button.clicked.connect(self.open_selected)
        self.years_button.clicked.connect(self.show_years)
        self.followup_button.clicked.connect(self.start_followup)
        self._update_buttons()

    def _build_due_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
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
        self.due_table = self._table(tr("Aftaler med frist eller opfølgning i perioden"))
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
        self.tabs.addTab(page, tr("Aftaler, der forfalder"))
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.due_from.dateChanged.connect(self._dates_edited)
        self.due_to.dateChanged.connect(self._dates_edited)
        self.due_table.activated.connect(self._open_due)
        self._period_chosen()

    def _build_problems_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        explain = QLabel(
            tr(
                "Disse filer i mappen kunne ikke læses som samtaler. De er ikke ændret. "
                "Her står hvorfor, og hvad I kan gøre."
            )
        )
        explain.setWordWrap(True)
        lay.addWidget(explain)
        self.problem_model = QStandardItemModel(0, 2, self)
        self.problem_model.setHorizontalHeaderLabels([tr("Fil"), tr("Hvorfor")])
        self.problem_table = self._table(tr("Filer, der ikke kunne læses"))
        self.problem_table.setModel(self.problem_model)
        self.problem_table.setWordWrap(True)
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.problem_table.resizeRowsToContents())
        lay.addWidget(self.problem_table, 1)
        self.problems_index = self.tabs.addTab(page, tr("Filer, der ikke kunne læses"))

    # -- the folder ------------------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def _show_folder(self) -> None:
        if self.folder:
            self.folder_label.setText(tr("Mappe: %1").replace("%1", self.folder))
        else:
            self.folder_label.setText(tr("Vælg den mappe, hvor I gemmer samtalerne. Undermapper kommer med."))
        self.refresh_button.setEnabled(bool(self.folder))

    def choose_folder(self) -> None:
        start = self.folder or ""
        chosen = QFileDialog.getExistingDirectory(self, tr("Vælg mappen med samtalerne"), start)
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_changed.emit(folder)
        self._show_folder()
        self.refresh()

    def busy(self) -> bool:
        return self._thread is not None

    def refresh(self) -> None:
        if not self.folder or self.busy():
            return
        self.status.setText(tr("Læser mappen …"))
        self.choose_button.setEnabled(False)
        self.refresh_button.setEnabled(False)
        self._thread = QThread(self)
        self._scanner = _Scanner(self.folder)
        self._scanner.moveToThread(self._thread)
        self._thread.started.connect(self._scanner.run)
        self._scanner.done.connect(self._scanned, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def _scanned(self, result: Any, error: str | None) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._scanner = None
        self.choose_button.setEnabled(True)
        self.refresh_button.setEnabled(bool(self.folder))
        if error is not None:
            self.status.setText(error)
            self.set_overview(None)
            return
        self.scan_seconds = result.seconds
        self.set_overview(build_overview(result.entries, self.today()))

    def set_overview(self, overview: Overview | None) -> None:
        self.overview = overview
        self._fill_employees()
        self._fill_due()
        self._fill_problems()
        self._update_buttons()
        if overview is None:
            return
        text = tr("Medarbejdere: %1 · samtaler: %2 · filer: %3").replace("%1", str(len(overview.rows)))
        text = text.replace("%2", str(sum(len(r.conversations) for r in overview.rows)))
        text = text.replace("%3", str(overview.file_count))
        if overview.problems:
            text += " · " + tr("kunne ikke læses: %1").replace("%1", str(len(overview.problems)))
        text += " · " + tr("pr. %1").replace("%1", fmt(overview.today))
        self.status.setText(text)

    # -- employees -------------------------------------------------------------------------
    def _fill_employees(self) -> None:
        self.model.setRowCount(0)
        rows = self.overview.rows if self.overview else ()
        self.proxy.rows = {r.key: r for r in rows}
        from ishoj_mus.ui.widgets.theme import is_dark

        # A warm mark that stays a mark in the dark theme too (not a bright block in it).
        warn_bg, warn_fg = ("#4a3212", "#ffd9a6") if is_dark() else ("#fde7c8", "#4a2a00")
        warn = QBrush(QColor(warn_bg))
        for r in rows:
            latest = r.latest.record
            flags = []
            if r.overdue:
                flags.append(tr("Overskredet: %1").replace("%1", str(len(r.overdue))))
            if r.stale:
                flags.append(tr("Ingen samtale i 12 mdr."))
            state = state_text(latest.state)
            if r.latest.mus_path is None:
                state += " " + tr("(kun PDF)")
            cells = [
                (r.name or tr("(uden navn)"), (r.name or "").casefold()),
                (fmt(latest.date), latest.when.isoformat()),
                (short_form_title(latest.form_title), latest.form_title),
                (state, list(State).index(latest.state)),
                (str(r.agreement_count), r.agreement_count),
                (fmt(r.next_deadline), r.next_deadline.isoformat() if r.next_deadline else "9"),
                (fmt(r.next_follow_up), r.next_follow_up.isoformat() if r.next_follow_up else "9"),
                ("\n".join(flags), len(r.overdue) * 2 + r.stale),
            ]
            items = []
            for text, sort in cells:
                item = QStandardItem(text)
                item.setData(sort, SORT_ROLE)
                item.setData(r.key, KEY_ROLE)
                items.append(item)
            tip = "\n".join(
                [
                    " · ".join(x for x in (r.employee.job_title, r.employee.workplace) if x),
                    *(shown_path(p) for p in r.latest.paths),
                ]
            )
            if r.latest.source.pdf_signatures:
                tip += "\n" + tr("Digitale underskrifter i PDF'en: %1 (ikke kontrolleret her).").replace(
                    "%1", str(r.latest.source.pdf_signatures)
                )
            items[0].setToolTip(tip)
            items[3].setToolTip(latest.form_title)
            items[-1].setToolTip(" · ".join(flags))
            if flags:
                items[-1].setBackground(warn)
                items[-1].setForeground(QBrush(QColor(warn_fg)))
            self.model.appendRow(items)
        self.proxy.invalidate()
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self._fit_names.fit()
        self.table.resizeRowsToContents()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _filter(self) -> None:
        self.proxy.text = self.search.text().strip()
        self.proxy.flag = self.flag_filter.currentData()
        self.proxy.invalidate()
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected_row(self) -> EmployeeRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.overview is None:
            return None
        return self.proxy.rows.get(index.data(KEY_ROLE))

    def select_employee(self, name: str) -> bool:
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data() == name:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        for b in (self.open_button, self.years_button, self.followup_button):
            b.setEnabled(has)
        self.calendar_button.setEnabled(self.overview is not None and bool(self.overview.rows))

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = row.latest
        if item.mus_path is not None:
            self.open_requested.emit(item.mus_path)
            return
        if item.pdf_path is not None:
            answer = QMessageBox.question(
                self,
                tr("Kun som PDF"),
                tr(
                    "Samtalen findes kun som underskrevet PDF i mappen. Vil du åbne PDF'en? "
                    "Du kan også starte halvårsopfølgningen ud fra den."
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(item.pdf_path))

    # -- the half-year follow-up -------------------------------------------------------------
    def start_followup(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        # The newest full MUS (not an earlier follow-up) is the one to follow up.
        item = next((c for c in row.conversations if c.record.form_id != "opfoelgning"), row.latest)
        from ishoj_mus.storage.musfile import MusFileError

        try:
            previous = load_any(item.mus_path or item.source.path, row.name)
        except MusFileError as exc:
            QMessageBox.warning(self, tr("Samtalen kunne ikke læses"), file_error_text(exc))
            return
        conv = make_followup(self, previous, Path(item.source.path).name, self.today())
        if conv is not None:
            self.conversation_started.emit(conv)

    # -- due list ----------------------------------------------------------------------------
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
                edit.setDate(_qdate(value))
                edit.blockSignals(False)
        self._fill_due()

    def _dates_edited(self) -> None:
        self._fill_due()

    def due_period(self) -> tuple[date, date]:
        return _pydate(self.due_from.date()), _pydate(self.due_to.date())

    def set_due_period(self, start: date, end: date) -> None:
        self.period.setCurrentIndex(self.period.count() - 1)
        self.due_from.setDate(_qdate(start))
        self.due_to.setDate(_qdate(end))

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
                (d.employee_name or tr("(uden navn)"), d.employee_name.casefold()),
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
            self.due_empty.setText(tr("Datoer i perioden: %1.").replace("%1", str(len(items))))

    def _open_due(self, index: QModelIndex) -> None:
        d = self._due[index.data(KEY_ROLE)]
        if d.item.mus_path is not None:
            self.open_requested.emit(d.item.mus_path)

    # -- problems ----------------------------------------------------------------------------
    def _fill_problems(self) -> None:
        self.problem_model.setRowCount(0)
        problems = self.overview.problems if self.overview else ()
        root = Path(self.folder) if self.folder else None
        for p in problems:
            shown = p.path
            if root is not None:
                try:
                    shown = str(Path(p.path).relative_to(root.resolve()))
                except ValueError:
                    pass
            if p.problem_code == UNREADABLE_FOLDER:
                shown = (shown if shown != "." else p.path) + os.sep
            name = QStandardItem(shown_path(shown))  # a name that is not UTF-8 shows U+FFFD
            name.setToolTip(shown_path(p.path))
            text = shown_path(file_problem_text(p))
            reason = QStandardItem(text)
            reason.setToolTip(text)
            self.problem_model.appendRow([name, reason])
        self.problem_table.resizeColumnToContents(0)
        self.problem_table.resizeRowsToContents()
        self.tabs.setTabText(
            self.problems_index,
            tr("Filer, der ikke kunne læses (%1)").replace("%1", str(len(problems)))
            if problems
            else tr("Filer, der ikke kunne læses"),
        )
        self.tabs.setTabEnabled(self.problems_index, bool(problems))

    # -- calendar ----------------------------------------------------------------------------
    def export_calendar(self) -> None:
        if self.overview is None:
            return
        events = calendar_events_for_overview(self.overview)
        save_calendar(self, events, tr("MUS-aftaler.ics"), self.folder)

    # -- year over year ----------------------------------------------------------------------
    def show_years(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from ishoj_mus.ui.year.year_view import YearView

        if self.year_view is not None:
            self.pages.removeWidget(self.year_view)
            self.year_view.deleteLater()
        self.year_view = YearView(row, load_any)
        self.year_view.back_requested.connect(self.show_table)
        self.year_view.open_requested.connect(self.open_requested)
        self.pages.addWidget(self.year_view)
        self.pages.setCurrentWidget(self.year_view)
        self.year_view.setFocus()

    def show_table(self) -> None:
        self.pages.setCurrentWidget(self.main_page)
        self.table.setFocus()


def make_followup(parent: QWidget, previous: Conversation, source: str, today: date) -> Conversation | None:
    """The half-year follow-up of ``previous`` on the ``opfoelgning`` form, or None (told why)."""
    from ishoj_mus.domain.form import FormError
    from ishoj_mus.domain.overview import FOLLOW_UP_FORM_ID, half_year_followup
    from ishoj_mus.storage.forms import available_forms

    form = None
    try:
        for _path, candidate in available_forms():
            if not isinstance(candidate, FormError) and candidate.id == FOLLOW_UP_FORM_ID:
                form = candidate
                break
    except (OSError, FormError):
        form = None
    if form is None:
        QMessageBox.warning(
            parent,
            tr("Ingen opfølgningsformular"),
            tr("Samtaleformen til halvårsopfølgningen findes ikke i programmet. Kontakt jeres IT-afdeling."),
        )
        return None
    return half_year_followup(previous, form, today, source)


def save_calendar(parent: QWidget, events: list[CalendarEvent], suggestion: str, folder: str = "") -> None:
    """Ask where, write the .ics, and say what is in it."""
    from ishoj_mus.storage.atomic import SaveError
    from ishoj_mus.storage.calendar_file import write_calendar

    if not events:
        QMessageBox.information(
            parent,
            tr("Ingen datoer"),
            tr("Ingen åbne aftaler har en frist eller en opfølgningsdato, så der er intet at eksportere."),
        )
        return
    from ishoj_mus.ui.widgets.save_path import ask_save_path, free_suggestion

    # never over a signed referat unasked (nor over anything else)
    chosen = ask_save_path(
        parent,
        tr("Eksportér kalender"),
        free_suggestion(folder, suggestion),
        tr("Kalenderfil (*.ics)"),
        ".ics",
    )
    if chosen is None:
        return
    path = chosen
    try:
        count = write_calendar(events, path)
    except SaveError as exc:
        QMessageBox.warning(parent, tr("Kalenderen blev ikke gemt"), save_error_text(exc))
        return
    QMessageBox.information(
        parent,
        tr("Kalenderen er gemt"),
        (
            tr(
                "Kalenderen er gemt i %2 med 1 dato. Importér filen i jeres kalender (fx Outlook). Datoen har en "
                "påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. "
                "Eksporterer I igen senere, bliver datoen opdateret i stedet for at komme to gange."
            )
            if count == 1
            else tr(
                "Kalenderen er gemt i %2 med %1 datoer. Importér filen i jeres kalender (fx Outlook). Hver dato har en "
                "påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. "
                "Eksporterer I igen senere, bliver datoerne opdateret i stedet for at komme to gange."
            )
        )
        .replace("%1", str(count))
        .replace("%2", str(path)),
    )
