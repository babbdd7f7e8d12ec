"""Is one signature field intact and well-formed? Its CMS, its certificates and its coverage.

Each signature or document timestamp is taken apart and validated by pyHanko (paths by
pyhanko-certvalidator, against our anchors only); the parts of the CMS the signature does not
protect (the signer id, version numbers, embedded certificates) must still fit together. The
result is a report per field (``Signed``) for ``signer_trust`` to judge, or an ÆNDRET verdict.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from asn1crypto import parser as asn1_parser
from cryptography import x509 as c_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.authority import CertTrustAnchor, derive_quals_from_cert

from ishoj_mus.pdf.leader_rule import raw_name, shown_name
from ishoj_mus.pdf.verdict import AENDRET, SignerReport, TimestampReport, Verdict
from ishoj_mus.pdf.verify_result import PERSONAL_CN_PREFIX
from ishoj_mus.pdf.verify_words import Reason, say

# What a signer's certificate may be used for: signing (not only, say, a TLS server). An
# extended key usage, when present, must allow document or e-mail signing (``signer_trust``).
# (Checked there and not through pyHanko's KeyUsageConstraints: its extended-key-usage setting also constrains the path
# and then refuses an ordinary leader certificate without the extension.)
SIGNER_KEY_USAGE: dict[str, Any] = dict(key_usage={"digital_signature", "non_repudiation"})


def _fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


# The signature value is written as hex digits of one case (pyHanko: upper case); whitespace or
# a change of case inside /Contents decodes to the same bytes but is a change after signing.
_CONTENTS = re.compile(rb"<(?:[0-9A-F]+|[0-9a-f]+)>")


def _contents_as_written(data: bytes, sig: Any) -> bool:
    try:
        start, length, after, _ = (int(x) for x in sig.sig_object["/ByteRange"])
    except Exception:  # noqa: BLE001 – no usable byte range: the coverage check reports it
        return True
    gap = data[start + length : after]
    return bool(_CONTENTS.fullmatch(gap)) and len(gap) % 2 == 0


@dataclass
class Signed:
    """One signature field while the file is judged (not part of the result)."""

    number: int
    sig: Any  # pyHanko's EmbeddedPdfSignature
    status: Any  # its PdfSignatureStatus or DocumentTimestampStatus
    report: SignerReport | TimestampReport
    moment: dt.datetime  # when its certificate path was validated


def context(roots: list[Any], moment: dt.datetime, intermediates: list[Any] | None = None) -> Any:
    # An anchor's own constraints count too (RFC 5937): a root with pathLen 0 cannot vouch for
    # a CA below it, nor can its name constraints be escaped. No fetching: the only network use
    # the program has is ``ishoj-mus timestamp``.
    return ValidationContext(
        trust_roots=[_anchor(root) for root in roots],
        other_certs=intermediates or [],  # the profile's leader CAs: paths for files without a chain
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )


def _anchor(cert: Any) -> Any:
    """A trust anchor with the constraints its certificate states (pathLen, name constraints,
    policies), as pyhanko-certvalidator derives them. (0.33 reads the anchor's max_aa_path_length
    whenever max_path_length is set, but derives only the latter: set both.)"""
    if not cert.ca:
        return CertTrustAnchor(cert)  # a pinned leader's own certificate: nothing to derive
    quals = derive_quals_from_cert(cert)
    if quals.max_path_length is not None and quals.max_aa_path_length is None:
        quals = replace(quals, max_aa_path_length=quals.max_path_length)
    return CertTrustAnchor(cert, quals=quals)


def check_one(
    number: int,
    sig: Any,
    data: bytes,
    roots: list[Any],
    ts_roots: list[Any],
    now: dt.datetime,
    reports: list[SignerReport],
    stamps: list[TimestampReport],
    signed: list[Signed],
    intermediates: list[Any] | None = None,
) -> Verdict | None:
    """Is signature field ``number`` intact and well-formed? Its report is added to the lists."""
    kind = sig.sig_object_type
    if kind not in ("/Sig", "/DocTimeStamp"):
        return Verdict(AENDRET, say(Reason.SIGNATURE_UNKNOWN_KIND, str(number)))
    is_sig = kind == "/Sig"
    contents = bytes(sig.pkcs7_content)
    try:
        _cls, _method, _tag, header, content, trailer = asn1_parser.parse(contents, strict=False)
    except ValueError:
        return Verdict(
            AENDRET, say(Reason.SIGNATURE_BROKEN if is_sig else Reason.TIMESTAMP_BROKEN, str(number))
        )
    end = len(header) + len(content) + len(trailer)
    if contents[end:].strip(b"\x00"):
        return Verdict(
            AENDRET, say(Reason.SIGNATURE_DATA_AFTER if is_sig else Reason.TIMESTAMP_DATA_AFTER, str(number))
        )
    if not _contents_as_written(data, sig):
        return Verdict(
            AENDRET,
            say(
                Reason.SIGNATURE_FIELD_REWRITTEN if is_sig else Reason.TIMESTAMP_FIELD_REWRITTEN, str(number)
            ),
        )
    if kind == "/DocTimeStamp":
        return _check_document_timestamp(number, sig, ts_roots, now, stamps, signed)
    problem = _cms_problem(sig)
    if problem:
        return Verdict(AENDRET, say(Reason.SIGNATURE_CHANGED, str(number), str(problem)))
    cert = sig.signer_cert
    subject, issuer = shown_name(cert.subject), shown_name(cert.issuer)

    personal = cert.self_issued and str(raw_name(cert.subject)).startswith(PERSONAL_CN_PREFIX)
    when = sig.self_reported_timestamp
    report = SignerReport(
        number,
        subject,
        issuer,
        _fingerprint(cert.sha256),
        when.isoformat() if when else None,
        False,
        personal,
    )
    reports.append(report)
    moment = when or now
    status = validate_signature(sig, roots, ts_roots, moment, now, intermediates)
    if status is None:
        return Verdict(AENDRET, say(Reason.SIGNATURE_DAMAGED, str(number)))
    if not (status.intact and status.valid):
        return Verdict(AENDRET, say(Reason.SIGNATURE_DOES_NOT_FIT, str(number)))
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(AENDRET, say(Reason.SIGNATURE_PARTIAL, str(number)))
    if not _embedded_certificates_on_path(sig, status.validation_path):
        return Verdict(AENDRET, say(Reason.SIGNATURE_CERTIFICATE_SWAPPED, str(number)))
    token = status.timestamp_validity
    if token is not None:
        if not (token.intact and token.valid):
            return Verdict(AENDRET, say(Reason.SIGNATURE_TOKEN_DOES_NOT_FIT, str(number)))
        stamps.append(_stamp_report("signatur", number, token))
    signed.append(Signed(number, sig, status, report, moment))
    return None


def validate_signature(
    sig: Any,
    roots: list[Any],
    ts_roots: list[Any],
    moment: dt.datetime,
    now: dt.datetime,
    intermediates: list[Any] | None = None,
) -> Any:
    try:
        return validate_pdf_signature(
            sig,
            context(roots, moment, intermediates),
            ts_validation_context=context(ts_roots, now),
            key_usage_settings=KeyUsageConstraints(**SIGNER_KEY_USAGE),
            skip_diff=True,  # the changes after signing are judged once, for the whole file (changed_after_signing)
        )
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return None


def _check_document_timestamp(
    number: int,
    sig: Any,
    ts_roots: list[Any],
    now: dt.datetime,
    stamps: list[TimestampReport],
    signed: list[Signed],
) -> Verdict | None:
    try:
        status = validate_pdf_timestamp(sig, context(ts_roots, now), skip_diff=True)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return Verdict(AENDRET, say(Reason.TIMESTAMP_DAMAGED, str(number)))
    if not (status.intact and status.valid):
        return Verdict(AENDRET, say(Reason.TIMESTAMP_DOES_NOT_FIT, str(number)))
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(AENDRET, say(Reason.TIMESTAMP_PARTIAL, str(number)))
    report = _stamp_report("dokument", number, status)
    stamps.append(report)
    signed.append(Signed(number, sig, status, report, now))
    return None


def _stamp_report(kind: str, number: int, status: Any) -> TimestampReport:
    """A timestamp's report: a signature's own token or a document timestamp (pyHanko's status)."""
    return TimestampReport(
        kind,
        number,
        status.timestamp.isoformat(),
        shown_name(status.signing_cert.subject),
        bool(status.trusted),
        "" if status.trusted else _timestamp_problem(status),
    )


def _timestamp_problem(status: Any) -> str:
    if status.validation_path is None:
        return say(Reason.TSA_NO_TRUSTED_PATH)
    return say(Reason.TSA_NOT_VALID)


def _cms_problem(sig: Any) -> str | None:
    """Parts of the CMS that the signature itself does not protect must still fit together."""
    sd = sig.signed_data
    infos = sd["signer_infos"]
    if len(infos) != 1:
        return say(Reason.CMS_SEVERAL_SIGNERS)
    info = infos[0]
    if not _names_the_signer_exactly(info["sid"], sig.signer_cert):
        return say(Reason.CMS_SIGNER_ID)
    # The version numbers are not signed either; RFC 5652 (5.1, 5.3) says what they must be.
    by_key_id = info["sid"].name != "issuer_and_serial_number"
    if info["version"].native != ("v3" if by_key_id else "v1"):
        return say(Reason.CMS_VERSION)
    data_type = sd["encap_content_info"]["content_type"].native == "data"
    if sd["version"].native != ("v3" if by_key_id or not data_type else "v1"):
        return say(Reason.CMS_VERSION)
    if [a.dump() for a in sd["digest_algorithms"]] != [info["digest_algorithm"].dump()]:
        return say(Reason.CMS_DIGESTS)
    if sd["encap_content_info"]["content"].native is not None:
        return say(Reason.CMS_CONTENT)
    unsigned = info["unsigned_attrs"]
    if unsigned.native and any(a["type"].native != "signature_time_stamp_token" for a in unsigned):
        return say(Reason.CMS_UNSIGNED)
    certs = [
        c_x509.load_der_x509_certificate(c.chosen.dump())
        for c in sd["certificates"]
        if c.name == "certificate"
    ]
    by_subject = {c.subject.public_bytes(): c for c in certs}
    for cert in certs:
        issuer = by_subject.get(cert.issuer.public_bytes())
        if issuer is None:
            continue
        try:
            cert.verify_directly_issued_by(issuer)
        except Exception:  # noqa: BLE001 – any failure: the certificate was changed
            return say(Reason.CMS_CERTIFICATE_CHANGED)
    # Every other certificate is the signer's chain: each must have issued one of the others.
    # (The certificates are not covered by the signature; one changed in the file no longer
    # issued anything and would otherwise pass unnoticed.)
    signer = sig.signer_cert.dump()
    for cert in certs:
        if cert.public_bytes(serialization.Encoding.DER) == signer:
            continue
        issued = [c for c in certs if c is not cert and c.issuer == cert.subject]
        if not issued or not any(_issued_by(c, cert) for c in issued):
            return say(Reason.CMS_CERTIFICATE_FOREIGN)
    return None


def _names_the_signer_exactly(sid: Any, cert: Any) -> bool:
    """The signer identifier is not covered by the signature, and names compare without regard
    to case: a rewritten issuer name would still find the certificate. Byte for byte, then."""
    if sid.name == "issuer_and_serial_number":
        chosen = sid.chosen
        return bool(
            chosen["issuer"].dump() == cert.issuer.dump()
            and chosen["serial_number"].native == cert.serial_number
        )
    return bool(sid.chosen.native == cert.key_identifier)


def _embedded_certificates_on_path(sig: Any, path: Any) -> bool:
    """With a validated path, an embedded certificate with the name and key of one on the path
    (the root's copy, say) must be that very certificate: a copy changed in the file after
    signing is otherwise ignored by path building and would pass unnoticed."""
    if path is None:
        return True
    on_path = list(path.iter_certs(include_root=True))
    anchor = getattr(path.trust_anchor, "certificate", None)
    if anchor is not None:
        on_path.append(anchor)
    known = {(c.subject.dump(), c.public_key.dump()): c.dump() for c in on_path}
    for cert in [sig.signer_cert, *sig.other_embedded_certs]:
        twin = known.get((cert.subject.dump(), cert.public_key.dump()))
        if twin is not None and twin != cert.dump():
            return False
    return True


def _issued_by(cert: Any, issuer: Any) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
        return True
    except Exception:  # noqa: BLE001 – not issued by it (or changed)
        return False
