"""Keys for the buttons every row repeats (issue 25): »Flyt op«, »Flyt ned« and »Fjern« had no
Alt+letter (one on each copy would clash), so a keyboard user tabbed to them. Alt+Shift+Up/Down
move the agreement whose field has the focus, Alt+Shift+Delete removes the agreement, the
brought-in agreement or the own topic; the focus stays in the same field; Ctrl+Z undoes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.topics import TopicsPanel
from tests.helpers import followups_editor, open_window, reactivate, scroll_to

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, widget) -> None:
    reactivate(qtbot, widget.window())  # offscreen: the rebuilt rows' old ones take activation along
    scroll_to(widget)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _agreements(qtbot, demo, lang=None):
    window = open_window(qtbot, lang=lang)
    window.show_conversation(demo, None)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("aftaler"))
    return window, view, view.current_page().findChild(AgreementsEditor)


def test_alt_shift_arrows_move_the_agreement_in_focus_and_the_focus_goes_with_it(qtbot, demo):
    window, view, editor = _agreements(qtbot, demo)
    ids = [a.id for a in view.conv.agreements]
    assert len(ids) >= 3
    _focus(qtbot, editor.rows[0].what)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements] == [ids[1], ids[0], *ids[2:]]
    assert QApplication.focusWidget() is editor.rows[1].what
    # and the page shows it (the rebuilt rows had scrolled it to »Tilføj aftale«)
    qtbot.waitUntil(lambda: editor.rows[1].what.visibleRegion().boundingRect().height() > 10)
    # From a drop-down too (its own Alt+Down opens its list; with Shift the row moves).
    _focus(qtbot, editor.rows[1].responsible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert QApplication.focusWidget() is editor.rows[2].responsible
    assert not editor.rows[2].responsible.view().isVisible()
    # And from a date field; the first agreement does not move up.
    _focus(qtbot, editor.rows[2].deadline.edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements] == [ids[1], ids[0], ids[2], *ids[3:]]
    assert QApplication.focusWidget() is editor.rows[1].deadline.edit
    _focus(qtbot, editor.rows[0].why)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements][0] == ids[1]
    assert "Alt+Skift+pil op" in editor.rows[0].up.toolTip()


def test_alt_shift_delete_removes_the_agreement_in_focus_and_ctrl_z_brings_it_back(qtbot, demo):
    window, view, editor = _agreements(qtbot, demo)
    ids = [a.id for a in view.conv.agreements]
    _focus(qtbot, editor.rows[1].why)
    qtbot.keyClicks(editor.rows[1].why, "x")  # typing in it; the key removes the agreement, not a word
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements] == [ids[0], *ids[2:]]
    assert QApplication.focusWidget() is editor.rows[1].why  # the next agreement's, in its place
    assert "Alt+Skift+Delete" in editor.rows[1].remove.toolTip()
    view.document.undo_stack.undo()
    assert [a.id for a in view.conv.agreements] == ids


def test_alt_shift_delete_removes_a_brought_in_agreement_and_an_own_topic(qtbot, demo):
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    editor = followups_editor(window)
    before = [f.agreement.id for f in window.view.conv.followups]
    assert len(before) >= 2
    _focus(qtbot, editor.rows[0].comment)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, ALT_SHIFT)
    assert [f.agreement.id for f in window.view.conv.followups] == before[1:]
    assert QApplication.focusWidget() is editor.rows[0].comment
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("trivsel"))
    view.push(prep_commands.InsertTopic(view.conv, OwnTopic("Kantinen", (Voice.MEDARBEJDER,), "trivsel")))
    panel = view.current_page().findChild(TopicsPanel)
    _focus(qtbot, panel.cards[0].answers[0].editor)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, ALT_SHIFT)
    assert not view.conv.topics


def test_a_signed_conversation_s_rows_do_not_move_by_key(qtbot, signed_demo):
    window, view, editor = _agreements(qtbot, signed_demo)
    ids = [a.id for a in view.conv.agreements]
    _focus(qtbot, editor.rows[0].what)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, ALT_SHIFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, ALT_SHIFT)
    assert [a.id for a in view.conv.agreements] == ids


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_party_s_name_field_for_signing_has_its_own_alt_letter(qtbot, demo, lang):
    """Signing repeats its buttons per party (Ryd, Fortryd, Gentag, Underskriv) and had no
    Alt+letter. The keyboard's way to sign starts in the party's name field (»Underskriv« is
    disabled until then): each party's label now has its own letter and takes the focus there.
    (That no letter on the step is shared is test_english_shell's walk.)"""
    window = open_window(qtbot, lang=lang)
    window.show_conversation(demo, None)
    view = window.view
    view.go(len(view.conv.form.steps) - 1)
    parties = view.current_page().parties
    letters = []
    for party in parties:
        label = next(w for w in party.findChildren(QLabel) if w.buddy() is party.typed)
        assert "&" in label.text(), label.text()
        letters.append(label.text()[label.text().index("&") + 1].lower())
    assert len(set(letters)) == 2, letters
    for party, letter in zip(reversed(parties), reversed(letters), strict=True):
        qtbot.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda party=party: QApplication.focusWidget() is party.typed)
        # and the page shows it, with »Underskriv« (it was below the page's edge)
        assert party.sign_button.visibleRegion().boundingRect().height() >= party.sign_button.height() - 1
        view.current_page().verticalScrollBar().setValue(0)
