"""The agreements' dates as calendar events (a file for Outlook and the like): for the overview,
or for one conversation."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ishoj_mus.domain.codes import DateKind, Responsible
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import Overview

# -- the calendar --------------------------------------------------------------------------------

UID_DOMAIN = "ishoj-mus.local"


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event: only the employee's name and the agreement's short text."""

    uid: str
    when: date
    kind: DateKind
    employee_name: str
    text: str
    sequence: int = 0
    responsible: Responsible | None = None
    conversation_name: str = "MUS"  # the form's short name: MUS, GRUS, …


def _short_name(form_title: str) -> str:
    """»GRUS – gruppeudviklingssamtale« → »GRUS«."""
    return form_title.split(" – ", 1)[0].strip() or "MUS"


def event_uid(agreement_id: str, kind: DateKind) -> str:
    """Stable across re-exports and across conversations: the agreement's own random id and
    which of its dates. A half-year follow-up carries agreements on with their ids, so its
    export updates the calendar entries made from the MUS instead of adding new ones (the
    conversation's id would change there, so it is not part of the UID)."""
    return f"mus-{agreement_id}-{kind.value}@{UID_DOMAIN}"


def short_text(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


def calendar_events_for_overview(overview: Overview) -> list[CalendarEvent]:
    """One event per agreement date. A group's agreement (GRUS) is in every participant's plan
    with one id: it becomes one event for the group, not one per participant."""
    events: dict[str, CalendarEvent] = {}
    holders: dict[str, int] = {}
    for row in overview.rows:
        for o in row.open_agreements:
            for kind, when in o.dates():
                uid = event_uid(o.agreement.id, kind)
                holders[uid] = holders.get(uid, 0) + 1
                if holders[uid] > 1:
                    events[uid] = replace(events[uid], employee_name=f"gruppen ({holders[uid]} deltagere)")
                    continue
                events[uid] = CalendarEvent(
                    uid=uid,
                    when=when,
                    kind=kind,
                    employee_name=row.name,
                    text=short_text(o.agreement.what),
                    sequence=o.sequence,
                    responsible=o.agreement.responsible,
                    conversation_name=_short_name(o.item.record.form_title),
                )
    return sorted(events.values(), key=lambda e: (e.when, e.uid))


def calendar_events_for_conversation(conv: Conversation) -> list[CalendarEvent]:
    """The dates of one conversation's agreements (same UIDs as from the overview)."""
    carried = {f.agreement.id for f in conv.followups}
    events = []
    for a in conv.agreements:
        for kind, when in ((DateKind.DEADLINE, a.deadline), (DateKind.FOLLOW_UP, a.follow_up)):
            if when is None:
                continue
            events.append(
                CalendarEvent(
                    uid=event_uid(a.id, kind),
                    when=when,
                    kind=kind,
                    employee_name=conv.employee.name,
                    text=short_text(a.what),
                    sequence=int(a.id in carried),
                    responsible=a.responsible,
                    conversation_name=_short_name(conv.form.title),
                )
            )
    events.sort(key=lambda e: (e.when, e.uid))
    return events


# -- year over year ------------------------------------------------------------------------------
