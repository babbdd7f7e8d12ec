"""The English window names a conversation's form in English (walk of issue 25). A file keeps
its form's Danish title, and the overview, the year-by-year view and the start page's recent
list showed it as it was stored: "Halvårsopfølgning" and the tooltip "MUS –
medarbejderudviklingssamtale" in English. A shipped form's title is now said in the window's
language; a form of the organisation's own is shown as written."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ishoj_mus.demo import demo_conversation
from ishoj_mus.demo_followup import demo_followup
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.text import SHIPPED_FORM_TITLES, form_title_text
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.shell.start_page import StartPage
from ishoj_mus.ui.widgets import i18n
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.year.overview_view import OverviewView
from tests.helpers import open_window, year_view


@pytest.fixture
def english(qapp):
    i18n.install(QCoreApplication.instance(), "en")
    yield
    i18n.install(QCoreApplication.instance(), "da")


def test_the_catalogue_says_each_shipped_form_s_title_as_its_form_file_does(english):
    forms = [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(forms_dir().glob("*.toml"))]
    assert sorted(f["title"] for f in forms) == sorted(SHIPPED_FORM_TITLES)
    for form in forms:
        assert form_title_text(form["title"], tr) == form["title_en"]
    assert form_title_text("Trivselssamtale – vores egen", tr) == "Trivselssamtale – vores egen"


def test_the_recent_list_names_the_form_in_english(qtbot, english):
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent(
        [{"path": "/x/a.mus", "employee": "Mette Hansen", "date": "20.05.2026", "form": "Halvårsopfølgning",
          "state": "draft"}]
    )  # fmt: skip
    assert (
        page.recent_list.item(0).text().startswith("Mette Hansen\n20.05.2026 · Half-year follow-up · draft")
    )


def _overview(qtbot, tmp_path) -> OverviewView:
    """A MUS (with the radar's scales) and, after it, its half-year follow-up."""
    root = tmp_path / "Samtaler"
    root.mkdir()
    mus = demo_conversation()
    followup = demo_followup(load_form(forms_dir() / "opfoelgning.toml"), mus)
    followup.date = date(2027, 5, 20)  # after the MUS: the latest conversation
    musfile.save(mus, root / "mus.mus")
    musfile.save(followup, root / "opfoelgning.mus")
    return year_view(qtbot, root, date(2027, 6, 1))


def test_the_overview_names_the_form_in_english_in_the_cell_and_its_tooltip(qtbot, tmp_path, english):
    view = _overview(qtbot, tmp_path)
    cell = view.model.index(0, 2)
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Conversation"
    assert cell.data() == "Half-year follow-up"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Half-year follow-up"
    assert view.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) is None  # the status: no form title


def test_year_by_year_in_english_names_the_form_and_marks_the_radar_s_danish_names(qtbot, tmp_path, english):
    """The year-by-year radar draws the perspectives' Danish names (the framework's words): as on
    the conversation's page they are now set as a quotation (italics), and its tooltip says where
    they come from (a note below would take the radar's room at 150 %). Before, plain Danish labels
    beside an English table."""
    view = _overview(qtbot, tmp_path)
    assert view.select_employee("Mette Hansen")
    view.show_years()
    years = view.year_view
    assert years is not None
    forms = {years.conv_model.index(r, 1).data() for r in range(years.conv_model.rowCount())}
    assert forms == {"MUS", "Half-year follow-up"}
    assert years.radar.property("quotation") and "italic" in years.radar.styleSheet()
    assert "quoted in Danish from the framework" in years.radar.toolTip(), years.radar.toolTip()


def test_a_follow_up_of_the_demo_names_where_its_agreements_came_from_in_english(qtbot):
    """Walk of issue 25 (91-followup-since.png): the half-year follow-up of the demo (no file)
    said 'Imported from MUS – medarbejderudviklingssamtale 19.11.2026: 5 agreements'. The stored
    source stays Danish (the PDF's); the window says the form's title in English."""
    window = open_window(qtbot, lang="en")
    window.open_demo()
    window.start_followup()
    view = window.view
    view.go(next(i for i, e in enumerate(view.entries) if e.id == "siden-sidst"))
    [editor] = view.stack.currentWidget().findChildren(FollowupsEditor)
    assert (
        editor.origin.text() == "Imported from MUS – staff development conversation 19.11.2026: 5 agreements"
    )
    assert window.document.conversation.followups[0].source.startswith("MUS – medarbejderudviklingssamtale")
    remove = editor.rows[0].remove.accessibleName()  # a screen reader names the step as shown
    assert remove == "Remove Sprogvejlederuddannelse (modul 1 og 2) from Since the MUS", remove
    window.document.mark_clean()
