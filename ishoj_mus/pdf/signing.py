"""PAdES signatures with pyHanko, and the certificates that make them.

An organisation signs with its own certificate from a PKCS#12 file (named in the
organisation profile, the user's settings or on the command line); its passphrase is asked
for each time and never stored. Without one, each user gets a self-made certificate, made
on first use; PDFs signed with it say plainly that the signer is not confirmed by the
organisation. That key's passphrase lives in the OS credential store (``keyring``) where
one exists, so copying the profile folder does not copy a usable key; otherwise in an
owner-only file beside it.

``sign_pdf`` is a plain function of (PDF bytes, key) -> PDF bytes, so it can run anywhere.
Checking signatures lives in ``ishoj_mus.pdf.verification``.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ishoj_mus.pdf.verify_result import PERSONAL_CN_PREFIX
from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.bounded import MIB, InputRefused, read_regular_file

KEYRING_SERVICE = "Ishøj MUS"


class SigningError(RuntimeError):
    """Danish message for the user."""


@dataclass(frozen=True)
class KeyMaterial:
    pkcs12: bytes
    passphrase: bytes | None
    personal: bool = False  # the self-made per-user key: not confirmed by the organisation
    chain: tuple[bytes, ...] = ()  # DER: CA certificates to embed when the .p12 carries none

    def certificate(self) -> x509.Certificate:
        return _certificate(self.pkcs12, self.passphrase)

    def fingerprint(self) -> str:
        return format_fingerprint(self.certificate().fingerprint(hashes.SHA256()))

    def signer_name(self) -> str:
        """The certificate's common name: who the digital signature says signed."""
        return common_name(self.certificate().subject)

    def signed_by(self) -> str:
        """For the referat: the signer's name, and who issued the certificate."""
        cert = self.certificate()
        if cert.issuer == cert.subject:
            return self.signer_name()
        return f"{self.signer_name()} (certifikat udstedt af {common_name(cert.issuer)})"


def common_name(name: x509.Name) -> str:
    """A certificate name's common name (or the whole name), control and bidi characters shown."""
    from ishoj_mus.text import visible

    found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return visible(str(found[0].value) if found else name.rfc4514_string(), 120)


# Opening a PKCS#12 file means a key derivation (several ms each time); the PDF worker makes
# many PDFs with the same key, so the last few opened are kept (in memory only).
@functools.lru_cache(maxsize=4)
def _certificate(data: bytes, passphrase: bytes | None) -> x509.Certificate:
    try:
        _, cert, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        raise SigningError(
            "Certifikatfilen kunne ikke åbnes: forkert adgangskode eller beskadiget fil."
        ) from None
    if cert is None:
        raise SigningError("Certifikatfilen indeholder intet certifikat.")
    return cert


@functools.lru_cache(maxsize=4)
def _loaded_signer(data: bytes, passphrase: bytes | None) -> Any:
    from pyhanko.sign import signers

    return signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)


def format_fingerprint(digest: bytes) -> str:
    return ":".join(f"{b:02X}" for b in digest)


def _user_key_dir() -> Path:
    path = userdirs.data_dir() / "signatur"
    path.mkdir(parents=True, exist_ok=True)
    if hasattr(os, "chmod"):
        os.chmod(path, 0o700)
    return path


def _credential_store() -> Any:
    """The OS credential store, or None where there is none (or it fails)."""
    try:
        import keyring
        from keyring.backends import fail

        store = keyring.get_keyring()
        if isinstance(store, fail.Keyring) or type(store).__module__.startswith("keyring.backends.null"):
            return None
        return store
    except Exception:  # noqa: BLE001 – no usable store: fall back to the file
        return None


def _account(p12: bytes) -> str:
    return "signaturnøgle " + hashlib.sha256(p12).hexdigest()[:16]


def _stored_passphrase(store: Any, p12: bytes, secret_path: Path) -> bytes | None:
    if store is not None:
        try:
            value = store.get_password(KEYRING_SERVICE, _account(p12))
        except Exception:  # noqa: BLE001
            value = None
        if value:
            return str(value).encode()
    if secret_path.exists():
        value_bytes = secret_path.read_bytes().strip()
        if store is not None and _store_passphrase(store, p12, value_bytes):
            secret_path.unlink()  # moved into the credential store
        return value_bytes
    return None


def _store_passphrase(store: Any, p12: bytes, passphrase: bytes) -> bool:
    try:
        store.set_password(KEYRING_SERVICE, _account(p12), passphrase.decode())
        return True
    except Exception:  # noqa: BLE001
        return False


def _personal_common_name(signer: str) -> str:
    """The self-made certificate's name: the person who signs (the conversation's leader), or
    the computer login when no name is known. A certificate's common name holds at most 64
    characters; control and bidi characters are shown, never kept."""
    from ishoj_mus.text import visible

    name = " ".join(visible(signer, 1000).split())
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 – no user name is fine
            name = "bruger"
    room = 64 - len(PERSONAL_CN_PREFIX)
    return PERSONAL_CN_PREFIX + (name if len(name) <= room else name[: room - 1] + "…")


def user_key_material(signer: str = "") -> KeyMaterial:
    """The per-user self-made certificate for ``signer`` (the person who signs), made on first
    use (and again if it became unusable). Each signer's name has its own certificate, so a
    referat never names the computer's login as its signer."""
    folder = _user_key_dir()
    stem = "ishoj-mus"
    if signer.strip():
        stem += "-" + hashlib.sha256(" ".join(signer.split()).casefold().encode()).hexdigest()[:12]
    p12_path, secret_path = folder / f"{stem}.p12", folder / f"{stem}.key"
    store = _credential_store()
    if p12_path.exists():
        data = p12_path.read_bytes()
        passphrase = _stored_passphrase(store, data, secret_path)
        if passphrase:
            material = KeyMaterial(data, passphrase, personal=True)
            try:
                material.certificate()
                return material
            except SigningError:
                pass
        # Copied from another machine, or its passphrase is gone: keep it aside, make a new one.
        os.replace(p12_path, p12_path.with_suffix(".p12.ubrugelig"))
    passphrase = secrets.token_urlsafe(32).encode()
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, _personal_common_name(signer)),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ishøj MUS (selvlavet certifikat)"),
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
    if store is None or not _store_passphrase(store, data, passphrase):
        atomic_write(secret_path, passphrase, keep_backup=False)
        if hasattr(os, "chmod"):
            os.chmod(secret_path, 0o600)
    elif secret_path.exists():
        secret_path.unlink()
    atomic_write(p12_path, data, keep_backup=False)
    return KeyMaterial(data, passphrase, personal=True)


def organisation_key_material(path: Path, passphrase: str) -> KeyMaterial:
    try:
        data = read_regular_file(Path(path), MIB)  # a .p12 is a few kB; a FIFO or device is refused
    except InputRefused as exc:
        raise SigningError(f"Organisationens certifikatfil kan ikke bruges: {exc.message}") from None
    material = KeyMaterial(data, passphrase.encode("utf-8") if passphrase else None, chain=_profile_chain())
    material.certificate()  # raises a clear error on a wrong passphrase
    return material


def _profile_chain() -> tuple[bytes, ...]:
    """The issuing CAs the organisation profile names for leaders ([leaders] issuers): embedded
    when a leader's .p12 carries no chain of its own."""
    from ishoj_mus.storage.organisation import OrganisationError, load_profile

    try:
        return load_profile().leader_rule.issuers
    except OrganisationError:
        return ()  # said where the profile is read for the signing certificate


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file (for scripted signing)."""
    try:
        text = read_regular_file(Path(path), 64 * 1024).decode("utf-8-sig")
    except InputRefused as exc:
        raise SigningError(f"Filen med adgangskoden kan ikke bruges: {exc.message}") from None
    except UnicodeDecodeError:
        raise SigningError(f"Filen med adgangskoden »{path}« kan ikke læses (ikke UTF-8-tekst).") from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def sign_pdf(
    pdf_bytes: bytes,
    material: KeyMaterial,
    *,
    reason: str,
    location: str = "",
    signed_at: dt.datetime | None = None,
) -> bytes:
    """Add a PAdES (B-B) signature as an incremental update; it covers the whole file.

    The file stays PDF 1.7-based (PDF/A-3 is built on PDF 1.7): no ISO 32002 extension and no
    /Version 2.0, whatever the key type; the Info dictionary and XMP keep agreeing.
    """
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers import constants
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    material.certificate()  # a wrong passphrase or a broken file: said as such (SigningError)
    try:
        loaded = _loaded_signer(material.pkcs12, material.passphrase)
    except ValueError:
        # The passphrase opened the file: pyHanko refuses a certificate in it (e.g. characters
        # in a CA's name that X.509 string preparation does not allow).
        raise SigningError(
            "Certifikatet kunne ikke bruges: adgangskoden er rigtig, men certifikatet eller dets "
            "kæde kan ikke læses til en signatur (fx usædvanlige tegn i et navn). Bed IT om et andet "
            "certifikat."
        ) from None
    algo = loaded.signing_cert.public_key.algorithm
    if algo not in ("rsa", "ec"):
        raise SigningError(
            f"Certifikatets nøgletype ({algo}) kan ikke bruges i et PDF/A-3-referat. "
            "Brug et certifikat med en RSA- eller EC-nøgle."
        )
    # The chain from the PKCS#12 (issuing CA, root) goes into the signature, so a verifier that
    # trusts only the organisation's root can build the path; never the signing certificate
    # itself (pyHanko adds it: it would be there twice).
    chain = [c for c in loaded.cert_registry if c.dump() != loaded.signing_cert.dump()]
    if not chain and material.chain:
        chain = _issuers_of(material.certificate(), material.chain)
    signer = signers.SimpleSigner(
        signing_cert=loaded.signing_cert,
        signing_key=loaded.signing_key,
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]  # pyHanko: untyped
    )
    when = signed_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    meta = signers.PdfSignatureMetadata(
        field_name=_free_field_name(pdf_bytes),
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
    )

    class Pdf17Signer(signers.PdfSigner):
        """PAdES in a PDF 1.7 file: ESIC extension only (ECDSA needs no ISO 32002 marker there)."""

        def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
            pdf_out.ensure_output_version(version=(1, 7))
            pdf_out.register_extension(constants.ESIC_EXTENSION_1)

    key = loaded.signing_cert.sha256
    reserved = _RESERVED.get(key)
    try:
        try:
            signed = _sign(pdf_bytes, when, Pdf17Signer(meta, signer=signer), reserved)
        except (PdfError, ValueError):
            if reserved is None:
                raise
            _RESERVED.pop(key, None)  # the remembered room was too small after all: measure again
            signed = _sign(pdf_bytes, when, Pdf17Signer(meta, signer=signer), None)
    except (PdfError, ValueError) as exc:
        raise SigningError(f"PDF'en kunne ikke signeres ({exc}).") from None
    if key not in _RESERVED:
        room = _reserved_room(signed)
        if room:
            _RESERVED[key] = room
    return signed


# Room for the signature, per signing certificate. pyHanko measures it by making a trial
# signature (as much work as the real one) unless it is told; the size depends on the key and
# certificate only, so the room it chose for the first PDF is remembered for the next ones.
_RESERVED: dict[bytes, int] = {}


def _sign(pdf_bytes: bytes, when: dt.datetime, pdf_signer: Any, reserved: int | None) -> bytes:
    writer = metadata_keeping_writer(pdf_bytes, when)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out, bytes_reserved=reserved)
    return out.getvalue()


def producer() -> str:
    """What every PDF of ours names as its producer (Info /Producer and XMP pdf:Producer)."""
    from ishoj_mus import __version__

    return f"Ishøj MUS {__version__}"


def metadata_keeping_writer(pdf_bytes: bytes, when: dt.datetime) -> Any:
    """pyHanko's incremental writer, except for the metadata it writes with the update.

    pyHanko rewrites the XMP packet with its own serialiser when it signs or timestamps:
    Producer becomes "pyHanko x.y", MetadataDate stays older than the new ModifyDate, and ``dc``
    is declared on each property (valid RDF, but Apache PDFBox Preflight reports "Schema is not
    set: dc"). Here the packet is pikepdf's, as in the unsigned file, with our producer and
    ModifyDate = MetadataDate = ``when``; the Info dictionary says the same.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    packet = _updated_xmp(pdf_bytes, when)
    name = producer()

    class Writer(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            info_ref = self.trailer.raw_get("/Info")
            if isinstance(info_ref, generic.IndirectObject):
                info: Any = info_ref.get_object()  # type: ignore[no-untyped-call]
                info["/Producer"] = generic.TextStringObject(name)
                info["/ModDate"] = generic.pdf_date(when)
                self.mark_update(info_ref)
            meta_ref = self.root.raw_get("/Metadata")
            if packet is not None and isinstance(meta_ref, generic.IndirectObject):
                stream = generic.StreamObject(
                    generic.DictionaryObject(  # type: ignore[no-untyped-call]  # pyHanko: untyped
                        {
                            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
                            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
                        }
                    ),
                    stream_data=packet,
                )
                self.objects[(meta_ref.generation, meta_ref.idnum)] = stream

    return Writer(io.BytesIO(pdf_bytes))


def _updated_xmp(pdf_bytes: bytes, when: dt.datetime) -> bytes | None:
    """The file's XMP packet (pikepdf's serialisation) with our producer and both dates."""
    import pikepdf

    stamp = when.astimezone(dt.UTC).isoformat()
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            if "/Metadata" not in pdf.Root:
                return None
            with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
                meta["pdf:Producer"] = producer()
                meta["xmp:ModifyDate"] = stamp
                meta["xmp:MetadataDate"] = stamp
            return bytes(pdf.Root.Metadata.read_bytes())
    except pikepdf.PdfError:
        return None


def _issuers_of(cert: x509.Certificate, candidates: tuple[bytes, ...]) -> list[Any]:
    """Those of ``candidates`` (DER) that issued ``cert``, as pyHanko's certificates."""
    from asn1crypto import x509 as asn1_x509

    found = []
    for der in candidates:
        try:
            cert.verify_directly_issued_by(x509.load_der_x509_certificate(der))
        except Exception:  # noqa: BLE001 – not this one's issuer
            continue
        found.append(asn1_x509.Certificate.load(der))
    return found


def _reserved_room(signed: bytes) -> int | None:
    """The room reserved for the signature just added, as pyHanko counts it: the length of
    the placeholder's hex string (the last /Contents string of the file)."""
    start = signed.rfind(b"/Contents <")
    end = signed.find(b">", start + 11) if start >= 0 else -1
    if start < 0 or end < 0:
        return None
    return end - start - 11


def _free_field_name(pdf_bytes: bytes) -> str:
    """A new signature field for each signature (a re-signed file keeps the earlier one)."""
    name, n = "IshoejMUS", 1
    while f"/T ({name})".encode() in pdf_bytes:
        n += 1
        name = f"IshoejMUS{n}"
    return name


def is_personal_certificate(cert: x509.Certificate) -> bool:
    """The self-made per-user certificate (self-issued, named by this program)."""
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return cert.issuer == cert.subject and bool(cn) and str(cn[0].value).startswith(PERSONAL_CN_PREFIX)
