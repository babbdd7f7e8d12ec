"""Is a filed referat what the two people signed, and who vouches for the signer?

Four verdicts (the exit codes of ``ishoj-mus verify``):

* GYLDIG (0): every signature intact, nothing changed after any of them, and every signer's
  certificate chains to a trust anchor (organisation profile or ``--trust``) at signing time;
* ÆNDRET (1): anything else that can be read: a broken or disputed signature, a change after a
  signature that is not a further signature by a trusted signer, padding or CMS changes, no
  signature at all;
* ULÆSELIG (2): not a PDF, too large, or not parseable;
* UBEKRÆFTET (3): intact and unchanged, but a signer's certificate does not chain to a trust
  anchor. A certificate is never trusted because the file being checked carries it.

The checks use pyHanko's validation (a ValidationContext with our trust roots only, no
fetching) and its modification analysis (DiffPolicy). ``check_pdf`` runs in this process and
never raises; ``verify_bounded`` runs it in a child process with time and memory limits, for
files from outside (``verify``, importing last year's agreements).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

GYLDIG, AENDRET, ULAESELIG, UBEKRAEFTET = 0, 1, 2, 3
LABELS = {GYLDIG: "GYLDIG", AENDRET: "ÆNDRET", ULAESELIG: "ULÆSELIG", UBEKRAEFTET: "UBEKRÆFTET"}

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
    problem: str = ""  # Danish, when not trusted


@dataclass
class Verdict:
    code: int
    message: str  # one Danish line
    signers: list[SignerReport] = field(default_factory=list)
    attachment: bytes | None = None  # the conversation data, only when intact (0 or 3)

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
        raw = doc.get("attachment")
        return cls(int(doc["code"]), str(doc["message"]), signers, base64.b64decode(raw) if raw else None)


def _fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


def _name(name: Any) -> str:
    native = name.native
    return str(native.get("common_name") or name.human_friendly)


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


def check_pdf(data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = ()) -> Verdict:
    """The verdict on ``data`` against ``trust_roots`` (DER certificates). Never raises."""
    _quiet_libraries()
    try:
        return _check(data, list(trust_roots))
    except RecursionError:
        return Verdict(ULAESELIG, "PDF-filen er bygget så dybt indlejret, at den ikke kan læses.")
    except MemoryError:
        return Verdict(ULAESELIG, "PDF-filen kræver for meget hukommelse til at blive læst.")
    except Exception:  # noqa: BLE001 – whatever a hostile file provokes: a verdict, not a traceback
        return Verdict(ULAESELIG, "PDF-filen er beskadiget og kan ikke læses.")


def _check(data: bytes, trust_roots: list[bytes]) -> Verdict:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if len(data) > MAX_BYTES:
        return Verdict(ULAESELIG, too_large(len(data)))
    if b"%PDF-" not in data[:1024]:
        return Verdict(ULAESELIG, "Filen er ikke en PDF.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
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
        if b"/ByteRange" in data:
            return Verdict(
                AENDRET,
                "PDF'en har spor af en signatur, men signaturen kan ikke findes: den er fjernet eller ødelagt.",
            )
        return Verdict(AENDRET, "PDF'en har ingen digital signatur, så ingen kan se, om den er ændret.")
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots]
    reports: list[SignerReport] = []
    statuses: list[Any] = []
    for number, sig in enumerate(embedded, start=1):
        try:
            verdict = _check_signature(number, sig, roots, reports, statuses)
        except RecursionError:
            raise
        except Exception:  # noqa: BLE001 – a signature that cannot even be taken apart
            verdict = Verdict(AENDRET, f"Signatur {number} er beskadiget og kan ikke kontrolleres.")
        if verdict is not None:
            return Verdict(verdict.code, verdict.message, reports)
    # Every revision after the first signature must be a further signature, by a trusted signer.
    revisions = reader.xrefs.total_revisions
    signed_revisions = {sig.signed_revision for sig in embedded}
    for number, (sig, status) in enumerate(zip(embedded, statuses, strict=True), start=1):
        later = set(range(sig.signed_revision + 1, revisions))
        if not later:
            if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
                return Verdict(
                    AENDRET,
                    f"Der er tilføjet data efter signatur {number}: dokumentet er ikke det, der blev underskrevet.",
                    reports,
                )
            continue
        if not later <= signed_revisions:
            return Verdict(
                AENDRET,
                f"Dokumentet er ændret efter signatur {number}: der er tilføjet indhold uden signatur.",
                reports,
            )
        level = status.modification_level
        from pyhanko.sign.diff_analysis import ModificationLevel

        if level is None or level > ModificationLevel.FORM_FILLING or status.docmdp_ok is False:
            return Verdict(AENDRET, f"Dokumentet er ændret efter signatur {number}.", reports)
        after = [r for r in reports if r.number > number]
        if not all(r.trusted for r in after):
            return Verdict(
                AENDRET,
                f"Efter signatur {number} er der tilføjet en signatur fra en, organisationen ikke har bekræftet.",
                reports,
            )
    attachment = _attachment(data)
    untrusted = [r for r in reports if not r.trusted]
    if untrusted:
        r = untrusted[0]
        who = (
            "et certifikat, programmet selv har lavet"
            if r.personal
            else f"et certifikat udstedt af »{r.issuer}«"
        )
        return Verdict(
            UBEKRAEFTET,
            f"Dokumentet er uændret, men underskriveren »{r.name}« er ikke bekræftet af organisationen "
            f"(signeret med {who}; SHA-256-fingeraftryk {r.fingerprint}). "
            "Sammenlign fingeraftrykket med lederens, eller bed om et referat signeret med organisationens certifikat.",
            reports,
            attachment,
        )
    return Verdict(
        GYLDIG,
        "Dokumentet er uændret siden underskrivningen, og underskriveren er bekræftet af organisationen.",
        reports,
        attachment,
    )


def _check_signature(
    number: int, sig: Any, roots: list[Any], reports: list[SignerReport], statuses: list[Any]
) -> Verdict | None:
    from asn1crypto import parser as asn1_parser
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from ishoj_mus.pdf.signing import PERSONAL_CN_PREFIX

    if sig.sig_object_type != "/Sig":
        return Verdict(
            AENDRET, f"Signatur {number} er af en slags, programmet ikke kender (fx et tidsstempel)."
        )
    contents = bytes(sig.pkcs7_content)
    try:
        _cls, _method, _tag, header, content, trailer = asn1_parser.parse(contents, strict=False)
    except ValueError:
        return Verdict(AENDRET, f"Signatur {number} er beskadiget.")
    end = len(header) + len(content) + len(trailer)
    if contents[end:].strip(b"\x00"):
        return Verdict(AENDRET, f"Signatur {number} er ændret: der er skrevet data efter selve signaturen.")
    problem = _cms_problem(sig)
    if problem:
        return Verdict(AENDRET, f"Signatur {number} er ændret: {problem}.")
    cert = sig.signer_cert
    subject, issuer = _name(cert.subject), _name(cert.issuer)
    personal = cert.self_issued and str(subject).startswith(PERSONAL_CN_PREFIX)
    when = sig.self_reported_timestamp
    report = SignerReport(
        number,
        str(subject),
        str(issuer),
        _fingerprint(cert.sha256),
        when.isoformat() if when else None,
        False,
        personal,
    )
    reports.append(report)
    context = ValidationContext(
        trust_roots=roots,
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=when or dt.datetime.now(dt.UTC),
    )
    try:
        status = validate_pdf_signature(sig, context)
    except RecursionError:
        raise
    except Exception:  # noqa: BLE001
        return Verdict(AENDRET, f"Signatur {number} er beskadiget og kan ikke kontrolleres.")
    statuses.append(status)
    if not (status.intact and status.valid):
        return Verdict(
            AENDRET, f"Signatur {number} passer ikke: dokumentet er ændret efter underskrivningen."
        )
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        return Verdict(AENDRET, f"Signatur {number} dækker ikke hele dokumentet.")
    report.trusted = bool(status.trusted)
    if not report.trusted:
        if personal:
            report.problem = "selvlavet certifikat – ikke udstedt af organisationen"
        elif status.validation_path is None:
            report.problem = "certifikatet fører ikke til et certifikat, organisationen har godkendt"
        else:
            report.problem = "certifikatet var ikke gyldigt på underskrivningstidspunktet"
    return None


def _cms_problem(sig: Any) -> str | None:
    """Parts of the CMS that the signature itself does not protect must still fit together."""
    from cryptography import x509 as c_x509

    sd = sig.signed_data
    infos = sd["signer_infos"]
    if len(infos) != 1:
        return "den har mere end én underskriver"
    info = infos[0]
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
    return None


def _attachment(data: bytes) -> bytes | None:
    try:
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            spec = pdf.attachments.get(ATTACHMENT_NAME)
            return None if spec is None else spec.get_file().read_bytes()
    except Exception:  # noqa: BLE001 – the data is extra; its absence is reported by the reader
        return None


# -- bounded: the same check in a child process ------------------------------------------------


def verify_bounded(data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = ()) -> Verdict:
    """``check_pdf`` in a child process: at most TIME_LIMIT_S CPU seconds and MEMORY_LIMIT_BYTES.

    The limits need POSIX (``resource``); on Windows the size cap and the wall-clock limit hold.
    """
    import subprocess

    from ishoj_mus.paths import helper_command

    if len(data) > MAX_BYTES:
        return check_pdf(data)  # refused at once, without a child
    request = json.dumps({"trust_roots": [base64.b64encode(r).decode() for r in trust_roots]}).encode()
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
    roots = [base64.b64decode(r) for r in request.get("trust_roots", [])]
    verdict = check_pdf(data, roots)
    sink = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sink.write(verdict.to_json().encode("utf-8"))
    sink.flush()
    return 0
