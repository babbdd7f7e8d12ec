"""English mode says what is wrong with a file in English: a damaged .mus file opened in the
window and a file the overview could not read. The Danish window keeps its own words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ishoj_mus.demo import demo_conversation
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.ui.widgets import i18n
from ishoj_mus.ui.year.overview_view import OverviewView
from tests.helpers import DANISH, answer_box, english_window_refuses, open_window, year_view


def test_an_english_window_says_why_a_damaged_file_cannot_be_opened(qtbot, tmp_path):
    broken = tmp_path / "MUS_2025_Hansen.mus"
    broken.write_bytes(b'{"format": "ishoj-mus", "version": 2, "conversation": {')
    text = english_window_refuses(qtbot, broken)[0]
    assert text.startswith("“MUS_2025_Hansen.mus” is incomplete"), text
    assert text.endswith("Try another copy of the file."), text  # there is no backup to try
    assert not DANISH.search(text.replace("MUS_2025_Hansen.mus", "")), text


def test_the_danish_window_keeps_the_files_own_message(qtbot, tmp_path):
    broken = tmp_path / "tom.mus"
    broken.write_bytes(b"")
    window = open_window(qtbot)
    seen: list[str] = []
    answer_box(seen)
    assert window.open_path(broken, ask=False) is False
    try:
        musfile.load(broken)
    except MusFileError as exc:
        assert seen == [exc.message]


def _overview(qtbot, root) -> OverviewView:
    return year_view(qtbot, root, date(2026, 3, 1))


def test_the_english_overview_says_why_a_file_could_not_be_read(qtbot, tmp_path):
    root = tmp_path / "Samtaler"
    root.mkdir()
    musfile.save(demo_conversation(), root / "god.mus")
    (root / "tom.mus").write_bytes(b"")
    (root / "halv.mus").write_bytes(b'{"format": "ishoj-mus", "version": 2, "conversation": {')
    i18n.install(QCoreApplication.instance(), "en")
    try:
        view = _overview(qtbot, root)
        reasons = {
            view.problem_model.index(i, 0).data(): view.problem_model.index(i, 1).data()
            for i in range(view.problem_model.rowCount())
        }
        assert reasons == {  # the Danish sentences, in English (issue 25: said once, in storage)
            "halv.mus": "“halv.mus” is incomplete – it ends in the middle of its content. Try another "
            "copy of the file.",
            "tom.mus": "“tom.mus” is empty. It may have been cut off while being copied. Try another copy "
            "of the file.",
        }
        assert view.tabs.tabText(view.problems_index) == "Files that could not be read (2)"
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    danish = _overview(qtbot, root)
    shown = {danish.problem_model.index(i, 1).data() for i in range(danish.problem_model.rowCount())}
    assert shown == {p.problem for p in danish.overview.problems} and any("er tom" in s for s in shown)
