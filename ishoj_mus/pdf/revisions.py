"""What changed after the referat's signature: only further invisible signatures, document
timestamps and validation data may be added. pyHanko's difference analysis judges each
revision; the document information, the XMP metadata and the filing data are compared here."""

from __future__ import annotations

import io
import re
from typing import Any

import pikepdf
from pyhanko.pdf_utils.generic import IndirectObject
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    FormUpdatingRule,
    ModificationLevel,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    SuspiciousModification,
)
from pyhanko.sign.diff_analysis.rules.form_field_rules import is_field_visible
from pyhanko.sign.validation.status import SignatureCoverageLevel

from ishoj_mus.pdf.filing_xmp import read_filing_xmp_bytes
from ishoj_mus.pdf.signature_checks import Signed
from ishoj_mus.pdf.verify_words import Reason, say


def changed_after_signing(reader: Any, signed: list[Signed], data: bytes) -> str | None:
    """Is anything after the referat's signature more than a further invisible signature, a
    document timestamp or validation data? One Danish line when it is."""
    by_revision = {e.sig.signed_revision: e for e in signed}
    first = min(by_revision)
    total = reader.xrefs.total_revisions
    policy = _diff_policy()
    for revision in range(first + 1, total):
        entry = by_revision.get(revision)
        try:
            result = policy.apply(
                reader.get_historical_resolver(revision - 1), reader.get_historical_resolver(revision)
            )
            level = result.modification_level
        except SuspiciousModification:
            level = ModificationLevel.OTHER
        is_signature = entry is not None and entry.sig.sig_object_type == "/Sig"
        allowed = ModificationLevel.FORM_FILLING if is_signature else ModificationLevel.LTA_UPDATES
        if level > allowed:
            if entry is None:
                return say(Reason.CONTENT_ADDED)
            return say(
                Reason.CHANGED_WITH_SIGNATURE if is_signature else Reason.CHANGED_WITH_TIMESTAMP,
                str(entry.number),
            )
        if entry is not None and is_field_visible(entry.sig.sig_field):  # type: ignore[no-untyped-call]  # pyHanko: untyped
            return say(Reason.VISIBLE_SIGNATURE, str(entry.number))
    if total - 1 > first and _filing_data_changed(by_revision[first].sig, data):
        return say(Reason.FILING_DATA_CHANGED)
    if total - 1 > first and (
        _document_info(reader.get_historical_resolver(first)) != _document_info(reader)
        or _xmp_changed(by_revision[first].sig, data)
    ):
        return say(Reason.PROPERTIES_CHANGED)
    last = by_revision.get(total - 1)
    if last is not None:
        if last.status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            return say(Reason.APPENDED_AFTER_SIGNATURE, str(last.number))
    elif not re.search(rb"startxref\s+\d+\s+%%EOF\s*$", data[-1024:]):
        return say(Reason.APPENDED_AT_END)
    return None


def _filing_data_changed(first: Any, data: bytes) -> bool:
    """The filing metadata (XMP, ``ishoj_mus.pdf.filing_xmp``) of the file against the signed
    revision's: a timestamp or DSS update may rewrite the XMP packet (dates, producer), but what
    HR files by may not change."""
    start, length, after, rest = (int(x) for x in first.sig_object["/ByteRange"])
    signed_revision = data[: after + rest]
    return read_filing_xmp_bytes(signed_revision) != read_filing_xmp_bytes(data)


# A later timestamp or validation-data update may touch only these in the Info dictionary.
_INFO_MAY_CHANGE = frozenset({"/ModDate", "/Producer"})


def _document_info(resolver: Any) -> dict[str, str] | None:
    """The document information dictionary (title, author, subject, keywords …) as one revision
    has it, without the entries a timestamp or DSS update rewrites. pyHanko's difference analysis
    does not look at it (it is in the trailer), but archives index by it and viewers show it."""

    def resolved(value: Any) -> Any:  # in this revision, not the newest
        return resolver.get_object(value.reference) if isinstance(value, IndirectObject) else value

    try:
        info = resolved(resolver.trailer_view.raw_get("/Info"))
        return {str(k): repr(resolved(info.raw_get(k))) for k in info if str(k) not in _INFO_MAY_CHANGE}
    except KeyError:
        return None
    except Exception:  # noqa: BLE001 – an unreadable Info dictionary: compared as such
        return {"": "unreadable"}


# A later timestamp or validation-data update may rewrite these XMP properties (our own
# ``timestamping`` sets the dates; pyHanko or an archive's tool the producer and toolkit).
_XMP_MAY_CHANGE = frozenset(
    {
        "{http://ns.adobe.com/xap/1.0/}ModifyDate",
        "{http://ns.adobe.com/xap/1.0/}MetadataDate",
        "{http://ns.adobe.com/pdf/1.3/}Producer",
    }
)


_MAX_XMP_BYTES = 1024 * 1024


def _xmp_properties(pdf_bytes: bytes) -> dict[str, str] | None:
    """The XMP packet's properties (dc:title, dc:description, dc:creator, pdf:Keywords, the
    filing properties …) read by pikepdf, without those a timestamp or DSS update rewrites;
    None when there is no packet, {"": …} when it cannot be read."""
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            stream = pdf.Root.get("/Metadata")
            if stream is None:
                return None
            if len(stream.read_raw_bytes()) > _MAX_XMP_BYTES or len(stream.read_bytes()) > _MAX_XMP_BYTES:
                return {"": "too large"}
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                return {str(k): repr(meta[k]) for k in meta if str(k) not in _XMP_MAY_CHANGE}
    except Exception:  # noqa: BLE001 – an unreadable packet: compared as such
        return {"": "unreadable"}


def _xmp_changed(first: Any, data: bytes) -> bool:
    """The XMP metadata against the signed revision's: archives and viewers show and index the
    title, description, author and keywords, and pyHanko's difference analysis lets a new packet
    through (it checks only that it is well-formed)."""
    start, length, after, rest = (int(x) for x in first.sig_object["/ByteRange"])
    return _xmp_properties(data[: after + rest]) != _xmp_properties(data)


_DIFF_POLICY: Any = None


def _diff_policy() -> Any:
    """pyHanko's standard policy without the rule that lets other form fields be filled in, and
    without in-place changes to appearances: after the referat's signature only signatures,
    timestamps and validation data may be added."""
    global _DIFF_POLICY
    if _DIFF_POLICY is None:
        _DIFF_POLICY = StandardDiffPolicy(
            global_rules=DEFAULT_DIFF_POLICY.global_rules,
            form_rule=FormUpdatingRule(
                field_rules=[
                    SigFieldCreationRule(),  # type: ignore[no-untyped-call]  # pyHanko: untyped
                    SigFieldModificationRule(allow_in_place_appearance_stream_changes=False),
                ]
            ),
        )
    return _DIFF_POLICY
