"""The leader's year says the same words on the command line (``ishoj-mus overview``/``due``) and
in the window, because both take them from the catalogue (``text.py``, issue 25): rewording a
phrase there rewords both, and neither keeps a copy of its own."""

from __future__ import annotations

from datetime import timedelta

from ishoj_mus import cli_overview, text
from ishoj_mus.domain.codes import Responsible
from ishoj_mus.domain.overview import due_items
from ishoj_mus.text import Phrase
from ishoj_mus.ui.year.overview_text import who
from tests.helpers import year_view
from tests.year_folder import TODAY


def test_the_overview_s_words_are_the_catalogue_s_in_the_cli_and_the_window(qtbot, year_folder, monkeypatch):
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.STALE, "længe siden sidste samtale")
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.UNREADABLE_FILES, "Filer, som ikke blev læst")
    ov, root = cli_overview.scan_folder(year_folder.root, TODAY)
    cli = cli_overview.overview_text(ov, root)
    assert "længe siden sidste samtale" in cli and "12 mdr." not in cli
    assert "Filer, som ikke blev læst (4):" in cli

    view = year_view(qtbot, year_folder.root, TODAY)
    flags = {
        view.proxy.index(i, 0).data(): view.proxy.index(i, 7).data() for i in range(view.proxy.rowCount())
    }
    assert flags["Jonas Bæk"] == "Overskredet: 2\nLænge siden sidste samtale"
    assert view.tabs.tabText(view.problems_index) == "Filer, som ikke blev læst (4)"


def test_who_is_responsible_is_worded_alike_in_due_and_the_window(qapp, year_folder, monkeypatch):
    reworded = {Responsible.MEDARBEJDER: "Medarbejderen selv", Responsible.LEDER: "Lederen selv"}
    for code, words in {**reworded, Responsible.BEGGE: "Begge parter"}.items():
        monkeypatch.setitem(text.RESPONSIBLE_TEXT, code, words)
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.NOT_CHOSEN, "ingen valgt endnu")
    ov, _root = cli_overview.scan_folder(year_folder.root, TODAY)
    items = due_items(ov, TODAY - timedelta(days=800), TODAY + timedelta(days=800))
    assert {d.responsible for d in items} >= set(reworded)
    lines = cli_overview.due_text(items, TODAY, TODAY).splitlines()[3:]
    assert len(lines) == len(items)
    for line, item in zip(lines, items, strict=True):
        assert line.rstrip().endswith(who(item.responsible).lower()), (line, item.responsible)
