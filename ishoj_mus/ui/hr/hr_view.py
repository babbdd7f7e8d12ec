"""HR's desk: check many referater at once, see what each one is, and prepare them for filing.

Open or drop PDFs or folders; each file is checked by the same judgement as ``ishoj-mus
verify`` (``ishoj_mus.pdf.batch`` runs it in worker processes, off the GUI thread, with progress
and cancel). The table shows one row per file; the details pane everything ``verify`` says.
"Klargør til journalisering …" copies what may be filed into a folder with a manifest
(``ishoj_mus.pdf.hr_filing``); UBEKRÆFTET files only after an explicit choice. No file is ever
changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QBrush, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.pdf.batch import CheckedFile, collect, severity
from ishoj_mus.pdf.hr_filing import BatchRow, FilingPlan, analyse
from ishoj_mus.text import fill, visible
from ishoj_mus.ui.hr.checker import Checker
from ishoj_mus.ui.hr.columns import ColumnFit
from ishoj_mus.ui.hr.details import details_text
from ishoj_mus.ui.hr.filing_steps import FilingSteps
from ishoj_mus.ui.hr.row_words import file_count, filing_text, newer_text, row_cells
from ishoj_mus.ui.hr.texts import (
    detail_reason,
    filing_reason,
    verdict_colour,
    verdict_hint,
    verdict_text,
)
from ishoj_mus.ui.widgets import folders
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.keys import key_shortcuts

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class HrDeskView(FilingSteps):
    back_requested = Signal()
    check_finished = Signal()  # the table is complete (or the check was cancelled)

    COLUMNS = (
        "verdict", "paper", "employee", "filing", "leader", "date", "signer", "is_leader", "version",
        "newer", "timestamp", "file",
    )  # fmt: skip

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        extra_trust: list[Path] | None = None,
        now: str | None = None,
        start_folders: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        # Where the open dialogs start: the folder last checked here, else the caller's folders
        # (the documents folder, where the last file was saved), never the program's own folder.
        self.start_folders = start_folders
        self._last_folder = ""
        self.skipped_note = ""  # our own .mus files left out of the last check (said in the status)
        self._refit_pending = False  # a font or style change waits for one turn (changeEvent)
        self.extra_trust = list(extra_trust or [])
        self.now = now  # the judgement's clock (tests)
        self.items: list[CheckedFile] = []
        self.rows: list[BatchRow] = []
        self.plans: list[FilingPlan] = []
        self._paths: list[Path] = []
        self._thread: QThread | None = None
        self._checker: Checker | None = None
        self._cancelled = False
        self._row_index: dict[str, int] = {}  # path -> source row
        self._rows_by_path: dict[str, BatchRow] = {}
        self.setAcceptDrops(True)

        top = QVBoxLayout(self)
        top.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        self.back_button = QPushButton(tr("← Tilbage"))
        self.back_button.setAccessibleName(tr("Tilbage"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(tr("Kontrollér referater"))
        title.setObjectName("stepTitle")
        head.addWidget(self.back_button)
        head.addWidget(title, 1)
        top.addLayout(head)

        intro = QLabel(
            tr(
                "Åbn eller træk PDF'er eller en mappe hertil. Hver fil kontrolleres som med »ishoj-mus "
                "verify«: er den uændret, hvem har signeret, og hvilket papir er det? Ingen fil bliver ændret."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("helpText")
        top.addWidget(intro)

        buttons = QHBoxLayout()
        self.files_button = QPushButton(tr("Åbn fi&ler …"))
        self.folder_button = QPushButton(tr("Åbn &mappe …"))
        self.again_button = QPushButton(tr("Kontrollér ig&en"))
        self.again_button.setToolTip(tr("Kontrollér de samme filer igen (F5)"))
        self.cancel_button = QPushButton(tr("&Afbryd"))
        self.cancel_button.setToolTip(tr("Stop kontrollen (Esc); de kontrollerede filer bliver stående"))
        self.file_button = QPushButton(tr("Klargør til &journalisering …"))
        self.file_button.setToolTip(
            tr("Kopiér de gyldige HR-udgaver til en mappe, navngivet til personalesagen, med et manifest")
        )
        for b in (
            self.files_button,
            self.folder_button,
            self.again_button,
            self.cancel_button,
            self.file_button,
        ):
            b.setMinimumHeight(32)
            buttons.addWidget(b)
        buttons.addStretch(1)
        top.addLayout(buttons)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.again_button.clicked.connect(self.check_again)
        self.cancel_button.clicked.connect(self.cancel)
        self.file_button.clicked.connect(self.prepare_filing)
        key_shortcuts("refresh", self, self.check_again)  # the program's keys (widgets/keys.py)
        key_shortcuts("cancel", self, self.cancel)

        progress_row = QHBoxLayout()
        self.status = QLabel(tr("Ingen filer endnu."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Status for kontrollen"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Kontrollens fremdrift"))
        self.progress.setVisible(False)
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        top.addLayout(progress_row)

        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        headings = {
            "verdict": tr("Kontrol"),
            "paper": tr("Papir"),
            "employee": tr("Medarbejder"),
            "filing": tr("Journalisering"),
            "leader": tr("Leder"),
            "date": tr("Samtalens dato"),
            "signer": tr("Signeret af"),
            "is_leader": tr("Signeret af lederen"),
            "version": tr("Version"),
            "newer": tr("Nyere version i bunken"),
            "timestamp": tr("Tidsstempel"),
            "file": tr("Fil"),
        }
        self.model.setHorizontalHeaderLabels([headings[key] for key in self.COLUMNS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Kontrollerede filer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the details; arrows move in the table
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Alt, kontrollen siger om filen"))
        self.details.setPlaceholderText(tr("Vælg en fil i tabellen for at se alt, kontrollen siger om den."))
        self.details.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        top.addWidget(splitter, 1)
        self._columns = ColumnFit(self.table, self.model, len(self.COLUMNS))
        self._fit_columns()  # the headings fit before any file is checked (walk: cut at 100 and 150 %)
        self._update_buttons()

    # -- choosing files --------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Vælg referater"), self.start_folder(), tr("PDF-filer (*.pdf);;Alle filer (*)")
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.check_paths([Path(n) for n in names])

    def start_folder(self) -> str:
        """Where the open dialogs start (walk F28: not the program's folder, 342 files UNREADABLE)."""
        return folders.start_folder(self._last_folder, *self.start_folders)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Vælg en mappe med referater"), self.start_folder()
        )
        if folder:
            self._last_folder = folder
            self.check_paths([Path(folder)])

    def dragEnterEvent(self, event: QDropEvent) -> None:  # noqa: N802  (a QDragEnterEvent)
        if event.mimeData().hasUrls() and not self.busy():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and not self.busy():
            event.acceptProposedAction()
            self.check_paths(paths)

    # -- checking ---------------------------------------------------------------------------
    def busy(self) -> bool:
        return self._thread is not None

    def check_again(self) -> None:
        if self._paths and not self.busy():
            self.check_paths(self._paths)

    def check_paths(self, paths: list[Path]) -> None:
        if self.busy():
            return
        self._paths = list(paths)
        files, notes = collect(paths)
        notes = [detail_reason(note) for note in notes]  # the window's language
        # Our own conversation and preparation files (.mus) found in a folder are not PDFs to
        # check: said once, plainly, instead of a row "ULÆSELIG" each (walk F28).
        given = {str(p) for p in paths}
        own = [f for f in files if f.suffix.lower() == ".mus" and str(f) not in given]
        self.skipped_note = ""
        if own:
            files = [f for f in files if f not in own]
            self.skipped_note = (
                fill(tr("%1 samtalefiler (.mus) er sprunget over: de er ikke PDF'er."), str(len(own)))
                if len(own) != 1
                else tr("1 samtalefil (.mus) er sprunget over: den er ikke en PDF.")
            )
            notes.append(self.skipped_note)
        self.items, self.rows, self.plans = [], [], []
        self._rows_by_path = {}
        self.model.removeRows(0, self.model.rowCount())
        self.details.clear()
        if not files:
            self.status.setText(" ".join([tr("Der er ingen filer i det, du har valgt."), *notes]))
            self._update_buttons()
            return
        self.table.setSortingEnabled(False)
        self._row_index = {}
        self._columns.forget()
        for path in files:
            self._row_index[str(path)] = self.model.rowCount()
            cells = [QStandardItem("") for _ in self.COLUMNS]
            cells[0].setText(tr("Venter …"))
            cells[-1].setText(visible(path.name))
            cells[-1].setToolTip(visible(str(path)))
            self._measure(len(self.COLUMNS) - 1, cells[-1].text())
            for cell in cells:
                cell.setData(str(path), ROW_ROLE)
            self.model.appendRow(cells)
        self._fit_columns()
        self._cancelled = False
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(fill(tr("Kontrollerer %1 …"), file_count(len(files))) + " ".join(notes))
        self._thread = QThread(self)
        self._checker = Checker(files, self.extra_trust, self.now)
        self._checker.moveToThread(self._thread)
        self._thread.started.connect(self._checker.run)
        self._checker.checked.connect(self._one_checked, Qt.ConnectionType.QueuedConnection)
        self._checker.finished.connect(self._all_checked, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self._checker is not None:
            self._cancelled = True
            self._checker.stop.set()
            self.status.setText(tr("Stopper kontrollen …"))

    def _row_of(self, path: Path) -> int:
        """The source model's row of ``path`` (rows are never moved there; sorting is the proxy's)."""
        return self._row_index.get(str(path), -1)

    def _one_checked(self, done: int, total: int, item: CheckedFile) -> None:
        self.progress.setValue(done)
        if not self._cancelled:
            self.status.setText(fill(tr("Kontrollerer: %1 af %2 …"), str(done), file_count(total)))
        row = self._row_of(item.path)
        if row >= 0:
            batch_row = BatchRow(item)
            self._rows_by_path[str(item.path)] = batch_row
            self._fill_row(row, batch_row, None)

    def _all_checked(self, results: list[CheckedFile], error: str | None) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._checker = None
        self.progress.setVisible(False)
        if error is not None:
            self.status.setText(error)
            self.model.removeRows(0, self.model.rowCount())
            self._update_buttons()
            self.check_finished.emit()
            return
        self.items = results
        self.rows = analyse(results)
        self._rows_by_path = {str(r.checked.path): r for r in self.rows}
        self._refresh_plans()
        if self._cancelled:
            reached = {str(r.checked.path) for r in self.rows}
            for row in range(self.model.rowCount() - 1, -1, -1):
                if self.model.item(row, 0).data(ROW_ROLE) not in reached:
                    self.model.removeRow(row)
            self._row_index = {
                self.model.item(row, 0).data(ROW_ROLE): row for row in range(self.model.rowCount())
            }
        # The table's layout in a turn of its own, so no single event takes long (issue 23: the
        # window handles every event within 50 ms during a 200-file check).
        QTimer.singleShot(0, self._finish_table)

    def _finish_table(self) -> None:
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the worst first
        self._fit_columns()
        self._say_tally()
        self._update_buttons()
        if self.proxy.rowCount():
            self.table.selectRow(0)  # the worst file first
            self._show_details(self.table.currentIndex(), QModelIndex())
        self.check_finished.emit()

    def _show_plans(self, plans: list[FilingPlan]) -> None:
        """Only what the whole batch decides: the newer version and the filing column (the rest
        of each row was filled as its file was checked; refilling 200 rows took ≈ 60 ms)."""
        newer_column, filing_column = self.COLUMNS.index("newer"), self.COLUMNS.index("filing")
        for plan in plans:
            row = self._row_of(plan.row.checked.path)
            if row < 0:
                continue
            newer = self.model.item(row, newer_column)
            text = newer_text(plan.row)
            if newer.text() != text:
                newer.setText(text)
                newer.setData(text, SORT_ROLE)
                self._measure(newer_column, text)
            filing = self.model.item(row, filing_column)
            text = filing_text(plan)
            filing.setText(text)
            filing.setData(text, SORT_ROLE)
            self._measure(filing_column, text)
            filing.setToolTip(filing_reason(plan.reason, plan.row.result) or plan.name)

    def _fit_columns(self, remeasure: bool = False) -> None:
        """Every column as wide as its widest text (columns.py); ``remeasure``: the font changed."""
        self._columns.fit(remeasure)

    def _measure(self, column: int, text: str) -> None:
        self._columns.measure(column, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._refit_pending:
            # the table's own font follows in the same turn: measure on the next one
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        if not self.busy():
            self._columns.forget()
            self._fit_columns(remeasure=True)

    def _say_tally(self) -> None:
        by_kind: dict[tuple[str, int], int] = {}
        for item in self.items:
            kind = (item.result.verdict.value, item.result.exit_code)
            by_kind[kind] = by_kind.get(kind, 0) + 1
        counts: dict[str, int] = {}
        for kind, n in by_kind.items():
            word = verdict_text(
                next(i.result for i in self.items if (i.result.verdict.value, i.result.exit_code) == kind)
            )
            counts[word] = counts.get(word, 0) + n
        text = ", ".join(f"{n} {word}" for word, n in sorted(counts.items()))
        head = fill(tr("Kontrolleret: %1"), file_count(len(self.items)))
        if self._cancelled:
            head = fill(tr("Kontrollen blev stoppet efter %1"), file_count(len(self.items)))
        said = f"{head} – {text}." if text else head + "."
        self.status.setText(f"{said} {self.skipped_note}" if self.skipped_note else said)

    # -- the table --------------------------------------------------------------------------
    def _fill_row(self, row: int, batch_row: BatchRow, plan: FilingPlan | None) -> None:
        r = batch_row.result
        signer = r.leader_signer
        texts = row_cells(batch_row, plan)
        sorts: dict[str, str | int] = dict(texts)
        # worst first; within a verdict, the files in the order they were found (sorted by name)
        sorts["verdict"] = severity(r.exit_code) * 100_000 + (99_999 - row)
        sorts["version"] = r.version or 0
        for column, key in enumerate(self.COLUMNS):
            cell = self.model.item(row, column)
            cell.setText(texts[key])
            cell.setData(sorts[key], SORT_ROLE)
            self._measure(column, texts[key])
        verdict_cell = self.model.item(row, 0)
        verdict_cell.setBackground(QBrush(verdict_colour(r)))
        verdict_cell.setForeground(QBrush(Qt.GlobalColor.black))
        verdict_cell.setToolTip(verdict_hint(r))
        verdict_cell.setData(f"{texts['verdict']}. {verdict_hint(r)}", Qt.ItemDataRole.AccessibleTextRole)
        if signer is not None and not signer.is_leader:
            self.model.item(row, self.COLUMNS.index("is_leader")).setToolTip(
                detail_reason(signer.reason) or tr("Underskriveren er ikke genkendt som samtalens leder.")
            )
        if plan is not None:
            self.model.item(row, self.COLUMNS.index("filing")).setToolTip(
                filing_reason(plan.reason, plan.row.result) or plan.name
            )

    def row_texts(self) -> list[dict[str, str]]:
        """What the table shows, one dict per row in the table's order (for tests and a11y)."""
        rows = []
        for row in range(self.proxy.rowCount()):
            rows.append({key: self.proxy.index(row, c).data() or "" for c, key in enumerate(self.COLUMNS)})
        return rows

    def _batch_row(self, index: QModelIndex) -> BatchRow | None:
        if not index.isValid():
            return None
        key = index.sibling(index.row(), 0).data(ROW_ROLE)
        return self._rows_by_path.get(key) if key is not None else None

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self._batch_row(current)
        if row is None:
            self.details.clear()
            return
        self.details.setPlainText(details_text(row, self.plans))

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.files_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)
        self.again_button.setEnabled(not busy and bool(self._paths))
        self.cancel_button.setEnabled(busy)
        self.file_button.setEnabled(not busy and bool(self.rows))

    def shutdown(self) -> None:
        """Stop a running check (the window is closing)."""
        if self._checker is not None:
            self._checker.stop.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(60_000)
