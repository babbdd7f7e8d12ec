"""The step list's small parts: titles that wrap instead of being cut, buttons beside it whose
double-click is one click, and the next step's page made while people read the one shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
    from PySide6.QtWidgets import QWidget

# How long a page has been on screen before the next step's page is made. Making a question page
# takes 30–150 ms (measured on the demo, issue 25): made on the first "Næste" that is a pause one
# can feel; made while people read, "Næste" shows it at once. Not sooner: a key typed at once
# should not wait for it.
NEXT_PAGE_AFTER_MS = 300

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


class NextPageMaker(QObject):
    """``make_next()`` once the step shown has stayed ``NEXT_PAGE_AFTER_MS`` on screen without an
    edit: counted from the view's first paint for the first step, from each later step's showing
    after that, and again from each edit (``postpone``)."""

    def __init__(self, view: QWidget, make_next: Callable[[], None]) -> None:
        super().__init__(view)
        self.painted = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NEXT_PAGE_AFTER_MS)
        self.timer.timeout.connect(make_next)
        view.installEventFilter(self)

    def shown(self) -> None:
        """Another step is shown: wait for a pause on it."""
        if self.painted:
            self.timer.start()

    def postpone(self) -> None:
        """Something was typed or changed: wait for a pause again (making a page while people
        type made one key wait 25–30 ms: bench_typing's worst key CPU 10–15 -> 26–33 ms)."""
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 – Qt API
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            watched.removeEventFilter(self)
            self.timer.start()
        return False
