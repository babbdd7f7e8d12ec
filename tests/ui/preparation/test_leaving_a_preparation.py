"""Closing a preparation with unsaved answers asks about *your preparation* (walk of issue 25,
75-close-prep.png): it asked about "the conversation with Mette Hansen" – the employee preparing
alone had not started any conversation."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.storage.form_files import default_form
from tests.helpers import open_window, when_modal


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("da", "Din forberedelse har ændringer, der ikke er gemt. Vil du gemme dem?"),
        ("en", "Your preparation has unsaved changes. Do you want to save them?"),
    ],
)
def test_closing_an_unsaved_preparation_asks_about_the_preparation(qtbot, lang, expected):
    window = open_window(qtbot, lang=lang)
    prep = new_preparation(default_form(), Voice.MEDARBEJDER)
    window.show_conversation(prep, None, dirty=True)
    seen: list[str] = []

    def cancel(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    window.close_conversation()
    assert seen == [expected]
    assert window.view is not None  # Cancel keeps it open
    window.document.mark_clean()
