"""The step list's small parts: titles that wrap instead of being cut, and buttons beside it
whose double-click is one click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize

ITEM_PADDING = 8  # the style sheet's QListWidget::item padding, left + right (theme.py)


class WrappingSteps(QStyledItemDelegate):
    """Wraps a long step title instead of eliding it: Qt measures the wrapped height at the full
    row width, but the style sheet's padding narrows the row it then draws in."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -ITEM_PADDING, 0)
        return super().sizeHint(narrower, index)


class NoDoubleClick(QObject):
    """A button's double-click is one click: its second press arrives as a double-click."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 – Qt API
        return event.type() == QEvent.Type.MouseButtonDblClick
