"""The referat's drawings: the radar chart of the scales and the signatures (drawn or typed)."""

from __future__ import annotations

from dataclasses import astuple, dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.radar import fraction, point, radar_data, runs
from ishoj_mus.domain.records import Signature
from ishoj_mus.pdf.layout import CONTENT_W, INK, MUTED, REGULAR, RULE, VOICE_COLOURS
from ishoj_mus.pdf.pages import fit_line, shortened
from ishoj_mus.text import (
    series_text,
)

RADAR_LABEL_SIZE = 7
RADAR_SIDE_LABEL_W = 30 * mm  # a label beside the chart wraps at this width
RADAR_TOP_LABEL_W = 70 * mm  # above or below it


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` at the radar's label size (a word longer than
    the width keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", REGULAR, RADAR_LABEL_SIZE) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


@dataclass(frozen=True)
class _RadarLabel:
    dx: float  # from the chart's centre
    dy: float
    anchor: str  # start, middle, end
    lines: list[str]
    widest: float

    @property
    def left(self) -> float:
        return self.dx - {"start": 0.0, "middle": self.widest / 2, "end": self.widest}[self.anchor]

    @property
    def right(self) -> float:
        return self.dx + {"start": self.widest, "middle": self.widest / 2, "end": 0.0}[self.anchor]


def radar_drawing(conv: Conversation, size: float = 70 * mm) -> Drawing | None:
    """The perspectives' radar. Every label stays inside the drawing (and so inside the page's
    margins): long names wrap, and the chart moves right when a left label needs the room –
    "Modstandskraft og robusthed" once reached to 1.8 mm from the paper's edge."""
    data = radar_data(conv)
    if data is None:
        return None
    n = len(data.axes)
    r = size / 2 - 4 * mm
    labels: list[_RadarLabel] = []
    for i, name in enumerate(data.axes):
        lx, ly = point(i, n, 1.12, r)
        anchor = "middle" if abs(lx) < 1 else ("start" if lx > 0 else "end")
        lines = _wrapped(name, RADAR_TOP_LABEL_W if anchor == "middle" else RADAR_SIDE_LABEL_W)
        widest = max(float(stringWidth(line, REGULAR, RADAR_LABEL_SIZE)) for line in lines)
        labels.append(_RadarLabel(lx, ly, anchor, lines, widest))
    cx = max(20 * mm + size / 2, 1 * mm - min(label.left for label in labels))
    cy = size / 2 + 7 * mm
    lx0 = cx + max(r + 26 * mm, max(label.right for label in labels) + 4 * mm)
    legend_texts = [series_text(series) for series in data.series + data.previous]
    scale_text = f"Skala {data.scale_min}–{data.scale_max}: fylder lidt – fylder meget"
    legend_w = max(
        [21 + stringWidth(t, REGULAR, 7.5) for t in legend_texts] + [stringWidth(scale_text, REGULAR, 7)]
    )
    d = Drawing(max(size + 102 * mm, lx0 + legend_w + 1 * mm), size + 14 * mm)
    for level in range(data.scale_min, data.scale_max + 1):
        ring = []
        for i in range(n):
            x, y = point(i, n, fraction(level, data.scale_min, data.scale_max), r)
            ring += [cx + x, cy + y]
        d.add(Polygon(ring, strokeColor=RULE, strokeWidth=0.5, fillColor=None))
    line_h = RADAR_LABEL_SIZE + 1.5
    for i, (lx, ly, anchor, lines, _widest) in enumerate(astuple(label) for label in labels):
        x, y = point(i, n, 1.0, r)
        d.add(Line(cx, cy, cx + x, cy + y, strokeColor=RULE, strokeWidth=0.5))
        if ly > 1:  # above the chart: the last line nearest to it
            first = ly - 3 + (len(lines) - 1) * line_h
        elif ly < -1:  # below it: the first line nearest
            first = ly - 3
        else:  # beside it: the lines centred on the axis
            first = ly - 3 + (len(lines) - 1) * line_h / 2
        for k, line in enumerate(lines):
            d.add(
                String(
                    cx + lx,
                    cy + first - k * line_h,
                    line,
                    fontName=REGULAR,
                    fontSize=RADAR_LABEL_SIZE,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    for series in data.previous:  # last year's "i dag", faint, for comparison
        pts = []
        for i, v in enumerate(series.values):
            if v is None:
                continue
            x, y = point(i, n, fraction(v, data.scale_min, data.scale_max), r)
            pts += [cx + x, cy + y]
        if len(pts) >= 4:
            faint = colors.Color(*VOICE_COLOURS[series.voice].rgb(), alpha=0.5)
            d.add(Polygon(pts, strokeColor=faint, strokeWidth=1.0, fillColor=None, strokeDashArray=[1, 2]))
    for series in data.series:
        colour = VOICE_COLOURS[series.voice]
        at = {}
        for i, v in enumerate(series.values):
            if v is not None:
                x, y = point(i, n, fraction(v, data.scale_min, data.scale_max), r)
                at[i] = (cx + x, cy + y)
        dash = None if series.when == "today" else [3, 2]
        closed, parts = runs(series.values)  # a missing value is left out, never drawn as 0
        for part in parts:
            pts = [c for i in part for c in at[i]]
            if closed:
                d.add(Polygon(pts, strokeColor=colour, strokeWidth=1.4, fillColor=None, strokeDashArray=dash))
            elif len(part) > 1:
                d.add(PolyLine(pts, strokeColor=colour, strokeWidth=1.4, strokeDashArray=dash))
        for x, y in at.values():
            d.add(Circle(x, y, 1.3, strokeColor=None, fillColor=colour))
    for k, series in enumerate(data.series + data.previous):
        y = cy + r - 6 - k * 13
        colour = VOICE_COLOURS[series.voice]
        dash = {"today": None, "future": [3, 2], "previous": [1, 2]}[series.when]
        if series.when == "previous":
            colour = colors.Color(*colour.rgb(), alpha=0.5)
        d.add(Line(lx0, y + 3, lx0 + 16, y + 3, strokeColor=colour, strokeWidth=1.6, strokeDashArray=dash))
        d.add(String(lx0 + 21, y, series_text(series), fontName=REGULAR, fontSize=7.5, fillColor=INK))
    d.add(
        String(
            lx0,
            cy + r - 6 - (len(data.series) + len(data.previous)) * 13 - 4,
            scale_text,
            fontName=REGULAR,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    if d.width > CONTENT_W:  # never past the margin: smaller rather than cut
        k = CONTENT_W / d.width
        d.scale(k, k)
        d.width, d.height = d.width * k, d.height * k
    return d


def signature_drawing(sig: Signature, width: float = 62 * mm, height: float = 22 * mm) -> Drawing:
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=RULE, strokeWidth=0.5, fillColor=None))
    scale = min(width / sig.width, height / sig.height)
    for stroke in sig.strokes:
        if len(stroke) < 2:
            continue
        pts = []
        for x, y in stroke:
            pts += [x * scale, height - y * scale]  # the pad's y grows downward
        d.add(
            PolyLine(
                pts,
                strokeColor=colors.HexColor("#0d1b4c"),
                strokeWidth=1.1,
                strokeLineCap=1,
                strokeLineJoin=1,
            )
        )
    return d


def typed_signature(sig: Signature, width: float = 62 * mm, height: float = 22 * mm) -> Drawing:
    """A typed signature: the typed name in the signature box, marked as typed."""
    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=RULE, strokeWidth=0.5, fillColor=None))
    d.add(
        String(
            6,
            height / 2 - 2,
            fit_line(shortened(sig.typed_name), REGULAR, 13, width - 12),
            fontName=REGULAR,
            fontSize=13,
            fillColor=colors.HexColor("#0d1b4c"),
        )
    )
    d.add(String(6, 4, "Skrevet underskrift", fontName=REGULAR, fontSize=6.5, fillColor=MUTED))
    return d
