"""The certificates a referat is signed with, and their keys (cryptography only: no pyHanko).

An organisation signs with its own certificate from a PKCS#12 file (named in the
organisation profile, the user's settings or on the command line); its passphrase is asked
for each time and never stored. Without one, each user gets a self-made certificate, made
on first use; PDFs signed with it say plainly that the signer is not confirmed by the
organisation. That key's passphrase lives in the OS credential store (``keyring``) where
one exists, so copying the profile folder does not copy a usable key; otherwise in an
owner-only file beside it.

The window opens the organisation's certificate here before signing; the signature itself is
``ishoj_mus.pdf.signing`` (pyHanko), made in the PDF worker.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from keyring.backends import fail

from ishoj_mus.pdf.errors import PdfProblem, SigningError
from ishoj_mus.pdf.verify_result import PERSONAL_CN_PREFIX
from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.bounded import MIB, InputRefused, read_regular_file
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.text import visible

KEYRING_SERVICE = "Ishøj MUS"


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
    found = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return visible(str(found[0].value) if found else name.rfc4514_string(), 120)


# Opening a PKCS#12 file means a key derivation (several ms each time); the PDF worker makes
# many PDFs with the same key, so the last few opened are kept (in memory only).
@functools.lru_cache(maxsize=4)
def _certificate(data: bytes, passphrase: bytes | None) -> x509.Certificate:
    try:
        _, cert, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        raise SigningError(PdfProblem.CERTIFICATE_NOT_OPENED) from None
    if cert is None:
        raise SigningError(PdfProblem.NO_CERTIFICATE)
    return cert


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
    name = " ".join(visible(signer, 1000).split())
    if not name:
        try:
            name = getpass.getuser()
        except Exception:  # noqa: BLE001 – no user name is fine
            name = "bruger"
    room = 64 - len(PERSONAL_CN_PREFIX)
    return PERSONAL_CN_PREFIX + (name if len(name) <= room else name[: room - 1] + "…")


def self_signed(name: x509.Name, days: int) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A new P-256 key and a certificate it signs itself, for signing documents, valid from
    yesterday for ``days`` days: the personal key's, and the PDF worker's throwaway warm-up key."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


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
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, _personal_common_name(signer)),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ishøj MUS (selvlavet certifikat)"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
        ]
    )
    key, cert = self_signed(name, days=365 * 30)
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
        raise SigningError(PdfProblem.ORGANISATION_CERTIFICATE_FILE, exc.words) from None
    material = KeyMaterial(data, passphrase.encode("utf-8") if passphrase else None, chain=_profile_chain())
    material.certificate()  # raises a clear error on a wrong passphrase
    return material


def _profile_chain() -> tuple[bytes, ...]:
    """The issuing CAs the organisation profile names for leaders ([leaders] issuers): embedded
    when a leader's .p12 carries no chain of its own."""
    try:
        return load_profile().leader_rule.issuers
    except OrganisationError:
        return ()  # said where the profile is read for the signing certificate


def read_passphrase_file(path: Path) -> str:
    """The first line of a passphrase file (for scripted signing)."""
    try:
        text = read_regular_file(Path(path), 64 * 1024).decode("utf-8-sig")
    except InputRefused as exc:
        raise SigningError(PdfProblem.PASSPHRASE_FILE, exc.words) from None
    except UnicodeDecodeError:
        raise SigningError(PdfProblem.PASSPHRASE_NOT_UTF8, str(path)) from None
    lines = text.splitlines()
    return lines[0] if lines else ""
