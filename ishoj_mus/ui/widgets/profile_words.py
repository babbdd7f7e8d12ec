"""The words of the window for the organisation profile's problems: Danish is each error's own
message; other languages are worded here from its code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ishoj_mus.storage.organisation import ENV_VAR, SCHEMA, OrganisationProblem
from ishoj_mus.ui.widgets.file_words import refusal_reason
from ishoj_mus.ui.widgets.i18n import language, tr

if TYPE_CHECKING:
    from ishoj_mus.storage.organisation import OrganisationError


def organisation_error_text(exc: OrganisationError) -> str:
    """An ``OrganisationError`` (the organisation profile cannot be used) in the window's
    language. Danish: the error's own message; otherwise worded from its code, file and key."""
    if language() == "da" or exc.code is None:
        return exc.message
    where = tr("Organisationsprofilen %1").replace("%1", tr("»%1«").replace("%1", str(exc.path)))
    key = f"[{exc.section}] {exc.key}" if exc.section else exc.key
    code = exc.code
    if code == OrganisationProblem.NOT_FOUND:
        text = tr("%1 findes ikke. Ret stien, eller bed IT om profilen.")
        if exc.from_env:
            text = tr("%1 (sat i %2) findes ikke. Ret stien, eller bed IT om profilen.").replace(
                "%2", ENV_VAR
            )
    elif code == OrganisationProblem.UNREADABLE:
        text = tr("%1 kan ikke bruges: %2. Bed IT om hjælp.").replace("%2", refusal_reason(exc.reason))
    elif code == OrganisationProblem.NOT_TOML:
        text = tr("%1 er ikke gyldig TOML eller ikke gemt som UTF-8. Ret filen, og prøv igen.")
    elif code == OrganisationProblem.UNKNOWN_KEY:
        known = ", ".join(SCHEMA.get(exc.section, {}))
        text = (
            tr("%1: nøglen %2 i [%3] kendes ikke. Kendte nøgler: %4.")
            .replace("%4", known)
            .replace("%3", exc.section)
            .replace("%2", tr("»%1«").replace("%1", exc.key))
        )
    elif code == OrganisationProblem.WRONG_TYPE:
        spec = SCHEMA.get(exc.section, {}).get(exc.key)
        kind = spec.type if spec is not None else str
        if exc.key == "hr_edition":
            what = tr('"referat" eller "udviklingsplan"')
        elif kind is bool:
            what = tr("true eller false")
        elif kind is list:
            what = tr("en liste af filnavne")
        else:
            what = tr("en tekst")
        text = tr("%1: %2 skal være %3. Ret filen, og prøv igen.").replace("%3", what).replace("%2", key)
    elif code == OrganisationProblem.ANCHOR_UNREADABLE:
        text = (
            tr("%1: [trust] anchors: certifikatet %2 kan ikke læses (%3). Ret stien, eller bed IT om filen.")
            .replace("%3", refusal_reason(exc.reason))
            .replace("%2", tr("»%1«").replace("%1", exc.value))
        )
    elif code == OrganisationProblem.BAD_VALUE:
        text = (
            tr(
                "%1: %2 kan ikke bruges (%3). Se eksemplet organisation.example.toml, ret filen, og prøv igen."
            )
            .replace("%3", tr("»%1«").replace("%1", exc.value))
            .replace("%2", key)
        )
    else:  # ANCHOR_NOT_CERTIFICATE
        text = tr("%1: [trust] anchors: %2 er ikke et certifikat i PEM- eller DER-format.").replace(
            "%2", tr("»%1«").replace("%1", exc.value)
        )
    return text.replace("%1", where)
