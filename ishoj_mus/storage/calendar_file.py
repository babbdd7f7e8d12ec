"""The agreements' dates as an iCalendar file (RFC 5545) that Outlook and others import.

One all-day event per date, with a stable UID (re-importing updates rather than duplicates),
a reminder the day before, and only the employee's name and the agreement's short text – no
answers. Importing this module imports ``icalendar`` (≈ 0.2 s): import it when a calendar is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar

from ishoj_mus.domain.calendar_events import CalendarEvent
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.text import Phrase, date_kind_text, phrase

PRODID = "-//Ishøj Kommune//Ishøj MUS//DA"
REMINDER_BEFORE = timedelta(days=1)


def event_summary(e: CalendarEvent) -> str:
    """The event's title: »MUS · Frist: <the agreement> – <the employee>« (the catalogue's words)."""
    kind = date_kind_text(e.kind)
    who = e.employee_name or phrase(Phrase.NO_NAME)
    return f"{e.conversation_name} · {kind[:1].upper()}{kind[1:]}: {e.text} – {who}"


def calendar_bytes(events: Iterable[CalendarEvent], stamp: datetime | None = None) -> bytes:
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "MUS-aftaler")
    for e in events:
        ev = icalendar.Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp)
        ev.add("sequence", e.sequence)
        ev.add("dtstart", e.when)
        ev.add("dtend", e.when + timedelta(days=1))
        ev.add("summary", event_summary(e))
        ev.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the day stays free
        ev.add("class", "PRIVATE")
        ev.add("categories", ["MUS"])
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event_summary(e))
        alarm.add("trigger", -REMINDER_BEFORE)
        ev.add_component(alarm)
        cal.add_component(ev)
    data: bytes = cal.to_ical()
    return data


def write_calendar(events: Iterable[CalendarEvent], path: Path, stamp: datetime | None = None) -> int:
    """Write the file atomically; returns the number of events. Raises SaveError."""
    events = list(events)
    atomic_write(Path(path), calendar_bytes(events, stamp), keep_backup=False)
    return len(events)
