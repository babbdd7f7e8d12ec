"""The rows of the agreement and follow-up editors: rebuilt when items come, go or move, and
kept in the Tab order where they stand on the page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QScrollArea, QWidget

from ishoj_mus.ui.conversation.document import ConversationDocument


class ItemRow(QFrame):
    """One item's row in an agreement or follow-up list."""

    def refresh(self) -> None:
        """Show the item as it is now (the row stays)."""
        raise NotImplementedError


RowT = TypeVar("RowT", bound=ItemRow)


class RowsEditor(Protocol[RowT]):
    """What the rows need of their editor: an AgreementsEditor or a FollowupsEditor (both
    import this module, so it names neither)."""

    rows: list[RowT]
    _ids: list[str]  # the items the rows show, in order

    @property
    def list(self) -> QBoxLayout: ...  # the rows' layout

    @property
    def empty(self) -> QWidget: ...  # said when there are no items

    @property
    def document(self) -> ConversationDocument: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def tab_neighbours(self) -> tuple[QWidget | None, QWidget | None]:
        """What Tab reaches just before the rows and just after them."""
        ...


def refresh_rows(editor: RowsEditor[RowT], ids: list[str], new_row: Callable[[int], RowT]) -> None:
    """Rebuild an editor's rows when items came, went or moved; otherwise refresh them in place."""
    if ids != editor._ids:
        for row in editor.rows:
            row.setParent(None)
            row.deleteLater()
        editor.rows = [new_row(i) for i in range(len(ids))]
        for row in editor.rows:
            editor.list.addWidget(row)
            row.setVisible(True)  # now, not at the next event loop turn (keeps focus moves exact)
        editor._ids = ids
        editor.set_read_only(editor.document.conversation.is_locked)
        _chain_rows(editor)
    else:
        for row in editor.rows:
            row.refresh()
    editor.empty.setVisible(not ids)


def _focusable(row: QWidget) -> list[QWidget]:
    """A row's widgets that Tab reaches, in the order they were made (the same in every row)."""
    return [
        w
        for w in row.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is row.window()  # not a drop-down's own popup list
    ]


def focused_place(row: QWidget) -> int:
    """Where in ``row`` the focus is (0: its first field when it is elsewhere)."""
    focus = QApplication.focusWidget()
    return next((i for i, w in enumerate(_focusable(row)) if w is focus), 0)


def focus_place(row: QWidget, place: int) -> None:
    """Give the focus to the widget at ``place`` in a (rebuilt) row, or the nearest that takes it:
    a row's keys keep the person in the same field of the item they moved or of the next one."""
    widgets = _focusable(row)
    for widget in widgets[place:] + widgets[:place][::-1]:
        if widget.isEnabled() and widget.isVisibleTo(row):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            # The rebuilt rows took the focus away first, and the page scrolled after it (to
            # »Tilføj aftale«): back to the field, once the new rows are laid out.
            QTimer.singleShot(0, widget, partial(_scroll_to, row, widget))
            return


def _scroll_to(row: QWidget, widget: QWidget) -> None:
    """The whole row if the page has room for it (its title and buttons), the field in any case."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(row)
        parent.ensureWidgetVisible(widget)


def _chain_rows(editor: RowsEditor[RowT]) -> None:
    """New rows join the Tab order where they stand on the page (Qt would put them last, so
    Tab from the last row skipped every answer box below the list)."""
    widgets = [w for row in editor.rows for w in _focusable(row)]
    if not widgets:
        return
    before, after = editor.tab_neighbours()
    previous = before
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
    if after is not None:
        QWidget.setTabOrder(widgets[-1], after)
