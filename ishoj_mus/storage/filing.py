"""HR's filing keys of the organisation profile: how a filed referat is named and classified.

The section ``[filing]`` of ``organisation.toml`` (see ``resources/organisation.example.toml``)::

    [filing]
    name_pattern = "{medarbejdernr}_{efternavn}_{fornavn}_MUS_{dato}.pdf"
    kle = "81.03.00"          # the KLE number personnel cases are filed under
    facet = "G01"             # the KLE handling facet
    document_types = { referat = "MUS-referat", udviklingsplan = "Udviklingsplan" }

``document_types`` gives each kind of document the key the organisation's ESDH or HR system
routes it by (KMD Opus, SD's personnel file); without one the Danish name is used. The values
are checked when the profile is read (``ishoj_mus.storage.file_names``). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ishoj_mus.domain.edition import Edition
from ishoj_mus.storage.file_names import (
    DOCUMENT_TYPE_NAMES,
    DocumentType,
    document_type_keys,
    name_part,
    safe_file_name,
    split_name,
)
from ishoj_mus.storage.organisation import SCHEMA, OrganisationProfile, load_profile

SECTION = "filing"
DEFAULT_PATTERN: str = SCHEMA[SECTION]["name_pattern"].default


@dataclass(frozen=True)
class FilingSettings:
    name_pattern: str = DEFAULT_PATTERN
    kle: str = ""
    facet: str = ""
    document_types: Mapping[str, str] = field(default_factory=dict)
    source: Path | None = None

    def type_key(self, kind: DocumentType) -> str:
        """The key the organisation routes this kind of document by (its Danish name without one)."""
        return self.document_types.get(kind.value, DOCUMENT_TYPE_NAMES[kind])


@dataclass(frozen=True)
class NameParts:
    """What a filed file's name is made of (the values of the placeholders)."""

    employee_name: str
    employee_number: str
    date: str  # ISO 8601, or "" when the conversation has no date
    version: int
    document_type: DocumentType
    conversation_id: str


def load_filing_settings(profile: OrganisationProfile | None = None) -> FilingSettings:
    """The ``[filing]`` keys of the deployed profile (or ``profile``); checked when it was read.

    Raises OrganisationError for a profile that is there but wrong.
    """
    if profile is None:
        profile = load_profile()
    return FilingSettings(
        str(profile.value(SECTION, "name_pattern")),
        str(profile.value(SECTION, "kle")).strip(),
        str(profile.value(SECTION, "facet")).strip(),
        document_type_keys(profile.value(SECTION, "document_types")),
        profile.path,
    )


def file_name(settings: FilingSettings, parts: NameParts) -> str:
    """The filed file's name from the profile's pattern: safe on Windows, Linux and macOS, at most
    255 bytes, never a path, never a reserved device name."""
    first, last = split_name(parts.employee_name)
    values = {
        "medarbejdernr": parts.employee_number or "uden-nr",
        "fornavn": first,
        "efternavn": last,
        "navn": parts.employee_name,
        "dato": parts.date or "udateret",
        "år": parts.date[:4] if parts.date else "udateret",
        "version": str(parts.version),
        "dokumenttype": DOCUMENT_TYPE_NAMES[parts.document_type],
        "nøgle": settings.type_key(parts.document_type),
        "kle": settings.kle or "uden-KLE",
        "facet": settings.facet or "uden-facet",
        "samtale": parts.conversation_id,
    }
    name = settings.name_pattern.format_map({k: name_part(v) for k, v in values.items()})
    return safe_file_name(name)


def document_type(form_id: str, edition: Edition) -> DocumentType:
    """What kind of document a summary is, from its form and the HR policy of its edition."""
    if form_id == "grus":
        return DocumentType.GRUS
    if form_id == "opfoelgning":
        return DocumentType.OPFOELGNING
    if edition.is_plan_only:
        return DocumentType.UDVIKLINGSPLAN
    return DocumentType.REFERAT
