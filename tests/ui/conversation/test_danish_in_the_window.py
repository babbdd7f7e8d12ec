"""Sentences from the native read (shared/danish-style.md) as a person meets them in the window."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from tests.helpers import open_window

LEFT = Qt.MouseButton.LeftButton


def test_a_new_agreement_says_what_it_lacks_in_a_sentence(qtbot):
    """Every new agreement showed "Aftalen mangler hvad, hvem der er ansvarlig, en frist." """
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("aftaler"))
    editor = view.current_page().findChild(AgreementsEditor)
    qtbot.mouseClick(editor.add, LEFT)
    row = editor.rows[-1]
    assert row.notice.text() == "Aftalen mangler en beskrivelse, en ansvarlig og en frist."
    row.what.setFocus()
    qtbot.keyClicks(row.what, "Kursus")
    qtbot.waitUntil(lambda: row.notice.text() == "Aftalen mangler en ansvarlig og en frist.")


def test_the_step_header_names_the_conversation_and_an_own_topic_in_running_text(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    view.go(2)
    assert view.where.text() == "MUS med Mette Hansen · Trin 3 af 14 – Siden sidst"


def test_the_step_header_shows_a_name_holding_placeholders_as_it_is(qtbot, demo):
    """Issue 25: the name went in as %1, then the step number as %2 …, so an employee named
    "Mette %2 %5" was shown as "Mette 3 MUS"."""
    conv = dataclasses.replace(demo, employee=dataclasses.replace(demo.employee, name="Mette %2 %5"))
    window = open_window(qtbot)
    window.show_conversation(conv, None)
    view = window.view
    view.go(2)
    assert view.where.text() == "MUS med Mette %2 %5 · Trin 3 af 14 – Siden sidst"
