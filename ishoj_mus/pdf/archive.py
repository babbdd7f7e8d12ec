"""PDF/A-3b with the conversation attached as machine-readable JSON (AFRelationship /Data)."""

from __future__ import annotations

import hashlib
import io
import json
import zlib
from typing import Any

import pikepdf
import pikepdf.pdfa
from pikepdf import Name

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.edition import Edition
from ishoj_mus.pdf.errors import ArchiveError, PdfProblem
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.strict_json import MAX_BYTES
from ishoj_mus.text import da

ATTACHMENT_NAME = "samtale.mus.json"


def attachment_dict(conv: Conversation, edition: Edition | None = None) -> dict[str, Any]:
    """The attached data: the conversation as shown, minus the signatures' stroke data, and
    which edition the document is (``verify`` names the paper from it: it is signed data).

    The drawn signatures are on the page; their points are left out of the data, so nobody
    can lift them from the file to redraw a signature elsewhere.
    """
    doc = musfile.conversation_to_dict(conv)
    for signature in doc["conversation"]["signatures"]:
        signature["strokes"] = []
    if edition is not None:  # a top-level key: the .mus reader ignores it
        doc["edition"] = {
            "kind": edition.kind.value,
            "policy": edition.policy.value if edition.is_hr else None,
        }
    return doc


def to_pdfa(
    pdf_bytes: bytes,
    conv: Conversation | None,
    title: str,
    *,
    attachment: bytes | None = None,
    edition: Edition | None = None,
) -> bytes:
    """Turn reportlab output into validated PDF/A-3b, attaching the conversation data (or
    ``attachment``, already encoded: a group conversation's edition)."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            if "/Trans" in page.obj:  # reportlab writes an empty /Trans; PDF/A rejects it
                del page.obj["/Trans"]
        pdf.Root.Lang = pikepdf.String("da-DK")
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        if "/Trapped" in pdf.docinfo:
            del pdf.docinfo["/Trapped"]  # has no XMP equivalent
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["dc:language"] = ["da-DK"]
        if attachment is None and conv is not None:
            attachment = json.dumps(attachment_dict(conv, edition), ensure_ascii=False, indent=1).encode(
                "utf-8"
            )
        if attachment is not None:
            data = attachment
            spec = pikepdf.AttachedFileSpec(
                pdf,
                data,
                description="Samtalens data (Ishøj MUS, .mus-format) – bruges til næste års opfølgning",
                filename=ATTACHMENT_NAME,
                mime_type="application/json",
                relationship=Name.Data,
            )
            pdf.attachments[ATTACHMENT_NAME] = spec
            pdf.Root.AF = pikepdf.Array([spec.obj])
        out = io.BytesIO()
        try:
            pikepdf.pdfa.save(pdf, out, "3b")
        except pikepdf.pdfa.PdfaError as exc:
            error = ArchiveError(PdfProblem.NOT_ARCHIVABLE)
            error.detail = exc.report.summary(5)  # technical, for the log only
            raise error from exc
    return out.getvalue()


def attached_conversation(pdf_bytes: bytes, source: str = "PDF") -> Conversation:
    """Read the conversation attached to a summary PDF (for next year's 'Siden sidst')."""
    return musfile.parse(attached_data(pdf_bytes, source), source)


def attached_data(pdf_bytes: bytes, source: str = "PDF") -> bytes:
    """The attached data's bytes, bounded (a conversation, or a group conversation's edition)."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            spec = pdf.attachments.get(ATTACHMENT_NAME)
            if spec is None:
                raise MusFileError(BadFile.NOT_CONVERSATION, source)
            try:
                stream = spec.get_file().obj
            except (AttributeError, ValueError, TypeError, IndexError):
                stream = None
            if not isinstance(stream, pikepdf.Stream):  # e.g. a /Params qpdf cannot read
                raise MusFileError(BadFile.WRONG_TYPES, source, da("de vedhæftede data kan ikke læses"))
            raw = _bounded_stream(stream, source)
    except pikepdf.PdfError:
        raise MusFileError(BadFile.NOT_JSON, source) from None
    return raw


def _bounded_stream(stream: pikepdf.Object, source: str) -> bytes:
    """The attachment's bytes, inflated no further than a conversation can be long: a
    decompression bomb is refused after 16 MB instead of filling the memory."""
    filters = stream.get("/Filter")
    if filters is None:
        data = stream.read_raw_bytes()
    elif filters == pikepdf.Name.FlateDecode and stream.get("/DecodeParms") is None:
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(stream.read_raw_bytes(), MAX_BYTES + 1)
        except zlib.error:
            raise MusFileError(BadFile.NOT_JSON, source) from None
    else:
        raise MusFileError(BadFile.NOT_CONVERSATION, source)
    if len(data) > MAX_BYTES:
        raise MusFileError(BadFile.TOO_LARGE, source, da("de vedhæftede data er for store"))
    _check_params(stream.get("/Params"), data, source)
    return data


def _check_params(params: Any, data: bytes, source: str) -> None:
    """The size and checksum the file claims for its attached data (PDF 32000 7.11.4) must be
    the data's own: a claim of another size (or of an absurd one) means the data were changed
    or damaged, and they are not read."""
    if not isinstance(params, pikepdf.Dictionary):
        return
    size, checksum = params.get("/Size"), params.get("/CheckSum")
    try:
        size_ok = size is None or (isinstance(size, int) and int(size) == len(data))
        sum_ok = checksum is None or bytes(checksum) == hashlib.md5(data, usedforsecurity=False).digest()
    except (TypeError, ValueError, OverflowError, pikepdf.PdfError):
        size_ok = sum_ok = False
    if not (size_ok and sum_ok):
        raise MusFileError(
            BadFile.WRONG_TYPES,
            source,
            da("de vedhæftede data passer ikke til den størrelse, filen selv angiver"),
        )
