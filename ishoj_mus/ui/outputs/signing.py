"""The signing step: a pad per party (mouse, pen or touch), confirmation, the employee's remark."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Signature
from ishoj_mus.domain.form import PARTIES, Step, Voice
from ishoj_mus.text import format_datetime
from ishoj_mus.ui.conversation.fields import GrowingTextEdit, voice_badge
from ishoj_mus.ui.conversation.pages import StepPage
from ishoj_mus.ui.widgets.i18n import tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within

PAD_W, PAD_H = 400.0, 150.0


class SignaturePad(QWidget):
    """Draw with mouse, pen or finger; strokes are kept as vectors in a 400 × 150 box."""

    changed = Signal()

    def __init__(self, parent=None):
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

    def set_strokes(self, strokes):
        self.strokes = [list(s) for s in strokes]
        self.undone.clear()
        self.update()

    def clear(self):
        if self.strokes:
            self.strokes.clear()
            self.undone.clear()
            self.update()
            self.changed.emit()

    def undo_stroke(self):
        if self.strokes:
            self.undone.append(self.strokes.pop())
            self.update()
            self.changed.emit()

    def redo_stroke(self):
        if self.undone:
            self.strokes.append(self.undone.pop())
            self.update()
            self.changed.emit()

    def has_drawing(self) -> bool:
        return any(len(s) > 1 for s in self.strokes)

    # Mouse and pen (tablet events arrive as mouse events when not accepted).
    def mousePressEvent(self, event):  # noqa: N802
        if self.read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        self.strokes.append([self._to_model(event.position())])
        self.undone.clear()
        self.update()

    def mouseMoveEvent(self, event):  # noqa: N802
        if self.read_only or not (event.buttons() & Qt.MouseButton.LeftButton) or not self.strokes:
            return
        self.strokes[-1].append(self._to_model(event.position()))
        self.update()

    def mouseReleaseEvent(self, event):  # noqa: N802
        if not self.read_only and event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()

    def event(self, event):
        kind = event.type()
        if (
            kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
            and not self.read_only
        ):
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

    def paintEvent(self, _event):  # noqa: N802
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


class PartySigning(QGroupBox):
    def __init__(self, page: SignaturePage, role: Voice):
        super().__init__()
        self.page, self.role = page, role
        self.setAccessibleName(tr("Underskrift: %1").replace("%1", voice_label(role)))
        layout = QVBoxLayout(self)
        layout.addWidget(voice_badge(role))
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.name)
        self.remark = None
        self.remark_label = None
        if role == Voice.MEDARBEJDER:
            # Placed by the page above both parties, so the two signature pads stand level.
            self.remark_label = QLabel(tr("Medarbejderens bemærkning (valgfri, kommer med i referatet):"))
            self.remark_label.setWordWrap(True)
            self.remark = GrowingTextEdit()
            self.remark.setAccessibleName(tr("Medarbejderens bemærkning"))
            self.remark_label.setBuddy(self.remark)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(tr("Underskriftsfelt for %1").replace("%1", voice_label(role).lower()))
        layout.addWidget(self.pad)
        buttons = QHBoxLayout()
        self.clear = QPushButton(tr("Ryd"))
        self.undo = QPushButton(tr("Fortryd"))
        self.redo = QPushButton(tr("Gentag"))
        self.undo.setAccessibleName(tr("Fortryd seneste streg"))
        self.redo.setAccessibleName(tr("Gentag streg"))
        for b in (self.clear, self.undo, self.redo):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Signing by keyboard: type the name as it stands in the conversation.
        typed_label = QLabel(tr("… eller skriv dit navn (underskrift med tastaturet):"))
        typed_label.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(
            tr("Skriv dit navn for at underskrive som %1").replace("%1", voice_label(role).lower())
        )
        typed_label.setBuddy(self.typed)
        layout.addWidget(typed_label)
        layout.addWidget(self.typed)
        keep_within(self.typed, "signatures.typed_name")
        # A check box label never wraps; the sentence sits beside it in a wrapping label instead.
        confirm_row = QHBoxLayout()
        self.confirm = QCheckBox()
        confirmation = tr("Jeg bekræfter, at samtalen har fundet sted, og at jeg har læst referatet.")
        self.confirm.setAccessibleName(confirmation)
        confirm_text = QLabel(confirmation)
        confirm_text.setWordWrap(True)
        confirm_text.setBuddy(self.confirm)
        confirm_text.mousePressEvent = (  # type: ignore[method-assign]  # a click on the text ticks the box
            lambda _e: self.confirm.toggle() if self.confirm.isEnabled() else None
        )
        confirm_row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignTop)
        confirm_row.addWidget(confirm_text, 1)
        layout.addLayout(confirm_row)
        self.sign_button = QPushButton(tr("Underskriv"))
        self.sign_button.setAccessibleName(tr("Underskriv som %1").replace("%1", voice_label(role).lower()))
        self.sign_button.setDefault(False)
        layout.addWidget(self.sign_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.clear.clicked.connect(self.pad.clear)
        self.undo.clicked.connect(self.pad.undo_stroke)
        self.redo.clicked.connect(self.pad.redo_stroke)
        self.sign_button.clicked.connect(self.sign)
        self.pad.changed.connect(self._update_buttons)
        self.confirm.toggled.connect(self._update_buttons)
        self.typed.textChanged.connect(self._update_buttons)
        self.typed.returnPressed.connect(lambda: self.sign_button.isEnabled() and self.sign())
        if self.remark is not None:
            self.remark.textChanged.connect(self._remark_edited)
        self.setTabOrder(self.redo, self.typed)
        self.setTabOrder(self.typed, self.confirm)
        self.setTabOrder(self.confirm, self.sign_button)

    def _remark_edited(self):
        """The remark is part of the conversation from the first letter (saved, kept on reopen),
        and typing it is undone like any other typing."""
        from ishoj_mus.ui.conversation.commands import SetRemark

        conv = self.page.view.conv
        if self.remark is None:
            return
        text = self.remark.toPlainText()
        if self.role not in conv.signatures and text != conv.remark:
            self.page.view.document.push(SetRemark(conv, text))

    def _update_buttons(self, *_):
        conv = self.page.view.conv
        signed = self.role in conv.signatures
        has_mark = self.pad.has_drawing() or bool(self.typed.text().strip())
        self.sign_button.setEnabled(not signed and self.confirm.isChecked() and has_mark)
        for w in (self.clear, self.undo, self.redo, self.confirm, self.typed):
            w.setEnabled(not signed)
        self.undo.setEnabled(not signed and bool(self.pad.strokes))
        self.redo.setEnabled(not signed and bool(self.pad.undone))
        if self.remark is not None:
            self.remark.setReadOnly(signed)

    def sign(self):
        from ishoj_mus.ui.conversation.commands import Sign

        view = self.page.view
        conv = view.conv
        drawn = self.pad.has_drawing()
        signature = Signature(
            role=self.role,
            signer=conv.signer_name(self.role),
            signed_at=datetime.now().astimezone().replace(microsecond=0),
            strokes=tuple(tuple(s) for s in self.pad.strokes if s) if drawn else (),
            width=PAD_W,
            height=PAD_H,
            remark=self.remark.toPlainText().strip() if self.remark is not None else "",
            typed_name="" if drawn else self.typed.text().strip(),
        )
        if not view.document.push(Sign(conv, signature), quiet=True):
            QMessageBox.information(self, tr("Kan ikke underskrive endnu"), view.document.last_refusal)
            return
        view.signed()

    def refresh(self):
        conv = self.page.view.conv
        name = conv.signer_name(self.role)
        self.name.setText(name or tr("(navn mangler)"))
        sig = conv.signatures.get(self.role)
        if sig is not None:
            self.pad.set_strokes(sig.strokes)
            self.pad.typed_name = sig.typed_name
            self.pad.read_only = True
            self.confirm.setChecked(True)
            if self.typed.text() != sig.typed_name:
                self.typed.setText(sig.typed_name)
            if self.remark is not None and self.remark.toPlainText() != sig.remark:
                self.remark.setPlainText(sig.remark)
            status = tr("Underskrevet %1 ved at skrive navnet.") if sig.is_typed else tr("Underskrevet %1")
            self.status.setText(status.replace("%1", format_datetime(sig.signed_at)))
        else:
            if self.pad.read_only:
                self.pad.set_strokes([])
                self.pad.typed_name = ""
                self.typed.clear()
                self.confirm.setChecked(False)
            self.pad.read_only = False
            if self.remark is not None and self.remark.toPlainText() != conv.remark:
                self.remark.setPlainText(conv.remark)  # kept when the conversation was reopened
            self.status.setText("")
        self._update_buttons()


class SignaturePage(StepPage):
    def __init__(self, view, step: Step, parent=None):
        super().__init__(view, step, parent)
        grid = QGridLayout()
        self.parties = [PartySigning(self, role) for role in PARTIES]
        for col, party in enumerate(self.parties):
            grid.addWidget(party, 1, col)
            grid.setColumnStretch(col, 1)  # both parties get the same room
        remark_party = self.parties[PARTIES.index(Voice.MEDARBEJDER)]
        assert remark_party.remark is not None and remark_party.remark_label is not None
        remark_box = QFrame()
        remark_box.setObjectName("remarkBox")
        remark_layout = QVBoxLayout(remark_box)
        remark_layout.setContentsMargins(0, 0, 0, 0)
        remark_layout.addWidget(remark_party.remark_label)
        remark_layout.addWidget(remark_party.remark)
        keep_within(remark_party.remark, "signatures.remark")
        grid.addWidget(remark_box, 0, 0, 1, len(self.parties))
        from ishoj_mus.ui.outputs.hr_outputs import HrOutputs

        self.outputs = HrOutputs(view)  # what HR gets, read before signing; both files after
        self.body.addWidget(self.outputs)
        wrapper = QWidget()
        wrapper.setLayout(grid)
        self.body.addWidget(wrapper)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.body.addWidget(self.missing)
        from ishoj_mus.ui.conversation.history import HistoryView

        self.history = HistoryView(view.conv)
        self.body.addWidget(self.history)
        self.finish()
        self.refresh()

    def refresh(self):
        for party in self.parties:
            party.refresh()
        self.outputs.refresh()
        self.history.refresh()
        n = len(self.view.conv.missing())
        self.missing.setText(
            tr("Der mangler stadig %1 svar, der skal med. Se »Opsummering«, før I underskriver.").replace(
                "%1", str(n)
            )
            if n
            else ""
        )
        self.missing.setVisible(bool(n))

    def set_read_only(self, read_only: bool):
        pass  # signing has its own rules

    def focus_target(self, field_id=None, voice=None):
        return self.parties[0].remark or self.parties[0].pad
