"""A fictional organisation to try ``verify`` with: a CA, a leader's PKCS#12 and a profile.

Everything is made up and only for trying the program; the folder holds the passphrase in
plain text. A real organisation's IT issues leader certificates from its own CA.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

DEMO_PASSPHRASE = "demo-leder-2026"


@dataclass(frozen=True)
class IssuedLeader:
    ca_pem: bytes
    leader_pem: bytes
    pkcs12: bytes


def _name(common: str, org: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
        ]
    )


def issue_ca_and_leader(
    organisation: str, leader: str, passphrase: str, *, ca_name: str | None = None, days: int = 3650
) -> IssuedLeader:
    """A CA certificate and a leader certificate it issued (RSA keys), as PEM + PKCS#12."""
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_subject = _name(ca_name or f"{organisation} – MUS-signatur CA", organisation)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_subject)
        .issuer_name(ca_subject)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(leader, organisation))
        .issuer_name(ca_subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=min(days, 825)))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"leder", key, cert, [ca], serialization.BestAvailableEncryption(passphrase.encode())
    )
    pem = serialization.Encoding.PEM
    return IssuedLeader(ca.public_bytes(pem), cert.public_bytes(pem), p12)


PROFILE = """\
# Organisationsprofil for en FIKTIV demo-organisation (lavet af »ishoj-mus demo-organisation«).
# Se resources/organisation.example.toml for alle nøgler.

[organisation]
name = "Demo Kommune (fiktiv)"
contact = "Ingen – det er en demo"

[trust]
anchors = ["demo-ca.pem"]

[signing]
certificate = "leder.p12"
personal_key = true
"""


def write_demo_organisation(folder: Path) -> str:
    """Write the demo organisation into ``folder``; returns a Danish description of what to do."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    issued = issue_ca_and_leader("Demo Kommune (fiktiv)", "Jonas Kristensen (demo-leder)", DEMO_PASSPHRASE)
    (folder / "demo-ca.pem").write_bytes(issued.ca_pem)
    (folder / "leder.p12").write_bytes(issued.pkcs12)
    (folder / "adgangskode.txt").write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "organisation.toml").write_text(PROFILE, encoding="utf-8")
    return (
        f"En fiktiv organisation er skrevet i {folder}: demo-ca.pem (tillidsanker), leder.p12 "
        f"(lederens certifikat), adgangskode.txt og organisation.toml. Prøv:\n"
        f"  ishoj-mus demo --signed -o demo.mus\n"
        f"  ishoj-mus pdf demo.mus -o demo.pdf --certificate {folder / 'leder.p12'} "
        f"--passphrase-file {folder / 'adgangskode.txt'}\n"
        f"  ishoj-mus verify demo.pdf --trust {folder / 'demo-ca.pem'}"
    )
