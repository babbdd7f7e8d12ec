"""The signature pad: draw with mouse, pen or finger (shared by the conversation's signing step
and the GRUS window's)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTouchEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ishoj_mus.ui.widgets.i18n import tr

PAD_W, PAD_H = 400.0, 150.0


class SignaturePad(QWidget):
    """Draw with mouse, pen or finger; strokes are kept as vectors in a 400 × 150 box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[tuple[float, float]]] = []
        self.undone: list[list[tuple[float, float]]] = []
        self.read_only = False
        self.typed_name = ""  # a signature made by typing the name, shown in the pad
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(QSize(240, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(150)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _scale(self) -> float:
        return min(self.width() / PAD_W, self.height() / PAD_H)

    def _offset(self) -> float:
        """The drawing box keeps the signature's proportions and sits centred."""
        return max(0.0, (self.width() - PAD_W * self._scale()) / 2)

    def _to_model(self, pos: QPointF) -> tuple[float, float]:
        s, dx = self._scale(), self._offset()
        return (round(min(max((pos.x() - dx) / s, 0), PAD_W), 1), round(min(max(pos.y() / s, 0), PAD_H), 1))

    def set_strokes(self, strokes: Iterable[Iterable[tuple[float, float]]]) -> None:
        self.strokes = [list(s) for s in strokes]
        self.undone.clear()
        self.update()

    def clear(self) -> None:
        if self.strokes:
            self.strokes.clear()
            self.undone.clear()
            self.update()
            self.changed.emit()

    def undo_stroke(self) -> None:
        if self.strokes:
            self.undone.append(self.strokes.pop())
            self.update()
            self.changed.emit()

    def redo_stroke(self) -> None:
        if self.undone:
            self.strokes.append(self.undone.pop())
            self.update()
            self.changed.emit()

    def has_drawing(self) -> bool:
        return any(len(s) > 1 for s in self.strokes)

    # Mouse and pen (tablet events arrive as mouse events when not accepted).
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        self.strokes.append([self._to_model(event.position())])
        self.undone.clear()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.read_only or not (event.buttons() & Qt.MouseButton.LeftButton) or not self.strokes:
            return
        self.strokes[-1].append(self._to_model(event.position()))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.read_only and event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
            and not self.read_only
        ):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.strokes.append([self._to_model(pos)])
                    self.undone.clear()
                elif self.strokes:
                    self.strokes[-1].append(self._to_model(pos))
                if kind == QEvent.Type.TouchEnd:
                    self.changed.emit()
                self.update()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s, dx = self._scale(), self._offset()
        painter.translate(dx, 0)
        painter.fillRect(QRectF(0, 0, PAD_W * s, PAD_H * s), self.palette().base())
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        baseline = PAD_H * 0.8 * s
        painter.drawLine(QPointF(12, baseline), QPointF(PAD_W * s - 12, baseline))
        painter.drawRect(QRectF(0, 0, PAD_W * s - 1, PAD_H * s - 1))
        if self.typed_name:
            font = painter.font()
            font.setItalic(True)
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, 0, PAD_W * s, baseline - 4),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                self.typed_name,
            )
        elif not self.strokes:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                QRectF(0, 0, PAD_W * s, baseline - 4),
                int(Qt.AlignmentFlag.AlignCenter),
                tr("Skriv under her"),
            )
        pen = QPen(
            self.palette().text().color(),
            2.2,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                painter.drawPoint(QPointF(stroke[0][0] * s, stroke[0][1] * s))
                continue
            path = QPainterPath(QPointF(stroke[0][0] * s, stroke[0][1] * s))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(x * s, y * s))
            painter.drawPath(path)
        painter.end()
