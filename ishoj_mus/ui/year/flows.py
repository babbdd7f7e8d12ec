"""What the overview and the window start from a conversation: the half-year follow-up on its
own form. (The agreements' dates as a calendar file: ui/year/calendar_export.py.)"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.years import FOLLOW_UP_FORM_ID, half_year_followup
from ishoj_mus.storage.forms import available_forms
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr


def make_followup(parent: QWidget, previous: Conversation, source: str, today: date) -> Conversation | None:
    """The half-year follow-up of ``previous`` on the ``opfoelgning`` form, or None (told why)."""
    form = None
    try:
        for _path, candidate in available_forms():
            if not isinstance(candidate, FormError) and candidate.id == FOLLOW_UP_FORM_ID:
                form = candidate
                break
    except (OSError, FormError):
        form = None
    if form is None:
        messages.warning(
            parent,
            tr("Ingen opfølgningsformular"),
            tr("Samtaleformen til halvårsopfølgningen findes ikke i programmet. Kontakt jeres IT-afdeling."),
        )
        return None
    return half_year_followup(previous, form, today, source)
