"""Issue #24, deliver 5: a file name that is not UTF-8 broke ``overview --json`` and ``due --json``
(UnicodeEncodeError, a traceback); a subfolder the leader cannot read was left out without a word.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from ishoj_mus.storage import musfile
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows names are always Unicode")


def test_a_name_that_is_not_utf8_shows_replacement_characters_and_the_json_stays_valid(tmp_path, demo):
    folder = tmp_path / "samtaler"
    folder.mkdir()
    good = os.fsencode(folder) + b"/Hansen_\xe6bleg\xe5rd.mus"  # Latin-1 bytes from an old USB stick
    musfile.save(demo, os.fsdecode(good))
    with open(os.fsencode(folder) + b"/defekt_\xff.mus", "wb") as fh:
        fh.write(b"{")
    env = {"PYTHONWARNINGS": ""}
    overview = run_cli("overview", str(folder), "--json", env=env)
    assert overview.returncode == 0 and overview.stderr == "", overview.stderr
    doc = json.loads(overview.stdout)
    [employee] = doc["employees"]
    assert employee["conversations"][0]["files"] == ["Hansen_\ufffdbleg\ufffdrd.mus"]
    assert [p["file"] for p in doc["problems"]] == ["defekt_\ufffd.mus"]
    due = run_cli("due", str(folder), "--json", "--from", "2000-01-01", "--to", "2100-12-31", env=env)
    assert due.returncode == 0 and due.stderr == "", due.stderr
    items = json.loads(due.stdout)
    assert items and {i["file"] for i in items} == {"Hansen_\ufffdbleg\ufffdrd.mus"}
    text = run_cli("overview", str(folder), env=env)
    assert text.returncode == 0 and "defekt_\ufffd.mus" in text.stdout


def _unreadable(monkeypatch, *names: str) -> None:
    """The leader has no access to these subfolders (as root, chmod alone cannot show it)."""
    real = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) in names:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def _folder_with_a_locked_subfolder(tmp_path, demo):
    folder = tmp_path / "samtaler"
    (folder / "Hjemmeplejen").mkdir(parents=True)
    (folder / "Lukket-afdeling").mkdir()
    musfile.save(demo, folder / "Hjemmeplejen" / "samtale.mus")
    musfile.save(demo, folder / "Lukket-afdeling" / "samtale.mus")
    return folder


def test_an_unreadable_subfolder_is_counted_and_named_in_the_overview_and_its_json(
    tmp_path, demo, monkeypatch, capsys
):
    from ishoj_mus.cli import main

    folder = _folder_with_a_locked_subfolder(tmp_path, demo)
    _unreadable(monkeypatch, "Lukket-afdeling")
    assert main(["overview", str(folder), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["files"] == 1
    assert [f["folder"] for f in doc["unreadable_folders"]] == ["Lukket-afdeling"]
    assert "Bed om adgang" in doc["unreadable_folders"][0]["reason"]
    assert doc["problems"] == []
    assert main(["overview", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Mapper, der ikke kunne læses (1)" in out and "  Lukket-afdeling" in out


def test_the_window_names_the_unreadable_subfolder(qtbot, tmp_path, demo, monkeypatch):
    from ishoj_mus.domain.overview import build_overview
    from ishoj_mus.pdf.attached import read_summary_pdf
    from ishoj_mus.storage.overview_scan import scan
    from ishoj_mus.ui.year.calendar_export import save_calendar
    from ishoj_mus.ui.year.loading import load_any
    from ishoj_mus.ui.year.overview_view import OverviewView

    folder = _folder_with_a_locked_subfolder(tmp_path, demo)
    _unreadable(monkeypatch, "Lukket-afdeling")
    result = scan(folder, use_cache=False)
    view = OverviewView(load=load_any, save_calendar=save_calendar, read_pdf=read_summary_pdf)
    qtbot.addWidget(view)
    view.folder = str(folder)
    view.set_overview(build_overview(result.entries, demo.date))
    names = [view.problem_model.item(r, 0).text() for r in range(view.problem_model.rowCount())]
    reasons = [view.problem_model.item(r, 1).text() for r in range(view.problem_model.rowCount())]
    assert names == ["Lukket-afdeling" + os.sep]
    assert "Bed om adgang til mappen" in reasons[0]
    assert "(1)" in view.tabs.tabText(view.problems_index)
