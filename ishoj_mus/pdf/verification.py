"""Is a filed referat what the two people signed, and who vouches for it?

Two questions, answered apart:

* *Is it what was signed?* Every signature and document timestamp must be intact, and every
  revision after the referat's signature may only add a further signature (invisible: it shows
  nothing on a page), a document timestamp or validation data (DSS). Anything else – a changed
  page, a visible stamp, a replaced attachment, bytes after the end – is ÆNDRET (1), whoever
  signed it. pyHanko's difference analysis (``StandardDiffPolicy``, without the rule that lets
  other form fields be filled) tells the kinds of change apart.
* *Who vouches for it?* Each signer's certificate path is validated by pyhanko-certvalidator
  against our trust anchors only (organisation profile, ``--trust``), RFC 5280 rules included;
  each timestamp against the timestamp anchors as well. A signature is judged at the earliest
  trusted timestamp that covers it, so a referat stamped while the leader's certificate was
  valid stays GYLDIG after it expires. GYLDIG (0) only when every signature and timestamp is
  trusted and the referat's own signer is recognised as the conversation's leader (the
  profile's [leaders] rule); otherwise UBEKRÆFTET (3) with the reason.

ULÆSELIG (2): not a PDF, too large or not parseable. IKKE_UNDERSKREVET (5): a PDF without a
signature that was never meant to carry one (a draft, the development plan, a preparation
sheet). A certificate is never trusted because the file being checked carries it.

``check_pdf`` runs in this process and never raises; ``verdict.verify_bounded`` runs it in a
child process (``child_main``, ``ishoj-mus --verify-child``) with time and memory limits, for
files from outside. ``ishoj_mus.pdf.judge`` turns the result into the ``FileVerification`` that
the CLI and the HR window show.

The judgement is in parts: is each signature intact and well-formed (``signature_checks``), did
anything change after the referat's signature (``revisions``), who vouches for each signer and
timestamp (``signer_trust``), and is the signer the conversation's leader (``leader_rule``).
The verdict's types and codes are in ``verdict``, which imports nothing heavy.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, replace
from typing import Any

import pikepdf
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader

from ishoj_mus.domain.edition import EMPLOYEE_COPY_MARK
from ishoj_mus.domain.grus import LEADER
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.pdf.revisions import changed_after_signing
from ishoj_mus.pdf.signature_checks import Signed, check_one
from ishoj_mus.pdf.signer_trust import judge_signers, judge_timestamps, recognise_leader
from ishoj_mus.pdf.verdict import (
    AENDRET,
    ATTACHMENT_NAME,
    GYLDIG,
    IKKE_UNDERSKREVET,
    MAX_BYTES,
    MEMORY_LIMIT_BYTES,
    TIME_LIMIT_S,
    UBEKRAEFTET,
    ULAESELIG,
    Policy,
    SignerReport,
    TimestampReport,
    Verdict,
    too_large,
)
from ishoj_mus.pdf.verify_words import Reason, say
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.grus_file import is_group_document, parse_group
from ishoj_mus.storage.musfile import parse
from ishoj_mus.text import visible

if sys.platform != "win32":  # POSIX limits; on Windows the size cap and the wall clock hold
    import resource


def quiet_libraries() -> None:
    """pyHanko logs each failed check with a traceback; the verdict says it in one line."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def check_pdf(
    data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = (), policy: Policy | None = None
) -> Verdict:
    """The verdict on ``data`` under ``policy`` (``trust_roots``, DER certificates, are added to
    its signature anchors). Never raises."""
    quiet_libraries()
    policy = policy or Policy()
    if trust_roots:
        policy = replace(policy, trust_roots=policy.trust_roots + tuple(trust_roots))
    try:
        return _check(data, policy)
    except RecursionError:
        return Verdict(ULAESELIG, say(Reason.TOO_DEEP))
    except MemoryError:
        return Verdict(ULAESELIG, say(Reason.TOO_MUCH_MEMORY))
    except Exception:  # noqa: BLE001 – whatever a hostile file provokes: a verdict, not a traceback
        return Verdict(ULAESELIG, say(Reason.DAMAGED))


def _signed_file_before_the_end(data: bytes) -> bool:
    """Is the file a readable signed PDF up to a %%EOF, with something after it that keeps the
    whole from being read (pyHanko looks for the last %%EOF near the end)? That is data added
    after signing – ÆNDRET, as a few bytes at the end are – not a damaged file."""
    end = data.rfind(b"%%EOF")
    if end < 0:
        return False
    end += len(b"%%EOF")
    end += len(re.match(rb"\r?\n?", data[end:]).group())  # type: ignore[union-attr]  # always matches
    try:
        return end < len(data) and bool(
            list(PdfFileReader(io.BytesIO(data[:end]), strict=False).embedded_signatures)
        )
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001 – not a readable signed PDF either
        return False


def _check(data: bytes, policy: Policy) -> Verdict:
    if len(data) > MAX_BYTES:
        return Verdict(ULAESELIG, too_large(len(data)))
    if b"%PDF-" not in data[:1024]:
        return Verdict(ULAESELIG, say(Reason.NOT_PDF))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        if _signed_file_before_the_end(data):
            return Verdict(AENDRET, say(Reason.APPENDED_AT_END))
        return Verdict(ULAESELIG, say(Reason.DAMAGED))
    try:
        embedded = list(reader.embedded_signatures)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return Verdict(AENDRET, say(Reason.A_SIGNATURE_BROKEN))
    if not embedded:
        return _unsigned(data, reader)
    roots = [asn1_x509.Certificate.load(der) for der in policy.trust_roots]
    ts_roots = roots + [asn1_x509.Certificate.load(der) for der in policy.tsa_roots]
    intermediates = [asn1_x509.Certificate.load(der) for der in policy.leader_issuers]
    now = policy.clock()
    reports: list[SignerReport] = []
    stamps: list[TimestampReport] = []
    signed: list[Signed] = []
    for number, sig in enumerate(embedded, start=1):
        try:
            verdict = check_one(
                number, sig, data, roots, ts_roots, now, reports, stamps, signed, intermediates
            )
        except RecursionError:
            raise
        except Exception:  # noqa: BLE001 – a signature that cannot even be taken apart
            verdict = Verdict(AENDRET, say(Reason.SIGNATURE_DAMAGED, str(number)))
        if verdict is not None:
            return Verdict(verdict.code, verdict.message, reports, timestamps=stamps)
    changed = changed_after_signing(reader, signed, data)
    if changed:
        return Verdict(AENDRET, changed, reports, timestamps=stamps)
    # Is it what was signed? Yes. Who vouches for it:
    attachment = _attachment(data)
    facts = _facts(attachment)
    paper = _paper(reader, min(e.sig.signed_revision for e in signed), facts)
    leader = facts.leader if facts is not None else None
    employee = facts.employee if facts is not None else None
    judge_timestamps(signed, ts_roots, now)
    judge_signers(signed, roots, ts_roots, now, intermediates)
    first = next((e for e in signed if isinstance(e.report, SignerReport)), None)
    if first is None:
        return Verdict(
            AENDRET,
            say(Reason.ONLY_TIMESTAMPS),
            reports,
            timestamps=stamps,
        )
    assert isinstance(first.report, SignerReport)
    recognise_leader(first, leader, policy)
    result = Verdict(GYLDIG, "", reports, attachment, stamps, paper, _shown(leader), _shown(employee))
    never = _not_a_signed_referat(paper, facts, attachment is not None)
    if never:  # a digital signature does not make a draft, a plan or a sheet a signed referat
        result.code, result.message = IKKE_UNDERSKREVET, never
        return result
    doubt = _first_doubt(result)
    if doubt:
        result.code, result.message = UBEKRAEFTET, doubt
    else:
        result.message = say(Reason.CONFIRMED)
    return result


_NEVER_SIGNED = {
    "udkast": say(Reason.SIGNED_DRAFT),
    "udviklingsplan": say(Reason.SIGNED_PLAN),
    "forberedelsesark": say(Reason.SIGNED_SHEET),
}


def _not_a_signed_referat(paper: str, facts: _Facts | None, attached: bool) -> str:
    """Why a digitally signed PDF is still not a signed referat ("" when it is one): a paper
    never meant to be signed, or a conversation the employee and the leader have not both
    signed – whoever put a digital signature on it (the program never does)."""
    if paper in _NEVER_SIGNED:
        return _NEVER_SIGNED[paper]
    if facts is None and attached:
        return say(Reason.DATA_UNREADABLE)
    if facts is None:
        return say(Reason.NO_DATA)
    if facts is not None and not facts.fully_signed:
        return _NEVER_SIGNED["udkast"]
    return ""


def _shown(text: str | None) -> str | None:
    return None if text is None else visible(text)


def _first_doubt(result: Verdict) -> str:
    """The first reason the result is not GYLDIG, in one line ("" when there is none)."""
    for r in result.signers:
        whose = (
            say(Reason.WHOSE_SIGNER) if r is result.signers[0] else say(Reason.WHOSE_COSIGNER, str(r.number))
        )
        if not r.trusted:
            if r.personal:
                who = say(Reason.WITH_OWN_CERTIFICATE)
            elif r.problem:
                who = say(Reason.WITH_CERTIFICATE_FROM_BECAUSE, r.issuer, r.problem)
            else:
                who = say(Reason.WITH_CERTIFICATE_FROM, r.issuer)
            advice = (
                say(Reason.ADVICE_TIMESTAMP)
                if r.problem == say(Reason.EXPIRED_NO_TIMESTAMP)
                else say(Reason.ADVICE_COMPARE)
            )
            return say(Reason.SIGNER_NOT_CONFIRMED, whose, r.name, who, r.fingerprint, advice)
        if r is result.signers[0] and not r.is_leader:
            return say(Reason.SIGNER_NOT_LEADER, str(r.name), str(r.problem))
    for t in result.timestamps:
        if not t.trusted:
            return say(Reason.TIMESTAMP_NOT_CONFIRMED, str(t.authority), str(t.problem))
    return ""


def _unsigned(data: bytes, reader: Any) -> Verdict:
    """A PDF without any signature: a paper never meant to be signed, or one whose signature
    is gone."""
    if b"/ByteRange" in data:
        return Verdict(
            AENDRET,
            say(Reason.SIGNATURE_REMOVED),
        )
    attachment = _attachment(data)
    facts = _facts(attachment)
    paper = _paper(reader, None, facts)
    leader = _shown(facts.leader) if facts is not None else None
    employee = _shown(facts.employee) if facts is not None else None
    if facts is not None and facts.fully_signed:
        return Verdict(
            AENDRET,
            say(Reason.SIGNED_WITHOUT_SIGNATURE),
            paper=paper,
            leader=leader,
            employee=employee,
        )
    message = {
        "udkast": say(Reason.UNSIGNED_DRAFT),
        "udviklingsplan": say(Reason.UNSIGNED_PLAN),
        "forberedelsesark": say(Reason.UNSIGNED_SHEET),
    }.get(paper, say(Reason.UNSIGNED))
    return Verdict(IKKE_UNDERSKREVET, message, paper=paper, leader=leader, employee=employee)


@dataclass(frozen=True)
class _Facts:
    """What the attached data say about the document, for naming the paper and the leader."""

    leader: str
    employee: str | None
    fully_signed: bool
    declared: str | None  # the paper the data declare (None: older files, see _paper)


def _facts(attachment: bytes | None) -> _Facts | None:
    """The attached conversation (a MUS or a group conversation's edition), or None when there
    is none or it cannot be read."""
    if attachment is None:
        return None

    try:
        doc = json.loads(attachment)
    except ValueError:
        return None
    try:
        if is_group_document(doc):
            group, edition = parse_group(attachment, ATTACHMENT_NAME)
            if edition is None or edition.document == Document.REFERAT:
                return _Facts(group.leader.name, None, group.is_fully_signed, "grus_referat")
            member = edition.member or ""
            signed = LEADER in group.signatures and member in group.signatures
            kind = "grus_eksemplar" if edition.document == Document.COPY else "grus_hr"
            return _Facts(group.leader.name, edition.member_name, signed, kind)
        conv = parse(attachment, ATTACHMENT_NAME)
    except MusFileError:
        return None
    declared = doc.get("edition") if isinstance(doc, dict) else None
    paper: str | None = None
    if isinstance(declared, dict):
        if declared.get("kind") == "medarbejder":
            paper = "medarbejderens_eksemplar"
        else:
            paper = "hr_udviklingsplan" if declared.get("policy") == "udviklingsplan" else "hr_referat"
    return _Facts(conv.leader.name, conv.employee.name, conv.is_fully_signed, paper)


def _paper(reader: Any, revision: int | None, facts: _Facts | None) -> str:
    """Which paper the file is, from the signed data: the edition the attached data declare
    (files from before that: the document's subject), or the subject of a plan or sheet."""
    subject, title = _info(reader, revision)
    if facts is not None:
        if not facts.fully_signed:
            return "udkast"
        if facts.declared:
            return facts.declared
        if EMPLOYEE_COPY_MARK in subject or "medarbejderens eksemplar" in title.casefold():
            return "medarbejderens_eksemplar"
        if subject.startswith("Udviklingsplan og bekræftelse"):
            return "hr_udviklingsplan"
        return "hr_referat"
    if subject.startswith("Udviklingsplan (aftaler fra") or title.startswith("Udviklingsplan – "):
        return "udviklingsplan"
    if subject.startswith("Spørgsmål og rammetekst") or title.startswith("Forberedelsesark"):
        return "forberedelsesark"
    return "ukendt"


def _info(reader: Any, revision: int | None) -> tuple[str, str]:
    """Subject and title of the document information (of ``revision``: what was signed)."""
    try:
        source = reader if revision is None else reader.get_historical_resolver(revision)
        info = source.trailer_view["/Info"].get_object()
        return str(info.get("/Subject", "")), str(info.get("/Title", ""))
    except Exception:  # noqa: BLE001 – no or odd metadata: nothing to tell from it
        return "", ""


def _attachment(data: bytes) -> bytes | None:
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            spec = pdf.attachments.get(ATTACHMENT_NAME)
            return None if spec is None else spec.get_file().read_bytes()
    except Exception:  # noqa: BLE001 – the data is extra; its absence is reported by the reader
        return None


def child_main() -> int:
    """The child side of ``verify_bounded``: limits first, then read, check, answer in JSON."""
    if sys.platform != "win32":
        try:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
            cpu = int(TIME_LIMIT_S)
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        except (ValueError, OSError):
            pass

    source = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")  # windowed bundle
    raw = source.read()
    size = int.from_bytes(raw[:4], "big")
    request = json.loads(raw[4 : 4 + size])
    data = raw[4 + size :]
    policy = Policy.from_dict(request.get("policy", {}))
    verdict = check_pdf(data, policy=policy)
    sink = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sink.write(verdict.to_json().encode("utf-8"))
    sink.flush()
    return 0
