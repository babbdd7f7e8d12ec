"""Who vouches for each signer and timestamp: judged at the earliest trusted timestamp that
covers a signature, with the reason in one Danish line when a certificate is not trusted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cryptography import x509 as c_x509
from pyhanko.sign.validation import validate_pdf_timestamp

from ishoj_mus.pdf.leader_rule import leader_problem, shown_name
from ishoj_mus.pdf.signature_checks import SIGNER_KEY_USAGE, Signed, context, validate_signature
from ishoj_mus.pdf.verdict import Policy, SignerReport, TimestampReport
from ishoj_mus.pdf.verify_words import Reason, say

# Extended key usages that allow signing documents (see ``signature_checks.SIGNER_KEY_USAGE``).
_SIGNING_EKU = {
    "email_protection",
    "document_signing",
    "1.3.6.1.5.5.7.3.36",  # id-kp-documentSigning
    "1.3.6.1.4.1.311.10.3.12",  # Microsoft document signing
    "1.2.840.113583.1.1.5",  # Adobe Authentic Documents Trust
    "any_extended_key_usage",
}


# A signing time this far ahead of the checking machine's clock is not believed.
_CLOCK_SLACK = dt.timedelta(minutes=10)


def judge_timestamps(signed: list[Signed], ts_roots: list[Any], now: dt.datetime) -> None:
    """A document timestamp whose authority's certificate has expired since still counts when a
    later trusted document timestamp covers it (an archive stamps again before that happens):
    it is then judged at the later timestamp's time."""
    later: dt.datetime | None = None
    for entry in sorted(signed, key=lambda e: e.sig.signed_revision, reverse=True):
        report = entry.report
        if not isinstance(report, TimestampReport) or report.kind != "dokument":
            continue
        if not report.trusted and later is not None:
            status = validate_pdf_timestamp(entry.sig, context(ts_roots, later), skip_diff=True)
            if status.trusted:
                report.trusted, report.problem, entry.moment = True, "", later
        if report.trusted:
            later = dt.datetime.fromisoformat(report.at)


def judge_signers(
    signed: list[Signed],
    roots: list[Any],
    ts_roots: list[Any],
    now: dt.datetime,
    intermediates: list[Any] | None = None,
) -> None:
    """Each signer's certificate, judged at the earliest trusted timestamp that covers the
    signature (its own token, or a later document timestamp); without one, at the signing time
    the signer's machine stated – and then an expired certificate is not trusted."""
    for entry in signed:
        report = entry.report
        if not isinstance(report, SignerReport):
            continue
        covering: list[tuple[dt.datetime, str]] = []
        for other in signed:
            stamp = other.report
            if not isinstance(stamp, TimestampReport) or not stamp.trusted:
                continue
            if stamp.kind == "dokument" and other.sig.signed_revision > entry.sig.signed_revision:
                covering.append((dt.datetime.fromisoformat(stamp.at), stamp.authority))
        for stamp in _tokens_of(entry, signed):
            covering.append((dt.datetime.fromisoformat(stamp.at), stamp.authority))
        status = entry.status
        cert = entry.sig.signer_cert
        claimed = entry.sig.self_reported_timestamp
        if covering:
            at, by = min(covering)
            report.timestamped_at, report.timestamped_by = at.isoformat(), by
            if at != entry.moment:
                again = validate_signature(entry.sig, roots, ts_roots, at, now, intermediates)
                if again is not None:
                    entry.status = status = again
                entry.moment = at
        report.judged_at = entry.moment.isoformat()
        report.trusted = bool(status.trusted)
        eku = cert.extended_key_usage_value
        if report.trusted and eku is not None and not set(eku.native) & _SIGNING_EKU:
            report.trusted = False
            report.problem = say(Reason.NOT_FOR_DOCUMENTS)
        elif (
            report.trusted
            and claimed is not None
            and claimed > (covering and min(covering)[0] or now) + _CLOCK_SLACK
        ):
            report.trusted = False
            report.problem = say(Reason.SIGNED_AFTER_TIMESTAMP) if covering else say(Reason.SIGNED_IN_FUTURE)
        elif report.trusted and not covering and cert.not_valid_after < now:
            # Without a trusted timestamp the signing time is only the signer's claim; an
            # expired certificate's key could sign with any earlier time.
            report.trusted = False
            report.problem = say(Reason.EXPIRED_NO_TIMESTAMP)
        elif not report.trusted:
            if report.personal:
                report.problem = say(Reason.SELF_MADE)
            else:
                report.problem = _path_problem(status)


# pyHanko's AdES sub-indication for a failed path, in words (RFC 5280 constraints included).
_PATH_PROBLEMS = {
    "CHAIN_CONSTRAINTS_FAILURE": say(Reason.CHAIN_CONSTRAINTS),
    "REVOKED": say(Reason.REVOKED),
    "REVOKED_NO_POE": say(Reason.REVOKED),
    "REVOKED_CA_NO_POE": say(Reason.CA_REVOKED),
    "NOT_YET_VALID": say(Reason.NOT_YET_VALID),
    "EXPIRED": say(Reason.EXPIRED),
    "OUT_OF_BOUNDS_NO_POE": say(Reason.OUT_OF_BOUNDS),
    "OUT_OF_BOUNDS_NOT_REVOKED": say(Reason.OUT_OF_BOUNDS),
    "SIG_CONSTRAINTS_FAILURE": say(Reason.KEY_USAGE),
}


def _impostor_link(path: Any) -> bool:
    """Does a certificate in the path fail its issuer's signature? The path was built by names,
    so a self-made CA named like the organisation's (or the CA before a renewal) shows as this."""
    try:
        certs = [c_x509.load_der_x509_certificate(c.dump()) for c in path.iter_certs(include_root=True)]
    except Exception:  # noqa: BLE001 – no readable path: not this case
        return False
    for issuer, child in zip(certs, certs[1:], strict=False):
        try:
            child.verify_directly_issued_by(issuer)
        except Exception:  # noqa: BLE001 – a wrong signature (or a name that does not chain)
            return True
    return False


def _path_problem(status: Any) -> str:
    usage = status.signing_cert.key_usage_value
    if usage is not None and not set(usage.native) & SIGNER_KEY_USAGE["key_usage"]:
        return say(Reason.KEY_USAGE)
    indication = getattr(status.trust_problem_indic, "name", "")
    if indication in _PATH_PROBLEMS:
        return _PATH_PROBLEMS[indication]
    if status.validation_path is None or indication == "NO_CERTIFICATE_CHAIN_FOUND":
        return say(Reason.NO_TRUSTED_PATH)
    if _impostor_link(status.validation_path):
        return say(Reason.IMPOSTOR_CA)
    return say(Reason.CHAIN_RULES)


def _tokens_of(entry: Signed, signed: list[Signed]) -> list[TimestampReport]:
    status = entry.status
    token = getattr(status, "timestamp_validity", None)
    if token is None or not token.trusted:
        return []
    return [
        TimestampReport(
            "signatur",
            entry.number,
            token.timestamp.isoformat(),
            shown_name(token.signing_cert.subject),
            True,
        )
    ]


def recognise_leader(entry: Signed, leader: str | None, policy: Policy) -> None:
    """Is the referat's signer this conversation's leader, by the organisation's rule?"""
    report = entry.report
    assert isinstance(report, SignerReport)
    if not report.trusted:
        return
    problem = leader_problem(entry.sig.signer_cert, leader, policy)
    report.is_leader = not problem
    report.problem = problem
