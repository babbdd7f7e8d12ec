"""No silent changes: the mouse wheel never changes a value the person is not working in.

Scrolling a page while the pointer passes over a drop-down, a spin box, a date or a slider
would otherwise change that value unnoticed and into the signed document. One application-
wide event filter does two things:

- such controls take focus by Tab or click only (``StrongFocus``), never by the wheel;
- a wheel event on one of them without focus goes to the page behind it instead, which
  scrolls as the person meant;
- Tab leaves a date field (instead of walking its day, month and year).

It also keeps locked text quiet and honest: a read-only text field (a signed conversation,
a hidden preparation) is skipped by Tab, looks read-only whenever it becomes so (the style
sheet's ``[readOnly="true"]`` is applied again), stays selectable and copyable, and typing
into it says why nothing happens instead of swallowing the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ishoj_mus.ui.i18n import tr

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)

_WHEEL = QEvent.Type.Wheel
_KEY = QEvent.Type.KeyPress
_POLISH = QEvent.Type.Polish
_READ_ONLY = QEvent.Type.ReadOnlyChange
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)
_EDITING_FOCUS = "_ishoj_editing_focus"  # the focus policy a field had while editable


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


def _text_field(obj: QObject) -> bool:
    return isinstance(obj, TEXT_FIELDS) and not isinstance(obj, QTextBrowser)


def _read_only_changed(field: QWidget) -> None:
    """Locked: click focus only (to select and copy), selectable text, the read-only look."""
    read_only = field.isReadOnly()  # type: ignore[attr-defined]
    if read_only:
        if field.property(_EDITING_FOCUS) is None:
            field.setProperty(_EDITING_FOCUS, int(field.focusPolicy().value))
        field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        if isinstance(field, (QPlainTextEdit, QTextEdit)):
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
    else:
        before = field.property(_EDITING_FOCUS)
        if before is not None:
            field.setFocusPolicy(Qt.FocusPolicy(before))
            field.setProperty(_EDITING_FOCUS, None)
    style = field.style()
    style.unpolish(field)
    style.polish(field)
    field.update()


def _typed_into_locked(field: QWidget, event) -> None:
    text = event.text()
    if (
        not text
        or not text.isprintable()
        or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    ):
        return  # copy, select all, arrows: fine in a locked field
    QToolTip.showText(
        field.mapToGlobal(field.rect().center()),
        tr("Feltet er låst og kan ikke rettes her. Teksten kan markeres og kopieres."),
        field,
    )


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == _WHEEL:
            if _guarded(watched) and not watched.hasFocus():  # type: ignore[attr-defined]
                _scroll_page_instead(watched, event)  # type: ignore[arg-type]
                return True
        elif kind == _KEY and isinstance(watched, QDateTimeEdit):
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~(  # type: ignore[attr-defined]
                Qt.KeyboardModifier.ShiftModifier
            ):
                forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                return _leave(watched, forward)
        elif kind == _READ_ONLY and _text_field(watched):
            _read_only_changed(watched)  # type: ignore[arg-type]
        elif kind == _KEY and _text_field(watched) and watched.isReadOnly():  # type: ignore[attr-defined]
            _typed_into_locked(watched, event)  # type: ignore[arg-type]
        elif kind == _POLISH and _guarded(watched):
            widget: QWidget = watched  # type: ignore[assignment]
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication) -> WheelGuard:
    """Install once per application; returns the guard (kept alive by the application)."""
    existing = getattr(app, "_ishoj_wheel_guard", None)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app._ishoj_wheel_guard = guard  # type: ignore[attr-defined]
    return guard
