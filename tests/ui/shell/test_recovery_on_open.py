"""Issue #24, deliver 4: after a crash, opening the file by double-click and closing it deleted the
crash's recovery copy – the unsaved work was gone without a word. Now opening a file that has a
recovery copy offers it, as the start page does; a copy goes only once its content is saved or
the user chose to discard it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from ishoj_mus.storage import musfile, recovery
from ishoj_mus.ui.widgets.moments import format_moment
from tests.helpers import button_labelled, open_window, when_modal


def _crashed(tmp_path, demo):
    """The file as last saved, and a recovery copy with work typed after that (then a crash)."""
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    typed = dataclasses.replace(demo, place="Mødelokale 3, efter nedbruddet")
    recovery.write(typed, path)
    return path


def _answer(label: str | None, seen: dict):
    def handle(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "recoveryOnOpen", box
        seen["text"] = box.text()
        if label is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
            return
        button = button_labelled(box, label)
        button.click()

    return handle


def test_opening_a_file_with_a_recovery_copy_offers_it_and_restores_it(qtbot, tmp_path, demo):
    path = _crashed(tmp_path, demo)
    window = open_window(qtbot)
    seen: dict = {}
    when_modal(_answer("Gendan kopien", seen))
    assert window.open_path(path, ask=False) is True
    assert "automatisk kopi" in seen["text"] and "samtale.mus" in seen["text"]
    assert window.document.conversation.place == "Mødelokale 3, efter nedbruddet"
    assert window.dirty and window.path == path  # saving writes the restored work into the file
    assert window.files.save() is True
    assert musfile.load(path).place == "Mødelokale 3, efter nedbruddet"
    assert recovery.pending() == []  # saved: now the copy may go


def test_opening_and_closing_never_deletes_the_copy_unseen(qtbot, tmp_path, demo):
    path = _crashed(tmp_path, demo)
    window = open_window(qtbot)
    when_modal(_answer(None, {}))  # the person cancels: nothing is opened, nothing deleted
    assert window.open_path(path, ask=False) is False
    assert [r.conversation_id for r in recovery.pending()] == [demo.id]
    assert recovery.pending()[0].load().place == "Mødelokale 3, efter nedbruddet"


def test_discarding_the_copy_is_the_person_s_choice(qtbot, tmp_path, demo):
    path = _crashed(tmp_path, demo)
    window = open_window(qtbot)
    when_modal(_answer("Kassér kopien, og åbn filen", {}))
    assert window.open_path(path, ask=False) is True
    assert window.document.conversation.place == demo.place and not window.dirty
    assert recovery.pending() == []


def test_a_document_never_deletes_a_copy_it_did_not_make(qtbot, tmp_path, demo):
    """Whatever way a file is shown, closing it leaves another session's copy alone."""
    path = _crashed(tmp_path, demo)
    window = open_window(qtbot)
    window.show_conversation(musfile.load(path), path)
    window.show_conversation(demo, None, dirty=True)  # the first document is closed
    assert [r.conversation_id for r in recovery.pending()] == [demo.id]


def test_a_file_name_holding_a_placeholder_is_shown_as_it_is(qtbot, tmp_path, demo):
    """Issue 25: the name went in as %1 and the copy's time as %2 after it, so »a%2b.mus« was
    shown as »a07.12.2026 kl. 15.20b.mus«. The name is shown intact, the time where it belongs."""
    path = tmp_path / "a%2b.mus"
    musfile.save(demo, path)
    recovery.write(dataclasses.replace(demo, place="Mødelokale 3, efter nedbruddet"), path)
    [copy] = recovery.pending()
    window = open_window(qtbot)
    seen: dict = {}
    when_modal(_answer("Gendan kopien", seen))
    assert window.open_path(path, ask=False) is True
    assert seen["text"].startswith(
        "Der findes en automatisk kopi af samtalen i »a%2b.mus« med ændringer, der ikke blev gemt. "
        f"Kopien er fra {format_moment(copy.saved_at)}."
    )
