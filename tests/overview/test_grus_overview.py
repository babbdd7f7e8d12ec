"""The leader's overview counts a GRUS as each participant's yearly conversation."""

from __future__ import annotations

from datetime import date

from ishoj_mus.demo import demo_conversation
from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.calendar_events import calendar_events_for_overview
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.domain.overview import build_overview
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.pdf.grus_pdf import document_pdf
from ishoj_mus.storage import grus_file, musfile
from ishoj_mus.storage.calendar_file import event_summary
from ishoj_mus.storage.forms import group_form
from ishoj_mus.storage.overview_scan import scan
from tests.helpers import year_view


def test_each_participant_has_the_grus_as_their_conversation_with_its_date(tmp_path) -> None:
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    grus_file.save(g, tmp_path / "grus.mus")
    first = g.members[0]
    (tmp_path / "hr.pdf").write_bytes(document_pdf(g, Document.HR, first.id))  # the same conversation again
    musfile.save(demo_conversation(), tmp_path / "mus.mus")
    result = scan(tmp_path, read_summary_pdf)
    overview = build_overview(result.entries, date(2026, 12, 1))
    rows = {row.name: row for row in overview.rows}
    for m in g.members:
        row = rows[m.name]
        assert len(row.conversations) == 1  # the HR edition is the same conversation, not a second
        latest = row.conversations[0].record
        assert (
            latest.date == date(2026, 11, 24)
            and latest.form_id == "grus"
            and latest.state.value == "underskrevet"
        )
        whats = {o.agreement.what for o in row.open_agreements}
        assert {a.what for a in g.agreements} <= whats  # the group's agreements are followed up
        assert {i.what for i in g.plan(m.id).items} <= whats  # and the person's own
        for other in g.members:
            if other.id != m.id:
                assert not {i.what for i in g.plan(other.id).items} & whats
    assert "Mette Hansen" in rows
    events = calendar_events_for_overview(overview)
    group_deadline = [e for e in events if e.text.startswith("En pauseplan")]
    assert len(group_deadline) == 2  # its deadline and its follow-up, once for the group
    assert all(
        event_summary(e).startswith("GRUS · ") and "gruppen (5 deltagere)" in event_summary(e)
        for e in group_deadline
    )
    assert all(event_summary(e).startswith("MUS · ") for e in events if "Mette Hansen" in event_summary(e))


def test_a_half_year_followup_starts_from_one_participants_grus_plan(tmp_path) -> None:
    from ishoj_mus.domain.years import half_year_followup
    from ishoj_mus.storage.forms import available_forms
    from ishoj_mus.ui.year.loading import load_any

    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    grus_file.save(g, tmp_path / "grus.mus")
    m = g.members[4]
    previous = load_any(str(tmp_path / "grus.mus"), m.name)
    form = next(f for _p, f in available_forms() if f.id == "opfoelgning")
    conv = half_year_followup(previous, form, date(2027, 5, 24), "grus.mus")
    assert conv.employee.name == m.name and conv.leader.name == g.leader.name
    whats = [f.agreement.what for f in conv.followups] or [a.what for a in conv.agreements]
    assert set(whats) == {a.what for a in g.agreements} | {i.what for i in g.plan(m.id).items}


def test_the_year_view_of_a_grus_participant_reads_their_conversation(qtbot, tmp_path) -> None:

    g = demo_group_conversation(group_form())
    grus_file.save(g, tmp_path / "grus.mus")
    view = year_view(qtbot, tmp_path, date(2026, 12, 1))
    assert view.select_employee(g.members[1].name)
    view.show_years()
    year = view.year_view
    assert year is not None and not year.unreadable  # it said the employee did not take part
    assert year.conversations[0].employee.name == g.members[1].name
    assert {a.what for a in g.agreements} <= {a.what for a in year.conversations[0].agreements}


def test_calendar_from_a_grus_file_has_every_participants_dates_and_group_agreements_once(tmp_path) -> None:
    from tests.conftest import run_cli

    g = demo_group_conversation(group_form())
    grus_file.save(g, tmp_path / "grus.mus")
    out = run_cli("calendar", str(tmp_path / "grus.mus"), "-o", str(tmp_path / "grus.ics"))
    assert out.returncode == 0, out.stderr
    ics = (tmp_path / "grus.ics").read_text(encoding="utf-8")
    dated_items = sum(
        1 for m in g.members for i in g.plan(m.id).items for d in (i.deadline, i.follow_up) if d
    )
    group_dates = sum(1 for a in g.agreements for d in (a.deadline, a.follow_up) if d)
    assert ics.count("BEGIN:VEVENT") == dated_items + group_dates
    assert "gruppen (5 deltagere)" in ics.replace("\\r\\n ", "")
