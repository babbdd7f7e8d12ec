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

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ishoj_mus.domain.edition import Edition, HrPolicy

ENV_VAR = "ISHOJ_MUS_ORGANISATION"
PROFILE_NAME = "organisation.toml"


class ProfileError(ValueError):
    """A profile that cannot be used; the message is for the user, in Danish."""


@dataclass(frozen=True)
class HrSettings:
    policy: HrPolicy = HrPolicy.REFERAT
    retention_note: str = ""
    source: Path | None = None

    def hr_edition(self) -> Edition:
        return Edition.hr(self.policy, self.retention_note)


def profile_path() -> Path | None:
    """Where the organisation profile is, or None when there is none."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / PROFILE_NAME)
    home = os.environ.get("ISHOJ_MUS_HOME")
    if home:  # tests and portable installs: never look in the machine's own folders
        candidates.append(Path(home) / "site" / PROFILE_NAME)
    else:
        import platformdirs

        from ishoj_mus.storage.userdirs import APP_AUTHOR, APP_DIR_NAME

        candidates.append(Path(platformdirs.site_config_dir(APP_DIR_NAME, APP_AUTHOR)) / PROFILE_NAME)
    return next((c for c in candidates if c.is_file()), None)


def load_hr_settings(path: Path | None = None) -> HrSettings:
    """The organisation's HR policy. Raises ProfileError for a profile that is there but wrong."""
    path = path if path is not None else profile_path()
    if path is None:
        return HrSettings()
    where = f"Organisationsprofilen »{path}«"
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ProfileError(f"{where} findes ikke. Ret {ENV_VAR}, eller kontakt IT-afdelingen.") from None
    except OSError as exc:
        raise ProfileError(f"{where} kan ikke læses ({exc.strerror}). Kontakt IT-afdelingen.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{where} er ikke gyldig TOML ({exc}). Kontakt IT-afdelingen.") from None
    policy_value = data.get("hr_edition", HrPolicy.REFERAT.value)
    try:
        policy = HrPolicy(policy_value)
    except ValueError:
        raise ProfileError(
            f'{where}: hr_edition skal være "referat" eller "udviklingsplan", ikke {policy_value!r}. '
            "Kontakt IT-afdelingen."
        ) from None
    note = data.get("retention_note", "")
    if not isinstance(note, str):
        raise ProfileError(f"{where}: retention_note skal være en tekst. Kontakt IT-afdelingen.")
    return HrSettings(policy, " ".join(note.split()), path)
