"""A whole conversation through the real window, with real mouse and key events:
create it, answer every step in all voices, import follow-ups, add agreements, undo and redo,
save, close, reopen – and find exactly what was typed."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.storage import musfile
from ishoj_mus.text import missing_text
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.fields import ChoiceAnswer, ScaleEditor, TextAnswer
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.conversation.question_page import FieldsPage
from tests.helpers import (
    click,
    click_into,
    file_dialog_answer,
    fill_new_dialog,
    open_window,
    reactivate,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def answer_text(field_id: str, voice) -> str:
    return f"{field_id} ({voice.value}): Vi prøver noget nyt på Ågården, æøå"


def answer_page_with_mouse(qtbot, page: FieldsPage, typed: dict):
    for editor in page.editors:
        if isinstance(editor, TextAnswer):
            click_into(qtbot, editor.editor)
            text = answer_text(editor.field.id, editor.voice)
            qtbot.keyClicks(editor.editor, text)
            typed[(editor.field.id, editor.voice)] = text
        elif isinstance(editor, ChoiceAnswer):
            qtbot.keyClick(editor.editor, Qt.Key.Key_Down)
            typed[(editor.field.id, editor.voice)] = editor.field.options[0].id
        elif isinstance(editor, ScaleEditor):
            for (voice, when), box in editor.boxes.items():
                for _ in range(2 if when == "today" else 4):
                    qtbot.keyClick(box, Qt.Key.Key_Down)
                typed[(editor.field.id, voice, when)] = 2 if when == "today" else 4


def test_whole_conversation_with_mouse_and_keys(qtbot, tmp_path, demo):
    last_year = tmp_path / "sidste_aar.mus"
    demo.set_employee(dataclasses.replace(demo.employee, name="Åse Øberg"))  # her own last year
    musfile.save(demo, last_year)
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)  # the user's chosen folder for conversations
    fill_new_dialog(qtbot)
    qtbot.mouseClick(window.start_page.new_button, LEFT)
    assert window.view is not None, "the new conversation did not open"
    reactivate(qtbot, window)
    view = window.view
    conv = view.conv
    assert conv.employee.name == "Åse Øberg" and conv.leader.name == "Bjørn Ærø"
    typed: dict = {}

    assert view.step_list.currentRow() == 1  # after the participants, straight to the first question
    for index in range(1, len(conv.form.steps)):
        if view.step_list.currentRow() != index:
            qtbot.mouseClick(view.next, LEFT)
        assert view.step_list.currentRow() == index
        page = view.current_page()
        if not isinstance(page, FieldsPage):
            continue
        for editor in page.editors:
            if isinstance(editor, FollowupsEditor):
                file_dialog_answer(qtbot, last_year)
                click(qtbot, editor.import_button)
                reactivate(qtbot, window)
                assert [r.status for r in editor.rows] and len(editor.rows) == len(demo.agreements)
                for i, row in enumerate(editor.rows):
                    for _ in range(i % 4 + 1):
                        qtbot.keyClick(row.status, Qt.Key.Key_Down)
                    click_into(qtbot, row.comment)
                    qtbot.keyClicks(row.comment, f"Kommentar {i}: på vej")
            if isinstance(editor, AgreementsEditor):
                for n in range(3):
                    click(qtbot, editor.add)
                    row = editor.rows[-1]
                    assert QApplication.focusWidget() is row.what  # ready to type the new agreement
                    qtbot.keyClicks(row.what, f"Aftale {n}: kursus i forflytning")
                    click(qtbot, row.why)
                    qtbot.keyClicks(row.why, f"Fordi {n}")
                    qtbot.keyClick(row.responsible, Qt.Key.Key_End)  # who: nothing is pre-chosen
                    qtbot.keyClick(row.responsible, Qt.Key.Key_Up)
                    click(qtbot, row.deadline.check)
                # reorder: the first goes down, then remove the last
                click(qtbot, editor.rows[0].down)
                assert [a.what[:8] for a in conv.agreements] == ["Aftale 1", "Aftale 0", "Aftale 2"]
                click(qtbot, editor.rows[2].remove)
                assert [a.what[:8] for a in conv.agreements] == ["Aftale 1", "Aftale 0"]
                # undo the removal and the move with Ctrl+Z, redo the move with Ctrl+Y
                qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
                assert len(conv.agreements) == 3
                qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
                assert [a.what[:8] for a in conv.agreements] == ["Aftale 0", "Aftale 1", "Aftale 2"]
                qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
                assert [a.what[:8] for a in conv.agreements] == ["Aftale 1", "Aftale 0", "Aftale 2"]
                assert editor.rows[0].what.text().startswith("Aftale 1")
        answer_page_with_mouse(qtbot, page, typed)

    # Typing merges into one undo step; Ctrl+Z takes the whole word back, Ctrl+Y brings it again.
    view.go_to_field("trivsel", "trivsel", "medarbejder")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    before = conv.answer("trivsel", editor_voice := [k for k in typed if k[0] == "trivsel"][0][1])
    qtbot.keyClicks(editor, " Ekstra")
    assert conv.answer("trivsel", editor_voice) == before + " Ekstra"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert conv.answer("trivsel", editor_voice) == before
    assert editor.toPlainText() == before
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert editor.toPlainText() == before + " Ekstra"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)

    assert conv.missing() == [], [missing_text(m) for m in conv.missing()]
    assert window.isWindowModified()

    # Save with Ctrl+S (first time: the save dialog), close, reopen from the recent list.
    target = tmp_path / f"MUS_{date.today().isoformat()}_Øberg_Åse.mus"  # the suggested name
    file_dialog_answer(qtbot, target, type_name=False)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    reactivate(qtbot, window)
    assert target.exists() and not window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.view is None
    recent = window.start_page.recent_list
    assert recent.count() == 1 and "Åse Øberg" in recent.item(0).text()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.view is not None
    reopened = window.view.conv
    for key, value in typed.items():
        if len(key) == 3:
            field_id, voice, when = key
            assert getattr(reopened.scale(field_id, voice), when) == value
        else:
            assert reopened.answer(*key) == value, key
    assert [a.what for a in reopened.agreements][:2] == [
        "Aftale 1: kursus i forflytning",
        "Aftale 0: kursus i forflytning",
    ]
    assert [f.comment for f in reopened.followups] == [
        f"Kommentar {i}: på vej" for i in range(len(demo.agreements))
    ]
    assert all(f.status is not None for f in reopened.followups)
    assert reopened.agreements[0].deadline is not None
    assert reopened.agreements[0].responsible.value == "leder"
    n_text = sum(
        len(f.voices)
        for _, f in reopened.form.fields()
        if f.kind in (FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT)
    )
    assert (
        len([k for k in typed if len(k) == 2 and isinstance(typed[k], str) and ", æøå" in typed[k]]) == n_text
    )
    window.close()
