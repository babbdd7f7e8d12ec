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
from ishoj_mus.storage.bounded import InputRefused, Refusal
from ishoj_mus.storage.organisation import OrganisationError, OrganisationProblem, find_profile
from ishoj_mus.storage.tomlfile import TomlProblem, read_toml

ENV_VAR = "ISHOJ_MUS_ORGANISATION"


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
    where = f"Organisationsprofilen »{path}«"
    try:
        data = read_toml(path)
    except InputRefused as exc:
        if exc.reason == Refusal.NOT_FOUND:
            raise ProfileError(
                f"{where} findes ikke. Ret {ENV_VAR}, eller kontakt IT-afdelingen.",
                OrganisationProblem.NOT_FOUND,
                path,
                from_env=True,
            ) from None
        raise ProfileError(
            f"{where} kan ikke bruges: {exc.message} Kontakt IT-afdelingen.",
            OrganisationProblem.UNREADABLE,
            path,
            reason=exc.reason,
        ) from None
    except TomlProblem as exc:
        raise ProfileError(
            f"{where} {exc.message}. Kontakt IT-afdelingen.", OrganisationProblem.NOT_TOML, path
        ) from None
    policy_value = data.get("hr_edition", HrPolicy.REFERAT.value)
    try:
        policy = HrPolicy(policy_value)
    except ValueError:
        raise ProfileError(
            f'{where}: hr_edition skal være "referat" eller "udviklingsplan", ikke {policy_value!r}. '
            "Kontakt IT-afdelingen.",
            OrganisationProblem.WRONG_TYPE,
            path,
            key="hr_edition",
        ) from None
    note = data.get("retention_note", "")
    if not isinstance(note, str):
        raise ProfileError(
            f"{where}: retention_note skal være en tekst. Kontakt IT-afdelingen.",
            OrganisationProblem.WRONG_TYPE,
            path,
            key="retention_note",
        )
    return HrSettings(policy, " ".join(note.split()), path)
