"""Year over year for one employee: the radar of each conversation overlaid (legend by year),
the conversations side by side, and every agreement with what became of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPen,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import EmployeeRow
from ishoj_mus.domain.years import YearRadar, agreement_histories, yearly_radar
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.text import Phrase, fill, form_title_text, phrase
from ishoj_mus.ui.widgets.file_words import file_error_text
from ishoj_mus.ui.widgets.i18n import language, mark_quotation, status_label, tr
from ishoj_mus.ui.widgets.radar import RadarCanvas, RadarLine, RadarModel
from ishoj_mus.ui.widgets.theme import is_dark
from ishoj_mus.ui.widgets.wheel_guard import guard
from ishoj_mus.ui.year.overview_text import fmt, short_form_title, state_text, who

# Newest first: distinct hues, and a line style each, so a year is never told by colour alone.
_LIGHT = ["#1f5fa8", "#a34a00", "#2e6b34", "#7b3fa0", "#6b7480", "#b0003a"]
_DARK = ["#8cb8ff", "#ffb072", "#8fd694", "#d1a3f0", "#a9b2bd", "#ff8fa8"]
# Narrower than this many lines of text are high, the radar goes above the tables: at 100 %
# on 1366 px the two sit side by side, at 125 % and more they are stacked.
STACK_BELOW_LINES = 70
_STYLES = [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine]


def year_pen(index: int, count: int) -> QPen:
    """Series ``index`` of ``count`` (oldest first): the newest solid and widest."""
    age = count - 1 - index
    palette = _DARK if is_dark() else _LIGHT
    pen = QPen(QColor(palette[age % len(palette)]), 3.0 if age == 0 else 2.2)
    pen.setStyle(_STYLES[age % len(_STYLES)])
    return pen


class YearRadarChart(RadarCanvas):
    """Every year's polygon on one set of axes (the conversation's radar widget); a missing value
    is left out, never drawn as 0."""

    empty_text = ""  # set in __init__ (tr needs the application)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: YearRadar | None = None
        self.empty_text = tr("Ingen af samtalerne har værdier på skalaerne.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Radardiagram år for år"))
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        """Beside the tables there is less height than on a conversation page."""
        fm = QFontMetricsF(self.font())
        width = 2 * self._label_width(fm) + 140
        height = max(260.0, fm.height() * 12 + self._legend_below_height(fm, width))
        self.setMinimumSize(QSize(int(width), int(height)))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumWidth() + 40, self.minimumHeight() + 100)

    def model(self) -> RadarModel | None:
        data = self.data
        if data is None:
            return None
        count = len(data.series)
        lines = []
        for k, series in enumerate(data.series):
            pen = year_pen(k, count)
            lines.append(RadarLine(series.label, series.values, pen.color(), pen.widthF(), pen.style()))
        return RadarModel(data.axes, data.scale_min, data.scale_max, tuple(lines))

    def set_data(self, data: YearRadar | None) -> None:
        self.data = data
        if data is not None:
            years = ", ".join(s.label for s in data.series)
            self.setAccessibleDescription(fill(tr("Samtaler: %1"), years))
        self.refresh()


class YearView(QWidget):
    back_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, row: EmployeeRow, load: Callable[[str], Conversation], parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.conversations: list[Conversation] = []
        self.unreadable: list[str] = []
        for item in reversed(row.conversations):  # oldest first
            try:
                self.conversations.append(load(item.mus_path or item.source.path))
            except MusFileError as exc:
                self.unreadable.append(file_error_text(exc))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        self.back_button = QPushButton(tr("← Overblikket"))
        self.back_button.setAccessibleName(tr("Tilbage til overblikket"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(fill(tr("%1 år for år"), row.name or phrase(Phrase.NO_NAME, tr)))
        title.setObjectName("stepTitle")
        title.setWordWrap(True)
        head.addWidget(self.back_button)
        head.addWidget(title, 1)
        outer.addLayout(head)
        details = [row.employee.job_title, row.employee.workplace]
        sub = QLabel(" · ".join(d for d in details if d))
        sub.setObjectName("helpText")
        outer.addWidget(sub)

        split = self.split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self._sized = False
        self.stacked = False  # radar above the tables (a narrow window or a large zoom)
        self.conv_beside = False  # stacked: the conversations beside the radar
        left = self.left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Radaren viser:")))
        self.which = QComboBox()
        guard(self.which)
        self.which.setAccessibleName(tr("Hvilke værdier radaren viser"))
        for text, voice, when in (
            (tr("Medarbejderen, i dag"), Voice.MEDARBEJDER, "today"),
            (tr("Medarbejderen, fremover"), Voice.MEDARBEJDER, "future"),
            (tr("Lederen, i dag"), Voice.LEDER, "today"),
            (tr("Lederen, fremover"), Voice.LEDER, "future"),
        ):
            self.which.addItem(text, (voice, when))
        pick.addWidget(self.which)
        pick.addStretch(1)
        ll.addLayout(pick)
        self.radar = YearRadarChart()
        self.radar_row = QHBoxLayout()  # stacked, the conversations sit beside the radar
        self.radar_row.addWidget(self.radar, 1)
        ll.addLayout(self.radar_row, 1)
        mark_quotation(self.radar)  # the perspectives' names, as the framework words them
        if language() != "da":  # as on the conversation's page: say where the Danish names come from
            self.radar.setToolTip(
                tr("Perspektivernes navne citeres fra Grundlag for lederskab og følgeskab.")
            )
        note = QLabel(tr("Skalaerne er redskaber til dialog, ikke en bedømmelse."))
        note.setObjectName("helpText")
        note.setWordWrap(True)
        ll.addWidget(note)
        split.addWidget(left)

        right = self.right = QWidget()
        rl = self.right_layout = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.conv_box = QWidget()
        cl = QVBoxLayout(self.conv_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(QLabel(tr("Samtalerne")))
        self.conv_model = QStandardItemModel(0, 4, self)
        self.conv_model.setHorizontalHeaderLabels([tr("Dato"), tr("Samtale"), tr("Status"), tr("Aftaler")])
        self.conv_table = self._table(tr("Samtalerne"), self.conv_model)
        for item in row.conversations:
            r = item.record
            cells = [
                QStandardItem(fmt(r.date)),
                QStandardItem(short_form_title(form_title_text(r.form_title, tr))),
                QStandardItem(state_text(r.state)),
            ]
            cells[1].setToolTip(form_title_text(r.form_title, tr))
            cells.append(QStandardItem(str(len(r.agreements))))
            cells[0].setToolTip("\n".join(item.paths))
            cells[0].setData(item.mus_path, Qt.ItemDataRole.UserRole)
            self.conv_model.appendRow(cells)
        self.conv_table.activated.connect(self._open_conversation)
        self._fit_conversations()
        cl.addWidget(self.conv_table)
        cl.addStretch(1)
        self.conv_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        rl.addWidget(self.conv_box)
        rl.addWidget(QLabel(tr("Aftaler og hvad der kom ud af dem")))
        self.agreement_model = QStandardItemModel(0, 5, self)
        self.agreement_model.setHorizontalHeaderLabels(
            [tr("Aftalt"), tr("Aftale"), tr("Ansvarlig"), tr("Frist"), tr("Udfald")]
        )
        for h in agreement_histories(item.record for item in row.conversations):
            outcome = tr("åben")
            steps = [
                status_label(o.status) if o.status else tr("ikke vurderet endnu") for _rec, o in h.outcomes
            ]
            if steps:  # the same status twice in a row is said once ("ikke vurderet endnu")
                outcome = " → ".join(step for k, step in enumerate(steps) if k == 0 or step != steps[k - 1])
            dated = [f"{fmt(rec.date)}: {text}" for (rec, _o), text in zip(h.outcomes, steps, strict=True)]
            cells = [
                QStandardItem(fmt(h.made.date)),
                QStandardItem(" ".join(h.agreement.what.split())),
                QStandardItem(who(h.agreement.responsible)),
                QStandardItem(fmt(h.agreement.deadline)),
                QStandardItem(outcome),
            ]
            comments = [o.comment for _rec, o in h.outcomes if o.comment]
            cells[4].setToolTip("\n".join(dated + comments) or outcome)
            cells[1].setToolTip(h.agreement.what)
            self.agreement_model.appendRow(cells)
        self.agreement_table = self._table(tr("Aftaler og hvad der kom ud af dem"), self.agreement_model)
        self.agreement_table.setWordWrap(True)
        columns = self.agreement_table.horizontalHeader()
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        columns.sectionResized.connect(lambda *_a: self._fit_agreements())
        selection = self.agreement_table.selectionModel()
        assert selection is not None
        selection.currentChanged.connect(self._show_current)
        rl.addWidget(self.agreement_table, 2)
        if self.unreadable:
            warn = QLabel(fill(tr("Nogle samtaler kunne ikke læses: %1"), " ".join(self.unreadable)))
            warn.setWordWrap(True)
            rl.addWidget(warn)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        # Side by side the page fits the window; stacked it scrolls, as a conversation page does.
        self.page_scroll = QScrollArea()
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(split)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.page_scroll, 1)
        self.which.currentIndexChanged.connect(self._update_radar)
        self._update_radar()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._arrange()
        if not self._sized and not self.stacked:  # the radar needs less room than the agreements' texts
            self._sized = True
            width = self.split.width()
            # 45 %: half and half left the agreement column too narrow; much less and the
            # radar is too small to read.
            self.split.setSizes([width * 45 // 100, width - width * 45 // 100])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed while the view is open
            self._arrange()

    def _arrange(self) -> None:
        """Side by side where the window is wide for its text; else the radar above the tables,
        each the full width. Side by side at 150 % on 1366 px, the radar's labels left it a
        circle of 160 px and the agreements' column broke words ("Oplæg på personale…")."""
        line = QFontMetricsF(self.font()).height()
        stacked = self.width() < STACK_BELOW_LINES * line
        # Stacked, the conversations sit beside the radar where that leaves the radar its room
        # (at 150 %, not at 200 %), else above the agreements.
        beside = stacked and self.width() - self._conv_width() >= self.radar.minimumWidth() + 6 * line
        if beside != self.conv_beside:
            self.conv_beside = beside
            if beside:
                self.radar_row.addWidget(self.conv_box, 0, Qt.AlignmentFlag.AlignTop)
            else:
                self.conv_table.setMinimumWidth(0)
                self.right_layout.insertWidget(0, self.conv_box)
        if stacked != self.stacked:
            self.stacked = stacked
            self.split.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
            # Stacked, the page scrolls by keyboard too (Page Down); side by side it is no stop.
            self.page_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if stacked else Qt.FocusPolicy.NoFocus)
            if not stacked:
                self.left.setMinimumHeight(0)
                width = self.width()
                self.split.setSizes([width * 45 // 100, width - width * 45 // 100])
        if stacked:
            # The radar gets most of the first screen; the tables' heading shows below it.
            room = self.height() - self.page_scroll.y()
            radar = max(self.left.minimumSizeHint().height(), int(room * 0.8))
            self.left.setMinimumHeight(radar)
        self._fit_conversations()
        self._fit_agreements()

    def _conv_width(self) -> int:
        """The conversations' table as wide as its columns (beside the radar)."""
        table = self.conv_table
        header = table.horizontalHeader()
        columns = range(self.conv_model.columnCount())
        width = sum(max(header.sectionSizeHint(i), table.sizeHintForColumn(i)) for i in columns)
        return width + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()

    def _fit_conversations(self) -> None:
        """Every conversation in sight, in the current font (the zoom may change)."""
        table = self.conv_table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(i) for i in range(self.conv_model.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2)
        if self.conv_beside:
            table.setMinimumWidth(self._conv_width())

    def _show_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """Stacked, the page scrolls to the agreement the arrow keys move to (the table has no
        scroll bar of its own then)."""
        if not self.stacked or not index.isValid():
            return
        table = self.agreement_table
        rect = table.visualRect(index)
        viewport = table.viewport()
        assert viewport is not None
        centre = viewport.mapTo(self.split, rect.center())
        self.page_scroll.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + 8)

    def _fit_agreements(self) -> None:
        """Rows as high as their wrapped text; stacked, the table shows every row (the page scrolls)."""
        table = self.agreement_table
        table.resizeRowsToContents()
        if not self.stacked:
            table.setMinimumHeight(0)
            return
        rows = sum(table.rowHeight(i) for i in range(self.agreement_model.rowCount()))
        table.setMinimumHeight(rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2)

    def _table(self, name: str, model: QStandardItemModel) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the next table; arrows move in it
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def radar_data(self) -> YearRadar | None:
        voice, when = self.which.currentData()
        return yearly_radar(self.conversations, voice, when)

    def _update_radar(self) -> None:
        self.radar.set_data(self.radar_data())

    def _open_conversation(self, index: QModelIndex) -> None:
        path = self.conv_model.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(path)
