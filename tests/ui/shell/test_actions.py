"""The window's actions come from one declared table (ui/shell/actions.py, menus.table)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ishoj_mus.ui.conversation.editor import ViewAction
from ishoj_mus.ui.shell import actions, menus
from ishoj_mus.ui.shell.actions import MenuActions
from ishoj_mus.ui.shell.main_window import MainWindow
from ishoj_mus.ui.widgets.keys import keys
from tests.helpers import open_window


def test_every_request_of_a_page_has_exactly_one_action():
    table = menus.table()
    for request in ViewAction:
        answering = [a.name for a in table if a.requested_as is request]
        assert len(answering) == 1, (request, answering)


def test_the_menus_show_the_table_in_order_with_its_shortcuts(qtbot):
    window = open_window(qtbot)
    window.ensure_actions()
    table = menus.table()
    for index, menu in enumerate(window._menus):
        shown = [a for a in menu.actions() if not a.isSeparator()]
        declared = [spec for spec in table if spec.menu == index]
        assert [a.objectName() for a in shown] == [spec.name for spec in declared]
        assert [a.text() for a in shown] == [spec.text for spec in declared]
        for action, spec in zip(shown, declared, strict=True):
            assert action.shortcuts() == [QKeySequence(k) for k in keys(spec.name)], spec.name
    assert window.a_save.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Save)]
    assert [a.text() for a in window._menus[actions.FILE].actions()][-1] == "&Afslut"


def test_the_windows_named_actions_are_the_tables():
    declared = {spec.attribute for spec in menus.table() if spec.attribute}
    properties = {name for name, value in vars(MenuActions).items() if name.startswith("a_")}
    assert issubclass(MainWindow, MenuActions)
    assert declared == properties


def test_actions_for_an_open_conversation_wait_for_one(qtbot):
    window = open_window(qtbot)
    window.ensure_actions()
    assert not window.a_save.isEnabled() and not window.a_preview.isEnabled()
    assert window.a_new.isEnabled() and window.a_sheet.isEnabled()
    window.open_demo()
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.a_save.isEnabled() and window.a_preview.isEnabled() and window.a_reveal.isEnabled()
    assert not window.a_undo.isEnabled()
