"""Next year's conversation starts from last year's (issue #26): the leader typed the employee's
job, unit and number again, and the import dialog opened in the home folder with the English
word "Documents" as the file name."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QLineEdit

from ishoj_mus.domain.conversation import new_conversation
from ishoj_mus.domain.records import Employee, Leader
from ishoj_mus.storage import musfile
from tests.helpers import followups_editor, open_window, when_modal


def _next_year(window, signed_demo, tmp_path):
    folder = tmp_path / "MUS 2026"
    folder.mkdir()
    last_year = folder / "MUS_2026-11-19_Hansen_Mette.mus"
    musfile.save(signed_demo, last_year)
    window.settings.remember(last_year, "Mette Hansen", "19.11.2026", "MUS", "signed")
    conv = new_conversation(
        signed_demo.form, Employee("Mette Hansen"), Leader("Jonas Kristensen"), date(2027, 11, 18)
    )
    window.show_conversation(conv, None)
    return last_year


def test_import_brings_job_unit_number_and_leader_title_and_undo_takes_them_back(
    qtbot, tmp_path, signed_demo
):
    window = open_window(qtbot)
    last_year = _next_year(window, signed_demo, tmp_path)
    editor = followups_editor(window)
    assert editor.import_from(str(last_year)) is True
    conv = window.view.conv
    assert conv.employee == Employee("Mette Hansen", "Pædagog", "Børnehuset Solsikken, Spirerne", "104233")
    assert conv.leader == Leader("Jonas Kristensen", "Dagtilbudsleder")
    assert len(conv.followups) == len(signed_demo.agreements)
    window.document.undo()
    assert conv.employee == Employee("Mette Hansen") and not conv.followups


def test_import_dialog_starts_in_last_years_folder_without_a_file_name(
    qtbot, tmp_path, signed_demo, user_home
):
    window = open_window(qtbot)
    last_year = _next_year(window, signed_demo, tmp_path)
    editor = followups_editor(window)
    assert editor.start_folder() == str(last_year.parent)
    seen = {}

    def look(dialog):
        assert isinstance(dialog, QFileDialog)
        seen["folder"] = dialog.directory().absolutePath()
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        dialog.reject()

    when_modal(look, kind=QFileDialog)
    editor.choose_and_import()
    assert seen == {"folder": str(last_year.parent), "name": ""}
    # without last year's file in the list and without a Documents folder: still no file name
    window.settings.recent = []
    when_modal(look, kind=QFileDialog)
    editor.choose_and_import()
    assert seen["name"] == "" and "Documents" not in seen["folder"]
