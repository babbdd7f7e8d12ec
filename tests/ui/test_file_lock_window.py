"""Two windows on one file: the second hears who has it open and can open it read-only."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.storage.filelock import lock_path_for
from tests.ui.helpers import open_window, when_modal


def test_a_file_open_elsewhere_opens_read_only_and_is_not_overwritten(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    lock_path_for(path).write_text(
        json.dumps(
            {
                "user": "hanne",
                "host": "PC-HR-07",
                "pid": 1,
                "since": "2026-11-27T09:12:00+01:00",
                "token": "x",
            }
        ),
        encoding="utf-8",
    )
    window = open_window(qtbot)
    seen: dict = {}

    def read_only(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        [button] = [b for b in box.buttons() if b.text() == "Åbn skrivebeskyttet"]
        button.click()

    when_modal(read_only)
    assert window.open_path(path, ask=False) is True
    assert "hanne på computeren PC-HR-07" in seen["text"]
    assert window.path is None  # read-only: saving asks for a new name
    assert "skrivebeskyttet" in window.statusBar().currentMessage()
    assert path.read_bytes() == before and json.loads(lock_path_for(path).read_text())["user"] == "hanne"


def test_our_own_lock_is_released_when_the_conversation_closes(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    window = open_window(qtbot)
    assert window.open_path(path, ask=False) is True
    assert lock_path_for(path).exists()
    assert window.save() is True  # our own lock does not stand in our way
    window.close_conversation()
    assert not lock_path_for(path).exists()
