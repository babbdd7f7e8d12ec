"""Done when: 30 conversations over three years through the overview, the due list, the
calendar (parsed back, same UIDs on re-export) and year over year – on the command line."""

from __future__ import annotations

import json
from datetime import date

import icalendar

from ishoj_mus.domain.calendar_events import calendar_events_for_overview
from ishoj_mus.domain.codes import State, Voice
from ishoj_mus.domain.overview import SourceKind, build_overview, due_items
from ishoj_mus.domain.years import agreement_histories, yearly_radar
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage.overview_scan import scan
from tests.conftest import run_cli
from tests.year_folder import TODAY


def _overview(folder):
    return build_overview(scan(folder.root, read_summary_pdf).entries, TODAY)


def test_overview_of_the_year(year_folder):
    ov = _overview(year_folder)
    assert year_folder.count == 30
    assert sum(len(r.conversations) for r in ov.rows) == 30
    assert len(ov.rows) == 11
    by_name = {r.name: r for r in ov.rows}
    # newest conversation first
    dates = [r.latest.record.when for r in ov.rows]
    assert dates == sorted(dates, reverse=True)
    assert by_name["Anders Jensen"].latest.record.state == State.KLADDE
    assert by_name["Lars Nielsen"].latest.record.state == State.DELVIST
    assert by_name["Fatima Ali"].latest.record.state == State.GENAABNET
    assert by_name["Mette Hansen"].latest.record.state == State.UNDERSKREVET
    # Mette's newest conversation is in a .mus and its signed PDF: one conversation, two files.
    mette = by_name["Mette Hansen"].latest
    assert {p.rsplit(".", 1)[1] for p in mette.paths} == {"mus", "pdf"}
    # Peter's newest conversations exist only as signed PDFs, read from their attached data.
    peter = by_name["Peter Holm"]
    assert peter.latest.source.kind == SourceKind.PDF and peter.latest.mus_path is None
    assert peter.latest.source.pdf_signatures == 1
    assert [c.record.when.year for c in peter.conversations] == [2026, 2025, 2024]
    # flags
    assert len(by_name["Anders Jensen"].overdue) == 2  # last year's plan, not yet followed up
    assert by_name["Jonas Bæk"].stale and by_name["Jonas Bæk"].overdue
    assert not by_name["Mette Hansen"].stale and not by_name["Mette Hansen"].overdue
    assert [r.name for r in ov.rows if r.stale] == ["Jonas Bæk"]
    # broken and foreign files listed with a reason
    problems = {p.path.rsplit("/", 1)[1]: p for p in ov.problems}
    assert {k: p.problem_code for k, p in problems.items()} == year_folder.broken
    assert all(p.problem for p in ov.problems)
    # Sofie's follow-up: her agreements from 2025 were carried on with one deadline moved.
    sofie = by_name["Sofie Larsen"]
    assert [c.record.form_id for c in sofie.conversations] == ["mus", "opfoelgning", "mus", "mus"]


def test_due_list(year_folder):
    ov = _overview(year_folder)
    due = due_items(ov, date(2026, 1, 1), date(2026, 12, 31))
    # Only Anders' and Jonas' 2025 plans are still open in 2026 (everyone else followed up).
    assert {d.employee_name for d in due} == {"Anders Jensen", "Jonas Bæk"}
    assert all(d.overdue == (d.when < TODAY) for d in due)
    for d in due:
        assert d.responsible == d.agreement.responsible
    next_spring = due_items(ov, date(2027, 1, 1), date(2027, 3, 31))
    sofie = [d for d in next_spring if d.employee_name == "Sofie Larsen"]
    assert sofie and all(d.agreement.id.startswith("sofie-2026-") for d in sofie)


def test_calendar_parsed_back_and_reexport_keeps_uids(year_folder, tmp_path):
    out = tmp_path / "mus.ics"
    first = run_cli("calendar", str(year_folder.root), "-o", str(out), "--today", TODAY.isoformat())
    assert first.returncode == 0, first.stderr  # the broken files do not fail the export
    assert "Filer, der ikke kunne læses: 4" in first.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    expected = calendar_events_for_overview(_overview(year_folder))
    assert len(events) == len(expected) > 0
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    for e in events:
        assert e.walk("VALARM"), "each event has a reminder"
        assert isinstance(e.decoded("DTSTART"), date)
        summary = str(e["SUMMARY"])
        assert any(
            name in summary
            for name in (
                "Hansen",
                "Jensen",
                "Ali",
                "Nielsen",
                "Larsen",
                "Holm",
                "Østergaard",
                "Bæk",
                "Friis",
                "Khalil",
                "Mortensen",
            )
        )
        assert "Det giver mere ro" not in out.read_text(encoding="utf-8")  # the "why" is not exported
    again = tmp_path / "igen.ics"
    assert run_cli("calendar", str(year_folder.root), "-o", str(again)).returncode == 0
    uids_again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert sorted(uids_again) == sorted(uids)
    # One conversation's export uses the same UIDs as the folder's.
    one = tmp_path / "en.ics"
    mette = sorted((year_folder.root / "Spirerne" / "Mette Hansen").glob("MUS_2026*.pdf"))[0]
    assert run_cli("calendar", str(mette), "-o", str(one)).returncode == 0
    uids_one = {str(e["UID"]) for e in icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")}
    assert uids_one and uids_one <= set(uids)


def test_year_over_year(year_folder):
    ov = _overview(year_folder)
    mette = ov.row(next(r.key for r in ov.rows if r.name == "Mette Hansen"))
    convs = [year_folder.conversations["mette"][i] for i in range(3)]
    radar = yearly_radar(convs, Voice.MEDARBEJDER, "today")
    assert radar is not None and [s.label for s in radar.series] == ["2024", "2025", "2026"]
    assert all(all(v is not None for v in s.values) for s in radar.series)
    histories = agreement_histories(c.record for c in mette.conversations)
    made_2024 = [h for h in histories if h.made.when.year == 2024]
    assert made_2024 and all(h.final_status is not None for h in made_2024)  # followed up in 2025
    made_2026 = [h for h in histories if h.made.when.year == 2026]
    assert made_2026 and all(h.outcomes == () for h in made_2026)
    sofie_row = next(r for r in ov.rows if r.name == "Sofie Larsen")
    sofie = agreement_histories(c.record for c in sofie_row.conversations)
    carried = [h for h in sofie if h.made.when.year == 2025]
    # followed up twice: "delvist" at the half-year follow-up, then a status at the 2026 MUS
    assert all(len(h.outcomes) == 2 for h in carried)


def test_cli_overview_table_and_json(year_folder):
    table = run_cli("overview", str(year_folder.root), "--today", TODAY.isoformat())
    assert table.returncode == 0, table.stderr
    assert "Birgitte Å. Mortensen" in table.stdout and "genåbnet" in table.stdout
    assert "ingen samtale i 12 mdr." in table.stdout
    assert "Filer, der ikke kunne læses (4)" in table.stdout
    assert "tom.mus" in table.stdout
    doc = json.loads(run_cli("overview", str(year_folder.root), "--json", "--today", "2026-11-27").stdout)
    assert len(doc["employees"]) == 11 and len(doc["problems"]) == 4
    assert {p["code"] for p in doc["problems"]} == set(year_folder.broken.values())
    anders = next(e for e in doc["employees"] if e["name"] == "Anders Jensen")
    assert anders["state"] == "kladde" and len(anders["overdue"]) == 2
    due = run_cli(
        "due", str(year_folder.root), "--from", "2026-01-01", "--to", "2026-12-31", "--today", "2026-11-27"
    )
    assert due.returncode == 0 and "Anders Jensen" in due.stdout and "Ansvarlig" in due.stdout


def test_cli_missing_folder_is_one_line_exit_2(tmp_path):
    for args in (
        ["overview", str(tmp_path / "ingen")],
        ["due", str(tmp_path / "ingen")],
        ["calendar", str(tmp_path / "ingen"), "-o", str(tmp_path / "x.ics")],
    ):
        out = run_cli(*args)
        assert out.returncode == 2
        assert len(out.stderr.strip().splitlines()) == 1 and "findes ikke" in out.stderr
        assert "Traceback" not in out.stderr
