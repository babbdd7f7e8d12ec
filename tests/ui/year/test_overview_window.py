"""The overview and year-over-year views in the window, on the leader's 30-conversation folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.year.overview_view import OverviewView
from ishoj_mus.ui.year.tables import SORT_ROLE as SORT
from tests.helpers import year_view
from tests.year_folder import TODAY


@pytest.fixture
def view(qtbot, year_folder):
    return year_view(qtbot, year_folder.root, TODAY, size=(1300, 700))


def _names(v: OverviewView) -> list[str]:
    return [v.proxy.index(i, 0).data() for i in range(v.proxy.rowCount())]


def test_table_sort_filter_and_problems(view, qtbot):
    assert view.proxy.rowCount() == 11
    assert _names(view)[0] == "Omar Khalil"  # newest conversation first
    view.flag_filter.setCurrentIndex(view.flag_filter.findData("overdue"))
    assert sorted(_names(view)) == ["Anders Jensen", "Jonas Bæk"]
    view.flag_filter.setCurrentIndex(view.flag_filter.findData("stale"))
    assert _names(view) == ["Jonas Bæk"]
    view.flag_filter.setCurrentIndex(view.flag_filter.findData("unsigned"))
    assert sorted(_names(view)) == ["Anders Jensen", "Fatima Ali", "Lars Nielsen", "Omar Khalil"]
    view.flag_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "mælkebøtterne")  # workplace, any case
    assert sorted(_names(view)) == ["Birgitte Å. Mortensen", "Fatima Ali", "Hanne Østergaard", "Lars Nielsen"]
    view.search.clear()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(view)[:2] == ["Anders Jensen", "Birgitte Å. Mortensen"]
    state_of = {view.proxy.index(i, 0).data(): view.proxy.index(i, 3).data() for i in range(11)}
    assert state_of["Fatima Ali"] == "genåbnet" and state_of["Lars Nielsen"] == "delvist underskrevet"
    assert state_of["Peter Holm"] == "underskrevet (kun PDF)"
    flags = {view.proxy.index(i, 0).data(): view.proxy.index(i, 7).data() for i in range(11)}
    assert flags["Jonas Bæk"] == "Overskredet: 2\nIngen samtale i 12 mdr."
    assert view.problem_model.rowCount() == 4
    assert view.tabs.tabText(view.problems_index).endswith("(4)")
    reasons = [view.problem_model.index(i, 1).data() for i in range(4)]
    assert all(reasons) and any("nyere version" in r for r in reasons)


def test_open_a_conversation_from_a_row(view, qtbot):
    assert view.select_employee("Mette Hansen")
    with qtbot.waitSignal(view.open_requested) as sig:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert sig.args[0].endswith(".mus") and "MUS_2026" in sig.args[0]


def test_due_list_for_a_chosen_period(view):
    view.tabs.setCurrentIndex(1)
    view.set_due_period(date(2027, 1, 1), date(2027, 3, 31))
    rows = view.due_model.rowCount()
    assert rows > 0
    shown = [view.due_table.model().index(i, 0).data(SORT) for i in range(rows)]
    assert shown == sorted(shown)  # soonest first
    people = {view.due_model.index(i, 2).data() for i in range(rows)}
    assert "Sofie Larsen" in people and "Jonas Bæk" not in people
    who = {view.due_model.index(i, 4).data() for i in range(rows)}
    assert who <= {"Medarbejder", "Leder", "Begge"}
    view.set_due_period(date(2026, 1, 1), date(2026, 11, 26))
    texts = [view.due_model.index(i, 0).data() for i in range(view.due_model.rowCount())]
    assert any("overskredet" in t for t in texts)
    view.set_due_period(date(2030, 1, 1), date(2030, 2, 1))
    assert view.due_model.rowCount() == 0 and "Ingen aftaler" in view.due_empty.text()


def test_calendar_export_from_the_overview(view, tmp_path, monkeypatch):
    target = tmp_path / "kalender"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(messages, "information", lambda _p, title, text: told.append(text))
    view.calendar_button.click()
    written = tmp_path / "kalender.ics"
    cal = icalendar.Calendar.from_ical(written.read_bytes())
    assert len(list(cal.walk("VEVENT"))) > 10
    assert told and "påmindelse" in told[0]


def test_half_year_followup_from_a_row(view, qtbot):
    assert view.select_employee("Camilla Friis")
    with qtbot.waitSignal(view.conversation_started) as sig:
        view.followup_button.click()
    conv = sig.args[0]
    assert conv.form.id == "opfoelgning"
    assert conv.employee.name == "Camilla Friis" and conv.date == TODAY
    assert [f.agreement.id for f in conv.followups] == [a.id for a in conv.agreements]
    assert all(a.id.startswith("camilla-2026-") for a in conv.agreements)


def test_year_over_year(view, qtbot):
    assert view.select_employee("Sofie Larsen")
    view.years_button.click()
    yv = view.year_view
    assert yv is not None and view.pages.currentWidget() is yv
    data = yv.radar.data
    assert data is not None and [s.label for s in data.series] == [
        "2024",
        "2025",
        "2026",
    ]  # not the follow-up
    assert yv.conv_model.rowCount() == 4
    outcomes = [yv.agreement_model.index(i, 4).data() for i in range(yv.agreement_model.rowCount())]
    assert any("→" in o for o in outcomes)  # the 2025 plan: half-year follow-up, then MUS 2026
    assert any(o == "åben" for o in outcomes)  # this year's plan
    yv.which.setCurrentIndex(2)  # the leader's values
    assert yv.radar.data is not data
    yv.grab()  # paints without error
    yv.back_button.click()
    assert view.pages.currentWidget() is view.main_page


def test_window_hook_start_page_to_overview_and_back(qtbot, year_folder, user_home, monkeypatch):
    from ishoj_mus.ui.shell.app import make_window

    # closing at the end leaves the unsaved follow-up without asking
    monkeypatch.setattr(messages, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    _app, window = make_window()
    qtbot.addWidget(window)
    window.settings.overview_folder = str(year_folder.root)
    window.show()
    window.start_page.overview_button.click()
    ov = window.overview
    assert ov is not None and window.stack.currentWidget() is ov
    qtbot.waitUntil(lambda: ov.overview is not None, timeout=20000)
    assert ov.select_employee("Mette Hansen")
    ov.open_button.click()
    assert window.view is not None and window.view.conv.employee.name == "Mette Hansen"
    assert window.stack.currentWidget() is window.view
    window.show_overview()
    assert ov.select_employee("Anders Jensen")
    ov.followup_button.click()
    assert window.view.conv.form.id == "opfoelgning" and window.dirty
    assert Path(window.settings.overview_folder) == year_folder.root
