"""The top bar (issue #26): the same place and size in every state, Pause off on a locked
conversation, the agenda with the own topics, running over said in words, no "0/0 min"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QScrollArea

from ishoj_mus.demo import signature_strokes
from ishoj_mus.demo_followup import demo_for_form
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import OwnTopic, Signature
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.agenda import AgendaDialog
from tests.helpers import open_window

M, L = Voice.MEDARBEJDER, Voice.LEDER


def _geometry(window):
    timer = window.view.timer
    right = timer.mapTo(window.view, timer.rect().topRight()).x()
    return right, timer.width(), timer.pause.width(), timer.agenda_button.width()


def test_the_timer_keeps_its_place_and_size_after_signing_and_reopening(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    view, document = window.view, window.document
    view.go(3)
    qtbot.waitUntil(lambda: window.view.timer.isVisible())
    before = _geometry(window)
    assert before[2] < 200 and before[3] < 250  # buttons, not bars
    assert window.view.timer.pause.isEnabled()
    conv = document.conversation
    for role in (M, L):
        name = conv.signer_name(role)
        signature = Signature(role, name, datetime.now().astimezone(), signature_strokes(name))
        assert document.push(commands.Sign(conv, signature))
    assert conv.is_locked
    qtbot.waitUntil(lambda: _geometry(window) == before)
    assert not window.view.timer.pause.isEnabled()  # nothing counts on a locked conversation
    assert document.push(
        commands.Reopen(conv, "Jonas Kristensen", L, datetime.now().astimezone(), "Fristen var forkert")
    )
    qtbot.waitUntil(lambda: _geometry(window) == before)
    assert window.view.timer.pause.isEnabled()


def test_the_agenda_lists_own_topics_with_the_step_whose_time_they_share(qtbot, demo):
    demo.topics.append(OwnTopic(id="t1", title="Ny legeplads", voices=(M, L)))
    dialog = AgendaDialog(demo)
    qtbot.addWidget(dialog)
    texts = [row.accessibleName() for row in dialog.topic_rows]
    assert texts == ["Eget emne: Ny legeplads, tæller med i »Aftaler (udviklingsplan)«"]


def test_running_over_is_said_in_words_and_a_follow_up_has_no_0_of_0(qtbot, demo):
    window = open_window(qtbot)
    demo.time_used = {"kerneopgaven": 9 * 60}
    window.show_conversation(demo, None)
    window.view.go(1)
    timer = window.view.timer
    assert "(4 min over)" in timer.label.text(), timer.label.text()
    window.show_conversation(demo_for_form("opfoelgning"), None)
    text = window.view.timer.label.text()
    assert "0/0" not in text and "Samtalen 0 min" in text


def test_the_english_agenda_shows_whole_step_titles_without_a_sideways_scroll_bar(qtbot):
    """Walk of issue 25 (24-agenda.png): the English agenda was as narrow as its intro, so
    "Innovating welfare together with others" sat behind a sideways scroll bar. The list is now
    as wide as its rows; only its height scrolls."""
    window = open_window(qtbot, lang="en")
    window.open_demo()
    dialog = AgendaDialog(window.view.conv, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.width(), 420)  # as on a 768 px screen: the list scrolls up and down
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    assert scroll.horizontalScrollBar().maximum() == 0
    titles = [w for w in scroll.widget().findChildren(QLabel) if w.text().startswith("Innovating welfare")]
    assert titles and titles[0].width() >= titles[0].sizeHint().width()
    window.document.mark_clean()
