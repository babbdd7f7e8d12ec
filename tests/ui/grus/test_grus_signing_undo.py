"""Signing and reopening a group conversation go through the undo stack behind a barrier (issue
25, as the individual conversation's Sign/Reopen): afterwards the conversation is modified (the
title's star, the close question), and undo neither takes the signature or the reopening back
nor reaches an edit made before them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.domain.grus import LEADER
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.signing_page import SigningPage
from ishoj_mus.ui.grus.window import GroupWindow
from tests.helpers import forget_group_changes, message_box_answer


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "grus.mus"
    document = GroupDocument(demo_group_conversation(group_form()), path)
    document.save()
    w = GroupWindow(document)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the fixture keeps it past close()
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    return w


def _signing_page(window) -> SigningPage:
    row = next(i for i in range(window.pages.count()) if isinstance(window.pages.widget(i), SigningPage))
    window.nav.setCurrentRow(row)
    return window.pages.currentWidget()


def _sign(qtbot, page: SigningPage, who: str, name: str) -> None:
    page.who.setCurrentIndex(page.who.findData(who))
    qtbot.keyClicks(page.name, name)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)


def _undo(qtbot, window) -> None:
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)


def test_after_signing_undo_leaves_the_signature_and_the_conversation_is_unsaved(qtbot, window) -> None:
    document = window.document
    document.edit(
        "x", lambda g: g.set_note("trivsel", "Før underskriften"), GroupChange(GroupPart.NOTES, "trivsel")
    )
    assert document.can_undo() and window.actions_by_name["undo"].isEnabled()
    page = _signing_page(window)
    _sign(qtbot, page, LEADER, "Hanne Lund")
    assert LEADER in document.group.signatures
    assert (
        document.undo_stack.count() == 2 and document.undo_stack.undoText() == "Underskrift"
    )  # on the stack
    assert document.modified and window.windowTitle().startswith("*")
    assert not document.can_undo() and not window.actions_by_name["undo"].isEnabled()
    _undo(qtbot, window)
    assert LEADER in document.group.signatures  # not silently unsigned
    assert document.group.notes["trivsel"] == "Før underskriften"  # nor the edit before it undone
    document.undo()  # nor by the document itself

    assert LEADER in document.group.signatures and document.modified


def test_closing_after_signing_asks_and_saving_keeps_the_signature(qtbot, window) -> None:
    page = _signing_page(window)
    _sign(qtbot, page, LEADER, "Hanne Lund")
    message_box_answer(QMessageBox.StandardButton.Save)  # »Gem GRUS?« is asked
    assert window.close()
    assert LEADER in grus_file.load(window.document.path).signatures


def test_saved_after_signing_it_closes_without_a_question(qtbot, window) -> None:
    page = _signing_page(window)
    _sign(qtbot, page, LEADER, "Hanne Lund")
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert not window.document.modified and not window.windowTitle().startswith("*")
    assert window.close()  # no message box: nothing to answer


def test_reopening_is_on_record_and_edits_after_it_undo_back_to_it(qtbot, window, monkeypatch) -> None:
    document = window.document
    page = _signing_page(window)
    _sign(qtbot, page, LEADER, "Hanne Lund")
    document.save()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("En aftale manglede", True)))
    page.reopen_button.click()
    assert not document.group.signatures and document.modified
    assert document.group.history[-1].note == "En aftale manglede"
    document.edit(
        "x", lambda g: g.set_note("trivsel", "Efter genåbningen"), GroupChange(GroupPart.NOTES, "trivsel")
    )
    _undo(qtbot, window)
    assert "trivsel" not in document.group.notes or document.group.notes["trivsel"] != "Efter genåbningen"
    _undo(qtbot, window)  # the barrier: the reopening stays
    assert not document.group.signatures and document.group.history[-1].note == "En aftale manglede"
    assert document.modified  # the reopening is not saved yet
    qtbot.keySequence(window, QKeySequence("Ctrl+Y"))  # redo brings the edit back
    assert document.group.notes["trivsel"] == "Efter genåbningen"
