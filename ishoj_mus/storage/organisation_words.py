"""The words for what is wrong with the organisation profile, keyed by its code (issue 25: said
once). ``OrganisationError.message`` is the Danish; the window words the same error through its
``tr``. Every template gets the same values: %1 the profile ("Organisationsprofilen »…«"),
%2 the key ("[trust] anchors"), %3 why (a phrase of its own: the reason a file is not read, what
is wrong in the TOML, what the value must be), %4 the value quoted, %5 the value as written (quoted),
%6 the key quoted, %7 its section, %8 the section's known keys, %9 the environment variable."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ishoj_mus.text import Translate, Words, da, danish, fill, quoted

ENV_VAR = "ISHOJ_MUS_ORGANISATION"

WHERE = da("Organisationsprofilen %1")
NOT_FOUND_FROM_ENV = da("%1 (sat i %9) findes ikke. Ret stien, eller bed IT om profilen.")

# keyed by OrganisationProblem's value (a StrEnum: its members are these strings)
TEXT = {
    "not_found": da("%1 findes ikke. Ret stien, eller bed IT om profilen."),
    "unreadable": da("%1 kan ikke bruges: %3 Bed IT om hjælp."),
    "not_toml": da("%1 %3. Ret filen, og prøv igen."),
    "unknown_key": da("%1: nøglen %6 i [%7] kendes ikke. Kendte nøgler: %8."),
    "wrong_type": da("%1: %2 skal være %3. Ret filen, og prøv igen."),
    "bad_value": da("%1: %2 kan ikke bruges (%5): %3. Ret filen, og prøv igen."),
    "anchor_unreadable": da("%1: %2: certifikatet %4 kan ikke læses: %3 Ret stien, eller bed IT om filen."),
    "anchor_not_certificate": da("%1: %2: %4 er ikke et certifikat i PEM- eller DER-format."),
}
NOT_A = da("%1: %2: %4 er ikke %3. Ret filen, og prøv igen.")  # a value that is not what it must be


class Problem(Protocol):
    """What the words need of an ``OrganisationError`` (storage/organisation.py imports this module)."""

    @property
    def code(self) -> str: ...  # OrganisationProblem, a StrEnum

    path: Path | None
    section: str
    key: str
    value: str
    written: str
    why: Words | None
    known: str
    from_env: bool
    words: str


def organisation_error_text(exc: Problem, translate: Translate = danish) -> str:
    """The error in words: Danish (its ``message``), or through the window's ``translate``."""
    template = exc.words or (
        NOT_FOUND_FROM_ENV if exc.from_env and exc.code == "not_found" else TEXT[exc.code]
    )
    return fill(
        translate(template),
        fill(translate(WHERE), quoted(str(exc.path), translate)),
        f"[{exc.section}] {exc.key}" if exc.section else exc.key,
        exc.why.text(translate) if exc.why is not None else "",
        quoted(exc.value, translate),
        quoted(exc.written, translate) if exc.written else "",
        quoted(exc.key, translate),
        exc.section,
        exc.known,
        ENV_VAR,
    )
