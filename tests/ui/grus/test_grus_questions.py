"""The GRUS window's two questions are the program's usual message boxes (issue 25): closing with
changes asks as the main window does (Gem / Forkast / Annuller, Enter saves, Escape stays), and a
copy of unsaved work is offered back with Cancel beside it – Escape keeps the copy for later
instead of throwing it away. In an English window the buttons are English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.window import GroupWindow, open_group_window
from ishoj_mus.ui.widgets import i18n
from tests.helpers import forget_group_changes, when_message_box


@pytest.fixture(autouse=True)
def danish(qapp):
    """Qt's own words (Gem, Annuller) in Danish, as the program installs them at start."""
    i18n.install(qapp, "da")


def _changed_window(qtbot, path=None) -> GroupWindow:
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form()), path))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    w.show()
    w.document.edit(
        "x", lambda g: g.set_note("trivsel", "Noget nyt"), GroupChange(GroupPart.NOTES, "trivsel")
    )
    assert w.document.modified
    return w


def _press(qtbot, key, seen: dict):
    def answer(box: QMessageBox) -> None:
        seen["title"] = box.windowTitle()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, key)

    when_message_box(answer)


def test_escape_on_closing_with_changes_keeps_the_window_open(qtbot) -> None:
    w = _changed_window(qtbot)
    seen: dict = {}
    _press(qtbot, Qt.Key.Key_Escape, seen)
    assert not w.close()
    assert w.isVisible() and w.document.modified
    assert seen == {"title": "Gem GRUS?", "buttons": ["Annuller", "Forkast", "Gem"], "default": "Gem"}


def test_enter_on_closing_with_changes_saves_and_closes(qtbot, tmp_path) -> None:
    path = tmp_path / "grus.mus"
    w = _changed_window(qtbot, path)
    _press(qtbot, Qt.Key.Key_Return, {})
    assert w.close()
    assert grus_file.load(path).notes["trivsel"] == "Noget nyt"


def _offered_copy(monkeypatch) -> str:
    """A copy of unsaved work, left by a window that is gone (a crash)."""
    group = demo_group_conversation(group_form())
    group.set_note("trivsel", "Må ikke gå tabt")
    assert grus_file.write_recovery(group)
    monkeypatch.setattr(QApplication, "topLevelWidgets", staticmethod(lambda: []))
    return group.id


def _open(qtbot, parent) -> GroupWindow | None:
    window = open_group_window(parent)
    if window is not None:
        qtbot.addWidget(window, before_close_func=forget_group_changes)
    return window


@pytest.fixture
def parent(qtbot):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_escape_on_the_offered_copy_opens_nothing_and_keeps_the_copy(qtbot, parent, monkeypatch) -> None:
    group_id = _offered_copy(monkeypatch)
    seen: dict = {}
    _press(qtbot, Qt.Key.Key_Escape, seen)
    assert _open(qtbot, parent) is None
    assert [g.id for _f, g in grus_file.pending_recoveries()] == [group_id]  # offered again next time
    assert seen["buttons"] == ["&Fortsæt med den", "&Kassér den, og start en ny", "Annuller"]
    assert seen["default"] == "&Fortsæt med den"


def test_enter_on_the_offered_copy_continues_with_it(qtbot, parent, monkeypatch) -> None:
    _offered_copy(monkeypatch)
    _press(qtbot, Qt.Key.Key_Return, {})
    window = _open(qtbot, parent)
    assert window is not None and window.document.group.notes["trivsel"] == "Må ikke gå tabt"
    assert window.document.modified


def test_the_mnemonic_k_discards_the_copy_and_starts_a_new_one(qtbot, parent, monkeypatch) -> None:
    group_id = _offered_copy(monkeypatch)
    _press(qtbot, Qt.Key.Key_K, {})
    window = _open(qtbot, parent)
    assert window is not None and window.document.group.id != group_id and not window.document.modified
    assert not grus_file.pending_recoveries()


def test_an_english_window_asks_with_english_buttons(qtbot, parent, monkeypatch) -> None:
    i18n.install(QApplication.instance(), "en")
    try:
        _offered_copy(monkeypatch)
        offered: dict = {}
        _press(qtbot, Qt.Key.Key_Escape, offered)
        assert _open(qtbot, parent) is None
        w = _changed_window(qtbot)
        closing: dict = {}
        _press(qtbot, Qt.Key.Key_Escape, closing)
        assert not w.close()
    finally:
        i18n.install(QApplication.instance(), "da")
    assert offered["buttons"] == ["&Continue with it", "&Discard it, and start a new one", "Cancel"]
    assert closing == {"title": "Save GRUS?", "buttons": ["Cancel", "Discard", "Save"], "default": "Save"}
