"""PAdES signatures with pyHanko, and the certificates that make them.

By default each user gets a certificate of their own, made on first use and kept in the
user data folder (owner-only). An organisation can instead use its own PKCS#12 file; its
passphrase is asked for each time and never stored.
"""

from __future__ import annotations

import datetime as dt
import getpass
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import atomic_write


class SigningError(RuntimeError):
    """Danish message for the user."""


@dataclass(frozen=True)
class KeyMaterial:
    pkcs12: bytes
    passphrase: bytes | None

    def certificate(self) -> x509.Certificate:
        try:
            _, cert, _ = pkcs12.load_key_and_certificates(self.pkcs12, self.passphrase)
        except ValueError:
            raise SigningError(
                "Certifikatfilen kunne ikke åbnes: forkert adgangskode eller beskadiget fil."
            ) from None
        if cert is None:
            raise SigningError("Certifikatfilen indeholder intet certifikat.")
        return cert

    def fingerprint(self) -> str:
        return format_fingerprint(self.certificate().fingerprint(hashes.SHA256()))


def format_fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


def _user_key_dir() -> Path:
    path = userdirs.data_dir() / "signatur"
    path.mkdir(parents=True, exist_ok=True)
    if hasattr(os, "chmod"):
        os.chmod(path, 0o700)
    return path


def user_key_material() -> KeyMaterial:
    """The per-user certificate, made on first use."""
    folder = _user_key_dir()
    p12_path, secret_path = folder / "ishoj-mus.p12", folder / "ishoj-mus.key"
    if p12_path.exists() and secret_path.exists():
        return KeyMaterial(p12_path.read_bytes(), secret_path.read_bytes().strip())
    passphrase = secrets.token_urlsafe(32).encode()
    key = ec.generate_private_key(ec.SECP256R1())
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 – no user name is fine
        user = "bruger"
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Ishøj MUS – {user}"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ishøj Kommune"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"Ishoej MUS", key, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    atomic_write(secret_path, passphrase, keep_backup=False)
    atomic_write(p12_path, data, keep_backup=False)
    return KeyMaterial(data, passphrase)


def organisation_key_material(path: Path, passphrase: str) -> KeyMaterial:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SigningError(f"Organisationens certifikatfil kan ikke læses ({exc.strerror}).") from None
    material = KeyMaterial(data, passphrase.encode("utf-8") if passphrase else None)
    material.certificate()  # raises a clear error on a wrong passphrase
    return material


def sign_pdf(pdf_bytes: bytes, material: KeyMaterial, *, reason: str, location: str = "") -> bytes:
    """Add a PAdES (B-B) signature as an incremental update; it covers the whole file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        loaded = signers.SimpleSigner.load_pkcs12_data(
            material.pkcs12, other_certs=[], passphrase=material.passphrase
        )
    except ValueError:
        raise SigningError(
            "Certifikatet kunne ikke bruges: forkert adgangskode eller beskadiget fil."
        ) from None
    # An empty registry, or the certificate is embedded twice.
    signer = signers.SimpleSigner(
        signing_cert=loaded.signing_cert,
        signing_key=loaded.signing_key,
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )
    meta = signers.PdfSignatureMetadata(
        field_name="IshoejMUS",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    out = signers.sign_pdf(writer, meta, signer=signer)
    signed: bytes = out.getvalue()
    return signed


@dataclass(frozen=True)
class SignatureReport:
    signer: str
    signed_at: dt.datetime | None
    fingerprint: str
    intact: bool
    covers_whole_file: bool


@dataclass(frozen=True)
class VerifyResult:
    status: str  # "intact" | "changed" | "unsigned" | "unreadable"
    message: str
    signatures: tuple[SignatureReport, ...] = ()


def verify_pdf(data: bytes) -> VerifyResult:
    """Check every signature; the last must cover the entire file."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    if not data.lstrip().startswith(b"%PDF"):
        return VerifyResult("unreadable", "Filen er ikke en PDF.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        if b"/ByteRange" in data:
            return VerifyResult(
                "changed", "Den underskrevne PDF er ændret, så den ikke længere kan læses korrekt."
            )
        return VerifyResult("unreadable", "PDF-filen kan ikke læses.")
    if not embedded:
        return VerifyResult("unsigned", "PDF-filen har ingen digital signatur.")
    reports = []
    for sig in embedded:
        cert = sig.signer_cert
        try:
            context = ValidationContext(trust_roots=[cert], allow_fetching=False)
            status = validate_pdf_signature(sig, context)
            intact = bool(status.intact and status.valid)
            from pyhanko.sign.validation.status import SignatureCoverageLevel

            whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            when = status.signer_reported_dt
        except Exception:  # noqa: BLE001 – any failure to validate means: not intact
            intact, whole, when = False, False, None
        common = cert.subject.native.get("common_name", "ukendt")
        reports.append(SignatureReport(common, when, format_fingerprint(cert.sha256), intact, whole))
    if not all(r.intact for r in reports):
        return VerifyResult(
            "changed", "Signaturen passer ikke: dokumentet er ændret efter underskrivning.", tuple(reports)
        )
    if not reports[-1].covers_whole_file:
        return VerifyResult(
            "changed",
            "Der er tilføjet indhold efter den sidste signatur: dokumentet er ikke det, der blev underskrevet.",
            tuple(reports),
        )
    return VerifyResult("intact", "Dokumentet er uændret siden underskrivningen.", tuple(reports))
