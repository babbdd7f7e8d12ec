"""The radar chart, drawn live with QPainter: one widget for the conversation's 'fylder i dag /
fremover' (with last year's values faint, when they were imported) and for the overview's
year-by-year comparison.

The chart is sized from its labels, not the other way round: the labels are measured in the
current font (100 %, 150 % ...) and the circle gets what is left, so no label is ever clipped.
A missing value is left out: the line stops at its neighbours and never runs to the centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ishoj_mus.domain.codes import ScaleWhen
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.domain.radar import Series, fraction, point, radar_data, runs
from ishoj_mus.text import series_text
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.theme import voice_colour

# (chart area, centre, radius, label rects)
Geometry = tuple[QRectF, tuple[float, float], float, list[QRectF]]

GAP = 6.0  # between the circle and a label, in pixels
SWATCH = 24.0  # the legend's sample line
FAINT_ALPHA = 0.55


@dataclass(frozen=True)
class RadarLine:
    """One series as drawn: its legend text, a value per axis (None: left out) and its pen."""

    label: str
    values: tuple[float | None, ...]
    colour: QColor
    width: float = 2.4
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    faint: bool = False  # for comparison: thin, half transparent, drawn under the others
    group: str = ""  # the legend starts a new row below the chart when the group changes

    def pen(self) -> QPen:
        colour = QColor(self.colour)
        if self.faint:
            colour.setAlphaF(FAINT_ALPHA)
        pen = QPen(colour, self.width)
        pen.setStyle(self.style)
        return pen


@dataclass(frozen=True)
class RadarModel:
    axes: tuple[str, ...]
    scale_min: int
    scale_max: int
    lines: tuple[RadarLine, ...]

    def has_values(self) -> bool:
        return any(v is not None for line in self.lines for v in line.values)

    def labels(self) -> list[str]:
        return [line.label for line in self.lines]


MIN_CIRCLE = 60  # px: the smallest circle drawn between the labels


class RadarCanvas(QWidget):
    """Draws a :class:`RadarModel`; subclasses say where the model comes from (``model()``)."""

    empty_text = ""  # shown when there is nothing to draw ("" draws the empty axes)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def model(self) -> RadarModel | None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_minimum()

    def _fit_minimum(self) -> None:
        """At least the circle's labels and a small circle; the legend below it when narrow."""
        fm = QFontMetricsF(self.font())
        width = 2 * self._label_width(fm, narrowest=True) + MIN_CIRCLE
        height = max(fm.height() * 21, fm.height() * 15 + self._legend_below_height(fm, width))
        self.setMinimumSize(QSize(int(width), int(height)))

    def sizeHint(self) -> QSize:  # noqa: N802
        minimum = self.minimumSize()
        return QSize(minimum.width() + 80, minimum.height() + 20)

    def refresh(self) -> None:
        self._fit_minimum()
        self.update()

    # -- layout ---------------------------------------------------------------------------
    def _label_width(self, fm: QFontMetricsF, narrowest: bool = False) -> float:
        """Labels wrap at about two words where there is room, else at every word; the widest
        word always fits. (At two words always, 150 % on a 1024 px screen made the chart 557 px
        wide beside »Rammen«, which left 477 px: the page was cut off on the right.)"""
        model = self.model()
        words = [w for name in (model.axes if model else ()) for w in name.split()]
        widest_word = max((fm.horizontalAdvance(w) for w in words), default=0.0)
        two_words = fm.horizontalAdvance("Modstandskraft og")
        if not narrowest and self.width() >= 2 * two_words + MIN_CIRCLE + 80:
            return max(widest_word, two_words) + 4
        return widest_word + 4

    def _legend_entry_width(self, fm: QFontMetricsF, label: str) -> float:
        return SWATCH + 6 + fm.horizontalAdvance(label) + 4

    def _legend_width(self, fm: QFontMetricsF) -> float:
        model = self.model()
        labels = model.labels() if model else []
        return max((self._legend_entry_width(fm, t) for t in labels), default=120.0) + 14

    def _legend_beside(self, fm: QFontMetricsF) -> bool:
        """Beside the chart when that leaves the larger circle (wide and low), else below it."""
        model = self.model()
        if model is None or self.width() < 2 * self._label_width(fm) + MIN_CIRCLE + self._legend_width(fm):
            return False
        return bool(self._fit(model, fm, True)[2] >= self._fit(model, fm, False)[2])

    def _legend_below_rows(self, fm: QFontMetricsF, width: float) -> list[list[int]]:
        """Legend entries flowing in rows of at most ``width`` pixels (below the chart)."""
        model = self.model()
        lines = model.lines if model else ()
        rows: list[list[int]] = []
        used = 0.0
        for k, line in enumerate(lines):
            w = self._legend_entry_width(fm, line.label) + 18
            same_group = bool(rows) and line.group == lines[rows[-1][-1]].group
            if rows and same_group and used + w <= width - 16:
                rows[-1].append(k)
                used += w
            else:
                rows.append([k])
                used = w
        return rows

    def _legend_below_height(self, fm: QFontMetricsF, width: float) -> float:
        rows = self._legend_below_rows(fm, width)
        return len(rows) * (fm.height() + 6) + 8 if rows else 0.0

    def legend_positions(self) -> list[tuple[int, QPointF]]:
        """(line index, left end of its sample line) for every legend entry."""
        fm = QFontMetricsF(self.font())
        step = fm.height() + 6
        model = self.model()
        if model is None:
            return []
        if self._legend_beside(fm):
            x = self.width() - self._legend_width(fm) + 6
            return [(k, QPointF(x, 8 + fm.height() / 2 + k * step)) for k in range(len(model.lines))]
        rows = self._legend_below_rows(fm, self.width())
        top = self.height() - len(rows) * step - 4
        out = []
        for r, row in enumerate(rows):
            x = 12.0
            for k in row:
                out.append((k, QPointF(x, top + fm.height() / 2 + r * step)))
                x += self._legend_entry_width(fm, model.lines[k].label) + 18
        return out

    def label_rects(
        self, model: RadarModel, fm: QFontMetricsF, cx: float, cy: float, radius: float
    ) -> list[QRectF]:
        """Where each axis label goes (wrapped text box beside the end of its axis)."""
        n = len(model.axes)
        width = self._label_width(fm)
        rects: list[QRectF] = []
        for i, name in enumerate(model.axes):
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

    def chart_geometry(self, model: RadarModel) -> Geometry:  # not layout(): that is QWidget.layout()
        """(chart area, centre, radius, label rects): the largest circle whose labels all fit."""
        fm = QFontMetricsF(self.font())
        return self._fit(model, fm, self._legend_beside(fm))

    def _fit(self, model: RadarModel, fm: QFontMetricsF, beside: bool) -> Geometry:
        if beside:
            width = self.width() - self._legend_width(fm) - 8
            area = QRectF(4, 4, max(10.0, width), max(10.0, self.height() - 8))
        else:
            legend_h = self._legend_below_height(fm, self.width())
            area = QRectF(4, 4, max(10.0, self.width() - 8), max(10.0, self.height() - legend_h - 8))
        cx, cy = area.center().x(), area.center().y()
        radius = min(area.width(), area.height()) / 2
        while radius > 20:
            rects = self.label_rects(model, fm, cx, cy, radius)
            if all(area.contains(r) for r in rects):
                return area, (cx, cy), radius, rects
            radius -= 2
        return area, (cx, cy), radius, self.label_rects(model, fm, cx, cy, radius)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        model = self.model()
        if model is None and not self.empty_text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_pen = QPen(self.palette().text().color())
        if model is None or (self.empty_text and not model.has_values()):
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(self.rect()),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()
            return
        fm = QFontMetricsF(self.font())
        _area, (cx, cy), radius, rects = self.chart_geometry(model)
        n = len(model.axes)
        grid = QPen(self.palette().mid().color(), 1)
        painter.setPen(grid)
        for level in range(model.scale_min, model.scale_max + 1):
            f = fraction(level, model.scale_min, model.scale_max)
            ring = QPolygonF([QPointF(cx + x, cy - y) for x, y in (point(i, n, f, radius) for i in range(n))])
            painter.drawPolygon(ring)
        for i, name in enumerate(model.axes):
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
        # the faint comparison lines first, so today's values are drawn over them
        for line in sorted(model.lines, key=lambda s: not s.faint):
            pts = {
                i: QPointF(cx + x, cy - y)
                for i, v in enumerate(line.values)
                if v is not None
                for x, y in [point(i, n, fraction(v, model.scale_min, model.scale_max), radius)]
            }
            pen = line.pen()
            painter.setPen(pen)
            closed, parts = runs(line.values)
            for part in parts:
                polygon = QPolygonF([pts[i] for i in part])
                if closed:
                    painter.drawPolygon(polygon)
                elif len(part) > 1:
                    painter.drawPolyline(polygon)
            painter.setBrush(pen.color())
            dot = 1.8 if line.faint else 2.6
            for p in pts.values():  # a dot per value: a lone value is still seen
                painter.drawEllipse(p, dot, dot)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        for k, start in self.legend_positions():
            line = model.lines[k]
            painter.setPen(line.pen())
            painter.drawLine(start, QPointF(start.x() + SWATCH, start.y()))
            painter.setPen(text_pen)
            painter.drawText(QPointF(start.x() + SWATCH + 6, start.y() + fm.ascent() / 2 - 1), line.label)
        painter.end()


def conversation_lines(series: tuple[Series, ...]) -> tuple[RadarLine, ...]:
    """The conversation's series as lines: today solid, fremover dashed, last year faint dots."""
    lines = []
    for s in sorted(series, key=lambda s: PARTIES.index(s.voice)):  # the legend: a row per party
        style = {
            ScaleWhen.TODAY: Qt.PenStyle.SolidLine,
            ScaleWhen.FUTURE: Qt.PenStyle.DashLine,
        }.get(s.when, Qt.PenStyle.DotLine)
        lines.append(
            RadarLine(
                series_text(s, tr),
                s.values,
                voice_colour(s.voice),
                1.8 if s.when is ScaleWhen.PREVIOUS else 2.4,
                style,
                faint=s.when is ScaleWhen.PREVIOUS,
                group=s.voice.value,
            )
        )
    return tuple(lines)


class RadarChart(RadarCanvas):
    """The conversation's radar: each party's 'i dag' and 'fremover', and – when last year's
    conversation was imported – last year's 'i dag', faint, for comparison."""

    def __init__(self, conv: Conversation, parent: QWidget | None = None):
        super().__init__(parent)
        self.conv = conv
        self.setAccessibleName(tr("Radardiagram: hvor meget perspektiverne fylder i dag og fremover"))
        self._shown = self._what_is_shown()
        self._fit_minimum()
        self._describe()

    def _what_is_shown(self) -> tuple[object, str]:
        """The scales and the language the chart was last drawn for."""
        return radar_data(self.conv), language()

    def model(self) -> RadarModel | None:
        data = radar_data(self.conv)
        if data is None:
            return None
        return RadarModel(
            data.axes, data.scale_min, data.scale_max, conversation_lines(data.series + data.previous)
        )

    def refresh(self) -> None:
        shown = self._what_is_shown()
        if shown == self._shown:
            return  # a written answer changed, not a scale: measuring and redrawing cost ≈1 ms a key
        self._shown = shown
        self._describe()
        super().refresh()

    def _describe(self) -> None:
        model = self.model()
        if model is not None:
            self.setAccessibleDescription("; ".join(model.labels()))
