"""Two windows on one file: the second hears who has it open and can open it read-only."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.storage.filelock import lock_path_for
from tests.helpers import button_labelled, lock_by_hanne, open_window, when_modal


def test_a_file_open_elsewhere_opens_read_only_and_is_not_overwritten(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    lock_by_hanne(path)
    window = open_window(qtbot)
    seen: dict = {}

    def read_only(box):
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        button = button_labelled(box, "Åbn skrivebeskyttet")
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


def test_restoring_a_recovery_copy_takes_the_same_lock_as_opening(qtbot, tmp_path, demo):
    from ishoj_mus.storage import recovery

    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    from ishoj_mus.domain.codes import Voice

    demo.set_answer("trivsel", Voice.MEDARBEJDER, "Skrevet lige før nedbruddet.")
    recovery.write(demo, path)
    [rec] = recovery.pending()
    lock_by_hanne(path)

    # Cancel: nothing is opened, the copy is still offered.
    window = open_window(qtbot)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.restore(rec)
    assert window.document is None and [r.conversation_id for r in recovery.pending()] == [demo.id]

    # Read-only: the work is back, but saving asks for a new name; the file is untouched.
    seen: dict = {}

    def read_only(box):
        seen["text"] = box.text()
        button = button_labelled(box, "Åbn skrivebeskyttet")
        button.click()

    when_modal(read_only)
    window.restore(rec)
    assert "hanne på computeren PC-HR-07 siden 27.11.2026" in seen["text"]
    assert window.document is not None and window.path is None
    assert window.document.conversation.answer("trivsel", Voice.MEDARBEJDER) == "Skrevet lige før nedbruddet."
    assert "skrivebeskyttet" in window.statusBar().currentMessage()
    assert path.read_bytes() == before and json.loads(lock_path_for(path).read_text())["user"] == "hanne"


def test_restoring_onto_a_free_file_locks_it_for_this_window(qtbot, tmp_path, demo):
    from ishoj_mus.storage import recovery
    from ishoj_mus.storage.filelock import read_owner

    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    recovery.write(demo, path)
    [rec] = recovery.pending()
    window = open_window(qtbot)
    window.restore(rec)
    assert window.path == path
    owner = read_owner(path)  # a second window or computer now hears who has it open
    assert owner is not None and owner.token == window.file_lock.token
    window.dirty = False
    window.close_conversation()
    assert not lock_path_for(path).exists()
