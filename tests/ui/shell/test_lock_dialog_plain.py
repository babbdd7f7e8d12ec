"""Issue #24, deliver 5: the lock file's user field is shown as text, never rendered as HTML – a
"user" of <h1>Oplys din adgangskode …</h1> showed a fake request in the window's own dialog."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.storage.filelock import lock_path_for
from tests.helpers import open_window, when_modal

FAKE = "<h1>Oplys din adgangskode til IT</h1><p>Skriv den i feltet nedenfor.</p>"


def test_the_lock_dialog_shows_the_user_field_as_plain_text(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    owner = {"user": FAKE, "host": "PC-HR-07", "pid": 1, "since": "2026-11-27T09:12:00+01:00", "token": "x"}
    lock_path_for(path).write_text(json.dumps(owner), encoding="utf-8")
    window = open_window(qtbot)
    seen: dict = {}

    def cancel(box):
        assert isinstance(box, QMessageBox)
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    window.open_path(path, ask=False)
    assert seen["format"] == Qt.TextFormat.PlainText
    assert "<h1>Oplys din adgangskode" in seen["text"]  # shown as the characters it is
