"""Walk F8: bringing in a preparation says what came in, counted right: "1 answer", and the
scale values too (the leader had filled in 1 text and 2 scale values; it said "1 answers")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.domain.records import ScaleValue
from ishoj_mus.storage import musfile
from tests.helpers import click, file_dialog_answer, fill_new_dialog, open_window, reactivate


def test_the_note_counts_answers_and_scale_values(qtbot, tmp_path):
    window = open_window(qtbot, lang="en")
    window.settings.default_folder = str(tmp_path)
    fill_new_dialog(qtbot)
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    reactivate(qtbot, window)
    conv = window.view.conv
    prep = new_preparation(conv.form, Voice.LEDER)
    prep.set_employee(conv.employee)
    texts = [f for _, f in prep.form.fields() if Voice.LEDER in f.voices and f.kind == FieldKind.LONG_TEXT]
    scales = [f for _, f in prep.form.fields() if Voice.LEDER in f.voices and f.kind == FieldKind.SCALE]
    prep.set_answer(texts[0].id, Voice.LEDER, "Mette trives")
    for f in scales[:2]:
        prep.set_scale(f.id, Voice.LEDER, ScaleValue(3, 4))
    path = tmp_path / "leder.mus"
    musfile.save(prep, path)
    file_dialog_answer(qtbot, path)
    click(qtbot, window.view.preparation_bar.bring)
    reactivate(qtbot, window)
    note = window.statusBar().currentMessage()
    assert "1 answer, 2 scale values" in note, note
    assert "1 answers" not in note
