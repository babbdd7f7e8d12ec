"""HR's desk: check many referater at once, see what each one is, and prepare them for filing.

Open or drop PDFs or folders; each file is checked by the same judgement as ``ishoj-mus
verify`` (``ishoj_mus.pdf.batch`` runs it in worker processes, off the GUI thread, with progress
and cancel). The table shows one row per file; the details pane everything ``verify`` says.
"Klargør til journalisering …" copies what may be filed into a folder with a manifest
(``ishoj_mus.pdf.hr_filing``); UBEKRÆFTET files only after an explicit choice. No file is ever
changed.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.pdf.batch import CheckedFile, severity
from ishoj_mus.pdf.hr_filing import BatchRow, Decision, FilingPlan, analyse, plan_filing
from ishoj_mus.pdf.verify_result import Judgement, Paper
from ishoj_mus.text import visible
from ishoj_mus.ui.hr.texts import (
    detail_lines,
    detail_reason,
    filing_reason,
    paper_text,
    verdict_colour,
    verdict_hint,
    verdict_text,
)
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.moments import format_moment
from ishoj_mus.ui.widgets.profile_words import organisation_error_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class _Checker(QObject):
    """Runs ``batch.check_files`` in a QThread; one signal per file, one at the end."""

    checked = Signal(int, int, object)  # done, total, CheckedFile
    finished = Signal(object, object)  # list[CheckedFile], error message | None

    def __init__(self, paths: list[Path], extra_trust: list[Path], now: str | None):
        super().__init__()
        self.paths = paths
        self.extra_trust = extra_trust
        self.now = now
        self.stop = threading.Event()

    def run(self) -> None:
        from ishoj_mus.pdf.batch import check_files
        from ishoj_mus.pdf.judge import TrustSettingsError

        try:
            results = check_files(
                self.paths,
                self.extra_trust,
                now=self.now,
                progress=lambda done, total, item: self.checked.emit(done, total, item),
                cancelled=self.stop.is_set,
                background=True,
            )
        except TrustSettingsError as exc:
            error = detail_reason(exc.message)
            if exc.organisation_error is not None:
                error = organisation_error_text(exc.organisation_error)
            self.finished.emit([], error)
            return
        except Exception:  # noqa: BLE001 – the view must always come back with something
            self.finished.emit([], tr("Kontrollen kunne ikke gennemføres. Prøv igen."))
            return
        self.finished.emit(results, None)


class HrDeskView(QWidget):
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
        self._checker: _Checker | None = None
        self._cancelled = False
        self._row_index: dict[str, int] = {}  # path -> source row
        self._rows_by_path: dict[str, BatchRow] = {}
        self._widths = [0] * len(self.COLUMNS)  # widest text per column, in pixels
        self._fm_cache: dict[str, int] = {}
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
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.check_again)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)

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
        from ishoj_mus.ui.widgets.folders import start_folder

        return start_folder(self._last_folder, *self.start_folders)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Vælg en mappe med referater"), self.start_folder()
        )
        if folder:
            self._last_folder = folder
            self.check_paths([Path(folder)])

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and not self.busy():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
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
        from ishoj_mus.pdf.batch import collect

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
                tr("%1 samtalefiler (.mus) er sprunget over: de er ikke PDF'er.").replace("%1", str(len(own)))
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
        self._widths = [0] * len(self.COLUMNS)
        self._fm_cache = {}
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
        self.status.setText(tr("Kontrollerer %1 …").replace("%1", _files(len(files))) + " ".join(notes))
        self._thread = QThread(self)
        self._checker = _Checker(files, self.extra_trust, self.now)
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
            self.status.setText(
                tr("Kontrollerer: %1 af %2 …").replace("%1", str(done)).replace("%2", _files(total))
            )
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

    def _refresh_plans(self, folder: Path | None = None) -> None:
        from ishoj_mus.storage.filing import FilingSettings, load_filing_settings
        from ishoj_mus.storage.organisation import OrganisationError

        try:
            self.settings = load_filing_settings()
        except OrganisationError:
            self.settings = FilingSettings()
        target = folder or Path("/nonexistent-filing-folder")
        self.plans = plan_filing(self.rows, self.settings, target, include_unconfirmed=True)
        self._show_plans(self.plans)

    def _show_plans(self, plans: list[FilingPlan]) -> None:
        """Only what the whole batch decides: the newer version and the filing column (the rest
        of each row was filled as its file was checked; refilling 200 rows took ≈ 60 ms)."""
        newer_column, filing_column = self.COLUMNS.index("newer"), self.COLUMNS.index("filing")
        for plan in plans:
            row = self._row_of(plan.row.checked.path)
            if row < 0:
                continue
            newer = self.model.item(row, newer_column)
            text = _newer_text(plan.row)
            if newer.text() != text:
                newer.setText(text)
                newer.setData(text, SORT_ROLE)
                self._measure(newer_column, text)
            filing = self.model.item(row, filing_column)
            text = _filing_text(plan)
            filing.setText(text)
            filing.setData(text, SORT_ROLE)
            self._measure(filing_column, text)
            filing.setToolTip(filing_reason(plan.reason, plan.row.result) or plan.name)

    def _fit_columns(self, remeasure: bool = False) -> None:
        """Every column as wide as its widest text. The widths are measured as the rows are
        filled (``_measure``), a few texts per event: Qt's resizeColumnToContents asks every
        row's delegate at once (≈ 50 ms for 200 rows at 150 %), and with a row limit a long name
        further down would be cut. ``remeasure``: the font changed (zoom)."""
        from PySide6.QtWidgets import QStyle

        if remeasure:
            self._widths = [0] * len(self.COLUMNS)
            for row in range(self.model.rowCount()):
                for column in range(len(self.COLUMNS)):
                    self._measure(column, self.model.item(row, column).text())
        header_fm = self.table.horizontalHeader().fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        sort_room = self.table.fontMetrics().height() + 8  # the header's sort arrow
        for column in range(len(self.COLUMNS) - 1):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(
                column, max(header_fm.horizontalAdvance(heading) + sort_room, self._widths[column] + margin)
            )

    def _measure(self, column: int, text: str) -> None:
        width = self._fm_cache.get(text)
        if width is None:
            width = self._fm_cache[text] = self.table.fontMetrics().horizontalAdvance(text)
        if width > self._widths[column]:
            self._widths[column] = width

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self._refit_pending:
            # the table's own font follows in the same turn: measure on the next one
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        if not self.busy():
            self._fm_cache = {}
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
        head = tr("Kontrolleret: %1").replace("%1", _files(len(self.items)))
        if self._cancelled:
            head = tr("Kontrollen blev stoppet efter %1").replace("%1", _files(len(self.items)))
        said = f"{head} – {text}." if text else head + "."
        self.status.setText(f"{said} {self.skipped_note}" if self.skipped_note else said)

    # -- the table --------------------------------------------------------------------------
    def _fill_row(self, row: int, batch_row: BatchRow, plan: FilingPlan | None) -> None:
        r = batch_row.result
        signer = r.leader_signer
        stamp = next((t for t in r.timestamps if t.trusted), r.timestamps[0] if r.timestamps else None)
        version = ""
        if r.version is not None:
            version = str(r.version)
            if r.replaces_signed_at:
                version = tr("%1 (erstatter %2, underskrevet %3)").replace("%1", str(r.version))
                version = version.replace("%2", str(r.version - 1)).replace("%3", _when(r.replaces_signed_at))
        newer = _newer_text(batch_row)
        is_leader = ""
        if signer is not None:
            is_leader = tr("Ja") if signer.is_leader else tr("NEJ")
        if r.verdict == Judgement.AENDRET:
            is_leader = "–"  # a changed file's signer is not judged
        texts = {
            "verdict": verdict_text(r),
            "paper": paper_text(r.edition),
            "employee": r.employee or "",
            "filing": _filing_text(plan),
            "leader": r.leader or "",
            "date": _date_text(batch_row.checked),
            "signer": signer.name if signer else "",
            "is_leader": is_leader,
            "version": version,
            "newer": newer,
            "timestamp": tr("%1 fra %2").replace("%1", _when(stamp.at)).replace("%2", stamp.authority)
            if stamp
            else "",
            "file": visible(batch_row.checked.path.name),
        }
        sorts: dict[str, Any] = dict(texts)
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
        r = row.result
        lines = [visible(str(row.checked.path)), verdict_text(r) + " – " + verdict_hint(r), ""]
        lines += r.lines if language() == "da" else detail_lines(r)  # verify's own lines in Danish
        plan = next((p for p in self.plans if p.row.checked is row.checked), None)
        if row.newer is not None:
            lines.append(
                tr("Nyere version i bunken: version %1 i »%2«.")
                .replace("%1", str(row.newer.result.version))
                .replace("%2", visible(row.newer.path.name))
            )
        if row.replaces is not None:
            lines.append(
                tr("Erstatter version %1 i »%2«, som også er i bunken.")
                .replace("%1", str(row.replaces.result.version))
                .replace("%2", visible(row.replaces.path.name))
            )
        if row.checked.filing:
            lines.append("")
            lines.append(tr("Journaliseringsdata i filen (XMP):"))
            for key, value in sorted(row.checked.filing.items()):
                lines.append(f"  {key}: {visible(value)}")
        if plan is not None:
            lines.append("")
            reason = plan.reason
            if reason and language() != "da":  # verify's Danish: said once, above, in English
                reason = "" if r.message and reason.endswith(r.message) else detail_reason(reason)
            lines.append(_filing_text(plan) + (f": {reason}" if reason else f" – {plan.name}"))
        if row.checked.sha256:
            lines.append(tr("SHA-256 af filen: %1").replace("%1", row.checked.sha256))
        self.details.setPlainText("\n".join(lines))

    # -- filing -----------------------------------------------------------------------------
    def prepare_filing(self) -> None:
        from ishoj_mus.pdf.hr_filing import FilingError, file_batch

        if self.busy() or not self.rows:
            return
        fileable = [p for p in self.plans if p.decision == Decision.FILE]
        unconfirmed = [p for p in fileable if p.row.result.verdict == Judgement.UBEKRAEFTET]
        if not fileable:
            messages.information(
                self,
                tr("Klargør til journalisering"),
                tr("Ingen af filerne kan journaliseres. Se kolonnen »Journalisering«."),
            )
            return
        include_unconfirmed = False
        if unconfirmed:
            answer = self.ask_include_unconfirmed(len(unconfirmed))
            if answer is None:
                return
            include_unconfirmed = answer
        folder = self.ask_filing_folder()
        if not folder:
            return
        try:
            outcome = file_batch(
                self.rows, Path(folder), self.settings, include_unconfirmed=include_unconfirmed
            )
        except FilingError as exc:
            messages.warning(self, tr("Klargør til journalisering"), detail_reason(str(exc)))
            return
        self.last_outcome = outcome
        plans = outcome.filed + outcome.refused
        self._show_plans(plans)
        self._fit_columns()
        self.plans = plans
        filed, refused = len(outcome.filed), len(outcome.refused)
        text = (
            tr(
                "%1 lagt i %2, klar til journalisering. %3 er ikke med (se kolonnen »Journalisering«). Manifestet ligger i mappen: %4"
            )
            .replace("%1", _files(filed))
            .replace("%2", str(outcome.folder))
            .replace("%3", str(refused))
            .replace("%4", outcome.manifest_csv.name if outcome.manifest_csv else "")
        )
        self.status.setText(text)
        self.filing_done(text)

    def ask_include_unconfirmed(self, count: int) -> bool | None:
        """Whether UBEKRÆFTEDE HR editions go along (None: cancel). An explicit choice; the
        default button files only the valid ones."""
        box = messages.plain_box(QMessageBox.Icon.Warning, parent=self)
        box.setWindowTitle(tr("UBEKRÆFTEDE referater"))
        box.setText(
            tr(
                "%1 af filerne er UBEKRÆFTEDE: uændrede, men underskriveren er ikke bekræftet som "
                "samtalens leder. Skal de journaliseres sammen med de gyldige?"
            ).replace("%1", str(count))
            if count != 1
            else tr(
                "1 af filerne er UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet som "
                "samtalens leder. Skal den journaliseres sammen med de gyldige?"
            )
        )
        only_valid = box.addButton(tr("Kun de &gyldige"), QMessageBox.ButtonRole.AcceptRole)
        also = box.addButton(tr("&Også de ubekræftede"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(only_valid)
        box.exec()
        clicked = box.clickedButton()
        if clicked is also:
            return True
        return False if clicked is only_valid else None

    def ask_filing_folder(self) -> str:
        """The filing folder (a dialog; tests replace this)."""
        return QFileDialog.getExistingDirectory(self, tr("Vælg mappen til journalisering"))

    def filing_done(self, text: str) -> None:
        messages.information(self, tr("Klargør til journalisering"), text)

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


def _files(n: int) -> str:
    return tr("1 fil") if n == 1 else tr("%1 filer").replace("%1", str(n))


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_moment(dt.datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return visible(iso)


def _date_text(checked: CheckedFile) -> str:
    raw = checked.facts.get("date") or checked.filing.get("conversationDate", "")
    try:
        return dt.date.fromisoformat(raw).strftime("%d.%m.%Y") if raw else ""
    except ValueError:
        return visible(raw)


def _newer_text(batch_row: BatchRow) -> str:
    if batch_row.newer is not None:
        text = tr("Ja: version %1 i »%2«").replace("%1", str(batch_row.newer.result.version))
        return text.replace("%2", visible(batch_row.newer.path.name))
    r = batch_row.result
    return tr("Nej") if r.intact and r.version is not None else ""


def _filing_text(plan: FilingPlan | None) -> str:
    if plan is None:
        return ""
    if plan.decision == Decision.FILE:
        if plan.row.result.verdict == Judgement.UBEKRAEFTET:
            return tr("Kun hvis du vælger det")
        if plan.metadata.get("filed_as"):
            return tr("Journaliseret som %1").replace("%1", plan.name)
        return tr("Kan journaliseres")
    if plan.row.result.edition in (Paper.EMPLOYEE_COPY, Paper.GRUS_COPY):
        return tr("Nej: medarbejderens eksemplar")
    if plan.row.result.edition == Paper.GRUS_REFERAT:
        return tr("Nej: gruppens referat")
    if plan.row.newer is not None:
        return tr("Nej: nyere version i bunken")
    if plan.row.duplicate_of is not None:
        return tr("Nej: samme fil som en anden")
    if "allerede en fil" in plan.reason:
        return tr("Nej: findes allerede i mappen")
    verdict = plan.row.result.verdict
    if verdict == Judgement.UBEKRAEFTET:
        return tr("Nej: UBEKRÆFTET")
    if verdict == Judgement.AENDRET:
        return tr("Nej: ændret efter underskrivningen")
    if verdict == Judgement.ULAESELIG:
        return tr("Nej: kan ikke læses")
    return tr("Nej: ikke et underskrevet referat")
