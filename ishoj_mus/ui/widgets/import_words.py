"""The words of the window for last year's agreements that could not be brought in
(``ishoj_mus.importing``): worded once there, keyed by code (issue 25), and said here through
the window's ``tr``. A module of its own: importing loads the PDF verdicts, the organisation
profile and the group conversation (≈20 ms, ≈4 MB), which a conversation needs only when
agreements are brought in."""

from __future__ import annotations

from ishoj_mus import importing
from ishoj_mus.importing import ImportRefusal, ImportRefused
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text


def import_refusal_text(exc: ImportRefused) -> str:
    """An ``ImportRefused`` in the window's language."""
    if exc.code == ImportRefusal.ORGANISATION and exc.profile_error is not None:
        return organisation_error_text(exc.profile_error)
    return importing.import_refusal_text(exc, tr)
