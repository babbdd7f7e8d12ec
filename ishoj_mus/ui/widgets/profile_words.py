"""The window's words for the organisation profile's problems: worded once in storage, keyed by
code (storage/organisation_words.py, issue 25), and said here through the window's ``tr``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ishoj_mus.storage import organisation_words
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.storage.organisation import OrganisationError


def organisation_error_text(exc: OrganisationError) -> str:
    """An ``OrganisationError`` (the organisation profile cannot be used) in the window's language."""
    return organisation_words.organisation_error_text(exc, tr)
