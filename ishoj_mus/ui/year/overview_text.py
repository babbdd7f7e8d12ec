"""Words and dates shared by the overview and the year-over-year view."""

from __future__ import annotations

from datetime import date

from ishoj_mus.domain.codes import DateKind, Responsible, State
from ishoj_mus.text import Phrase, date_kind_text, overview_state_text, phrase
from ishoj_mus.ui.widgets.i18n import capitalised, responsible_label, tr


def state_text(state: State) -> str:
    return overview_state_text(state, tr)


def who(responsible: Responsible | None) -> str:
    return responsible_label(responsible) if responsible is not None else phrase(Phrase.NOT_CHOSEN, tr)


def kind_text(kind: DateKind) -> str:
    return capitalised(date_kind_text(kind, tr))


def short_form_title(title: str) -> str:
    """The part before a dash, for the table: »MUS – medarbejderudviklingssamtale« → »MUS«."""
    return title.split(" – ", 1)[0].strip() or title


def fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "–"
