"""No silent changes: the mouse wheel never changes a value the person is not working in.

Scrolling a page while the pointer passes over a drop-down, a spin box, a date or a slider
would otherwise change that value unnoticed and into the signed document. Each such control
is guarded where it is made (:func:`guard`), with one shared event filter on the control
itself (not on the whole application, which would send every event of the program through
Python):

- such controls take focus by Tab or click only (``StrongFocus``), never by the wheel;
- a wheel event on one of them goes to the page behind it instead, which scrolls as the
  person meant – also when the control has the focus: clicking a drop-down to pick a value
  gives it the focus (click focus is part of ``StrongFocus``), and the person then turns the
  wheel to read on, not to change the value just picked. The value changes by a click, the
  arrow keys or typing, never by the wheel;
- Tab leaves a date field (instead of walking its day, month and year).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded(obj: QObject) -> bool:
    # A scroll bar is a slider too, but the wheel over it is meant to scroll.
    return isinstance(obj, GUARDED) and not isinstance(obj, QScrollBar)


def _scroll_page_instead(control: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the scroll area the control sits in (Qt would not pass it on itself
    for every kind of event), so the page scrolls and the value stays."""
    area = control.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    event.accept()
    if area is None:
        return
    viewport = area.viewport()
    position = viewport.mapFromGlobal(event.globalPosition().toPoint())
    forwarded = QWheelEvent(
        QPointF(position),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, forwarded)


def _leave(widget: QWidget, forward: bool) -> bool:
    """Tab leaves a date field, as everywhere else (Qt would walk its day, month and year and
    the next letters typed would land in the date)."""
    target: QWidget | None = widget
    for _ in range(1000):
        assert target is not None
        target = target.nextInFocusChain() if forward else target.previousInFocusChain()
        if target is None or target is widget:
            return False
        if (
            not widget.isAncestorOf(target)
            and target.window() is widget.window()
            and target.isVisible()
            and target.isEnabled()
            and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            and target.focusProxy() is None
        ):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)
            return True
    return False


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and isinstance(watched, QWidget):
            # Focused or not: picking a value with the mouse leaves the focus on the control.
            _scroll_page_instead(watched, event)
            return True
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QDateTimeEdit)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier
            ):
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                return _leave(watched, forward)
        return False


_guard: WheelGuard | None = None


def guard(*controls: QWidget) -> None:
    """Guard these drop-downs, spin boxes, dates and sliders (call where they are made)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(QApplication.instance())
    for control in controls:
        if not _guarded(control):
            continue
        if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(_guard)  # once: Qt never installs the same filter twice
