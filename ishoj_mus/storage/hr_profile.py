"""The HR part of the organisation profile: which edition HR receives, and the retention note.

The organisation profile is one TOML file deployed by the municipality's IT. It is found,
first match wins, at ``$ISHOJ_MUS_ORGANISATION``, beside the program (``organisation.toml``
next to the installed executable) or in the platformdirs site config folder. This module
reads only the two HR keys, and ignores every other key (the signing and trust keys belong
to the organisation profile proper; fold this reader into it when that lands):

    hr_edition = "referat"            # or "udviklingsplan"
    retention_note = "Opbevares efter kommunens regler for personalesager."

No profile: the referat edition without private notes, and no retention note.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ishoj_mus.domain.edition import Edition, HrPolicy
from ishoj_mus.storage.bounded import InputRefused, Refusal, refused_words
from ishoj_mus.storage.organisation import OrganisationError, OrganisationProblem, find_profile
from ishoj_mus.storage.tomlfile import TomlProblem, read_toml
from ishoj_mus.text import Words, da, visible

# The HR keys' own words (the organisation profile's, storage/organisation_words.py, end "Ret
# filen …"; these ask HR to contact IT): the same values, %1 the profile … %9 the variable.
NOT_FOUND = da("%1 findes ikke. Ret %9, eller kontakt IT-afdelingen.")
UNREADABLE = da("%1 kan ikke bruges: %3 Kontakt IT-afdelingen.")
NOT_TOML = da("%1 %3. Kontakt IT-afdelingen.")
NOT_AN_EDITION = da(
    '%1: hr_edition skal være "referat" eller "udviklingsplan", ikke %5. Kontakt IT-afdelingen.'
)
NOT_A_TEXT = da("%1: %2 skal være %3. Kontakt IT-afdelingen.")


class ProfileError(OrganisationError, ValueError):
    """The HR keys of the profile cannot be used: an ``OrganisationError`` (Danish message, a code
    and fields for another language; the two HR keys are top-level, so no section), and a
    ``ValueError`` as before."""


@dataclass(frozen=True)
class HrSettings:
    policy: HrPolicy = HrPolicy.REFERAT
    retention_note: str = ""
    source: Path | None = None

    def hr_edition(self) -> Edition:
        return Edition.hr(self.policy, self.retention_note)


def load_hr_settings(path: Path | None = None) -> HrSettings:
    """The organisation's HR policy. Raises ProfileError for a profile that is there but wrong."""
    path = path if path is not None else find_profile()  # one rule, in storage/organisation.py
    if path is None:
        return HrSettings()
    try:
        data = read_toml(path)
    except InputRefused as exc:
        if exc.reason == Refusal.NOT_FOUND:
            raise ProfileError(OrganisationProblem.NOT_FOUND, path, from_env=True, words=NOT_FOUND) from None
        why = refused_words(exc.reason, exc.path, exc.limit)
        raise ProfileError(
            OrganisationProblem.UNREADABLE, path, why=why, reason=exc.reason, words=UNREADABLE
        ) from None
    except TomlProblem as exc:
        raise ProfileError(OrganisationProblem.NOT_TOML, path, why=exc.words, words=NOT_TOML) from None
    policy_value = data.get("hr_edition", HrPolicy.REFERAT.value)
    try:
        policy = HrPolicy(policy_value)
    except ValueError:
        raise ProfileError(
            OrganisationProblem.WRONG_TYPE,
            path,
            key="hr_edition",
            written=visible(policy_value),
            words=NOT_AN_EDITION,
        ) from None
    note = data.get("retention_note", "")
    if not isinstance(note, str):
        raise ProfileError(
            OrganisationProblem.WRONG_TYPE,
            path,
            key="retention_note",
            why=Words(da("en tekst")),
            words=NOT_A_TEXT,
        )
    return HrSettings(policy, " ".join(note.split()), path)
