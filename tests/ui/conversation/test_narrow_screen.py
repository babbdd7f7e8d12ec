"""The walker at 150 % on a 1024x600 screen: after »Hent forberedelse …« the window grew to
1237 px (»Næste →«, »Pause« off-screen); beside »Rammen« the perspective steps were cut off on
the right (the scale's boxes and the radar), the agreement card was wider than the page and the
signing page scrolled sideways. Nothing may need more width than the screen has."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Agreement, PreparationInfo
from ishoj_mus.ui.conversation import commands
from tests.helpers import open_window

SCREEN_W = 1024


def test_nothing_is_wider_than_a_1024_px_screen_at_150_percent(qtbot, demo):
    window = open_window(qtbot)
    window.settings.zoom = 150
    window.settings.show_framework = True
    window.apply_zoom()
    conv = Conversation(form=demo.form, employee=demo.employee, leader=demo.leader, date=demo.date)
    conv.agreements.append(Agreement(what="Kursus i konflikthåndtering"))
    window.show_conversation(conv, None, dirty=True)
    window.resize(SCREEN_W, 600)
    view = window.view
    # The employee's preparation is brought in and held back: the longer text and two buttons.
    held_back = {
        Voice.MEDARBEJDER: PreparationInfo(
            Voice.MEDARBEJDER, "Forberedelse_Mette.mus", datetime.now().astimezone()
        )
    }
    prepared = commands.SetAttribute(
        "set-up", lambda: view.conv.preparations, view.conv.set_preparations, held_back
    )
    assert view.document.push(prepared)
    QApplication.processEvents()
    cut: dict[str, int] = {}
    for index, step in enumerate(conv.form.steps):
        view.go(index)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= SCREEN_W, (step.id, window.minimumSizeHint().width())
        page = view.current_page()
        bar = page.horizontalScrollBar()
        if bar.maximum() > 0:
            cut[step.id] = bar.maximum()
    # The four perspectives beside »Rammen«, the agreements and the signing page fit their room.
    for step_id in (
        "mere-og-bedre",
        "styr-paa-tingene",
        "innovation",
        "modstandskraft",
        "trivsel",
        "aftaler",
        "underskrift",
    ):
        assert step_id in [s.id for s in conv.form.steps], step_id
    assert not {
        k: v
        for k, v in cut.items()
        if k
        in (
            "mere-og-bedre",
            "styr-paa-tingene",
            "innovation",
            "modstandskraft",
            "trivsel",
            "aftaler",
            "underskrift",
        )
    }, cut
