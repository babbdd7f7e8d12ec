"""One key, one meaning (issue 25): the main window and the GRUS window take their actions' keys
from one table (ui/widgets/keys.py), so the same action has the same keys in both, and no key
means one thing in one window and another in the other (Ctrl+Shift+K was »Kontrollér referater«
there and »Høj kontrast« here; Ctrl+Shift+P »Vis PDF« and »Gem PDF'er«; »Gentag« had other keys)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus import actions as grus_actions
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.window import GroupWindow
from ishoj_mus.ui.hr.hr_view import HrDeskView
from ishoj_mus.ui.shell import menus
from ishoj_mus.ui.widgets.keys import KEYS, sequences
from ishoj_mus.ui.year.calendar_export import save_calendar
from ishoj_mus.ui.year.loading import load_any
from ishoj_mus.ui.year.overview_view import OverviewView
from tests.helpers import forget_group_changes, open_window

UI = Path(__file__).resolve().parents[2] / "ishoj_mus" / "ui"


def _keys(window) -> dict[str, list[str]]:
    """Every action and shortcut of the window that has keys: its name -> its keys, as shown."""
    bound: dict[str, list[str]] = {}
    for thing in window.findChildren(QAction) + window.findChildren(QShortcut):
        shown = [s.toString() for s in (thing.shortcuts() if isinstance(thing, QAction) else [thing.key()])]
        shown = [s for s in shown if s]
        if shown:
            bound.setdefault(thing.objectName(), []).extend(shown)
    return bound


def _both(qtbot):
    main = open_window(qtbot)
    main.ensure_actions()
    group = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    qtbot.addWidget(group, before_close_func=forget_group_changes)
    return _keys(main), _keys(group)


def test_no_key_means_two_things_across_the_main_and_the_grus_window(qtbot) -> None:
    main, group = _both(qtbot)
    assert "" not in main and "" not in group, "an action with keys outside the tables"
    meaning: dict[str, set[str]] = {}
    for bound in (main, group):
        for name, shown in bound.items():
            for key in shown:
                meaning.setdefault(key, set()).add(name)
    assert {key: names for key, names in meaning.items() if len(names) > 1} == {}
    # the three that differed
    assert (
        group["redo"]
        == main["redo"]
        == [QKeySequence("Ctrl+Y").toString(), QKeySequence("Ctrl+Shift+Z").toString()]
    )
    assert "Ctrl+Shift+K" not in group["highContrast"] and main["hrDesk"] == ["Ctrl+Shift+K"]
    assert "savePdfs" not in group and main["preview"] == ["Ctrl+Shift+P"]


def test_an_action_in_both_windows_has_the_same_keys_in_both(qtbot) -> None:
    main, group = _both(qtbot)
    shared = main.keys() & group.keys()
    assert {"save", "saveAs", "close", "undo", "redo", "zoomIn", "zoomOut", "nextStep"} <= shared
    for name in shared:
        assert main[name] == group[name], name
    for name, shown in (main | group).items():
        assert shown == [s.toString() for s in sequences(name)], name


def test_the_tables_keys_are_each_one_actions(qapp) -> None:
    """Declared: the key table gives no key to two names, and the windows' tables name their
    actions as the key table does (a GRUS action with a main window's name does the same)."""
    meaning: dict[str, set[str]] = {}
    for name in KEYS:
        for sequence in sequences(name):
            meaning.setdefault(sequence.toString(), set()).add(name)
    assert {key: names for key, names in meaning.items() if len(names) > 1} == {}
    main_names = [a.name for a in menus.table()]
    group_names = [a.name for a in grus_actions.table()]
    assert len(set(main_names)) == len(main_names) and len(set(group_names)) == len(group_names)


def test_no_key_is_bound_outside_the_key_table() -> None:
    """Shortcuts are made only from the key table (``keys.key_shortcuts`` in the views without
    menus, the two windows' action tables) and by the rows' own keys (``row_keys``: they act on
    the focused row of a list, one row's copy of a button)."""
    allowed = {
        UI / "widgets" / "keys.py",
        UI / "widgets" / "row_keys.py",
        UI / "shell" / "menus.py",  # the main window's table: keys.sequences(name)
        UI / "grus" / "actions.py",  # the GRUS window's table: the same
    }
    pattern = re.compile(r"QShortcut\(|\.setShortcuts?\(")
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path not in allowed and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_views_without_menus_take_their_keys_from_the_table(qtbot) -> None:
    """The HR desk (F5 checks again, Escape stops), the leader's year (F5 reads the folder
    again): their shortcuts are the table's »refresh« and »cancel«."""
    desk = HrDeskView()
    year = OverviewView(load=load_any, save_calendar=save_calendar, read_pdf=read_summary_pdf)
    for view in (desk, year):
        qtbot.addWidget(view)
    assert _keys(desk) == {name: [s.toString() for s in sequences(name)] for name in ("refresh", "cancel")}
    assert _keys(year) == {"refresh": [s.toString() for s in sequences("refresh")]}
