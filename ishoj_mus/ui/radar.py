"""The 'fylder i dag / fremover' radar chart, drawn live with QPainter.

The chart is sized from its labels, not the other way round: the labels are measured in the
current font (100 %, 150 % ...) and the circle gets what is left, so no label is ever clipped.
A missing value is left out: the line stops at its neighbours and never runs to the centre.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ishoj_mus.domain.radar import RadarData, fraction, point, radar_data, runs
from ishoj_mus.ui.i18n import tr, voice_label
from ishoj_mus.ui.theme import voice_colour

GAP = 6.0  # between the circle and a label, in pixels


class RadarChart(QWidget):
    def __init__(self, conv, parent=None):
        super().__init__(parent)
        self.conv = conv
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Radardiagram: hvor meget perspektiverne fylder i dag og fremover"))
        self._fit_minimum()

    def changeEvent(self, event):  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._fit_minimum()

    def _fit_minimum(self) -> None:
        fm = QFontMetricsF(self.font())
        line = fm.height()
        # The legend goes below the chart when there is no room beside it (150 % on a laptop).
        self.setMinimumSize(QSize(int(2 * self._label_width(fm) + 140), int(line * 21)))

    def sizeHint(self) -> QSize:  # noqa: N802
        minimum = self.minimumSize()
        return QSize(minimum.width() + 80, minimum.height() + 20)

    def refresh(self):
        self.update()

    # -- layout ---------------------------------------------------------------------------
    def _label_width(self, fm: QFontMetricsF) -> float:
        """Labels wrap at about two words; the widest word always fits."""
        data = radar_data(self.conv)
        words = [w for name in (data.axes if data else ()) for w in name.split()]
        widest_word = max((fm.horizontalAdvance(w) for w in words), default=0.0)
        return max(widest_word, fm.horizontalAdvance("Modstandskraft og")) + 4

    def _legend_width(self, fm: QFontMetricsF) -> float:
        texts = [
            f"{voice_label(v)}, {when}"
            for v in {s.voice for s in (radar_data(self.conv) or RadarData((), 1, 5, ())).series}
            for when in (tr("i dag"), tr("fremover"))
        ]
        return max((fm.horizontalAdvance(t) for t in texts), default=120.0) + 44

    def _legend_beside(self, fm: QFontMetricsF) -> bool:
        return self.width() >= 2 * self._label_width(fm) + 140 + self._legend_width(fm)

    def label_rects(self, data: RadarData, fm: QFontMetricsF, cx: float, cy: float, radius: float):
        """Where each axis label goes (wrapped text box beside the end of its axis)."""
        n = len(data.axes)
        width = self._label_width(fm)
        rects = []
        for i, name in enumerate(data.axes):
            bound = fm.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), name)
            w, h = bound.width() + 2, bound.height() + 2
            x, y = point(i, n, 1.0, radius)
            ex, ey = cx + x, cy - y
            if abs(x) < 1:  # top or bottom: centred above or below
                top = ey - GAP - h if y > 0 else ey + GAP
                rect = QRectF(ex - w / 2, top, w, h)
            elif x > 0:
                rect = QRectF(ex + GAP, ey - h / 2, w, h)
            else:
                rect = QRectF(ex - GAP - w, ey - h / 2, w, h)
            rects.append(rect)
        return rects

    def chart_geometry(self, data: RadarData):  # not layout(): that is QWidget.layout()
        """(chart area, centre, radius, label rects): the largest circle whose labels all fit."""
        fm = QFontMetricsF(self.font())
        legend_w = self._legend_width(fm)
        if self._legend_beside(fm):
            area = QRectF(4, 4, max(10.0, self.width() - legend_w - 12), max(10.0, self.height() - 8))
        else:
            legend_h = 4 * (fm.height() + 6) + 8
            area = QRectF(4, 4, max(10.0, self.width() - 8), max(10.0, self.height() - legend_h - 8))
        cx, cy = area.center().x(), area.center().y()
        radius = min(area.width(), area.height()) / 2
        while radius > 20:
            rects = self.label_rects(data, fm, cx, cy, radius)
            if all(area.contains(r) for r in rects):
                return area, (cx, cy), radius, rects
            radius -= 2
        return area, (cx, cy), radius, self.label_rects(data, fm, cx, cy, radius)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event):  # noqa: N802
        data = radar_data(self.conv)
        if data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetricsF(self.font())
        area, (cx, cy), radius, rects = self.chart_geometry(data)
        n = len(data.axes)
        grid = QPen(self.palette().mid().color(), 1)
        text_pen = QPen(self.palette().text().color())
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
            align = (
                Qt.AlignmentFlag.AlignHCenter
                if abs(x) < 1
                else (Qt.AlignmentFlag.AlignLeft if x > 0 else Qt.AlignmentFlag.AlignRight)
            )
            painter.drawText(rects[i], int(align | Qt.TextFlag.TextWordWrap), name)
        for series in data.series:
            pts = {
                i: QPointF(cx + x, cy - y)
                for i, v in enumerate(series.values)
                if v is not None
                for x, y in [point(i, n, fraction(v, data.scale_min, data.scale_max), radius)]
            }
            pen = QPen(voice_colour(series.voice), 2.4)
            pen.setStyle(Qt.PenStyle.SolidLine if series.when == "today" else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            closed, parts = runs(series.values)
            for part in parts:
                polygon = QPolygonF([pts[i] for i in part])
                if closed:
                    painter.drawPolygon(polygon)
                elif len(part) > 1:
                    painter.drawPolyline(polygon)
            painter.setBrush(voice_colour(series.voice))
            for p in pts.values():  # a dot per value: a lone value is still seen
                painter.drawEllipse(p, 2.6, 2.6)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        beside = self._legend_beside(fm)
        lx0 = area.right() + 10 if beside else area.left() + 8
        top = 8.0 if beside else area.bottom() + 8
        for k, series in enumerate(data.series):
            y = top + fm.height() / 2 + k * (fm.height() + 6)
            pen = QPen(voice_colour(series.voice), 2.4)
            pen.setStyle(Qt.PenStyle.SolidLine if series.when == "today" else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(lx0, y), QPointF(lx0 + 24, y))
            painter.setPen(text_pen)
            when = tr("i dag") if series.when == "today" else tr("fremover")
            painter.drawText(
                QPointF(lx0 + 30, y + fm.ascent() / 2 - 1), f"{voice_label(series.voice)}, {when}"
            )
        painter.end()
