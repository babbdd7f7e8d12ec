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

``check_pdf`` runs in this process and never raises; ``verify_bounded`` runs it in a child
process with time and memory limits, for files from outside. ``ishoj_mus.pdf.judge`` turns the
result into the ``FileVerification`` that the CLI and the HR window show.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

GYLDIG, AENDRET, ULAESELIG, UBEKRAEFTET, IKKE_UNDERSKREVET = 0, 1, 2, 3, 5
LABELS = {
    GYLDIG: "GYLDIG",
    AENDRET: "ÆNDRET",
    ULAESELIG: "ULÆSELIG",
    UBEKRAEFTET: "UBEKRÆFTET",
    IKKE_UNDERSKREVET: "IKKE UNDERSKREVET",
}

MAX_BYTES = 25 * 1024 * 1024  # a referat is about 100 KB
TIME_LIMIT_S = 5.0  # CPU seconds the checker may spend (the child's RLIMIT_CPU)
WALL_LIMIT_S = 30.0  # a hung or starved child is stopped after this long, whatever the load
MEMORY_LIMIT_BYTES = 300 * 1024 * 1024

ATTACHMENT_NAME = "samtale.mus.json"


@dataclass
class SignerReport:
    number: int
    name: str
    issuer: str
    fingerprint: str
    signed_at: str | None  # ISO 8601, as the signer's machine stated it
    trusted: bool
    personal: bool  # the program's self-made per-user certificate
    problem: str = ""  # Danish, when not trusted (or, for the referat's signer, not the leader)
    is_leader: bool = False  # recognised as the conversation's leader ([leaders] in the profile)
    judged_at: str | None = None  # ISO 8601: the moment the certificate path was validated at
    timestamped_at: str | None = None  # ISO 8601: the earliest trusted timestamp covering it
    timestamped_by: str | None = None  # that timestamp's authority


@dataclass
class TimestampReport:
    kind: str  # "dokument" (a document timestamp, its own revision) or "signatur" (a token in a signature)
    number: int  # the signature field's place in the file (dokument) or the signer's number (signatur)
    at: str  # ISO 8601, as the authority states it
    authority: str
    trusted: bool
    problem: str = ""


@dataclass
class Verdict:
    code: int
    message: str  # one Danish line
    signers: list[SignerReport] = field(default_factory=list)
    attachment: bytes | None = None  # the conversation data, only when intact (0 or 3)
    timestamps: list[TimestampReport] = field(default_factory=list)
    paper: str = "ukendt"  # a ``verify_result.Paper`` value
    leader: str | None = None  # the conversation's leader, from the signed data
    employee: str | None = None

    @property
    def label(self) -> str:
        return LABELS[self.code]

    @property
    def intact(self) -> bool:
        return self.code in (GYLDIG, UBEKRAEFTET)

    def to_json(self) -> str:
        doc = asdict(self)
        doc["attachment"] = base64.b64encode(self.attachment).decode() if self.attachment else None
        return json.dumps(doc, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Verdict:
        doc = json.loads(text)
        signers = [SignerReport(**s) for s in doc.get("signers", [])]
        stamps = [TimestampReport(**t) for t in doc.get("timestamps", [])]
        raw = doc.get("attachment")
        return cls(
            int(doc["code"]),
            str(doc["message"]),
            signers,
            base64.b64decode(raw) if raw else None,
            stamps,
            str(doc.get("paper", "ukendt")),
            doc.get("leader"),
            doc.get("employee"),
        )


@dataclass(frozen=True)
class Policy:
    """What the judgement trusts: anchors for signatures and for timestamps, the leader rule,
    and the clock. Plain data, so it can be handed to the bounded child process."""

    trust_roots: tuple[bytes, ...] = ()  # DER: anchors for signatures (and timestamps)
    tsa_roots: tuple[bytes, ...] = ()  # DER: anchors for timestamps only
    leader_fingerprints: tuple[str, ...] = ()  # SHA-256, upper-case hex without colons
    leader_issuers: tuple[bytes, ...] = ()  # DER: CAs that issue to leaders only
    leader_policies: tuple[str, ...] = ()  # certificate policy OIDs reserved for leaders
    match_name: bool = True
    now: dt.datetime | None = None  # None: the real clock

    @property
    def restricts_certificates(self) -> bool:
        return bool(self.leader_fingerprints or self.leader_issuers or self.leader_policies)

    def clock(self) -> dt.datetime:
        return self.now or dt.datetime.now(dt.UTC)

    def to_dict(self) -> dict[str, Any]:
        def b64(items: tuple[bytes, ...]) -> list[str]:
            return [base64.b64encode(d).decode() for d in items]

        return {
            "trust_roots": b64(self.trust_roots),
            "tsa_roots": b64(self.tsa_roots),
            "leader_fingerprints": list(self.leader_fingerprints),
            "leader_issuers": b64(self.leader_issuers),
            "leader_policies": list(self.leader_policies),
            "match_name": self.match_name,
            "now": self.now.isoformat() if self.now else None,
        }

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Policy:
        def der(key: str) -> tuple[bytes, ...]:
            return tuple(base64.b64decode(x) for x in doc.get(key, []))

        now = doc.get("now")
        return cls(
            trust_roots=der("trust_roots"),
            tsa_roots=der("tsa_roots"),
            leader_fingerprints=tuple(doc.get("leader_fingerprints", [])),
            leader_issuers=der("leader_issuers"),
            leader_policies=tuple(doc.get("leader_policies", [])),
            match_name=bool(doc.get("match_name", True)),
            now=dt.datetime.fromisoformat(now) if now else None,
        )


def _fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


def _raw_name(name: Any) -> str:
    """A certificate name's common name (or the whole name) as written: for comparing only."""
    native = name.native
    return str(native.get("common_name") or name.human_friendly)


def _name(name: Any) -> str:
    """A certificate's name as shown: it is the signer's own claim, so control and bidi
    characters (which could rewrite the terminal line) are made visible, never obeyed."""
    from ishoj_mus.text import visible

    return visible(_raw_name(name), 120)


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


# What a signer's certificate may be used for: signing (not only, say, a TLS server). An
# extended key usage, when present, must allow document or e-mail signing. (Checked here and not
# through pyHanko's KeyUsageConstraints: its extended-key-usage setting also constrains the path
# and then refuses an ordinary leader certificate without the extension.)
_SIGNER_KEY_USAGE: dict[str, Any] = dict(key_usage={"digital_signature", "non_repudiation"})
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


def _quiet_libraries() -> None:
    """pyHanko logs each failed check with a traceback; the verdict says it in one line."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.propagate = False
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def too_large(size: int) -> str:
    return (
        f"Filen fylder {size // (1024 * 1024)} MB – for meget til at være et MUS-referat. "
        "Kontrollér, at det er den rigtige fil."
    )


def check_pdf(
    data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = (), policy: Policy | None = None
) -> Verdict:
    """The verdict on ``data`` under ``policy`` (``trust_roots``, DER certificates, are added to
    its signature anchors). Never raises."""
    from dataclasses import replace

    _quiet_libraries()
    policy = policy or Policy()
    if trust_roots:
        policy = replace(policy, trust_roots=policy.trust_roots + tuple(trust_roots))
    try:
        return _check(data, policy)
    except RecursionError:
        return Verdict(ULAESELIG, "PDF-filen er bygget så dybt indlejret, at den ikke kan læses.")
    except MemoryError:
        return Verdict(ULAESELIG, "PDF-filen kræver for meget hukommelse til at blive læst.")
    except Exception:  # noqa: BLE001 – whatever a hostile file provokes: a verdict, not a traceback
        return Verdict(ULAESELIG, "PDF-filen er beskadiget og kan ikke læses.")


@dataclass
class _Signed:
    """One signature field while the file is judged (not part of the result)."""

    number: int
    sig: Any  # pyHanko's EmbeddedPdfSignature
    status: Any  # its PdfSignatureStatus or DocumentTimestampStatus
    report: SignerReport | TimestampReport
    moment: dt.datetime  # when its certificate path was validated


def _context(roots: list[Any], moment: dt.datetime, intermediates: list[Any] | None = None) -> Any:
    from pyhanko_certvalidator import ValidationContext

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
    from dataclasses import replace

    from pyhanko_certvalidator.authority import CertTrustAnchor, derive_quals_from_cert

    if not cert.ca:
        return CertTrustAnchor(cert)  # a pinned leader's own certificate: nothing to derive
    quals = derive_quals_from_cert(cert)
    if quals.max_path_length is not None and quals.max_aa_path_length is None:
        quals = replace(quals, max_aa_path_length=quals.max_path_length)
    return CertTrustAnchor(cert, quals=quals)


def _signed_file_before_the_end(data: bytes) -> bool:
    """Is the file a readable signed PDF up to a %%EOF, with something after it that keeps the
    whole from being read (pyHanko looks for the last %%EOF near the end)? That is data added
    after signing – ÆNDRET, as a few bytes at the end are – not a damaged file."""
    from pyhanko.pdf_utils.reader import PdfFileReader

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
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader

    if len(data) > MAX_BYTES:
        return Verdict(ULAESELIG, too_large(len(data)))
    if b"%PDF-" not in data[:1024]:
        return Verdict(ULAESELIG, "Filen er ikke en PDF.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        if _signed_file_before_the_end(data):
            return Verdict(
                AENDRET, "Der er tilføjet data sidst i filen: dokumentet er ikke det, der blev underskrevet."
            )
        return Verdict(ULAESELIG, "PDF-filen er beskadiget og kan ikke læses.")
    try:
        embedded = list(reader.embedded_signatures)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return Verdict(
            AENDRET, "En signatur i PDF'en er beskadiget eller ændret, så den ikke kan kontrolleres."
        )
    if not embedded:
        return _unsigned(data, reader)
    roots = [asn1_x509.Certificate.load(der) for der in policy.trust_roots]
    ts_roots = roots + [asn1_x509.Certificate.load(der) for der in policy.tsa_roots]
    intermediates = [asn1_x509.Certificate.load(der) for der in policy.leader_issuers]
    now = policy.clock()
    reports: list[SignerReport] = []
    stamps: list[TimestampReport] = []
    signed: list[_Signed] = []
    for number, sig in enumerate(embedded, start=1):
        try:
            verdict = _check_one(
                number, sig, data, roots, ts_roots, now, reports, stamps, signed, intermediates
            )
        except RecursionError:
            raise
        except Exception:  # noqa: BLE001 – a signature that cannot even be taken apart
            verdict = Verdict(AENDRET, f"Signatur {number} er beskadiget og kan ikke kontrolleres.")
        if verdict is not None:
            return Verdict(verdict.code, verdict.message, reports, timestamps=stamps)
    changed = _changed(reader, signed, data)
    if changed:
        return Verdict(AENDRET, changed, reports, timestamps=stamps)
    # Is it what was signed? Yes. Who vouches for it:
    attachment = _attachment(data)
    facts = _facts(attachment)
    paper = _paper(reader, min(e.sig.signed_revision for e in signed), facts)
    leader = facts.leader if facts is not None else None
    employee = facts.employee if facts is not None else None
    _judge_timestamps(signed, ts_roots, now)
    _judge_signers(signed, roots, ts_roots, now, intermediates)
    first = next((e for e in signed if isinstance(e.report, SignerReport)), None)
    if first is None:
        return Verdict(
            AENDRET,
            "PDF'en har kun tidsstempler og ingen underskrift, så den er ikke et underskrevet referat.",
            reports,
            timestamps=stamps,
        )
    assert isinstance(first.report, SignerReport)
    _recognise_leader(first, leader, policy)
    result = Verdict(GYLDIG, "", reports, attachment, stamps, paper, _shown(leader), _shown(employee))
    never = _not_a_signed_referat(paper, facts, attachment is not None)
    if never:  # a digital signature does not make a draft, a plan or a sheet a signed referat
        result.code, result.message = IKKE_UNDERSKREVET, never
        return result
    doubt = _first_doubt(result)
    if doubt:
        result.code, result.message = UBEKRAEFTET, doubt
    else:
        result.message = (
            "Dokumentet er uændret siden underskrivningen, og underskriveren er bekræftet af "
            "organisationen som samtalens leder."
        )
    return result


_NEVER_SIGNED = {
    "udkast": "PDF'en er et udkast: samtalen er ikke underskrevet af begge. En digital signatur gør "
    "den ikke til et underskrevet referat.",
    "udviklingsplan": "PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; "
    "det gør referatet. En digital signatur gør den ikke til referatet.",
    "forberedelsesark": "PDF'en er et forberedelsesark. Det underskrives ikke, og en digital signatur "
    "gør det ikke til et referat.",
}


def _not_a_signed_referat(paper: str, facts: _Facts | None, attached: bool) -> str:
    """Why a digitally signed PDF is still not a signed referat ("" when it is one): a paper
    never meant to be signed, or a conversation the employee and the leader have not both
    signed – whoever put a digital signature on it (the program never does)."""
    if paper in _NEVER_SIGNED:
        return _NEVER_SIGNED[paper]
    if facts is None and attached:
        return (
            "PDF'ens samtaledata kan ikke læses af denne version af programmet, så den kan ikke "
            "bekræftes som et underskrevet referat. Prøv med den nyeste version af Ishøj MUS."
        )
    if facts is None:
        return (
            "PDF'en har ingen samtaledata fra Ishøj MUS, så den er ikke et underskrevet referat – "
            "hvem der end har signeret den."
        )
    if facts is not None and not facts.fully_signed:
        return _NEVER_SIGNED["udkast"]
    return ""


def _shown(text: str | None) -> str | None:
    from ishoj_mus.text import visible

    return None if text is None else visible(text)


def _first_doubt(result: Verdict) -> str:
    """The first reason the result is not GYLDIG, in one line ("" when there is none)."""
    for r in result.signers:
        whose = "underskriveren" if r is result.signers[0] else f"medunderskriveren (signatur {r.number})"
        if not r.trusted:
            who = (
                "et certifikat, programmet selv har lavet"
                if r.personal
                else f"et certifikat udstedt af »{r.issuer}«" + (f": {r.problem}" if r.problem else "")
            )
            advice = (
                "Et tidsstempel fra journaliseringen (»ishoj-mus timestamp«) havde holdt signaturen "
                "gyldig; bed HR om det tidsstemplede eksemplar."
                if r.problem.startswith("certifikatet er udløbet")
                else "Sammenlign fingeraftrykket med lederens, eller bed om et referat signeret med "
                "organisationens certifikat."
            )
            return (
                f"Dokumentet er uændret, men {whose} »{r.name}« er ikke bekræftet af organisationen "
                f"(signeret med {who}; SHA-256-fingeraftryk {r.fingerprint}). {advice}"
            )
        if r is result.signers[0] and not r.is_leader:
            return (
                f"Dokumentet er uændret, men underskriveren »{r.name}« er ikke genkendt som samtalens "
                f"leder: {r.problem}. Kontrollér, hvem der har underskrevet."
            )
    for t in result.timestamps:
        if not t.trusted:
            return (
                f"Dokumentet er uændret, men tidsstemplet fra »{t.authority}« er ikke bekræftet: {t.problem}. "
                "Bed IT om tidsstempeltjenestens rodcertifikat, hvis tjenesten er organisationens."
            )
    return ""


def _check_one(
    number: int,
    sig: Any,
    data: bytes,
    roots: list[Any],
    ts_roots: list[Any],
    now: dt.datetime,
    reports: list[SignerReport],
    stamps: list[TimestampReport],
    signed: list[_Signed],
    intermediates: list[Any] | None = None,
) -> Verdict | None:
    """Is signature field ``number`` intact and well-formed? Its report is added to the lists."""
    from asn1crypto import parser as asn1_parser
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    kind = sig.sig_object_type
    if kind not in ("/Sig", "/DocTimeStamp"):
        return Verdict(AENDRET, f"Signatur {number} er af en slags, programmet ikke kender.")
    what = "Signatur" if kind == "/Sig" else "Tidsstempel"
    contents = bytes(sig.pkcs7_content)
    try:
        _cls, _method, _tag, header, content, trailer = asn1_parser.parse(contents, strict=False)
    except ValueError:
        return Verdict(AENDRET, f"{what} {number} er beskadiget.")
    end = len(header) + len(content) + len(trailer)
    if contents[end:].strip(b"\x00"):
        return Verdict(AENDRET, f"{what} {number} er ændret: der er skrevet data efter selve signaturen.")
    if not _contents_as_written(data, sig):
        return Verdict(
            AENDRET, f"{what} {number} er ændret: signaturfeltet er skrevet om efter underskrivningen."
        )
    if kind == "/DocTimeStamp":
        return _check_document_timestamp(number, sig, ts_roots, now, stamps, signed)
    problem = _cms_problem(sig)
    if problem:
        return Verdict(AENDRET, f"Signatur {number} er ændret: {problem}.")
    cert = sig.signer_cert
    subject, issuer = _name(cert.subject), _name(cert.issuer)
    from ishoj_mus.pdf.verify_result import PERSONAL_CN_PREFIX

    personal = cert.self_issued and str(_raw_name(cert.subject)).startswith(PERSONAL_CN_PREFIX)
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
    status = _validate_signature(sig, roots, ts_roots, moment, now, intermediates)
    if status is None:
        return Verdict(AENDRET, f"Signatur {number} er beskadiget og kan ikke kontrolleres.")
    if not (status.intact and status.valid):
        return Verdict(
            AENDRET, f"Signatur {number} passer ikke: dokumentet er ændret efter underskrivningen."
        )
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(AENDRET, f"Signatur {number} dækker ikke hele dokumentet.")
    if not _embedded_certificates_on_path(sig, status.validation_path):
        return Verdict(
            AENDRET, f"Signatur {number} er ændret: et indlejret certifikat er ikke det, der blev udstedt."
        )
    token = status.timestamp_validity
    if token is not None:
        if not (token.intact and token.valid):
            return Verdict(AENDRET, f"Tidsstemplet i signatur {number} passer ikke til signaturen.")
        stamps.append(
            TimestampReport(
                "signatur",
                number,
                token.timestamp.isoformat(),
                _name(token.signing_cert.subject),
                bool(token.trusted),
                "" if token.trusted else _timestamp_problem(token),
            )
        )
    signed.append(_Signed(number, sig, status, report, moment))
    return None


def _validate_signature(
    sig: Any,
    roots: list[Any],
    ts_roots: list[Any],
    moment: dt.datetime,
    now: dt.datetime,
    intermediates: list[Any] | None = None,
) -> Any:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    try:
        return validate_pdf_signature(
            sig,
            _context(roots, moment, intermediates),
            ts_validation_context=_context(ts_roots, now),
            key_usage_settings=KeyUsageConstraints(**_SIGNER_KEY_USAGE),
            skip_diff=True,  # the changes after signing are judged once, for the whole file (_changed)
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
    signed: list[_Signed],
) -> Verdict | None:
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        status = validate_pdf_timestamp(sig, _context(ts_roots, now), skip_diff=True)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return Verdict(AENDRET, f"Tidsstempel {number} er beskadiget og kan ikke kontrolleres.")
    if not (status.intact and status.valid):
        return Verdict(
            AENDRET, f"Tidsstempel {number} passer ikke: dokumentet er ændret efter tidsstemplingen."
        )
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(AENDRET, f"Tidsstempel {number} dækker ikke hele dokumentet.")
    report = TimestampReport(
        "dokument",
        number,
        status.timestamp.isoformat(),
        _name(status.signing_cert.subject),
        bool(status.trusted),
        "" if status.trusted else _timestamp_problem(status),
    )
    stamps.append(report)
    signed.append(_Signed(number, sig, status, report, now))
    return None


def _timestamp_problem(status: Any) -> str:
    if status.validation_path is None:
        return "tidsstempeltjenestens certifikat fører ikke til et certifikat, organisationen har godkendt"
    return "tidsstempeltjenestens certifikat var ikke gyldigt, da tidsstemplet blev kontrolleret"


def _judge_timestamps(signed: list[_Signed], ts_roots: list[Any], now: dt.datetime) -> None:
    """A document timestamp whose authority's certificate has expired since still counts when a
    later trusted document timestamp covers it (an archive stamps again before that happens):
    it is then judged at the later timestamp's time."""
    from pyhanko.sign.validation import validate_pdf_timestamp

    later: dt.datetime | None = None
    for entry in sorted(signed, key=lambda e: e.sig.signed_revision, reverse=True):
        report = entry.report
        if not isinstance(report, TimestampReport) or report.kind != "dokument":
            continue
        if not report.trusted and later is not None:
            status = validate_pdf_timestamp(entry.sig, _context(ts_roots, later), skip_diff=True)
            if status.trusted:
                report.trusted, report.problem, entry.moment = True, "", later
        if report.trusted:
            later = dt.datetime.fromisoformat(report.at)


def _judge_signers(
    signed: list[_Signed],
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
                again = _validate_signature(entry.sig, roots, ts_roots, at, now, intermediates)
                if again is not None:
                    entry.status = status = again
                entry.moment = at
        report.judged_at = entry.moment.isoformat()
        report.trusted = bool(status.trusted)
        eku = cert.extended_key_usage_value
        if report.trusted and eku is not None and not set(eku.native) & _SIGNING_EKU:
            report.trusted = False
            report.problem = "certifikatet er ikke udstedt til at underskrive dokumenter"
        elif (
            report.trusted
            and claimed is not None
            and claimed > (covering and min(covering)[0] or now) + _CLOCK_SLACK
        ):
            report.trusted = False
            report.problem = (
                "underskrivningstidspunktet ligger efter tidsstemplet, så det kan ikke passe"
                if covering
                else "underskrivningstidspunktet ligger i fremtiden, så det kan ikke passe"
            )
        elif report.trusted and not covering and cert.not_valid_after < now:
            # Without a trusted timestamp the signing time is only the signer's claim; an
            # expired certificate's key could sign with any earlier time.
            report.trusted = False
            report.problem = "certifikatet er udløbet, og uden et tidsstempel kan underskrivningstidspunktet ikke bekræftes"
        elif not report.trusted:
            if report.personal:
                report.problem = "selvlavet certifikat – ikke udstedt af organisationen"
            else:
                report.problem = _path_problem(status)


# pyHanko's AdES sub-indication for a failed path, in words (RFC 5280 constraints included).
_PATH_PROBLEMS = {
    "CHAIN_CONSTRAINTS_FAILURE": "certifikatkæden bryder en CA's begrænsninger (fx pathLen, navne eller politikker)",
    "REVOKED": "certifikatet er spærret",
    "REVOKED_NO_POE": "certifikatet er spærret",
    "REVOKED_CA_NO_POE": "en CA i kæden er spærret",
    "NOT_YET_VALID": "certifikatet var ikke gyldigt endnu på underskrivningstidspunktet",
    "EXPIRED": "certifikatet var udløbet på underskrivningstidspunktet",
    "OUT_OF_BOUNDS_NO_POE": "certifikatet var ikke gyldigt på underskrivningstidspunktet",
    "OUT_OF_BOUNDS_NOT_REVOKED": "certifikatet var ikke gyldigt på underskrivningstidspunktet",
    "SIG_CONSTRAINTS_FAILURE": "certifikatet må ikke bruges til at underskrive (nøglebrug)",
}


def _impostor_link(path: Any) -> bool:
    """Does a certificate in the path fail its issuer's signature? The path was built by names,
    so a self-made CA named like the organisation's (or the CA before a renewal) shows as this."""
    from cryptography import x509 as c_x509

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
    if usage is not None and not set(usage.native) & _SIGNER_KEY_USAGE["key_usage"]:
        return "certifikatet må ikke bruges til at underskrive (nøglebrug)"
    indication = getattr(status.trust_problem_indic, "name", "")
    if indication in _PATH_PROBLEMS:
        return _PATH_PROBLEMS[indication]
    if status.validation_path is None or indication == "NO_CERTIFICATE_CHAIN_FOUND":
        return "certifikatet fører ikke til et certifikat, organisationen har godkendt"
    if _impostor_link(status.validation_path):
        return (
            "en CA i kæden bærer navnet på en CA, organisationen har godkendt, men er ikke udstedt af "
            "den (en efterligning – eller en CA, der er skiftet ud)"
        )
    return "certifikatkæden bryder reglerne for certifikater (RFC 5280, fx en CA's pathLen eller navnebegrænsninger)"


def _tokens_of(entry: _Signed, signed: list[_Signed]) -> list[TimestampReport]:
    status = entry.status
    token = getattr(status, "timestamp_validity", None)
    if token is None or not token.trusted:
        return []
    return [
        TimestampReport(
            "signatur", entry.number, token.timestamp.isoformat(), _name(token.signing_cert.subject), True
        )
    ]


def _recognise_leader(entry: _Signed, leader: str | None, policy: Policy) -> None:
    """Is the referat's signer this conversation's leader, by the organisation's rule?"""
    report = entry.report
    assert isinstance(report, SignerReport)
    if not report.trusted:
        return
    problem = _leader_problem(entry.sig.signer_cert, leader, policy)
    report.is_leader = not problem
    report.problem = problem


def leader_problem_for(cert_der: bytes, leader: str, rule: Any) -> str:
    """``_leader_problem`` for a certificate about to sign, under the profile's LeaderRule."""
    import hashlib

    from asn1crypto import x509 as asn1_x509

    policy = Policy(
        leader_fingerprints=tuple(rule.fingerprints)
        + tuple(hashlib.sha256(der).hexdigest().upper() for der in rule.certificates),
        leader_issuers=tuple(rule.issuers),
        leader_policies=tuple(rule.policies),
        match_name=bool(rule.match_name),
    )
    return _leader_problem(asn1_x509.Certificate.load(cert_der), leader, policy)


def _leader_problem(cert: Any, leader: str | None, policy: Policy) -> str:
    from ishoj_mus.text import visible

    if policy.restricts_certificates and not _is_leader_certificate(cert, policy):
        return (
            "certifikatet er ikke et ledercertifikat efter organisationsprofilen "
            "(hverken en af lederne, udstedt af lederes CA eller med lederpolitikken)"
        )
    if policy.match_name:
        if not leader:
            return "PDF'en har ingen samtaledata med lederens navn, så underskriveren kan ikke sammenlignes med lederen"
        common = _raw_name(cert.subject)
        if _person(common) != _person(leader):
            return (
                f"certifikatet er udstedt til »{visible(common)}«, men samtalens leder er »{visible(leader)}«"
            )
    return ""


def _is_leader_certificate(cert: Any, policy: Policy) -> bool:
    from cryptography import x509 as c_x509

    if cert.sha256.hex().upper() in policy.leader_fingerprints:
        return True
    if policy.leader_policies:
        policies = cert.certificate_policies_value
        oids = {p["policy_identifier"].dotted for p in policies} if policies is not None else set()
        if oids & set(policy.leader_policies):
            return True
    if policy.leader_issuers:
        leaf = c_x509.load_der_x509_certificate(cert.dump())
        for der in policy.leader_issuers:
            try:
                leaf.verify_directly_issued_by(c_x509.load_der_x509_certificate(der))
                return True
            except Exception:  # noqa: BLE001 – not issued by this CA
                continue
    return False


def _person(name: str) -> str:
    """A person's name for comparing a certificate with the conversation: case, spacing and a
    trailing »(…)« or », …« (a role or an organisation) aside."""
    import unicodedata

    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    text = text.split(",")[0]
    return " ".join(text.split())


def _changed(reader: Any, signed: list[_Signed], data: bytes) -> str | None:
    """Is anything after the referat's signature more than a further invisible signature, a
    document timestamp or validation data? One Danish line when it is."""
    from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
    from pyhanko.sign.diff_analysis.rules.form_field_rules import is_field_visible

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
                return "Dokumentet er ændret efter underskrivningen: der er tilføjet indhold uden signatur."
            what = "signatur" if is_signature else "tidsstempel"
            return (
                f"Dokumentet er ændret sammen med {what} {entry.number}: mere end en underskrift er tilføjet."
            )
        if entry is not None and is_field_visible(entry.sig.sig_field):  # type: ignore[no-untyped-call]  # pyHanko: untyped
            return (
                f"Signatur {entry.number} er sat synligt på en side: det, siden viser, er ændret efter "
                "underskrivningen."
            )
    if total - 1 > first and _filing_data_changed(by_revision[first].sig, data):
        return (
            "Referatets journaliseringsdata (dokumenttype, KLE, medarbejder, version …) er ændret efter "
            "underskrivningen."
        )
    if total - 1 > first and (
        _document_info(reader.get_historical_resolver(first)) != _document_info(reader)
        or _xmp_changed(by_revision[first].sig, data)
    ):
        return (
            "Dokumentets egenskaber (titel, forfatter, emne, nøgleord – det, et arkiv og en "
            "PDF-læser viser; i PDF'ens Info eller XMP-metadata) er ændret efter underskrivningen."
        )
    last = by_revision.get(total - 1)
    if last is not None:
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        if last.status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            return f"Der er tilføjet data efter signatur {last.number}: dokumentet er ikke det, der blev underskrevet."
    elif not re.search(rb"startxref\s+\d+\s+%%EOF\s*$", data[-1024:]):
        return "Der er tilføjet data sidst i filen: dokumentet er ikke det, der blev underskrevet."
    return None


def _filing_data_changed(first: Any, data: bytes) -> bool:
    """The filing metadata (XMP, ``ishoj_mus.pdf.filing_xmp``) of the file against the signed
    revision's: a timestamp or DSS update may rewrite the XMP packet (dates, producer), but what
    HR files by may not change."""
    from ishoj_mus.pdf.filing_xmp import read_filing_xmp_bytes

    start, length, after, rest = (int(x) for x in first.sig_object["/ByteRange"])
    signed_revision = data[: after + rest]
    return read_filing_xmp_bytes(signed_revision) != read_filing_xmp_bytes(data)


# A later timestamp or validation-data update may touch only these in the Info dictionary.
_INFO_MAY_CHANGE = frozenset({"/ModDate", "/Producer"})


def _document_info(resolver: Any) -> dict[str, str] | None:
    """The document information dictionary (title, author, subject, keywords …) as one revision
    has it, without the entries a timestamp or DSS update rewrites. pyHanko's difference analysis
    does not look at it (it is in the trailer), but archives index by it and viewers show it."""
    from pyhanko.pdf_utils.generic import IndirectObject

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
    import pikepdf

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
        from pyhanko.sign.diff_analysis import (
            DEFAULT_DIFF_POLICY,
            FormUpdatingRule,
            SigFieldCreationRule,
            SigFieldModificationRule,
            StandardDiffPolicy,
        )

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


def _unsigned(data: bytes, reader: Any) -> Verdict:
    """A PDF without any signature: a paper never meant to be signed, or one whose signature
    is gone."""
    if b"/ByteRange" in data:
        return Verdict(
            AENDRET,
            "PDF'en har spor af en signatur, men signaturen kan ikke findes: den er fjernet eller ødelagt.",
        )
    attachment = _attachment(data)
    facts = _facts(attachment)
    paper = _paper(reader, None, facts)
    leader = _shown(facts.leader) if facts is not None else None
    employee = _shown(facts.employee) if facts is not None else None
    if facts is not None and facts.fully_signed:
        return Verdict(
            AENDRET,
            "Samtalen er underskrevet af begge, men PDF'en har ingen digital signatur: den er fjernet, "
            "eller PDF'en er lavet et andet sted.",
            paper=paper,
            leader=leader,
            employee=employee,
        )
    message = {
        "udkast": "PDF'en er et udkast: samtalen er ikke underskrevet af begge, og PDF'en har ingen digital signatur.",
        "udviklingsplan": "PDF'en er udviklingsplanen, et uddrag med aftalerne. Den underskrives ikke; det gør referatet.",
        "forberedelsesark": "PDF'en er et forberedelsesark. Det underskrives ikke.",
    }.get(paper, "PDF'en har ingen digital signatur, så den er ikke et underskrevet referat.")
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
    from ishoj_mus.storage.musfile import MusFileError, parse

    try:
        doc = json.loads(attachment)
    except ValueError:
        return None
    try:
        from ishoj_mus.storage.grus_file import is_group_document, parse_group

        if is_group_document(doc):
            from ishoj_mus.domain.grus import LEADER
            from ishoj_mus.domain.grus_parts import Document

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
    from ishoj_mus.domain.edition import EMPLOYEE_COPY_MARK

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


def _cms_problem(sig: Any) -> str | None:
    """Parts of the CMS that the signature itself does not protect must still fit together."""
    from cryptography import x509 as c_x509
    from cryptography.hazmat.primitives import serialization

    sd = sig.signed_data
    infos = sd["signer_infos"]
    if len(infos) != 1:
        return "den har mere end én underskriver"
    info = infos[0]
    if not _names_the_signer_exactly(info["sid"], sig.signer_cert):
        return "underskriverens id i signaturen er skrevet om"
    # The version numbers are not signed either; RFC 5652 (5.1, 5.3) says what they must be.
    by_key_id = info["sid"].name != "issuer_and_serial_number"
    if info["version"].native != ("v3" if by_key_id else "v1"):
        return "signaturens versionsnummer er skrevet om"
    data_type = sd["encap_content_info"]["content_type"].native == "data"
    if sd["version"].native != ("v3" if by_key_id or not data_type else "v1"):
        return "signaturens versionsnummer er skrevet om"
    if [a.dump() for a in sd["digest_algorithms"]] != [info["digest_algorithm"].dump()]:
        return "listen over hash-algoritmer passer ikke til underskriften"
    if sd["encap_content_info"]["content"].native is not None:
        return "den indeholder data, der ikke hører til en PDF-signatur"
    unsigned = info["unsigned_attrs"]
    if unsigned.native and any(a["type"].native != "signature_time_stamp_token" for a in unsigned):
        return "den har fået usignerede tilføjelser"
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
            return "et indlejret certifikat er ændret"
    # Every other certificate is the signer's chain: each must have issued one of the others.
    # (The certificates are not covered by the signature; one changed in the file no longer
    # issued anything and would otherwise pass unnoticed.)
    signer = sig.signer_cert.dump()
    for cert in certs:
        if cert.public_bytes(serialization.Encoding.DER) == signer:
            continue
        issued = [c for c in certs if c is not cert and c.issuer == cert.subject]
        if not issued or not any(_issued_by(c, cert) for c in issued):
            return "et indlejret certifikat er ændret eller hører ikke til underskriverens kæde"
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


def _attachment(data: bytes) -> bytes | None:
    try:
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            spec = pdf.attachments.get(ATTACHMENT_NAME)
            return None if spec is None else spec.get_file().read_bytes()
    except Exception:  # noqa: BLE001 – the data is extra; its absence is reported by the reader
        return None


# -- bounded: the same check in a child process ------------------------------------------------


def verify_bounded(
    data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = (), policy: Policy | None = None
) -> Verdict:
    """``check_pdf`` in a child process: at most TIME_LIMIT_S CPU seconds and MEMORY_LIMIT_BYTES.

    The limits need POSIX (``resource``); on Windows the size cap and the wall-clock limit hold.
    """
    import subprocess
    from dataclasses import replace

    from ishoj_mus.paths import helper_command

    if len(data) > MAX_BYTES:
        return check_pdf(data)  # refused at once, without a child
    policy = policy or Policy()
    if trust_roots:
        policy = replace(policy, trust_roots=policy.trust_roots + tuple(trust_roots))
    request = json.dumps({"policy": policy.to_dict()}).encode()
    payload = len(request).to_bytes(4, "big") + request + data
    kwargs: dict[str, Any] = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(
            helper_command("--verify-child"),
            input=payload,
            capture_output=True,
            timeout=WALL_LIMIT_S,
            **kwargs,
        )
    except subprocess.TimeoutExpired:
        return Verdict(ULAESELIG, "PDF-filen kunne ikke kontrolleres i tide; den er for tung at læse.")
    except OSError:
        return Verdict(ULAESELIG, "Kontrollen kunne ikke startes. Prøv igen.")
    try:
        return Verdict.from_json(done.stdout.decode("utf-8"))
    except Exception:  # noqa: BLE001 – the child died (memory limit) or said nothing useful
        return Verdict(ULAESELIG, "PDF-filen kræver for meget at læse og kan ikke kontrolleres.")


def child_main() -> int:
    """The child side of ``verify_bounded``: limits first, then read, check, answer in JSON."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
        cpu = int(TIME_LIMIT_S)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    except (ImportError, ValueError, OSError):
        pass
    import os

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
