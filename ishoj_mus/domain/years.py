"""Year over year: one employee's agreements through the years, the half-year follow-up made from
a conversation, and the radar of the scales year by year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from ishoj_mus.domain.codes import FollowUpStatus, Voice
from ishoj_mus.domain.conversation import Conversation, followups_from
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.overview import ConversationRecord, Outcome
from ishoj_mus.domain.records import Agreement


@dataclass(frozen=True)
class AgreementHistory:
    """An agreement and what became of it over the years."""

    made: ConversationRecord
    agreement: Agreement
    outcomes: tuple[tuple[ConversationRecord, Outcome], ...] = field(default_factory=tuple)

    @property
    def final_status(self) -> FollowUpStatus | None:
        for _rec, o in reversed(self.outcomes):
            if o.status is not None:
                return o.status
        return None


def agreement_histories(records: Iterable[ConversationRecord]) -> list[AgreementHistory]:
    """Each agreement once (where it was first made), with every later outcome, oldest first."""
    chronological = sorted(records, key=lambda r: r.sort_key())
    made: dict[str, tuple[ConversationRecord, Agreement]] = {}
    outcomes: dict[str, list[tuple[ConversationRecord, Outcome]]] = {}
    for rec in chronological:
        for o in rec.outcomes:
            outcomes.setdefault(o.agreement_id, []).append((rec, o))
        for a in rec.agreements:
            made.setdefault(a.id, (rec, a))
    result = [
        AgreementHistory(rec, a, tuple(x for x in outcomes.get(a.id, []) if x[0].sort_key() > rec.sort_key()))
        for rec, a in made.values()
    ]
    result.sort(key=lambda h: (h.made.sort_key(), h.agreement.id))
    return result


# -- the half-year follow-up ---------------------------------------------------------------------

FOLLOW_UP_FORM_ID = "opfoelgning"


def half_year_followup(previous: Conversation, form: Form, today: date, source: str = "") -> Conversation:
    """A new conversation on ``form`` (normally the ``opfoelgning`` form) with the same
    participants, the previous agreements to follow up in 'Siden MUS', and the same agreements,
    with their ids, as the plan to adjust – so a calendar export updates rather than duplicates.

    Only what the form has room for is carried in; nothing of the previous answers is copied.
    """
    conv = Conversation(
        form=form,
        employee=previous.employee,
        leader=previous.leader,
        date=today,
        place=previous.place,
    )
    kinds = {f.kind for _step, f in form.fields()}
    if FieldKind.FOLLOWUPS in kinds:
        conv.followups = followups_from(previous, source or _describe(previous))
    if FieldKind.AGREEMENTS in kinds:
        # Same ids (the calendar updates), marked as carried on so they are not carried twice.
        conv.agreements = [replace(a, carried_from=a.carried_from or a.id) for a in previous.agreements]
    return conv


def _describe(conv: Conversation) -> str:
    when = conv.date.strftime("%d.%m.%Y") if conv.date else ""
    return f"{conv.form.title} {when}".strip()


@dataclass(frozen=True)
class YearSeries:
    label: str  # the year, or the date when a year holds more than one conversation
    conversation_id: str
    values: tuple[float | None, ...]  # one per axis; None where that year has no value


@dataclass(frozen=True)
class YearRadar:
    axes: tuple[str, ...]  # perspective names
    scale_min: int
    scale_max: int
    series: tuple[YearSeries, ...]  # oldest first

    def has_values(self) -> bool:
        return any(v is not None for s in self.series for v in s.values)


def yearly_radar(conversations: Iterable[Conversation], voice: Voice, when: str) -> YearRadar | None:
    """One employee's radar of each conversation overlaid: ``voice``'s 'today' or 'future'
    value per perspective. Conversations without scales (a half-year follow-up) are left out;
    axes are every perspective any of them measured, in the order they first appear."""
    with_scales = sorted(
        (c for c in conversations if c.form.scale_fields()),
        key=lambda c: (c.date or c.created_at.date(), c.created_at, c.id),
    )
    if not with_scales:
        return None
    axes: list[str] = []
    names: dict[str, str] = {}
    lo, hi = None, None
    for c in with_scales:
        for f in c.form.scale_fields():
            key = f.perspective or f.id
            if key not in names:
                axes.append(key)
                try:
                    names[key] = (
                        c.form.framework.perspective(f.perspective).name if f.perspective else f.label
                    )
                except (KeyError, LookupError, ValueError):
                    names[key] = f.label
            lo = f.scale_min if lo is None else min(lo, f.scale_min)
            hi = f.scale_max if hi is None else max(hi, f.scale_max)
    years: dict[int, int] = {}
    for c in with_scales:
        y = (c.date or c.created_at.date()).year
        years[y] = years.get(y, 0) + 1
    series = []
    for c in with_scales:
        by_axis: dict[str, float | None] = {}
        for f in c.form.scale_fields():
            value = getattr(c.scale(f.id, voice), when) if voice in f.voices else None
            by_axis[f.perspective or f.id] = value
        day = c.date or c.created_at.date()
        label = str(day.year) if years[day.year] == 1 else day.strftime("%d.%m.%Y")
        series.append(YearSeries(label, c.id, tuple(by_axis.get(a) for a in axes)))
    return YearRadar(tuple(names[a] for a in axes), lo or 1, hi or 5, tuple(series))
