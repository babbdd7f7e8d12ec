"""The words of the window for last year's agreements that could not be brought in
(``ishoj_mus.importing``): Danish is each refusal's own message; other languages are worded here
from its code. A module of its own: importing loads the PDF verdicts, the organisation profile
and the group conversation (≈20 ms, ≈4 MB), which a conversation needs only when agreements are
brought in."""

from __future__ import annotations

from ishoj_mus.importing import ImportRefusal, ImportRefused
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text


def import_refusal_text(exc: ImportRefused) -> str:
    """An ``ImportRefused`` in the window's language; a changed PDF is worded here, the rest
    keep their own (Danish) words."""
    if language() == "da":
        return exc.message
    name = tr("»%1«").replace("%1", exc.file_name)
    if exc.code == ImportRefusal.CHANGED:
        return tr(
            "Aftalerne hentes ikke fra %1: PDF'en er ændret, efter den blev underskrevet, eller "
            "underskriften kan ikke bekræftes. Brug sidste års samtalefil (.mus) eller en uændret kopi "
            "af referatet."
        ).replace("%1", name)
    if exc.code == ImportRefusal.TOO_LARGE:
        return (
            tr(
                "Aftalerne hentes ikke fra %1: Filen fylder %2 MB – for meget til at være et MUS-referat. "
                "Kontrollér, at det er den rigtige fil."
            )
            .replace("%2", str(exc.size // (1024 * 1024)))
            .replace("%1", name)
        )
    if exc.code == ImportRefusal.ORGANISATION and exc.profile_error is not None:
        return organisation_error_text(exc.profile_error)
    return exc.message
