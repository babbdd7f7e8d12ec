"""The leader's-year rules: states, one row per employee, what is open, due and in the calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ishoj_mus.domain.calendar_events import calendar_events_for_conversation, calendar_events_for_overview
from ishoj_mus.domain.codes import DateKind, FollowUpStatus, Responsible, State, Voice
from ishoj_mus.domain.overview import (
    ConversationRecord,
    FileEntry,
    SourceKind,
    build_overview,
    conversation_state,
    due_items,
)
from ishoj_mus.domain.records import Agreement, Employee, FollowUp
from ishoj_mus.domain.years import half_year_followup, yearly_radar

TODAY = date(2026, 11, 27)


def _conv(demo, cid: str, when: date, name="Mette Hansen", number="", agreements=(), followups=()):
    c = replace_conv(demo, cid, when, name, number)
    c.agreements = list(agreements)
    c.followups = list(followups)
    return c


def replace_conv(demo, cid, when, name, number):
    import copy

    c = copy.deepcopy(demo)
    c.id = cid
    c.date = when
    c.created_at = datetime(when.year, when.month, when.day, 9).astimezone()
    c.employee = Employee(name, "Pædagog", "Solsikken", number)
    return c


def _entry(conv, path=None, kind=SourceKind.MUS):
    return FileEntry(path or f"/f/{conv.id}.mus", kind, ConversationRecord.from_conversation(conv))


def test_states_include_reopened(signed_demo, demo):
    assert conversation_state(demo) == State.KLADDE
    assert conversation_state(signed_demo) == State.UNDERSKREVET
    signed_demo.reopen("Jonas", Voice.LEDER, datetime(2026, 11, 20, 9).astimezone())
    assert conversation_state(signed_demo) == State.GENAABNET


def test_one_row_per_employee_newest_first_with_pdf_and_mus_of_one_conversation_shown_once(demo, signed_demo):
    old = _conv(demo, "old", date(2025, 11, 1), number="7")
    new_draft = _conv(demo, "new", date(2026, 11, 1), name="mette  HANSEN")  # no number, same name
    other = _conv(demo, "oth", date(2026, 6, 1), name="Anders Jensen")
    pdf_copy = replace_conv(signed_demo, "oth", date(2026, 6, 1), "Anders Jensen", "")
    ov = build_overview(
        [_entry(old), _entry(new_draft), _entry(other), _entry(pdf_copy, "/f/oth.pdf", SourceKind.PDF)], TODAY
    )
    assert [r.name for r in ov.rows] == ["mette  HANSEN", "Anders Jensen"]
    mette = ov.rows[0]
    assert [c.record.id for c in mette.conversations] == ["new", "old"]
    anders = ov.rows[1]
    assert len(anders.conversations) == 1
    # The signed PDF knows more than the draft .mus, so the row shows it – and keeps both files.
    assert anders.latest.record.state == State.UNDERSKREVET
    assert anders.latest.source.kind == SourceKind.PDF
    assert set(anders.latest.paths) == {"/f/oth.mus", "/f/oth.pdf"}
    assert anders.latest.mus_path == "/f/oth.mus"


def test_overdue_next_dates_and_stale():
    a1 = Agreement("Kursus", deadline=date(2026, 3, 1), follow_up=date(2026, 12, 10), id="a1")
    a2 = Agreement("Sparring", deadline=date(2027, 2, 1), follow_up=date(2027, 1, 5), id="a2")
    rec = ConversationRecord(
        "c1", Employee("Lars"), "Leder", date(2025, 10, 1), datetime(2025, 10, 1).astimezone(),
        "mus", "MUS", State.UNDERSKREVET, (a1, a2),
    )  # fmt: skip
    ov = build_overview([FileEntry("/x.mus", SourceKind.MUS, rec)], TODAY)
    row = ov.rows[0]
    assert [o.agreement.id for o in row.overdue] == ["a1"]
    assert row.next_deadline == date(2027, 2, 1)
    assert row.next_follow_up == date(2026, 12, 10)
    assert row.stale  # 1.10.2025 is more than twelve months before 27.11.2026


def test_a_status_in_a_later_conversation_closes_an_agreement(demo):
    a = Agreement("Kursus", deadline=date(2026, 3, 1), id="a1")
    first = _conv(demo, "c1", date(2025, 10, 1), agreements=[a])
    draft = _conv(demo, "c2", date(2026, 10, 1), followups=[FollowUp(a)])  # imported, no status yet
    ov = build_overview([_entry(first), _entry(draft)], TODAY)
    assert [o.agreement.id for o in ov.rows[0].overdue] == ["a1"]
    done = _conv(demo, "c2", date(2026, 10, 1), followups=[FollowUp(a, FollowUpStatus.OPFYLDT)])
    ov = build_overview([_entry(first), _entry(done)], TODAY)
    assert ov.rows[0].overdue == () and ov.rows[0].open_agreements == ()


def test_broken_files_are_listed_not_rows():
    bad = FileEntry("/f/x.mus", SourceKind.MUS, problem="»x.mus« er tom.", problem_code="empty")
    ov = build_overview([bad], TODAY)
    assert ov.rows == () and ov.problems == (bad,)


def test_due_list_in_a_period_with_who_is_responsible(demo):
    a = Agreement(
        "Kursus",
        responsible=Responsible.LEDER,
        deadline=date(2027, 1, 10),
        follow_up=date(2027, 3, 1),
        id="a",
    )
    b = Agreement("Oplæg", responsible=Responsible.MEDARBEJDER, deadline=date(2026, 12, 1), id="b")
    conv = _conv(demo, "c", date(2026, 11, 1), agreements=[a, b])
    ov = build_overview([_entry(conv)], TODAY)
    due = due_items(ov, date(2026, 12, 1), date(2027, 1, 31))
    assert [(d.when, d.kind, d.agreement.what, d.responsible) for d in due] == [
        (date(2026, 12, 1), DateKind.DEADLINE, "Oplæg", Responsible.MEDARBEJDER),
        (date(2027, 1, 10), DateKind.DEADLINE, "Kursus", Responsible.LEDER),
    ]
    assert due[0].employee_name == "Mette Hansen"


def test_half_year_followup_carries_participants_and_agreements(signed_demo):
    from ishoj_mus.paths import forms_dir
    from ishoj_mus.storage.form_files import load_form

    form = load_form(forms_dir() / "opfoelgning.toml")
    new = half_year_followup(signed_demo, form, date(2027, 5, 20), "MUS_2026-11-19_Hansen_Mette.pdf")
    assert new.form.id == "opfoelgning"
    assert new.id != signed_demo.id and not new.signatures and not new.history
    assert new.employee == signed_demo.employee and new.leader == signed_demo.leader
    assert new.date == date(2027, 5, 20)
    assert [f.agreement for f in new.followups] == signed_demo.agreements
    assert all(f.status is None and f.source == "MUS_2026-11-19_Hansen_Mette.pdf" for f in new.followups)
    # same ids (the calendar entries are updated), marked as carried on (never carried twice)
    assert [a.id for a in new.agreements] == [a.id for a in signed_demo.agreements]
    assert [a.what for a in new.agreements] == [a.what for a in signed_demo.agreements]
    partly = [replace(f, status=FollowUpStatus.DELVIST) for f in new.followups]
    assert not any(new.may_carry_forward(f) for f in partly)
    assert not new.answers  # nothing said in the MUS is copied
    assert new.missing()  # statuses and answers still to be given
    # Its calendar export has the MUS's UIDs, one step further on.
    before = {e.uid: e for e in calendar_events_for_conversation(signed_demo)}
    after = {e.uid: e for e in calendar_events_for_conversation(new)}
    assert before.keys() == after.keys()
    assert all(after[u].sequence > before[u].sequence for u in after)


def test_overview_calendar_counts_each_open_date_once(demo):
    a = Agreement("Kursus", deadline=date(2027, 1, 10), follow_up=date(2027, 3, 1), id="a")
    mus = _conv(demo, "c1", date(2026, 11, 1), agreements=[a])
    moved = replace(a, deadline=date(2027, 2, 1))
    follow = _conv(demo, "c2", date(2027, 1, 5), agreements=[moved], followups=[FollowUp(a, None)])
    events = calendar_events_for_overview(build_overview([_entry(mus), _entry(follow)], TODAY))
    assert [(e.kind, e.when, e.sequence) for e in events] == [
        (DateKind.DEADLINE, date(2027, 2, 1), 1),
        (DateKind.FOLLOW_UP, date(2027, 3, 1), 1),
    ]


def test_yearly_radar_one_series_per_year(demo):
    convs = []
    for year, value in ((2024, 1), (2025, 3), (2026, 5)):
        c = _conv(demo, f"c{year}", date(year, 10, 1))
        for f in c.form.scale_fields():
            c.scales[f.id] = {}
        first = c.form.scale_fields()[0]
        from ishoj_mus.domain.records import ScaleValue

        c.scales[first.id] = {Voice.MEDARBEJDER: ScaleValue(value, None)}
        convs.append(c)
    radar = yearly_radar(reversed(convs), Voice.MEDARBEJDER, "today")
    assert radar is not None
    assert [s.label for s in radar.series] == ["2024", "2025", "2026"]
    assert [s.values[0] for s in radar.series] == [1, 3, 5]
    assert all(v is None for s in radar.series for v in s.values[1:])  # missing stays missing
    assert len(radar.axes) == len(demo.form.scale_fields())
