"""Walk F17: a saved preparation appears on the start page's recent list as the leader's or the
employee's preparation, for whom – not as a nameless "MUS … kladde"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.storage.form_files import default_form
from tests.helpers import open_window


def _texts(window) -> list[str]:
    recent = window.start_page.recent_list
    return [recent.item(i).text() for i in range(recent.count())]


def test_a_saved_preparation_is_listed_as_whose_preparation(qtbot, tmp_path):
    window = open_window(qtbot)
    conv = new_preparation(default_form(), Voice.LEDER)
    conv.set_employee(dataclasses.replace(conv.employee, name="Anna Berg"))
    window.show_conversation(conv, None, dirty=True)
    path = tmp_path / "Forberedelse_leder_2026-12-07_Anna_Berg.mus"
    assert window.files._write(path)
    window.refresh_start_page()
    first = _texts(window)[0]
    assert first.startswith("Anna Berg\n"), first
    assert "Lederens forberedelse" in first
    assert "kladde" not in first and "MUS" not in first  # not a draft conversation


def test_an_older_entry_of_a_preparation_is_named_by_its_file(qtbot, tmp_path):
    window = open_window(qtbot)
    path = tmp_path / "Forberedelse_medarbejder_2026-12-07_ukendt.mus"
    path.write_text("{}", encoding="utf-8")
    window.start_page.set_recent(
        [
            {
                "path": str(path),
                "employee": "",
                "date": "",
                "form": "MUS – medarbejderudviklingssamtale",
                "state": "draft",
            }
        ]
    )
    text = _texts(window)[0]
    assert "Medarbejderens forberedelse" in text and "kladde" not in text, text
    assert Path(path).name in text
