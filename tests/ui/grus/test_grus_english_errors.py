"""The GRUS window says why a file was not saved or not read in the window's language (issue 25):
the English window words storage's codes with ``tr`` (no Danish left), the Danish window shows
the error's own message, byte for byte."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage import atomic, grus_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.forms import group_form
from ishoj_mus.storage.grus_preparation import load_preparation
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.preparation import PreparationDialog
from ishoj_mus.ui.grus.window import GroupWindow, open_group_window
from ishoj_mus.ui.shell.app import make_window
from ishoj_mus.ui.widgets import i18n
from tests.helpers import DANISH, answer_box, disk_full, forget_group_changes

# Danish words a save or read error would have (beyond tests.helpers.DANISH's).
MORE_DANISH = re.compile(r"\b(gemt|gemme|disken|plads|samtalen|mappe|åben|Intet|tabt|fil)\b")


def _no_danish(text: str, *names: str) -> None:
    rest = text
    for name in names:
        rest = rest.replace(name, "")
    assert not DANISH.search(rest), text
    assert not MORE_DANISH.search(rest), text


@pytest.fixture(params=["en", "da"])
def lang(request, qtbot):
    _app, main = make_window(lang=request.param)
    qtbot.addWidget(main)
    yield request.param
    i18n.install(QApplication.instance(), "da")  # the next test's window is Danish again


@pytest.fixture
def window(qtbot, lang):
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    w.show()
    yield w
    w.document.undo_stack.setClean()
    w.document.recovered = False
    w.close()
    w.deleteLater()
    QApplication.processEvents()


def _danish_save_error(call) -> str:
    with pytest.raises(atomic.SaveError) as caught:
        call()
    return caught.value.message


def test_a_grus_save_on_a_full_disk_is_said_in_the_window_s_language(window, lang, tmp_path, monkeypatch):
    disk_full(monkeypatch)
    seen: list[str] = []
    answer_box(seen)
    assert window._save_to(tmp_path / "grus.mus") is False
    assert len(seen) == 1
    if lang == "en":
        assert seen[0].startswith("There is no room on the disk to save “grus.mus”."), seen[0]
        _no_danish(seen[0], "grus.mus")
    else:
        assert seen == [
            _danish_save_error(lambda: grus_file.save(window.document.group, tmp_path / "grus.mus"))
        ]


def test_a_grus_text_beyond_its_bound_is_said_in_the_window_s_language(window, lang, tmp_path):
    """Which text was too long was Danish in the English window (issue 25): »en tekst i gruppens
    noter er længere end 20.000 tegn«; the part's name and the sentence are worded now."""
    window.document.group.notes[group_form().stations[0].id] = "x" * 20_001
    seen: list[str] = []
    answer_box(seen)
    assert window._save_to(tmp_path / "grus.mus") is False
    danish = _danish_save_error(lambda: grus_file.save(window.document.group, tmp_path / "grus.mus"))
    assert "er ikke gemt: en tekst i gruppens noter er længere end 20.000 tegn. " in danish, danish
    if lang == "en":
        assert seen == [
            "“grus.mus” was not saved: a text in the group's notes is longer than 20,000 characters. "
            "Shorten it and save again. Nothing is lost – the conversation is still open."
        ]
        _no_danish(seen[0], "grus.mus")
    else:
        assert seen == [danish]
    assert not (tmp_path / "grus.mus").exists()


def test_the_grus_pdfs_not_saved_are_said_in_the_window_s_language(window, lang, tmp_path, monkeypatch):
    disk_full(monkeypatch)
    seen: list[str] = []
    answer_box(seen)
    window._write_pdfs(tmp_path, [("referat.pdf", b"%PDF-1.7")])
    assert len(seen) == 1
    if lang == "en":
        assert "“referat.pdf”" in seen[0], seen[0]
        _no_danish(seen[0], "referat.pdf")
    else:
        assert seen == [
            _danish_save_error(lambda: atomic.atomic_write(tmp_path / "referat.pdf", b"x", keep_backup=False))
        ]


def test_a_grus_preparation_not_saved_is_said_in_the_window_s_language(qtbot, lang, tmp_path, monkeypatch):
    dialog = PreparationDialog(group_form())
    qtbot.addWidget(dialog)
    dialog.name.setText("Mette")
    disk_full(monkeypatch)
    seen: list[str] = []
    answer_box(seen)
    assert dialog.save_to(tmp_path / "forberedelse.grus") is False
    assert len(seen) == 1
    if lang == "en":
        assert "“forberedelse.grus”" in seen[0], seen[0]
        _no_danish(seen[0], "forberedelse.grus")


def test_a_grus_preparation_too_long_is_said_in_the_window_s_language(qtbot, lang, tmp_path):
    dialog = PreparationDialog(group_form())
    qtbot.addWidget(dialog)
    dialog.name.setText("Mette " * 60)  # 360 characters, 300 fit
    seen: list[str] = []
    answer_box(seen)
    assert dialog.save_to(tmp_path / "forberedelse.grus") is False
    if lang == "en":
        assert seen == [
            "“forberedelse.grus” was not saved: the name is 359 characters long, but there is room for "
            "300. Make the text shorter, and save again. Nothing is lost."
        ]
        _no_danish(seen[0], "forberedelse.grus")
    else:
        assert seen == [
            "»forberedelse.grus« er ikke gemt: navnet er på 359 tegn, men der er plads til 300. Gør "
            "teksten kortere, og gem igen. Intet er gået tabt."
        ]


def test_a_grus_file_not_read_is_said_in_the_window_s_language(qtbot, lang, tmp_path):
    path = tmp_path / "grus.mus"
    path.write_bytes(b"{ not json")
    seen: list[str] = []
    answer_box(seen)
    parent = QApplication.activeWindow()
    assert open_group_window(parent, path) is None
    assert len(seen) == 1
    with pytest.raises(MusFileError) as caught:
        grus_file.load(path)
    if lang == "en":
        assert seen[0].startswith("“grus.mus”"), seen[0]
        _no_danish(seen[0], "grus.mus", "grus.mus.bak")
    else:
        assert seen == [caught.value.message]


def test_a_grus_preparation_not_read_is_said_in_the_window_s_language(window, lang, tmp_path):
    path = tmp_path / "forberedelse.grus"
    path.write_bytes(b"")
    seen: list[str] = []
    answer_box(seen)
    assert window.bring_in([path], load_preparation, MusFileError) is False
    assert len(seen) == 1
    with pytest.raises(MusFileError) as caught:
        load_preparation(path, window.document.group.form)
    if lang == "en":
        assert seen[0].startswith("None has been brought in yet:"), seen[0]
        _no_danish(seen[0], "forberedelse.grus", "forberedelse.grus.bak")
    else:
        assert seen[0].endswith("\n\n" + caught.value.message), seen[0]


def test_one_contribution_is_singular_in_english(qtbot, tmp_path):
    """Walk 2: a preparation with one answer said »1 preparation brought in with 1 contributions«."""
    i18n.install(QApplication.instance(), "en")
    try:
        w = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
        qtbot.addWidget(w, before_close_func=forget_group_changes)
        leader = w.document.group.leader.name
        assert w.bring_in(
            [tmp_path / "x.grus"], lambda _p, _f: (leader, {"trivsel": "Mere ro"}), MusFileError
        )
        assert w.statusBar().currentMessage() == "1 preparation brought in with 1 contribution."
    finally:
        i18n.install(QApplication.instance(), "da")
