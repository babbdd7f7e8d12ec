"""Year over year for one employee: the radar of each conversation overlaid (legend by year),
the conversations side by side, and every agreement with what became of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Voice
from ishoj_mus.domain.overview import EmployeeRow, YearRadar, agreement_histories, yearly_radar
from ishoj_mus.storage.musfile import MusFileError
from ishoj_mus.ui.i18n import file_error_text, status_label, tr
from ishoj_mus.ui.overview_text import fmt, short_form_title, state_text, who
from ishoj_mus.ui.radar import RadarCanvas, RadarLine, RadarModel
from ishoj_mus.ui.theme import is_dark
from ishoj_mus.ui.wheel_guard import guard

# Newest first: distinct hues, and a line style each, so a year is never told by colour alone.
_LIGHT = ["#1f5fa8", "#a34a00", "#2e6b34", "#7b3fa0", "#6b7480", "#b0003a"]
_DARK = ["#8cb8ff", "#ffb072", "#8fd694", "#d1a3f0", "#a9b2bd", "#ff8fa8"]
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
            self.setAccessibleDescription(tr("Samtaler: %1").replace("%1", years))
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
        title = QLabel(tr("%1 år for år").replace("%1", row.name or tr("(uden navn)")))
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
        self._sized = False
        left = QWidget()
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
        ll.addWidget(self.radar, 1)
        note = QLabel(tr("Skalaerne er redskaber til dialog, ikke en bedømmelse."))
        note.setObjectName("helpText")
        note.setWordWrap(True)
        ll.addWidget(note)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(tr("Samtalerne")))
        self.conv_model = QStandardItemModel(0, 4, self)
        self.conv_model.setHorizontalHeaderLabels([tr("Dato"), tr("Samtale"), tr("Tilstand"), tr("Aftaler")])
        self.conv_table = self._table(tr("Samtalerne"), self.conv_model)
        for item in row.conversations:
            r = item.record
            cells = [
                QStandardItem(fmt(r.date)),
                QStandardItem(short_form_title(r.form_title)),
                QStandardItem(state_text(r.state)),
            ]
            cells[1].setToolTip(r.form_title)
            cells.append(QStandardItem(str(len(r.agreements))))
            cells[0].setToolTip("\n".join(item.paths))
            cells[0].setData(item.mus_path, Qt.ItemDataRole.UserRole)
            self.conv_model.appendRow(cells)
        self.conv_table.activated.connect(self._open_conversation)
        self.conv_table.resizeRowsToContents()
        rows_h = sum(self.conv_table.rowHeight(i) for i in range(self.conv_model.rowCount()))
        self.conv_table.setMaximumHeight(rows_h + self.conv_table.horizontalHeader().sizeHint().height() + 6)
        rl.addWidget(self.conv_table, 1)
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
            if steps:
                outcome = " → ".join(steps)
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
        columns.sectionResized.connect(lambda *_a: self.agreement_table.resizeRowsToContents())
        rl.addWidget(self.agreement_table, 2)
        if self.unreadable:
            warn = QLabel(tr("Nogle samtaler kunne ikke læses: %1").replace("%1", " ".join(self.unreadable)))
            warn.setWordWrap(True)
            rl.addWidget(warn)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        outer.addWidget(split, 1)
        self.which.currentIndexChanged.connect(self._update_radar)
        self._update_radar()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the radar needs less room than the agreements' texts
            self._sized = True
            width = self.split.width()
            # 45 %: half and half left the agreement column at 150 % about 60 px wide
            # ("Oplæg på persona… om sprogar…"); much less and the radar is too small to read.
            self.split.setSizes([width * 45 // 100, width - width * 45 // 100])

    def _table(self, name: str, model: QStandardItemModel) -> QTableView:
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def radar_data(self) -> YearRadar | None:
        voice, when = self.which.currentData()
        return yearly_radar(self.conversations, voice, when)

    def _update_radar(self) -> None:
        self.radar.set_data(self.radar_data())

    def _open_conversation(self, index) -> None:
        path = self.conv_model.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(path)
