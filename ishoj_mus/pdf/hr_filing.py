"""HR's filing step: which checked files go into the filing folder, under which names, and the
manifest that lists them and every refused file with the reason.

Only GYLDIG HR editions are filed; UBEKRÆFTET ones only when HR has chosen so explicitly. The
employee's copy, drafts, plans, sheets, ÆNDRET and unreadable files never are, and neither is a
version of a conversation when a newer intact version of it is in the same batch. The input
files are only read; a file already in the filing folder is never replaced. No Qt here.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from ishoj_mus.domain.overview import shown_path
from ishoj_mus.pdf.batch import CheckedFile
from ishoj_mus.pdf.verdict import MAX_BYTES
from ishoj_mus.pdf.verify_result import Judgement, Paper
from ishoj_mus.pdf.verify_words import Reason, Said, say
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.file_names import DOCUMENT_TYPE_NAMES, DocumentType
from ishoj_mus.storage.filing import FilingSettings, NameParts, file_name
from ishoj_mus.text import format_datetime, visible

# What goes into a personnel file: the HR edition of a MUS, and a group conversation participant's
# HR edition. Never the employee's or participant's own copy, nor the group's own referat (it
# names every participant: each personnel file gets that participant's HR edition).
HR_PAPERS = (Paper.HR_REFERAT, Paper.HR_UDVIKLINGSPLAN, Paper.GRUS_HR)
OWN_COPIES = (Paper.EMPLOYEE_COPY, Paper.GRUS_COPY)


class Decision(StrEnum):
    FILE = "journaliseres"
    REFUSED = "afvist"


@dataclass
class BatchRow:
    """One checked file as HR sees it: the judgement plus what the batch says about it."""

    checked: CheckedFile
    newer: CheckedFile | None = None  # an intact newer version of the same conversation in the batch
    replaces: CheckedFile | None = None  # the intact older version in the batch this one replaces
    duplicate_of: CheckedFile | None = None  # the same bytes, listed earlier

    @property
    def result(self) -> Any:
        return self.checked.result


@dataclass
class FilingPlan:
    row: BatchRow
    decision: Decision
    said: Said | None = None  # why refused: the catalogue's code and its parameters (issue 25)
    name: str = ""  # the name in the filing folder
    document_type: DocumentType | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """Why refused, in Danish ("" when filed): the sentence of :attr:`said`."""
        return self.said.text() if self.said is not None else ""

    @property
    def code(self) -> Reason | None:
        """Why refused, as a code: decide on this, never on the sentence's words."""
        return self.said.code if self.said is not None else None


def analyse(items: Sequence[CheckedFile]) -> list[BatchRow]:
    """Rows for a batch: which intact file has a newer version in the batch, which is a copy."""
    rows = [BatchRow(item) for item in items]
    by_digest: dict[str, BatchRow] = {}
    newest: dict[tuple[str, str], BatchRow] = {}
    for row in rows:
        digest = row.checked.sha256
        if digest:
            first = by_digest.setdefault(digest, row)
            if first is not row:
                row.duplicate_of = first.checked
        r = row.result
        # only an intact HR edition counts as the newer version HR files instead
        if (
            r.intact
            and r.edition in HR_PAPERS
            and r.conversation_id
            and r.version is not None
            and row.duplicate_of is None
        ):
            best = newest.get(_conversation_key(r))
            if best is None or (best.result.version or 0) < r.version:
                newest[_conversation_key(r)] = row
    for row in rows:
        r = row.result
        if not (r.intact and r.conversation_id and r.version is not None):
            continue
        best = newest.get(_conversation_key(r))
        if best is not None and best is not row and (best.result.version or 0) > r.version:
            row.newer = best.checked
    for row in rows:
        if row.newer is None:
            continue
        newer_row = next(x for x in rows if x.checked is row.newer)
        if newer_row.replaces is None or (newer_row.replaces.result.version or 0) < (row.result.version or 0):
            newer_row.replaces = row.checked
    return rows


def _conversation_key(r: Any) -> tuple[str, str]:
    """One conversation and whose paper it is: a group conversation's id is the same in every
    participant's HR edition, and one participant's version 2 replaces only that participant's."""
    return (r.conversation_id or "", r.employee or "")


def document_type_of(checked: CheckedFile) -> DocumentType:
    code = checked.filing.get("documentType", "")
    try:
        return DocumentType(code)
    except ValueError:
        pass
    form = checked.facts.get("form", "")
    if form == "grus":
        return DocumentType.GRUS
    if form == "opfoelgning":
        return DocumentType.OPFOELGNING
    if checked.result.edition == Paper.HR_UDVIKLINGSPLAN:
        return DocumentType.UDVIKLINGSPLAN
    if checked.result.edition == Paper.GRUS_HR:
        return DocumentType.GRUS
    return DocumentType.REFERAT


def plan_filing(
    rows: Sequence[BatchRow],
    settings: FilingSettings,
    folder: Path,
    *,
    include_unconfirmed: bool = False,
) -> list[FilingPlan]:
    """What happens to each row (nothing is written)."""
    plans: list[FilingPlan] = []
    taken: dict[str, int] = {}
    existing = _existing_names(folder)
    for row in rows:
        refusal = _refusal(row, include_unconfirmed)
        if refusal is not None:
            plans.append(FilingPlan(row, Decision.REFUSED, refusal, metadata=_metadata(row, settings)))
            continue
        kind = document_type_of(row.checked)
        name = file_name(settings, _name_parts(row, kind))
        key = name.casefold()  # Windows and macOS: one file for "A.pdf" and "a.pdf"
        if key in taken:
            taken[key] += 1
            stem, _, suffix = name.rpartition(".")
            name = f"{stem}_{taken[key]}.{suffix}"
        else:
            taken[key] = 1
        plan = FilingPlan(row, Decision.FILE, None, name, kind, _metadata(row, settings))
        if name.casefold() in existing:
            plan.decision = Decision.REFUSED
            plan.said = Said(Reason.FILE_NAME_TAKEN, (str(name),))
        plans.append(plan)
    return plans


def _existing_names(folder: Path) -> set[str]:
    try:
        return {entry.name.casefold() for entry in os.scandir(folder)}
    except OSError:
        return set()


def _refusal(row: BatchRow, include_unconfirmed: bool) -> Said | None:
    r = row.result
    if r.verdict == Judgement.ULAESELIG:
        return Said(Reason.FILE_UNREADABLE, (r.message,))
    if r.verdict == Judgement.AENDRET:
        return Said(Reason.FILE_CHANGED, (str(r.message),))
    if r.edition in OWN_COPIES:
        return Said(Reason.FILE_EMPLOYEE_COPY)
    if r.edition == Paper.GRUS_REFERAT:
        return Said(Reason.FILE_GROUP_REFERAT)
    if r.edition not in HR_PAPERS or r.verdict == Judgement.IKKE_UNDERSKREVET:
        return Said(Reason.FILE_NOT_A_REFERAT, (str(visible(r.edition_text or r.edition.value)),))
    if row.duplicate_of is not None:
        return Said(Reason.FILE_DUPLICATE, (str(row.duplicate_of.path.name),))
    if row.newer is not None:
        newer = row.newer.result
        return Said(Reason.FILE_REPLACED, (str(newer.version), str(row.newer.path.name)))
    if r.verdict == Judgement.UBEKRAEFTET and not include_unconfirmed:
        return Said(Reason.FILE_UNCONFIRMED, (str(r.message),))
    if r.verdict not in (Judgement.GYLDIG, Judgement.UBEKRAEFTET):
        return Said(Reason.FILE_OTHER, (r.verdict.value, r.message))
    return None


def _name_parts(row: BatchRow, kind: DocumentType) -> NameParts:
    checked, r = row.checked, row.result
    return NameParts(
        employee_name=checked.facts.get("employee_name")
        or checked.filing.get("employeeName")
        or r.employee
        or "",
        employee_number=checked.facts.get("employee_number") or checked.filing.get("employeeNumber", ""),
        date=checked.facts.get("date") or checked.filing.get("conversationDate", ""),
        version=r.version or 1,
        document_type=kind,
        conversation_id=r.conversation_id or "",
    )


# The manifest's columns: key in JSON, heading in the CSV (Danish, for Excel).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("status", "Status"),
    ("reason", "Begrundelse"),
    ("file", "Fil"),
    ("filed_as", "Journaliseret som"),
    ("verdict", "Kontrol"),
    ("edition", "Papir"),
    ("document_type", "Dokumenttype"),
    ("document_type_key", "Dokumenttypens nøgle"),
    ("kle", "KLE-nummer"),
    ("facet", "Handlingsfacet"),
    ("employee", "Medarbejder"),
    ("employee_number", "Medarbejdernummer"),
    ("leader", "Leder"),
    ("conversation_date", "Samtalens dato"),
    ("conversation_id", "Samtale-id"),
    ("version", "Version"),
    ("replaces_signed_at", "Erstatter version underskrevet"),
    ("signed_by", "Signeret af"),
    ("signer_is_leader", "Signeret af lederen"),
    ("signed_at", "Signeret"),
    ("timestamp", "Tidsstempel"),
    ("retention_note", "Opbevaring"),
    ("sha256", "SHA-256"),
)


def _metadata(row: BatchRow, settings: FilingSettings) -> dict[str, str]:
    checked, r = row.checked, row.result
    xmp = checked.filing
    kind = document_type_of(checked) if r.edition in HR_PAPERS else None
    signer = r.leader_signer
    stamp = next((t for t in r.timestamps if t.trusted), r.timestamps[0] if r.timestamps else None)
    return {
        "file": str(checked.path),
        "verdict": r.verdict.value,
        "edition": r.edition_text or r.edition.value,
        "document_type": DOCUMENT_TYPE_NAMES[kind] if kind else "",
        "document_type_key": xmp.get("documentTypeKey") or (settings.type_key(kind) if kind else ""),
        "kle": xmp.get("kle") or (settings.kle if kind else ""),
        "facet": xmp.get("handlingFacet") or (settings.facet if kind else ""),
        "employee": r.employee or "",
        "employee_number": visible(checked.facts.get("employee_number") or xmp.get("employeeNumber", "")),
        "leader": r.leader or "",
        "conversation_date": checked.facts.get("date") or xmp.get("conversationDate", ""),
        "conversation_id": r.conversation_id or "",
        "version": str(r.version) if r.version is not None else "",
        "replaces_signed_at": r.replaces_signed_at or "",
        "signed_by": signer.name if signer else "",
        "signer_is_leader": ("ja" if signer.is_leader else "nej") if signer else "",
        "signed_at": signer.signed_at or "" if signer else "",
        "timestamp": f"{stamp.at} ({stamp.authority})" if stamp else "",
        "retention_note": visible(xmp.get("retentionNote", "")),
        "sha256": checked.sha256,
    }


@dataclass
class FilingOutcome:
    folder: Path
    filed: list[FilingPlan]
    refused: list[FilingPlan]
    manifest_csv: Path | None = None
    manifest_json: Path | None = None


class FilingError(Exception):
    """The filing folder cannot be used: one Danish line."""


def file_batch(
    rows: Sequence[BatchRow],
    folder: Path,
    settings: FilingSettings,
    *,
    include_unconfirmed: bool = False,
    now: dt.datetime | None = None,
) -> FilingOutcome:
    """Copy what may be filed into ``folder`` and write the manifest (CSV and JSON) there.

    A copy is made from the input file's bytes only when they are still the bytes that were
    checked (same SHA-256); it is created new (never replacing a file) and then synced.
    Raises FilingError when the folder cannot be made or written.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FilingError(say(Reason.FOLDER_NOT_MADE, str(folder), str(exc.strerror))) from None
    if not folder.is_dir():
        raise FilingError(say(Reason.FOLDER_NOT_A_FOLDER, str(folder)))
    plans = plan_filing(rows, settings, folder, include_unconfirmed=include_unconfirmed)
    for plan in plans:
        if plan.decision != Decision.FILE:
            continue
        problem = _copy(plan.row.checked, folder / plan.name)
        if problem is not None:
            plan.decision = Decision.REFUSED
            plan.said = problem
        plan.metadata["filed_as"] = plan.name if plan.decision == Decision.FILE else ""
    for plan in plans:
        plan.metadata.setdefault("filed_as", "")
        plan.metadata["status"] = plan.decision.value
        plan.metadata["reason"] = plan.reason
    outcome = FilingOutcome(
        folder,
        [p for p in plans if p.decision == Decision.FILE],
        [p for p in plans if p.decision == Decision.REFUSED],
    )
    stamp = (now or dt.datetime.now().astimezone()).strftime("%Y-%m-%d_%H%M%S")
    try:
        outcome.manifest_csv = _write_new(folder, f"manifest_{stamp}", ".csv", manifest_csv(plans))
        outcome.manifest_json = _write_new(
            folder,
            f"manifest_{stamp}",
            ".json",
            shown_path(manifest_json(plans, folder, settings, now)).encode("utf-8"),
        )
    except OSError as exc:
        raise FilingError(say(Reason.MANIFEST_NOT_WRITTEN, str(folder), str(exc.strerror))) from None
    return outcome


def _copy(checked: CheckedFile, target: Path) -> Said | None:
    """Copy ``checked``'s file to ``target`` (new). Returns why when it was not copied."""
    try:
        data = read_regular_file(checked.path, MAX_BYTES)
    except (InputRefused, OSError):
        return Said(Reason.FILE_REREAD)
    if hashlib.sha256(data).hexdigest() != checked.sha256:
        return Said(Reason.FILE_CHANGED_SINCE)
    try:
        with open(target, "xb") as out:  # never replaces a file
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except FileExistsError:
        return Said(Reason.FILE_NAME_TAKEN_COPY, (str(target.name),))
    except OSError as exc:
        try:
            target.unlink()
        except OSError:
            pass
        return Said(Reason.FILE_NOT_WRITTEN, (str(exc.strerror),))
    return None


def _write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    n = 1
    while True:
        path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}_{n}{suffix}")
        try:
            with open(path, "xb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            return path
        except FileExistsError:
            n += 1


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A text Excel shows as text: never a formula (a name typed as "=HYPERLINK(…)")."""
    text = visible(value, 2000) if value else ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def manifest_csv(plans: Sequence[FilingPlan]) -> bytes:
    """Semicolons, UTF-8 with BOM and CRLF: opens straight in a Danish Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([heading for _, heading in COLUMNS])
    for plan in plans:
        writer.writerow([_cell(plan.metadata.get(key, "")) for key, _ in COLUMNS])
    return b"\xef\xbb\xbf" + shown_path(buffer.getvalue()).encode("utf-8")  # a name not UTF-8: U+FFFD


def manifest_json(
    plans: Sequence[FilingPlan], folder: Path, settings: FilingSettings, now: dt.datetime | None = None
) -> str:
    when = now or dt.datetime.now().astimezone()

    def entry(plan: FilingPlan) -> dict[str, str]:
        return {key: plan.metadata.get(key, "") for key, _ in COLUMNS}

    doc = {
        "format": "ishoj-mus-manifest",
        "version": 1,
        "created": when.isoformat(timespec="seconds"),
        "created_text": format_datetime(when),
        "folder": str(folder),
        "profile": str(settings.source) if settings.source else None,
        "filed": [entry(p) for p in plans if p.decision == Decision.FILE],
        "refused": [entry(p) for p in plans if p.decision == Decision.REFUSED],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1)
