"""The finer points in the window: typed text is never overwritten without asking, bringing in and
removing a topic are undoable, the agenda can be changed for one conversation, the timer only
shows, the guide and the tour open from Hjælp and the tour can be skipped – also in English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.conversation.topics import TopicsPanel
from ishoj_mus.ui.shell.guide import GuideDialog, Tour
from tests.helpers import (
    button_labelled,
    click,
    file_dialog_answer,
    open_window,
    reactivate,
    when_message_box,
    when_modal,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
M, L = Voice.MEDARBEJDER, Voice.LEDER


def test_conflicts_are_asked_about_and_bringing_in_is_undoable(qtbot, tmp_path):
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    conv = window.view.conv
    typed = conv.answer("trivsel", M)
    prep = new_preparation(conv.form, M)
    prep.set_answer("trivsel", M, "Fra forberedelsen")
    prep.set_answer("balance", M, conv.answer("balance", M))  # the same text is no conflict
    path = tmp_path / "forberedelse.mus"
    musfile.save(prep, path)

    asked = {}

    def keep(box):
        assert isinstance(box, QMessageBox)
        asked["text"] = box.text()
        button_labelled(box, "Behold det skrevne").click()

    file_dialog_answer(qtbot, path)
    when_message_box(keep)  # the question comes after the file dialog
    click(qtbot, window.view.preparation_bar.bring)
    reactivate(qtbot, window)
    assert "Hvordan trives du i dit arbejde lige nu?" in asked["text"]  # names the field …
    assert "Fra forberedelsen" not in asked["text"]  # … but never shows the held-back text
    assert "balance" not in asked["text"].lower()
    assert conv.answer("trivsel", M) == typed and conv.hidden_voices() == (M,)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one undo takes the whole preparation back
    assert conv.preparations == {} and conv.answer("trivsel", M) == typed

    # A conversation file is not a preparation: a clear message, nothing changes.
    musfile.save(conv, tmp_path / "samtale.mus")
    warned = {}

    def note(box):
        warned["text"] = box.text()
        box.accept()

    file_dialog_answer(qtbot, tmp_path / "samtale.mus")
    when_message_box(note)
    click(qtbot, window.view.preparation_bar.bring)
    reactivate(qtbot, window)
    assert "ikke en forberedelse" in warned["text"] and "Forbered dig" in warned["text"]
    assert conv.preparations == {}


def test_topic_removal_is_undoable_and_the_agenda_is_per_conversation(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    conv = view.conv
    view.push(prep_commands.InsertTopic(conv, OwnTopic("Kantinen", (M,), "trivsel")))
    view.go_to_field("trivsel")
    panel = next(
        e for e in view.current_page().editors if isinstance(e, TopicsPanel) and e.step_id == "trivsel"
    )
    assert [c.topic_id for c in panel.cards] == [conv.topics[0].id]
    click(qtbot, panel.cards[0].remove)
    assert conv.topics == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [t.title for t in conv.topics] == ["Kantinen"] and len(panel.cards) == 1
    # (a topic that is a step of its own: tests/ui/conversation/test_own_step_topic.py)

    # The agenda: the form suggests about an hour; this conversation gives Trivsel 15 minutes.
    timer = view.timer
    view.go_to_field("trivsel")
    assert "/5 min" in timer.label.text() and "/60 min" in timer.label.text()

    def change(dialog):
        spin = dialog.spins["trivsel"]
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "15")
        assert "70" in dialog.total.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(change)
    click(qtbot, timer.agenda_button)
    reactivate(qtbot, window)
    assert conv.agenda == {"trivsel": 15} and conv.planned_total() == 70
    assert "/15 min" in timer.label.text() and "/70 min" in timer.label.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert conv.agenda == {}

    # The timer books time on the step showing, only when not paused; it never blocks anything.
    timer.clock.restart()
    timer._carry_ms = 125_000  # as if two minutes had passed on this step
    timer.tick()
    assert conv.used_seconds("trivsel") >= 125 or not window.isActiveWindow()
    used = conv.used_seconds("trivsel")
    click(qtbot, timer.pause)
    timer._carry_ms = 60_000
    timer.tick()
    assert conv.used_seconds("trivsel") == used and timer.pause.text() == "Fort&sæt"


def test_guide_and_tour_from_the_help_menu_and_the_first_time_offer(qtbot):
    window = open_window(qtbot, lang="en")
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    assert window.tour_offer is not None
    qtbot.waitUntil(window.tour_offer.isVisible, timeout=2000)
    assert window.tour_offer.dismiss.text() == "No, thanks"
    click(qtbot, window.tour_offer.dismiss)
    assert window.settings.tour_done and window.tour_offer is None

    read = {}

    def read_guide(dialog):
        assert isinstance(dialog, GuideDialog)
        read["text"] = dialog.browser.toPlainText()
        dialog.reject()

    reactivate(qtbot, window)  # window shortcuts need the active window
    when_modal(read_guide)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: "text" in read, timeout=5000)
    assert "A dialogue, not an assessment" in read["text"] and "What HR receives" in read["text"]
    reactivate(qtbot, window)

    seen = []

    def walk(dialog):
        assert isinstance(dialog, Tour)
        seen.append(dialog.title.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Next
        seen.append(dialog.title.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # skip the rest

    when_modal(walk)
    window.a_tour.trigger()
    reactivate(qtbot, window)
    assert seen == ["The steps", "Your answers"]
