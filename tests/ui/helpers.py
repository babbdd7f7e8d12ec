"""Driving the real window with real key and mouse events."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from ishoj_mus.ui.shell.app import make_window

# QTest types Latin-1 only (æøå yes, the dash "–" no): test texts keep to that.


def open_window(qtbot, lang: str | None = None):
    app, window = make_window(lang=lang)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.resize(1366, 768)
    window.show()
    reactivate(qtbot, window)  # window shortcuts (Ctrl+Z, Ctrl+S ...) need the active window
    return window


def _forget_changes(window):
    """At teardown nobody is there to answer 'Gem ændringer?'."""
    window.dirty = False


def reactivate(qtbot, window):
    """The offscreen platform does not hand activation back after a dialog closes."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def when_modal(handler, timeout_ms: int = 5000):
    """Run ``handler(dialog)`` as soon as a modal dialog is showing (it blocks the test)."""
    state = {"waited": 0}

    def check():
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            state["waited"] += 20
            if state["waited"] < timeout_ms:
                QTimer.singleShot(20, check)
            return
        try:
            handler(widget)
        except BaseException:
            widget.reject()  # fail the test (pytest-qt reports the error) instead of hanging
            raise

    QTimer.singleShot(0, check)


def file_dialog_answer(qtbot, path: Path, type_name: bool = True, keyboard: bool = False):
    """In the (non-native) file dialog, already showing ``path``'s folder: type the name (or
    keep the name the program suggests) and click the dialog's Open/Save button."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    def handle(dialog):
        assert isinstance(dialog, QFileDialog), type(dialog)
        assert Path(dialog.directory().absolutePath()) == path.parent.resolve(), (
            dialog.directory().absolutePath()
        )
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        # The folder listing loads in the background; a person waits for it too.
        qtbot.waitUntil(lambda: _listing_loaded(dialog), timeout=5000)
        if type_name:
            edit.selectAll()
            qtbot.keyClick(edit, Qt.Key.Key_Delete)
            qtbot.keyClicks(edit, path.name)
            completer = edit.completer()
            if completer is not None and completer.popup().isVisible():
                completer.popup().hide()
        else:
            assert edit.text() == path.name, edit.text()
        box = dialog.findChild(QDialogButtonBox)
        accept = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        qtbot.waitUntil(accept.isEnabled)
        if keyboard:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    when_modal(handle)


def _listing_loaded(dialog: QFileDialog) -> bool:
    """The dialog lists every entry of its folder that it is going to list."""
    from fnmatch import fnmatch

    from PySide6.QtWidgets import QFileSystemModel

    model = dialog.findChild(QFileSystemModel)
    folder = Path(dialog.directory().absolutePath())
    root = model.index(str(folder))
    patterns = re.findall(r"\*[^\s)]*", dialog.selectedNameFilter()) or ["*"]
    expected = [
        entry
        for entry in folder.iterdir()
        if not entry.name.startswith(".")
        and (
            entry.is_dir() or model.nameFilterDisables() or any(fnmatch(entry.name, pat) for pat in patterns)
        )
    ]
    return model.rowCount(root) == len(expected)


def message_box_answer(button):
    def handle(box):
        assert isinstance(box, QMessageBox), type(box)
        box.button(button).click()

    when_modal(handle)


def lock_by_hanne(path: Path) -> None:
    """The file is open in another window: hanne's lock on PC-HR-07 since 27.11.2026 09:12."""
    import json

    from ishoj_mus.storage.filelock import lock_path_for

    owner = {
        "user": "hanne",
        "host": "PC-HR-07",
        "pid": 1,
        "since": "2026-11-27T09:12:00+01:00",
        "token": "x",
    }
    lock_path_for(path).write_text(json.dumps(owner), encoding="utf-8")
