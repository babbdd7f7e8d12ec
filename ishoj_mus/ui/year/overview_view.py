"""The leader's overview: every employee in a chosen folder, what is due, the calendar export,
the half-year follow-up and, per employee, the years side by side.

The folder is read in a background thread (cached, so a second look is quick). The view never
changes a file: it asks the main window to open a conversation or to start a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QThread,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
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

from ishoj_mus.domain.calendar_events import CalendarEvent, calendar_events_for_overview
from ishoj_mus.domain.codes import State
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import EmployeeRow, Overview, build_overview, shown_path
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.overview_scan import PdfReader, ScanResult
from ishoj_mus.text import Phrase, fill, form_title_text, phrase
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import file_error_text
from ishoj_mus.ui.widgets.i18n import capitalised, tr
from ishoj_mus.ui.widgets.keys import key_shortcuts
from ishoj_mus.ui.widgets.theme import is_dark
from ishoj_mus.ui.widgets.wheel_guard import guard
from ishoj_mus.ui.year.due_tab import DueTab
from ishoj_mus.ui.year.employee_table import EmployeeFilter, NameTakesTheRest
from ishoj_mus.ui.year.flows import make_followup
from ishoj_mus.ui.year.overview_text import fmt, short_form_title, state_text
from ishoj_mus.ui.year.problems_tab import ProblemsTab
from ishoj_mus.ui.year.reading import FolderScanner
from ishoj_mus.ui.year.tables import KEY_ROLE, SORT_ROLE, make_table
from ishoj_mus.ui.year.year_view import YearView

# What the overview is handed by whoever shows it, rather than importing it: reading one
# conversation (ui/year/loading.py), writing a calendar (ui/year/calendar_export.py) and reading a
# summary PDF's data in the folder (pdf.attached, ``read_pdf``). Each loads its own machinery (the
# file checks, icalendar, pikepdf), which opening the overview does not need; the window hands them
# in through the start-up seam, so they load when first used.
LoadConversation = Callable[[str, str | None], Conversation]
SaveCalendar = Callable[[QWidget, list[CalendarEvent], str, str], None]


class OverviewView(QWidget):
    open_requested = Signal(str)  # a .mus file to open
    conversation_started = Signal(object)  # a new (unsaved) Conversation to show
    back_requested = Signal()
    folder_changed = Signal(str)

    COLUMNS = ("name", "last", "form", "state", "agreements", "deadline", "follow_up", "flags")

    def __init__(
        self,
        folder: str = "",
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        load: LoadConversation,
        save_calendar: SaveCalendar,
        read_pdf: PdfReader,
    ):
        super().__init__(parent)
        self.folder = folder
        self._today = today
        self._load, self._save_calendar, self._read_pdf = load, save_calendar, read_pdf
        self.overview: Overview | None = None
        self.scan_seconds = 0.0
        self._thread: QThread | None = None
        self._scanner: FolderScanner | None = None

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
        key_shortcuts("refresh", self, self.refresh)  # the program's keys (widgets/keys.py)

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
        return make_table(name)

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
        self.proxy = EmployeeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table(tr("Medarbejdere og deres seneste samtale"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)  # the notes column may need two lines at 150 %
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_names = NameTakesTheRest(self.table)
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
        self.due = DueTab(self.today)
        self.tabs.addTab(self.due, tr("Aftaler, der forfalder"))
        self.due.open_requested.connect(self.open_requested)
        # the tab's parts, as the tests and the window knew them
        self.period, self.due_from, self.due_to = self.due.period, self.due.due_from, self.due.due_to
        self.due_model, self.due_table, self.due_empty = (
            self.due.due_model,
            self.due.due_table,
            self.due.due_empty,
        )

    def _build_problems_tab(self) -> None:
        self.problems = ProblemsTab()
        self.problem_model, self.problem_table = self.problems.problem_model, self.problems.problem_table
        self.problems_index = self.tabs.addTab(self.problems, phrase(Phrase.UNREADABLE_FILES, tr))

    # -- the folder ------------------------------------------------------------------------
    def today(self) -> date:
        return self._today or date.today()

    def _show_folder(self) -> None:
        if self.folder:
            self.folder_label.setText(fill(tr("Mappe: %1"), self.folder))
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
        self._scanner = FolderScanner(self.folder, self._read_pdf)
        self._scanner.moveToThread(self._thread)
        self._thread.started.connect(self._scanner.run)
        self._scanner.done.connect(self._scanned, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def _scanned(self, result: ScanResult | None, error: str | None) -> None:
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
        assert result is not None  # the scanner sends a result or an error
        self.scan_seconds = result.seconds
        self.set_overview(build_overview(result.entries, self.today()))

    def set_overview(self, overview: Overview | None) -> None:
        self.overview = overview
        self._fill_employees()
        self.due.fill(self.overview)
        self._fill_problems()
        self._update_buttons()
        if overview is None:
            return
        text = fill(
            tr("Medarbejdere: %1 · samtaler: %2 · filer: %3"),
            str(len(overview.rows)),
            str(sum(len(r.conversations) for r in overview.rows)),
            str(overview.file_count),
        )
        if overview.problems:
            text += " · " + fill(tr("kunne ikke læses: %1"), str(len(overview.problems)))
        text += " · " + fill(tr("pr. %1"), fmt(overview.today))
        self.status.setText(text)

    # -- employees -------------------------------------------------------------------------
    def _fill_employees(self) -> None:
        self.model.setRowCount(0)
        rows = self.overview.rows if self.overview else ()
        self.proxy.rows = {r.key: r for r in rows}
        # A warm mark that stays a mark in the dark theme too (not a bright block in it).
        warn_bg, warn_fg = ("#4a3212", "#ffd9a6") if is_dark() else ("#fde7c8", "#4a2a00")
        warn = QBrush(QColor(warn_bg))
        for r in rows:
            latest = r.latest.record
            flags = []
            if r.overdue:
                flags.append(fill(tr("Overskredet: %1"), str(len(r.overdue))))
            if r.stale:
                flags.append(capitalised(phrase(Phrase.STALE, tr)))
            state = state_text(latest.state)
            if r.latest.mus_path is None:
                state += " " + tr("(kun PDF)")
            cells = [
                (r.name or phrase(Phrase.NO_NAME, tr), (r.name or "").casefold()),
                (fmt(latest.date), latest.when.isoformat()),
                (short_form_title(form_title_text(latest.form_title, tr)), latest.form_title),
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
                tip += "\n" + fill(
                    tr("Digitale underskrifter i PDF'en: %1 (ikke kontrolleret her)."),
                    str(r.latest.source.pdf_signatures),
                )
            items[0].setToolTip(tip)
            items[2].setToolTip(form_title_text(latest.form_title, tr))  # the conversation column
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
            answer = messages.question(
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
        try:
            previous = self._load(item.mus_path or item.source.path, row.name)
        except MusFileError as exc:
            messages.warning(self, tr("Samtalen kunne ikke læses"), file_error_text(exc))
            return
        conv = make_followup(self, previous, Path(item.source.path).name, self.today())
        if conv is not None:
            self.conversation_started.emit(conv)

    # -- due list ----------------------------------------------------------------------------
    def due_period(self) -> tuple[date, date]:
        return self.due.due_period()

    def set_due_period(self, start: date, end: date) -> None:
        self.due.set_due_period(start, end)

    # -- problems ----------------------------------------------------------------------------
    def _fill_problems(self) -> None:
        count = self.problems.fill(self.overview, self.folder)
        self.tabs.setTabText(
            self.problems_index,
            f"{phrase(Phrase.UNREADABLE_FILES, tr)} ({count})"
            if count
            else phrase(Phrase.UNREADABLE_FILES, tr),
        )
        self.tabs.setTabEnabled(self.problems_index, bool(count))

    # -- calendar ----------------------------------------------------------------------------
    def export_calendar(self) -> None:
        if self.overview is None:
            return
        events = calendar_events_for_overview(self.overview)
        self._save_calendar(self, events, tr("MUS-aftaler.ics"), self.folder)

    # -- year over year ----------------------------------------------------------------------
    def show_years(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if self.year_view is not None:
            self.pages.removeWidget(self.year_view)
            self.year_view.deleteLater()
        load = self._load
        self.year_view = YearView(row, lambda path: load(path, row.name))  # a GRUS file: their plan
        self.year_view.back_requested.connect(self.show_table)
        self.year_view.open_requested.connect(self.open_requested)
        self.pages.addWidget(self.year_view)
        self.pages.setCurrentWidget(self.year_view)
        self.year_view.setFocus()

    def show_table(self) -> None:
        self.pages.setCurrentWidget(self.main_page)
        self.table.setFocus()
