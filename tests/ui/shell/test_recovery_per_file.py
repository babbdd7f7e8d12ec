"""Issue 25 (tidy 1): two copies of one .mus file hold the same conversation (a copy made in the
file manager). The automatic copy of unsaved work belongs to the file it was made for: opening
the other copy never offers it, and with both open, neither's autosave replaces the other's.
A copy written by the version before (named by the conversation alone) is still found."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile, recovery, userdirs
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.document import ConversationDocument
from tests.helpers import button_labelled, open_window


def _two_copies(tmp_path, demo):
    a = tmp_path / "samtale.mus"
    musfile.save(demo, a)
    b = tmp_path / "samtale - kopi.mus"
    shutil.copyfile(a, b)
    return a, b


class Offers:
    """Every "Ikke-gemt arbejde fundet" box while it watches, answered with ``label`` (None: Cancel)."""

    def __init__(self):
        self.seen: list[str] = []
        self.label: str | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self):
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            return
        if not isinstance(box, QMessageBox) or box.objectName() != "recoveryOnOpen":
            box.reject()
            raise AssertionError(f"unexpected dialog {box!r}")
        self.seen.append(box.text())
        if self.label is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            button = button_labelled(box, self.label)
            button.click()


@pytest.fixture
def offers(qapp):
    watching = Offers()
    yield watching
    watching.timer.stop()


def test_the_other_copy_of_a_file_never_offers_this_copy_s_unsaved_work(qtbot, tmp_path, demo, offers):
    a, b = _two_copies(tmp_path, demo)
    recovery.write(dataclasses.replace(demo, place="Skrevet i kopi A før nedbruddet"), a)
    window = open_window(qtbot)
    assert window.open_path(b, ask=False) is True
    assert offers.seen == []  # no "Ikke-gemt arbejde fundet" for B
    assert window.document.conversation.place == demo.place and not window.dirty
    window.close_conversation()
    # A's work is untouched, and opening A still offers it
    [left] = recovery.pending()
    assert left.load().place == "Skrevet i kopi A før nedbruddet"
    offers.label = "Gendan kopien"
    assert window.open_path(a, ask=False) is True
    assert len(offers.seen) == 1 and "samtale.mus" in offers.seen[0]
    assert window.document.conversation.place == "Skrevet i kopi A før nedbruddet"


def test_both_copies_open_at_once_keep_their_own_automatic_copies(qapp, tmp_path, demo):
    a, b = _two_copies(tmp_path, demo)
    docs = [ConversationDocument(musfile.load(p), p) for p in (a, b)]
    try:
        for doc, text in zip(docs, ("Skrevet i A.", "Skrevet i B."), strict=True):
            doc.push(commands.SetAnswer(doc.conversation, "trivsel", Voice.MEDARBEJDER, text))
            doc.autosave()
            doc.flush_autosave()
        found = {r.original_path: r.load().answer("trivsel", Voice.MEDARBEJDER) for r in recovery.pending()}
        assert found == {a: "Skrevet i A.", b: "Skrevet i B."}
        # B is saved: only B's copy goes
        docs[1].save()
        [left] = recovery.pending()
        assert left.original_path == a and left.load().answer("trivsel", Voice.MEDARBEJDER) == "Skrevet i A."
    finally:
        for doc in docs:
            doc.mark_clean()
            doc.close()


def test_a_copy_written_before_the_upgrade_is_still_offered_and_goes_once_saved(
    qtbot, tmp_path, demo, offers
):
    a, b = _two_copies(tmp_path, demo)
    typed = dataclasses.replace(demo, place="Skrevet med den gamle version")
    # The version before named the copy by the conversation alone
    safe = "".join(ch for ch in demo.id if ch.isalnum())[:64]
    old = userdirs.recovery_dir() / f"{safe}.recovery.json"
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(recovery.payload(typed, a))
    window = open_window(qtbot)
    assert window.open_path(b, ask=False) is True  # the other copy: not offered
    assert offers.seen == []
    window.close_conversation()
    assert old.exists()
    offers.label = "Gendan kopien"
    assert window.open_path(a, ask=False) is True
    assert window.document.conversation.place == "Skrevet med den gamle version"
    assert window.files.save() is True
    assert musfile.load(a).place == "Skrevet med den gamle version"
    assert recovery.pending() == [] and not old.exists()


def test_a_moved_file_still_finds_its_copy(qtbot, tmp_path, demo, offers):
    a = tmp_path / "samtale.mus"
    musfile.save(demo, a)
    recovery.write(dataclasses.replace(demo, place="Skrevet før flytningen"), a)
    moved = tmp_path / "flyttet.mus"
    a.rename(moved)
    window = open_window(qtbot)
    offers.label = "Gendan kopien"
    assert window.open_path(moved, ask=False) is True
    assert len(offers.seen) == 1
    assert window.document.conversation.place == "Skrevet før flytningen"
    assert window.path == moved
