"""In the window: the "Kun mellem os" note on each step, and the two files after signing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ishoj_mus.domain.codes import Voice
from ishoj_mus.ui.conversation.private_note import PrivateNote
from tests.helpers import file_dialog_answer, open_window, pdf_text, sign_demo_in

LEFT = Qt.MouseButton.LeftButton


def _step(view, step_id: str):
    view.go([s.id for s in view.conv.form.steps].index(step_id))
    return view.current_page()


def test_private_note_is_marked_explained_once_and_undoable(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    page = _step(view, "trivsel")
    note = page.private_note
    assert isinstance(note, PrivateNote) and note.isVisibleTo(page)
    # the wellbeing step's reminder stands at the top of the page, in our own words
    hint = page.findChild(QLabel, "privateNoteHint")
    assert hint is not None and "helbred" in hint.text()
    # the demo's notes are shown in the voices that wrote them
    employee, leader = note.notes
    assert employee.voice == Voice.MEDARBEJDER and employee.editor.toPlainText().startswith("Min mor er syg")
    assert "HR" in employee.editor.accessibleName()
    # typing goes to the model as an undoable edit
    editor = leader.editor
    page.ensureWidgetVisible(editor)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Ring til mig.")
    assert view.conv.private_note("trivsel", Voice.LEDER).endswith("Ring til mig.")
    assert window.dirty
    view.undo_stack.undo()
    assert not view.conv.private_note("trivsel", Voice.LEDER).endswith("Ring til mig.")
    # the explanation is shown until "Forstået", then never again
    assert note.explanation.isVisibleTo(note)
    qtbot.mouseClick(note.understood, LEFT)
    assert not note.explanation.isVisibleTo(note)
    assert window.settings.private_note_explained
    other = _step(view, "udvikling").private_note
    assert not other.explanation.isVisibleTo(other)
    # a question the form keeps from HR says so
    assert any(label.text() == "Kommer ikke med i HR-udgaven" for label in _labels(page))


def _labels(page):
    return page.findChildren(QLabel, "notForHr")


def test_signing_step_says_what_hr_gets_and_offers_both_files(qtbot, tmp_path):
    window = open_window(qtbot)
    window.settings.pdf_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    page = _step(view, "underskrift")
    outputs = page.outputs
    text = outputs.description.text()
    assert "Kun mellem os" in text and "balancen mellem arbejdsliv og privatliv" in text
    assert not outputs.after.isVisibleTo(outputs)
    sign_demo_in(view.document)
    assert outputs.after.isVisibleTo(outputs) and "begge underskrevet" in outputs.after.text()

    # The employee's copy: suggested under a name that says so; it holds the private note.
    copy = tmp_path / "MUS_2026-11-19_Hansen_Mette_medarbejderens_eksemplar.pdf"
    file_dialog_answer(qtbot, copy, type_name=False)
    qtbot.mouseClick(outputs.save_copy, LEFT)
    qtbot.waitUntil(copy.exists, timeout=20000)
    qtbot.waitUntil(lambda: not window.pdf.busy(), timeout=5000)
    words = pdf_text(copy)
    assert "journaliseres ikke" in words and "Næstved" in words

    # The HR edition: a name of its own, and no private note in it.
    hr = tmp_path / "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    file_dialog_answer(qtbot, hr, type_name=False)
    qtbot.mouseClick(outputs.save_hr, LEFT)
    qtbot.waitUntil(hr.exists, timeout=20000)
    words = pdf_text(hr)
    assert "Næstved" not in words and "Mette Hansen" in words


def test_the_summary_page_shows_the_private_notes_marked_as_not_for_hr(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    page = _step(window.view, "opsummering")
    text = page.browser.toPlainText()
    assert "KUN MELLEM OS · MEDARBEJDER" in text and "kommer ikke med til HR" in text
    assert "Min mor er syg" in text


def test_resilience_step_says_what_reaches_hr_and_where_health_belongs(qtbot, tmp_path, monkeypatch):
    """What the employee wrote about stress under »Modstandskraft og robusthed« went into the HR
    referat without a hint: the reminder stood only on the wellbeing step (issue #26)."""
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    hint = _step(window.view, "modstandskraft").findChild(QLabel, "privateNoteHint")
    assert hint is not None and hint.isVisibleTo(window.view)
    assert "kommer med i referatet til personalesagen" in hint.text()
    assert "stress" in hint.text() and "»Kun mellem os«" in hint.text()
    # under the policy where HR files only the plan, it says so instead
    profile = tmp_path / "organisation.toml"
    profile.write_text('hr_edition = "udviklingsplan"\n', encoding="utf-8")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(profile))
    from ishoj_mus.domain.form_steps import Step
    from ishoj_mus.ui.conversation.private_note import where_answers_go

    step = window.view.conv.form.step("modstandskraft")
    assert isinstance(step, Step)
    assert where_answers_go(step) == "Personalesagen får kun jeres aftaler – ikke det, I skriver her."
