"""Typing and moving (issue #26): a double-click on "Næste" is one step, and the link
"Aftale 4: Frist" leads to agreement 4's deadline (it focused agreement 1)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from tests.helpers import open_window

LEFT = Qt.MouseButton.LeftButton


def test_a_double_click_on_next_is_one_step(qtbot, demo):
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go(2)
    qtbot.mouseClick(view.next, LEFT)
    qtbot.mouseDClick(view.next, LEFT)  # the second half of a double-click
    assert view.step_list.currentRow() == 3
    qtbot.mouseClick(view.next, LEFT)  # a click after it is a click
    assert view.step_list.currentRow() == 4


def test_the_link_to_agreement_4s_deadline_focuses_agreement_4(qtbot, demo):
    demo.agreements[3] = replace(demo.agreements[3], deadline=None)
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("opsummering"))
    page = view.current_page()
    links = dict(
        (text, href) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', page.missing_label.text())
    )
    href = next(h for t, h in links.items() if "Aftale 4: Frist" in t)
    page._link(href)
    editor = view.current_page().findChild(AgreementsEditor)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.rows[3].deadline.edit)


def test_focus_stays_in_the_row_after_carrying_an_agreement_forward(qtbot, demo):
    """After "Videreført til årets aftaler" the focus landed on the next agreement's "Fjern"."""
    from ishoj_mus.ui.conversation.followups import FollowupsEditor

    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("siden-sidst"))
    editor = view.current_page().findChild(FollowupsEditor)
    index = next(i for i, row in enumerate(editor.rows) if row.carry.isVisibleTo(row))
    row = editor.rows[index]
    height = row.height()
    view.current_page().ensureWidgetVisible(row.carry)
    qtbot.mouseClick(row.carry, LEFT)
    row = editor.rows[index]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.comment)
    assert row.carried.isVisibleTo(row) and abs(row.height() - height) <= 2


def test_the_page_follows_the_cursor_at_the_end_of_a_long_answer(qtbot, demo):
    """Typing at the end of a long answer happened off-screen: the page did not follow."""
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.ui.conversation.fields import TextAnswer

    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("kerneopgaven"))
    page = view.current_page()
    answer = next(e for e in page.editors if isinstance(e, TextAnswer) and e.voice == Voice.MEDARBEJDER)
    box = answer.editor
    page.ensureWidgetVisible(box)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.moveCursor(box.textCursor().MoveOperation.End)
    for _ in range(40):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "Sidste linje")

    def cursor_in_sight() -> bool:
        rect = box.cursorRect()
        bottom = box.viewport().mapTo(page.viewport(), rect.bottomLeft()).y()
        return 0 <= bottom <= page.viewport().height()

    qtbot.waitUntil(cursor_in_sight)
