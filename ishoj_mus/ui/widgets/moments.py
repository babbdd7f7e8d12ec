"""Dates and times as the window shows them, in its language."""

from __future__ import annotations

from datetime import datetime

from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr


def format_moment(value: datetime | None) -> str:
    """A date and time in the window's language: "07.12.2026 kl. 03.58" / "07.12.2026 at 03:58"
    (``text.format_datetime`` is the command line's, always Danish; walk F13: "kl." in English)."""
    if value is None:
        return "–"
    return fill(tr("%1 kl. %2"), value.strftime("%d.%m.%Y"), value.strftime(tr("%H.%M")))
