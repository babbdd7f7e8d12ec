"""The 'fylder i dag / fremover' radar chart, drawn live with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ishoj_mus.domain.radar import fraction, point, radar_data
from ishoj_mus.ui.i18n import tr, voice_label
from ishoj_mus.ui.theme import voice_colour


class RadarChart(QWidget):
    def __init__(self, conv, parent=None):
        super().__init__(parent)
        self.conv = conv
        self.setMinimumSize(QSize(420, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Radardiagram: hvor meget perspektiverne fylder i dag og fremover"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 340)

    def refresh(self):
        self.update()

    def paintEvent(self, _event):  # noqa: N802
        data = radar_data(self.conv)
        if data is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        legend_w = max(fm.horizontalAdvance(tr("Medarbejder, fremover")), 120) + 40
        chart = QRectF(0, 0, self.width() - legend_w, self.height())
        label_h = fm.height() * 2
        radius = max(
            40.0,
            min(
                chart.width() / 2 - fm.horizontalAdvance("Modstandskraft og") * 0.55,
                chart.height() / 2 - label_h,
            ),
        )
        cx, cy = chart.center().x(), chart.center().y()
        n = len(data.axes)
        grid = QPen(self.palette().mid().color(), 1)
        painter.setPen(grid)
        for level in range(data.scale_min, data.scale_max + 1):
            f = fraction(level, data.scale_min, data.scale_max)
            ring = QPolygonF([QPointF(cx + x, cy - y) for x, y in (point(i, n, f, radius) for i in range(n))])
            painter.drawPolygon(ring)
        painter.setPen(QPen(self.palette().text().color()))
        for i, name in enumerate(data.axes):
            x, y = point(i, n, 1.0, radius)
            painter.setPen(grid)
            painter.drawLine(QPointF(cx, cy), QPointF(cx + x, cy - y))
            painter.setPen(QPen(self.palette().text().color()))
            lx, ly = point(i, n, 1.08, radius)
            box = QRectF(0, 0, fm.horizontalAdvance(name) + 4, fm.height() * 2.2)
            rect = fm.boundingRect(box.toRect(), Qt.TextFlag.TextWordWrap, name)
            width = min(rect.width() + 6, 170)
            text_rect = QRectF(0, 0, width, fm.height() * 2.4)
            if abs(lx) < 1:
                text_rect.moveCenter(
                    QPointF(
                        cx + lx, cy - ly + (-text_rect.height() / 2 if ly > 0 else text_rect.height() / 2)
                    )
                )
                align = Qt.AlignmentFlag.AlignHCenter
            elif lx > 0:
                text_rect.moveTopLeft(QPointF(cx + lx + 4, cy - ly - fm.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                text_rect.moveTopRight(QPointF(cx + lx - 4, cy - ly - fm.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(text_rect, int(align | Qt.TextFlag.TextWordWrap), name)
        for series in data.series:
            pts = [
                QPointF(cx + x, cy - y)
                for x, y in (
                    point(i, n, fraction(v, data.scale_min, data.scale_max), radius)
                    for i, v in enumerate(series.values)
                    if v is not None
                )
            ]
            if len(pts) < 2:
                continue
            pen = QPen(voice_colour(series.voice), 2.4)
            pen.setStyle(Qt.PenStyle.SolidLine if series.when == "today" else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPolygon(QPolygonF(pts))
        lx0 = chart.right() + 8
        for k, series in enumerate(data.series):
            y = 16 + k * (fm.height() + 8)
            pen = QPen(voice_colour(series.voice), 2.4)
            pen.setStyle(Qt.PenStyle.SolidLine if series.when == "today" else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(lx0, y), QPointF(lx0 + 22, y))
            painter.setPen(QPen(self.palette().text().color()))
            when = tr("i dag") if series.when == "today" else tr("fremover")
            painter.drawText(
                QPointF(lx0 + 28, y + fm.ascent() / 2 - 1), f"{voice_label(series.voice)}, {when}"
            )
        painter.end()
