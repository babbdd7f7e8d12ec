"""The rules for HR's filing keys and filed files' names: pure functions, no profile, no Qt.

``ishoj_mus.storage.organisation`` checks the ``[filing]`` keys with these when it reads the
profile; ``ishoj_mus.storage.filing`` names the files.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from ishoj_mus.text import QUOTED, Words, da

MAX_NAME_BYTES = 255  # NTFS allows 255 UTF-16 units, ext4 and APFS 255 bytes: bytes hold for all
# A file is saved through ".NAME.<16 hex>.bak.tmp" (storage.atomic), 27 bytes longer than NAME:
# that name must fit too, or a 255-byte name fails to save ("systemfejl 36").
SAVE_OVERHEAD_BYTES = len(".") + len(".0123456789abcdef.bak.tmp")
MAX_SAVED_NAME_BYTES = MAX_NAME_BYTES - SAVE_OVERHEAD_BYTES  # 228


class DocumentType(StrEnum):
    """What kind of document a filed PDF is, for the ESDH (the codes are written in the XMP)."""

    REFERAT = "referat"  # the whole referat of a MUS (HR policy "referat")
    UDVIKLINGSPLAN = "udviklingsplan"  # HR policy "udviklingsplan": the plan and the confirmation
    OPFOELGNING = "opfoelgning"  # the half-year follow-up conversation
    GRUS = "grus"  # the group conversation (later)


DOCUMENT_TYPE_NAMES = {
    DocumentType.REFERAT: "MUS-referat",
    DocumentType.UDVIKLINGSPLAN: "Udviklingsplan",
    DocumentType.OPFOELGNING: "Halvårsopfølgning",
    DocumentType.GRUS: "GRUS-referat",
}

# Placeholder -> what it stands for (Danish, for messages and the example profile).
PLACEHOLDERS = {
    "medarbejdernr": "medarbejdernummeret",
    "fornavn": "medarbejderens fornavn(e)",
    "efternavn": "medarbejderens efternavn",
    "navn": "medarbejderens fulde navn",
    "dato": "samtalens dato (ÅÅÅÅ-MM-DD)",
    "år": "samtalens år",
    "version": "referatets version (1, 2, …)",
    "dokumenttype": "dokumenttypens navn (fx MUS-referat)",
    "nøgle": "dokumenttypens nøgle fra document_types",
    "kle": "KLE-nummeret",
    "facet": "handlingsfacetten",
    "samtale": "samtalens id",
}
# A file name must say whose it is.
_IDENTIFYING = {"medarbejdernr", "navn", "efternavn", "samtale"}

_KLE = re.compile(r"\d{2}\.\d{2}(\.\d{2})?")
_FACET = re.compile(r"[A-Z]\d{2}")
# Never in a Windows file name, and never a path: \ / : * ? " < > | and control characters.
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f-\x9f]')
# Invisible or reordering characters: they make two names look alike or reverse what is read.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_RESERVED = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?", re.IGNORECASE)


# Why a value in the organisation profile cannot be used (a phrase, Danish source for tr()).


def kle_problem(value: Any) -> Words | None:
    if value.strip() and not _KLE.fullmatch(value.strip()):
        return Words(da("et KLE-nummer skrives som 81.03.00 (emne) eller 81.03 (gruppe)"))
    return None


def facet_problem(value: Any) -> Words | None:
    if value.strip() and not _FACET.fullmatch(value.strip()):
        return Words(da("en handlingsfacet skrives som et stort bogstav og to cifre, fx G01"))
    return None


def document_types_problem(value: Any) -> Words | None:
    known = [t.value for t in DocumentType]
    for key, key_value in dict(value).items():
        if key not in known:
            return Words(
                da("dokumenttypen %1 kendes ikke; kendte dokumenttyper er %2"),
                (Words(QUOTED, (key,)), ", ".join(known)),
            )
        if (
            not isinstance(key_value, str)
            or not key_value.strip()
            or len(key_value) > 100
            or _FORBIDDEN.search(key_value)
        ):
            return Words(
                da('nøglen til %1 skal være en kort tekst (højst 100 tegn) uden tegnene \\ / : * ? " < > |'),
                (Words(QUOTED, (key,)),),
            )
    return None


def document_type_keys(value: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v).strip() for k, v in value.items()}


def pattern_problem(pattern: str) -> Words | None:
    """Why ``pattern`` cannot name filed files, or None when it can."""
    if not pattern.lower().endswith(".pdf"):
        return Words(da("mønsteret skal ende på .pdf"))
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError:
        return Words(da("en { eller } står alene; skriv pladsholdere som {efternavn}"))
    used: set[str] = set()
    for literal, name, spec, conversion in parsed:
        if _FORBIDDEN.search(literal) or _INVISIBLE.search(literal):
            return Words(da('teksten må ikke indeholde tegnene \\ / : * ? " < > | eller usynlige tegn'))
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            return Words(da("pladsholderen {%1} kendes ikke; kendte pladsholdere: %2"), (name, known))
        if spec or conversion:
            return Words(da("skriv pladsholderen som {%1}, uden : eller !"), (name,))
        used.add(name)
    if not used & _IDENTIFYING:
        return Words(
            da("navnet skal sige, hvis referat det er: brug {medarbejdernr}, {navn} eller {efternavn}")
        )
    return None


def split_name(full: str) -> tuple[str, str]:
    words = full.split()
    if not words:
        return "ukendt", "ukendt"
    if len(words) == 1:
        return words[0], words[0]
    return " ".join(words[:-1]), words[-1]


def name_part(value: str) -> str:
    """One placeholder's value: no path, no invisible characters, spaces as '-'."""
    text = unicodedata.normalize("NFC", value)
    text = _INVISIBLE.sub("", text)
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"-{2,}", "-", text).strip("-")
    return text or "ukendt"


def safe_file_name(name: str, suffix: str = ".pdf", max_bytes: int = MAX_SAVED_NAME_BYTES) -> str:
    """``name`` as a file name every system accepts: forbidden characters replaced, no trailing
    dot or space, a reserved device name (CON, NUL, COM1 …) prefixed, and shortened to at most
    ``max_bytes`` in UTF-8 (keeping ``suffix``): 228, so that saving it through its temporary
    name (27 bytes longer) stays within the 255 bytes every system allows."""
    text = unicodedata.normalize("NFC", name)
    text = _INVISIBLE.sub("", text)
    text = _FORBIDDEN.sub("-", text)
    if text.lower().endswith(suffix):
        text = text[: -len(suffix)]
    text = text.strip(" .") or "ukendt"
    if _RESERVED.fullmatch(text):
        text = "_" + text
    limit = max_bytes - len(suffix.encode("utf-8"))
    while len(text.encode("utf-8")) > limit:
        text = text[:-1]
    return text.rstrip(" .") + suffix
