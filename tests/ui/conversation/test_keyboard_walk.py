"""The same whole conversation with the keyboard alone: Tab, typing, Space, Enter and shortcuts."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from ishoj_mus.storage import musfile
from ishoj_mus.text import missing_text
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.fields import ChoiceAnswer, ScaleEditor, TextAnswer
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.conversation.question_page import FieldsPage
from tests.helpers import file_dialog_answer, open_window, reactivate, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def focus():
    return QApplication.focusWidget()


def tab_to(qtbot, target, limit: int = 60):
    """Press Tab until ``target`` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focus() is target:
            return
        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    w = focus()
    where = f"{w!r} {w.text() if hasattr(w, 'text') else ''} in {w.window().windowTitle()!r}"
    raise AssertionError(f"Tab never reached {target!r} (stuck at {where})")


def type_here(qtbot, text: str):
    qtbot.keyClicks(focus(), text)


def test_whole_conversation_with_the_keyboard_alone(qtbot, tmp_path, demo):
    last_year = tmp_path / "sidste_aar.mus"
    demo.set_employee(dataclasses.replace(demo.employee, name="Åse Øberg"))  # her own last year
    musfile.save(demo, last_year)
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)

    def fill(dialog):
        reactivate(qtbot, dialog)
        for widget, text in (
            (dialog.employee, "Åse Øberg"), (dialog.job_title, "Sygeplejerske"), (dialog.workplace, "Hjemmeplejen"),
            (dialog.leader, "Bjørn Ærø"), (dialog.place, "Kontoret"),
        ):  # fmt: skip
            tab_to(qtbot, widget)
            type_here(qtbot, text)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    reactivate(qtbot, window)
    view = window.view
    conv = view.conv
    assert conv.employee.name == "Åse Øberg"
    typed = {}

    while True:
        page = view.current_page()
        if isinstance(page, FieldsPage):
            expected = {}
            for editor in page.editors:
                if isinstance(editor, (TextAnswer, ChoiceAnswer)):
                    expected[editor.editor] = (editor.field.id, editor.voice)
                elif isinstance(editor, ScaleEditor):
                    for (voice, when), box in editor.boxes.items():
                        expected[box] = (editor.field.id, voice, when)
                elif isinstance(editor, FollowupsEditor):
                    tab_to(qtbot, editor.import_button)
                    file_dialog_answer(qtbot, last_year, keyboard=True)
                    qtbot.keyClick(focus(), Qt.Key.Key_Space)
                    reactivate(qtbot, window)
                    for i, row in enumerate(editor.rows):
                        tab_to(qtbot, row.status)
                        qtbot.keyClick(focus(), Qt.Key.Key_Down)
                        tab_to(qtbot, row.comment)
                        type_here(qtbot, f"Status {i}")
                elif isinstance(editor, AgreementsEditor):
                    for n in range(2):
                        tab_to(qtbot, editor.add)
                        qtbot.keyClick(focus(), Qt.Key.Key_Space)
                        row = editor.rows[-1]
                        assert focus() is row.what
                        type_here(qtbot, f"Aftale {n}")
                        qtbot.keyClick(focus(), Qt.Key.Key_Tab)
                        assert focus() is row.why  # the natural order: what, then why
                        type_here(qtbot, f"Fordi {n}")
                        tab_to(qtbot, row.responsible)  # who: nothing is chosen for them
                        qtbot.keyClick(focus(), Qt.Key.Key_Down)
                        tab_to(qtbot, row.deadline.check)  # and a deadline
                        qtbot.keyClick(focus(), Qt.Key.Key_Space)
            for widget, key in expected.items():
                tab_to(qtbot, widget)
                if isinstance(widget, (QPlainTextEdit, QLineEdit)):
                    text = f"{key[0]} {key[1].value} med tastaturet, æøå"
                    type_here(qtbot, text)
                    typed[key] = text
                elif isinstance(widget, QComboBox):
                    presses = 3 if len(key) == 3 else 1
                    for _ in range(presses):
                        qtbot.keyClick(focus(), Qt.Key.Key_Down)
                    typed[key] = widget.currentData()
        if view.step_list.currentRow() == view.step_list.count() - 1:
            break
        qtbot.keyClick(focus(), Qt.Key.Key_PageDown, CTRL)

    assert conv.missing() == [], [missing_text(m) for m in conv.missing()]
    last_text = [k for k in typed if len(k) == 2 and isinstance(typed[k], str) and "tastaturet" in typed[k]][
        -1
    ]
    view.go_to_field(conv.form.step_of(last_text[0]).id, last_text[0], last_text[1].value)
    qtbot.keyClicks(focus(), " igen")
    assert conv.answer(*last_text) == typed[last_text] + " igen"
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL)  # undo the words just typed ...
    assert conv.answer(*last_text) == typed[last_text]
    qtbot.keyClick(focus(), Qt.Key.Key_Y, CTRL)  # ... redo them, and undo again
    assert conv.answer(*last_text) == typed[last_text] + " igen"
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL)
    target = tmp_path / f"MUS_{date.today().isoformat()}_Øberg_Åse.mus"
    file_dialog_answer(qtbot, target, type_name=False, keyboard=True)
    qtbot.keyClick(focus(), Qt.Key.Key_S, CTRL)
    reactivate(qtbot, window)
    assert target.exists()
    qtbot.keyClick(focus(), Qt.Key.Key_W, CTRL)
    assert window.view is None
    tab_to(qtbot, window.start_page.recent_list)
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    reopened = window.view.conv
    for key, value in typed.items():
        if len(key) == 3:
            assert getattr(reopened.scale(key[0], key[1]), key[2]) == value, key
        else:
            assert reopened.answer(*key) == value, key
    assert [a.what for a in reopened.agreements] == ["Aftale 0", "Aftale 1"]
    assert [a.why for a in reopened.agreements] == ["Fordi 0", "Fordi 1"]
    assert [f.comment for f in reopened.followups] == [f"Status {i}" for i in range(len(demo.agreements))]
