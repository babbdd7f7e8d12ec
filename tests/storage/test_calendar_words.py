"""The calendar's event titles say the catalogue's words (issue 25): the date's kind as the
overview says it (»Frist«, »Opfølgning«) and »(uden navn)« for an employee without a name –
worded once in ``text.py``, not again in the domain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ishoj_mus import text
from ishoj_mus.domain.calendar_events import CalendarEvent, calendar_events_for_conversation
from ishoj_mus.domain.codes import DateKind
from ishoj_mus.storage.calendar_file import event_summary
from ishoj_mus.text import Phrase


def test_an_event_title_is_worded_from_the_catalogue(monkeypatch):
    event = CalendarEvent("u1", date(2027, 3, 31), DateKind.DEADLINE, "", "Kursus i Excel")
    assert event_summary(event) == "MUS · Frist: Kursus i Excel – (uden navn)"
    follow_up = CalendarEvent("u2", date(2027, 5, 31), DateKind.FOLLOW_UP, "Mette Hansen", "Kursus")
    assert event_summary(follow_up) == "MUS · Opfølgning: Kursus – Mette Hansen"
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.NO_NAME, "(navn mangler)")
    monkeypatch.setitem(text.DATE_KIND_TEXT, DateKind.DEADLINE, "sidste frist")
    assert event_summary(event) == "MUS · Sidste frist: Kursus i Excel – (navn mangler)"


def test_calendar_events_have_only_name_and_short_text(signed_demo):
    """A calendar is shared: its events name the employee and the agreement's short text, never
    why it was agreed."""
    signed_demo.agreements[0] = replace(signed_demo.agreements[0], what="Ord " * 60)
    events = calendar_events_for_conversation(signed_demo)
    dated = sum((a.deadline is not None) + (a.follow_up is not None) for a in signed_demo.agreements)
    assert len(events) == dated and len({e.uid for e in events}) == dated
    for e in events:
        title = event_summary(e)
        assert "Mette Hansen" in title
        assert len(e.text) <= 80
        assert signed_demo.agreements[0].why not in title
