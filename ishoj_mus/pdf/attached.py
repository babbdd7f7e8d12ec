"""Reading a summary PDF for the folder overview: its attached data and its signature count.

The signatures are counted, not verified (that is ``ishoj-mus verify``'s job and takes longer);
the overview says so.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import OWN_PLAN, OWN_SHEET, OwnDocument
from ishoj_mus.pdf.archive import attached_conversation, attached_data
from ishoj_mus.storage.bounded import InputRefused, Refusal, read_regular_file
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.grus_file import parse_group, participant_conversations
from ishoj_mus.storage.grus_head import GROUP_FORMAT
from ishoj_mus.text import da

MAX_PDF_BYTES = 25 * 1024 * 1024  # as `verify`: a referat is about 100 kB


def _own_document(pdf_bytes: bytes) -> str | None:
    """OWN_PLAN or OWN_SHEET for a development plan or a preparation sheet this program made
    (they carry no conversation data: the plan is an extract, the sheet is for notes)."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            info = pdf.docinfo
            creator = str(info.get("/Creator", ""))
            keywords = [k.strip().lower() for k in str(info.get("/Keywords", "")).split(",")]
    except (pikepdf.PdfError, AttributeError, TypeError, ValueError):
        return None
    if creator != "Ishøj MUS":
        return None
    if "udviklingsplan" in keywords:
        return OWN_PLAN
    if "forberedelse" in keywords:
        return OWN_SHEET
    return None


def signature_count(pdf_bytes: bytes) -> int | None:
    """Digital signature fields that hold a signature; None when the PDF cannot be opened."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            form = pdf.Root.get("/AcroForm")
            fields = form.get("/Fields") if form is not None else None
            if fields is None:
                return 0
            return sum(1 for f in fields if f.get("/FT") == pikepdf.Name.Sig and f.get("/V") is not None)
    except (pikepdf.PdfError, AttributeError, TypeError, ValueError):
        return None


def read_summary_pdf(path: Path) -> tuple[Conversation | list[Conversation], int | None]:
    """The conversation attached to a summary PDF (a GRUS document: one per participant it is
    for). Raises MusFileError."""
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_PDF_BYTES)  # a FIFO or a device is refused, never read
    except InputRefused as exc:
        if exc.reason == Refusal.TOO_LARGE:
            raise MusFileError(
                BadFile.TOO_LARGE, path, da("over 25 MB – for stor til et MUS-referat")
            ) from None
        kind = BadFile.NOT_REGULAR if exc.reason == Refusal.NOT_REGULAR else BadFile.UNREADABLE
        raise MusFileError(kind, path, exc.message, refusal=exc.reason, limit=exc.limit) from None
    if not data.startswith(b"%PDF"):
        raise MusFileError(BadFile.NOT_JSON, path)
    try:
        raw = attached_data(data, path.name)
    except MusFileError as exc:
        own = _own_document(data) if exc.kind == BadFile.NOT_CONVERSATION else None
        if own is not None:
            raise OwnDocument(own) from None
        raise
    if f'"{GROUP_FORMAT}"'.encode() in raw[:200]:  # a GRUS document: each participant's conversation
        g, edition = parse_group(raw, path.name, Origin.PDF)
        return participant_conversations(g, edition), signature_count(data)
    conv = attached_conversation(data, path.name)
    return conv, signature_count(data)
