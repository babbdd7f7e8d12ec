"""The rows of the agreement and follow-up editors: rebuilt when items come, go or move, and
kept in the Tab order where they stand on the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


# ``editor``: an AgreementsEditor or a FollowupsEditor (both import this module, so it names
# neither): its ``rows``, ``_ids``, ``list`` (layout), ``empty`` label and ``document``.
def refresh_rows(editor: Any, ids: list[str], row_class: Callable[[Any, int], QWidget]) -> None:
    """Rebuild an editor's rows when items came, went or moved; otherwise refresh them in place."""
    if ids != editor._ids:
        for row in editor.rows:
            row.setParent(None)
            row.deleteLater()
        editor.rows = [row_class(editor, i) for i in range(len(ids))]
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


def _chain_rows(editor: Any) -> None:
    """New rows join the Tab order where they stand on the page (Qt would put them last, so
    Tab from the last row skipped every answer box below the list)."""
    widgets = [
        w
        for row in editor.rows
        for w in row.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.window() is editor.window()  # not a drop-down's own popup list
    ]
    if not widgets:
        return
    anchor = getattr(editor, "import_button", None)
    if anchor is not None:  # "Siden sidst": the button, then the rows
        before, after = anchor, None
    else:  # the development plan: the rows, then "Tilføj aftale"
        before, after = editor.add.previousInFocusChain(), editor.add
    previous = before
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
    if after is not None:
        QWidget.setTabOrder(previous, after)
