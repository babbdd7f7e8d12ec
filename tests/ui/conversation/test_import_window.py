"""Importing last year's agreements in the window: only from a trusted source, asked, no duplicates."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QMessageBox

from ishoj_mus.importing import ImportRefusal, ImportRefused, plan_import
from ishoj_mus.pdf import pipeline
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation import commands
from tests.helpers import answer_box, followups_editor, open_window


def test_other_employee_is_asked_twice_is_not_duplicated_and_items_can_be_removed(qtbot, tmp_path, demo):
    last_year = tmp_path / "sidste_aar.mus"
    musfile.save(demo, last_year)  # Mette Hansen's
    window = open_window(qtbot)
    window.open_demo()
    conv = window.view.conv
    assert window.document.push(commands.SetFollowups(conv, [], "set-up"))
    other = dataclasses.replace(conv.employee, name="Åse Øberg")
    assert window.document.push(
        commands.SetAttribute("set-up", lambda: conv.employee, conv.set_employee, other)
    )
    editor = followups_editor(window)

    seen: list[str] = []
    answer_box(seen, QMessageBox.StandardButton.No)
    assert editor.import_from(str(last_year)) is False
    assert "Mette Hansen" in seen[-1] and "Åse Øberg" in seen[-1] and conv.followups == []

    answer_box(seen, QMessageBox.StandardButton.Yes)
    assert editor.import_from(str(last_year)) is True
    assert len(conv.followups) == len(demo.agreements)
    assert "MUS 19.11.2026 mellem Mette Hansen og Jonas Kristensen" in editor.origin.text()
    assert editor.origin.isVisible() or not editor.isVisible()

    answer_box(seen)
    assert editor.import_from(str(last_year)) is False  # told it is already there, nothing added
    assert "allerede hentet" in seen[-1] and len(conv.followups) == len(demo.agreements)

    first = conv.followups[0].agreement.what
    editor.rows[0].remove.click()
    assert len(conv.followups) == len(demo.agreements) - 1
    assert first not in [f.agreement.what for f in conv.followups]
    window.view.undo_stack.undo()  # removing is an ordinary, undoable edit
    assert conv.followups[0].agreement.what == first


def test_a_changed_pdf_is_refused_and_an_unconfirmed_one_warns(qtbot, tmp_path, signed_demo):
    from tests.pdf.trust_helpers import incremental, replace_attachment

    data = pipeline.summary_pdf(signed_demo)  # signed with the self-made key: UBEKRÆFTET
    good = tmp_path / "MUS_2026-11-19_Hansen_Mette.pdf"
    good.write_bytes(data)
    changed = tmp_path / "aendret.pdf"
    changed.write_bytes(incremental(data, lambda w: replace_attachment(w, b'{"format": "ishoj-mus"}')))

    try:
        plan_import(changed, signed_demo)
        raise AssertionError("a changed PDF was accepted")
    except ImportRefused as exc:
        assert "hentes ikke" in exc.message and "ændret" in exc.message
        assert exc.code == ImportRefusal.CHANGED and exc.file_name == "aendret.pdf"

    window = open_window(qtbot)
    window.open_demo()
    conv = window.view.conv
    assert window.document.push(commands.SetFollowups(conv, [], "set-up"))
    editor = followups_editor(window)
    seen: list[str] = []
    answer_box(seen)
    assert editor.import_from(str(changed)) is False
    assert "hentes ikke" in seen[-1] and conv.followups == []

    answer_box(seen)
    assert editor.import_from(str(good)) is True
    assert "ikke bekræftet af organisationen" in seen[-1]
    assert len(conv.followups) == len(signed_demo.agreements)
    assert isinstance(editor.origin, QLabel) and "Hentet fra MUS 19.11.2026" in editor.origin.text()
