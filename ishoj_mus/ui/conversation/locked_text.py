"""Locked text stays quiet and honest.

A read-only text field (a signed conversation, a hidden preparation) is skipped by Tab,
looks read-only whenever it becomes so (the style sheet's ``[readOnly="true"]`` is applied
again: Qt does not re-read a property selector by itself), keeps its text selectable and
copyable, and typing into it says why nothing happens instead of swallowing the keys.

Each page watches its own text fields (:func:`watch`), with one shared event filter on the
fields themselves, not on the whole application.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ishoj_mus.ui.widgets.i18n import tr

TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit)
TextField = QLineEdit | QPlainTextEdit | QTextEdit
_EDITING_FOCUS = "_ishoj_editing_focus"  # the focus policy a field had while editable
_WATCHED = "_ishoj_locked_text"


def _text_field(obj: QObject) -> TypeGuard[TextField]:
    return isinstance(obj, TEXT_FIELDS) and not isinstance(obj, QTextBrowser)


def apply(field: TextField) -> None:
    """Locked: click focus only (to select and copy), selectable text, the read-only look."""
    if field.isReadOnly():
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


def _typed_into_locked(field: QWidget, event: QKeyEvent) -> None:
    text = event.text()
    if (
        not text
        or not text.isprintable()
        or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    ):
        return  # copy, select all, arrows: fine in a locked field
    QToolTip.showText(
        field.mapToGlobal(field.rect().center()),
        tr("Feltet er låst, så I kan ikke rette det her. I kan markere teksten og kopiere den."),
        field,
    )


class _LockedText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not isinstance(watched, TEXT_FIELDS):  # it watches text fields only (:func:`watch`)
            return False
        if kind == QEvent.Type.ReadOnlyChange:
            apply(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched.isReadOnly():
            _typed_into_locked(watched, event)
        return False


_filter: _LockedText | None = None


def watch(root: QWidget) -> None:
    """Every text field inside ``root`` follows the rules above, now and when it locks or
    unlocks later (call again after adding fields)."""
    global _filter
    if _filter is None:
        _filter = _LockedText(QApplication.instance())
    for kind in TEXT_FIELDS:
        for field in root.findChildren(kind):
            if not _text_field(field):
                continue
            if not field.property(_WATCHED):
                field.setProperty(_WATCHED, True)
                field.installEventFilter(_filter)
            if field.isReadOnly() or field.property(_EDITING_FOCUS) is not None:
                apply(field)
