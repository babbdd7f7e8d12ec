"""Year over year for one employee: the radar of each conversation overlaid (legend by year),
the conversations side by side, and every agreement with what became of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF, QStandardItem, QStandardItemModel
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
from ishoj_mus.domain.radar import fraction, point
from ishoj_mus.storage.musfile import MusFileError
from ishoj_mus.ui.i18n import status_label, tr
from ishoj_mus.ui.overview_text import fmt, short_form_title, state_text, who
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


class YearRadarChart(QWidget):
    """Every year's polygon on one set of axes; a missing value is left out, never drawn as 0."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.data: YearRadar | None = None
        self.setMinimumSize(QSize(360, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Radardiagram år for år"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 360)

    def set_data(self, data: YearRadar | None) -> None:
        self.data = data
        if data is not None:
            years = ", ".join(s.label for s in data.series)
            self.setAccessibleDescription(tr("Samtaler: %1").replace("%1", years))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        text_pen = QPen(self.palette().text().color())
        data = self.data
        if data is None or not data.has_values():
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(self.rect()),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                tr("Ingen af samtalerne har værdier på skalaerne."),
            )
            painter.end()
            return
        # the legend is one row above the chart, so the chart keeps the whole width
        legend_h = fm.height() + 12
        label_w = min(
            fm.horizontalAdvance("M") * 14,
            max(fm.horizontalAdvance(w) for name in data.axes for w in name.split())
            + fm.horizontalAdvance("MM"),
        )
        flags = int(Qt.TextFlag.TextWordWrap)
        label_h = max(fm.boundingRect(0, 0, int(label_w), 1000, flags, name).height() for name in data.axes)
        chart = QRectF(0, legend_h, self.width(), self.height() - legend_h)
        # labels sit at 1.06 × the radius, beside (left/right) or above/below (top/bottom) the axis
        radius = max(
            30.0, min((chart.width() / 2 - label_w - 12) / 1.06, (chart.height() / 2 - label_h - 8) / 1.06)
        )
        cx, cy = chart.center().x(), chart.center().y()
        n = len(data.axes)
        grid = QPen(self.palette().mid().color(), 1)
        painter.setPen(grid)
        for level in range(data.scale_min, data.scale_max + 1):
            f = fraction(level, data.scale_min, data.scale_max)
            ring = QPolygonF([QPointF(cx + x, cy - y) for x, y in (point(i, n, f, radius) for i in range(n))])
            painter.drawPolygon(ring)
        for i, name in enumerate(data.axes):
            x, y = point(i, n, 1.0, radius)
            painter.setPen(grid)
            painter.drawLine(QPointF(cx, cy), QPointF(cx + x, cy - y))
            painter.setPen(text_pen)
            lx, ly = point(i, n, 1.06, radius)
            box = fm.boundingRect(0, 0, int(label_w), 1000, flags, name)
            rect = QRectF(0, 0, label_w, box.height() + 2)
            if abs(lx) < 1:
                rect.moveCenter(
                    QPointF(cx + lx, cy - ly + (-rect.height() / 2 if ly > 0 else rect.height() / 2))
                )
                align = Qt.AlignmentFlag.AlignHCenter
            elif lx > 0:
                rect.moveTopLeft(QPointF(cx + lx + 4, cy - ly - fm.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                rect.moveTopRight(QPointF(cx + lx - 4, cy - ly - fm.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), name)
        count = len(data.series)
        for k, series in enumerate(data.series):
            pen = year_pen(k, count)
            painter.setPen(pen)
            pts = [
                QPointF(cx + x, cy - y)
                for x, y in (
                    point(i, n, fraction(v, data.scale_min, data.scale_max), radius)
                    for i, v in enumerate(series.values)
                    if v is not None
                )
            ]
            if len(pts) == n:
                painter.drawPolygon(QPolygonF(pts))
            elif len(pts) > 1:
                painter.drawPolyline(QPolygonF(pts))
            painter.setBrush(pen.color())
            for p in pts:
                painter.drawEllipse(p, 2.5, 2.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        x = 4.0
        y = legend_h / 2
        for k, series in enumerate(data.series):
            painter.setPen(year_pen(k, count))
            painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            painter.setPen(text_pen)
            painter.drawText(QPointF(x + 32, y + fm.ascent() / 2 - 1), series.label)
            x += 32 + fm.horizontalAdvance(series.label) + 20
        painter.end()


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
                self.unreadable.append(exc.message)

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
