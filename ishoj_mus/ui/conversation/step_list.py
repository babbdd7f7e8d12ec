"""The step list's small parts: each entry's progress mark, titles that wrap instead of being
cut, buttons beside it whose double-click is one click, and the next step's page made while
people read the one shown."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from ishoj_mus.domain.form_steps import Step, StepKind
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.ui.conversation.entries import entry_key, entry_title
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
    from PySide6.QtWidgets import QWidget

    from ishoj_mus.domain.conversation import Conversation

# How long a page has been on screen before the next step's page is made. Making a question page
# takes 30–150 ms (measured on the demo, issue 25): made on the first "Næste" that is a pause one
# can feel; made while people read, "Næste" shows it at once. Not sooner: a key typed at once
# should not wait for it.
NEXT_PAGE_AFTER_MS = 300

ITEM_PADDING = 8  # the style sheet's QListWidget::item padding, left + right (theme.py)


def show_progress(
    step_list: QListWidget,
    entries: Sequence[Step | OwnTopic],
    conv: Conversation,
    only: Collection[str] | None = None,
) -> None:
    """Each entry's mark and (answered/total), row by row as ``entries``. ``only``: the entries
    (by key) a change concerns; the summary's mark, which says whether anything is missing
    anywhere, follows every change."""
    missing_steps = {m.step_id for m in conv.missing()}
    for index, step in enumerate(entries):
        if only is not None and entry_key(step) not in only:
            if isinstance(step, OwnTopic) or step.kind != StepKind.SUMMARY:
                continue
        item = step_list.item(index)
        if isinstance(step, OwnTopic):
            _topic_progress(item, step, conv)
            continue
        answered, total = conv.step_progress(step.id)
        mark = "✓" if step.id not in missing_steps else "•"
        state = tr("mangler svar") if step.id in missing_steps else tr("udfyldt")
        if step.id not in missing_steps and total and not answered:
            # Nothing required, but nothing written yet either: no tick that reads as "done".
            mark, state = "○", tr("ikke besvaret endnu")
        if step.kind == StepKind.SIGNATURES:
            mark = "✓" if conv.is_fully_signed else "•"
            label = f"{mark}  {step.title}"
        elif step.kind == StepKind.SUMMARY:
            label = f"{'✓' if not missing_steps else '!'}  {step.title}"
        elif total:
            label = f"{mark}  {step.title}  ({answered}/{total})"
        else:
            label = f"{mark}  {step.title}"
        if item.text() == label and item.toolTip() == state:
            continue  # unchanged: no re-layout of the (word-wrapping) list on every key
        item.setText(label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{step.title}, {state}")
        item.setToolTip(state)


def _topic_progress(item: QListWidgetItem, topic: OwnTopic, conv: Conversation) -> None:
    """An own topic that is a step of its own: nothing is required, so answered or not yet."""
    answered, total = conv.topic_progress(topic.id)
    mark, state = ("✓", tr("udfyldt")) if answered else ("○", tr("ikke besvaret endnu"))
    title = entry_title(topic, conv.hidden_voices())
    label = f"{mark}  {title}  ({answered}/{total})"
    if item.text() != label or item.toolTip() != state:
        item.setText(label)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {state}")
        item.setToolTip(state)


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
