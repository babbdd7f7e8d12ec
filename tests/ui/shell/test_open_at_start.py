"""A .mus file given at start-up (a double-click on it): its conversation is the window's first
frame, ready to be typed into; a file that needs a question shows the start page first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from ishoj_mus.storage import musfile
from ishoj_mus.ui.shell.app import make_window, show_window
from tests.helpers import button_labelled, lock_by_hanne, when_modal


def _window(qtbot):
    _app, window = make_window()
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
    window.resize(1366, 768)
    return window


def test_a_double_clicked_file_is_the_first_frame_and_can_be_typed_into(qtbot, tmp_path, demo):
    path = tmp_path / "Samtale.mus"
    musfile.save(demo, path)
    window = _window(qtbot)
    show_window(window, path)
    # Before the event loop has turned once: the conversation is what the window first shows.
    assert window.view is not None and window.stack.currentWidget() is window.view
    assert window.path == path
    assert window.view.step_list.currentRow() == 0
    qtbot.waitExposed(window)
    typed_into = window.focusWidget()
    assert isinstance(typed_into, (QLineEdit, QPlainTextEdit)) and window.view.isAncestorOf(typed_into)
    assert not typed_into.isReadOnly()
    assert window.windowTitle().startswith(demo.employee.name)
    # The menus work as in any window: undo follows the document once the actions exist.
    qtbot.waitUntil(lambda: window._actions_made)
    assert not window.a_undo.isEnabled() and window.a_save.isEnabled()
    assert str(path) in [entry["path"] for entry in window.settings.recent]


def test_a_file_open_elsewhere_asks_over_the_start_page(qtbot, tmp_path, demo):
    path = tmp_path / "Samtale.mus"
    musfile.save(demo, path)
    lock_by_hanne(path)
    window = _window(qtbot)
    seen: dict = {}

    def read_only(box):
        assert isinstance(box, QMessageBox)
        seen["behind"] = window.stack.currentWidget() is window.start_page and window.isVisible()
        button = button_labelled(box, "Åbn skrivebeskyttet")
        button.click()

    when_modal(read_only)
    show_window(window, path)
    assert window.view is None  # nothing is opened before the question is answered
    qtbot.waitUntil(lambda: window.view is not None)
    assert seen["behind"]
    assert window.path is None and "skrivebeskyttet" in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_read_says_so_over_the_start_page(qtbot, tmp_path):
    path = tmp_path / "Samtale.mus"
    path.write_text("ikke en samtale", encoding="utf-8")
    window = _window(qtbot)
    seen: dict = {}

    def bad(box):
        seen["text"] = box.text()
        seen["behind"] = window.stack.currentWidget() is window.start_page
        box.accept()

    when_modal(bad)
    show_window(window, path)
    qtbot.waitUntil(lambda: "text" in seen)
    assert seen["behind"] and window.view is None
    QApplication.processEvents()


def test_escape_in_a_text_field_goes_back_to_the_step_list(qtbot, tmp_path, demo):
    from PySide6.QtCore import Qt

    from tests.helpers import reactivate

    path = tmp_path / "Samtale.mus"
    musfile.save(demo, path)
    window = _window(qtbot)
    show_window(window, path)
    qtbot.waitExposed(window)
    reactivate(qtbot, window)
    window.view.go(1)
    field = window.focusWidget()
    assert isinstance(field, (QLineEdit, QPlainTextEdit))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.view.step_list


def test_the_next_step_is_ready_while_the_first_is_read(qtbot, tmp_path, demo):
    """A question page takes a moment to make: it is made while people read the step before,
    so "Næste" shows it at once, with the keyboard in its first field."""
    path = tmp_path / "Samtale.mus"
    musfile.save(demo, path)
    window = _window(qtbot)
    show_window(window, path)
    view = window.view
    assert len(view.pages) == 1  # only the step shown is made for the first frame
    qtbot.waitUntil(lambda: len(view.pages) == 2)  # the next one, after a reader's pause
    made = set(map(id, view.pages.values()))
    qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    assert view.step_list.currentRow() == 1
    assert id(view.stack.currentWidget()) in made  # shown, not made now
    qtbot.waitUntil(lambda: len(view.pages) == 3)  # and so on, step by step
