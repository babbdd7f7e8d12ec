"""The start page makes its recovery offer and its recent list only when there is something in
them (start-up, issue 15): they must sit where they always sat, in the layout and for Tab."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ishoj_mus.storage import recovery, userdirs
from ishoj_mus.ui.widgets import i18n
from tests.helpers import open_window

RECENT = [
    {
        "path": "/nowhere/MUS_Åse.mus",
        "employee": "Åse Øberg",
        "date": "2026-03-02",
        "form": "MUS",
        "state": "",
    }
]


def _tab_order(qtbot, window) -> list[str]:
    """Press Tab from "Ny samtale" through the start page, as a keyboard user would."""
    start = window.start_page
    start.new_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.new_button)
    names = {
        id(start.new_button): "new",
        id(start.open_button): "open",
        id(start.demo_button): "demo",
        id(start.prepare_button): "prepare",
        id(start.overview_button): "overview",
        id(start.hr_button): "hr",
        id(start.recovery_list): "recovery list",
        id(start.restore_button): "restore",
        id(start.discard_button): "discard",
        id(start.recent_list): "recent list",
    }
    order = []
    for _ in range(len(names) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(names.get(id(QApplication.focusWidget()), "elsewhere"))
    return order


def test_recovery_offer_and_recent_list_keep_their_place_and_tab_order(qtbot, user_home, demo):
    expected = [
        "open",
        "demo",
        "overview",
        "hr",
        "prepare",
        "recovery list",
        "restore",
        "discard",
        "recent list",
    ]

    # A first start: neither is there, and neither is made.
    first = open_window(qtbot)
    assert first.start_page._recovery_box is None and first.start_page._recent_list is None
    assert first.start_page.recent_empty.isVisible()

    # Both come later (a crash copy, a saved conversation): they appear, in order.
    recovery.write(demo, None)
    first.settings.recent = list(RECENT)
    first.refresh_start_page()
    assert first.start_page.recovery_box.isVisible() and first.start_page.recent_list.isVisible()
    assert not first.start_page.recent_empty.isVisible()
    assert _tab_order(qtbot, first) == expected

    # A start with both there from the beginning looks and tabs the same.
    (userdirs.config_dir() / "settings.json").write_text(json.dumps({"recent": RECENT}), encoding="utf-8")
    second = open_window(qtbot)
    second.resize(first.size())
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.start_page.recent_list.isVisible())
    assert _tab_order(qtbot, second) == expected
    for part in ("recovery_box", "recent_box", "recent_list"):
        assert getattr(first.start_page, part).geometry() == getattr(second.start_page, part).geometry(), part
    assert "Åse Øberg" in second.start_page.recent_list.item(0).text()
    assert "Mette Hansen" in second.start_page.recovery_list.item(0).text()


def test_the_menus_work_before_their_actions_are_made(qtbot, user_home, monkeypatch):
    """The menus' actions are made right after the first frame. A key pressed or a menu opened
    before that still finds them: here the first frame's turn never comes."""
    import ishoj_mus.ui.shell.first_frame as first_frame
    from tests.helpers import when_modal

    monkeypatch.setattr(first_frame, "after_first_frame", lambda widget, then: None)
    window = open_window(qtbot)
    assert not window._actions_made  # nothing has made them yet

    # Ctrl+O the moment the window is there: the open dialog.
    seen: list[str] = []
    when_modal(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    qtbot.keyClick(window.start_page.new_button, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen == ["QFileDialog"])

    # A menu opened first fills itself.
    second = open_window(qtbot)
    assert not second._actions_made
    file_menu = second.menuBar().actions()[0].menu()
    file_menu.popup(second.mapToGlobal(second.rect().topLeft()))
    qtbot.waitUntil(file_menu.isVisible)
    assert [a.objectName() for a in file_menu.actions() if a.objectName()][:3] == ["new", "open", "save"]
    file_menu.hide()


def test_the_actions_are_there_right_after_the_first_frame(qtbot, user_home):
    from ishoj_mus.ui.shell.app import make_window, show_window

    _app, window = make_window()
    qtbot.addWidget(window)
    show_window(window)
    assert not window._actions_made  # the first frame has the menus' titles only
    qtbot.waitUntil(lambda: window._actions_made)
    assert window.findChild(type(window.a_open), "open").shortcuts()  # Ctrl+O, Windows' and Linux' keys


def test_a_damaged_recent_list_never_stops_the_program(qtbot, user_home):
    """A hand-edited or damaged settings file ("path": null, a number as the date) stopped the
    program at every start with a traceback; the broken entries are left out, the rest shown."""
    damaged = [{"path": None, "employee": "Ingen sti"}, {"path": "/x.mus", "date": 2026}, "tekst", *RECENT]
    (userdirs.config_dir() / "settings.json").write_text(json.dumps({"recent": damaged}), encoding="utf-8")
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.start_page.recent_list.isVisible())
    assert window.start_page.recent_list.count() == 1
    assert "Åse Øberg" in window.start_page.recent_list.item(0).text()


def test_one_click_opens_a_recent_conversation_and_look_alikes_say_their_folder(qtbot, tmp_path, signed_demo):
    """A single click did nothing, and two entries "Mette Hansen · 19.11.2026 · underskrevet" in
    different folders read the same, without a folder or a tooltip (issue #26)."""
    from ishoj_mus.storage import musfile

    paths = []
    for folder in ("2026", "kopi"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "MUS_2026-11-19_Hansen_Mette.mus"
        musfile.save(signed_demo, path)
        paths.append(path)
    window = open_window(qtbot)
    for path in paths:
        window.settings.remember(path, "Mette Hansen", "19.11.2026", "MUS", "signed")
    window.refresh_start_page()
    recent = window.start_page.recent_list
    qtbot.waitUntil(recent.isVisible)
    first, second = recent.item(0).text(), recent.item(1).text()
    assert first != second
    assert "i mappen" in first and str(paths[1].parent) in first  # the newest first
    assert recent.item(1).toolTip() == str(paths[0])
    opened = []
    window.start_page.recent_chosen.disconnect()
    window.start_page.recent_chosen.connect(opened.append)
    rect = recent.visualItemRect(recent.item(1))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [str(paths[0])]
    qtbot.waitUntil(lambda: not window.start_page._recent_opening)
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click:
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click, then this
    assert opened == [str(paths[0]), str(paths[1])]  # a double-click opens once, not twice


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_button_and_menu_of_the_start_page_has_its_own_alt_letter(qtbot, user_home, demo, lang):
    """Keyboard only: with a crash copy offered, each of the start page's buttons and each menu
    has an Alt+letter, and no two share one (the recovery offer's buttons had none)."""
    recovery.write(demo, None)
    window = open_window(qtbot, lang=lang)
    try:
        window.refresh_start_page()
        assert window.start_page.recovery_box.isVisible()
        texts = [b.text() for b in window.start_page.findChildren(QPushButton) if b.isVisible()]
        texts += [a.text() for a in window.menuBar().actions()]
        letters = {t: re.search(r"&(\w)", t) for t in texts}
        assert all(letters.values()), [t for t, m in letters.items() if m is None]
        chosen = [m.group(1).lower() for m in letters.values() if m is not None]
        assert len(chosen) == len(set(chosen)), texts
    finally:
        i18n.install(QApplication.instance(), "da")
