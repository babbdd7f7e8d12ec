"""A fictional organisation to try signing, ``verify`` and ``timestamp`` with.

``ishoj-mus demo-organisation FOLDER`` writes a two-tier PKI as a municipality has one: a root
CA, an issuing CA under it, a leader's and an employee's certificate from the same issuing CA
(only the leader's carries the leaders' certificate policy), and a timestamp authority (TSA);
plus a profile that trusts the root only and recognises leaders by that policy.

Everything is made up and only for trying the program; the folder holds passphrases and the
TSA's key in plain text. A real organisation's IT issues certificates from its own CA. The
builders here (``make_ca``, ``make_person``, ``make_tsa``, ``pkcs12_for``) are also what the
tests build their CA hierarchies with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey  # the demo's keys

DEMO_PASSPHRASE = "demo-leder-2026"
DEMO_EMPLOYEE_PASSPHRASE = "demo-medarbejder-2026"
# A certificate policy the demo CA sets in leaders' certificates only (an OID under the
# documentation arc of the example enterprise number 32473, RFC 5612).
DEMO_LEADER_POLICY = "1.3.6.1.4.1.32473.22.1"
DEMO_LEADER = "Jonas Kristensen"
DEMO_EMPLOYEE = "Mette Hansen"


@dataclass(frozen=True)
class Issued:
    """A certificate and its private key."""

    cert: x509.Certificate
    key: PrivateKey

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )


def _name(common: str, org: str) -> x509.Name:
    """C, O, CN – the most significant part first, as a real CA writes it (name constraints on a
    directory name match from the start)."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _new_key(kind: str) -> PrivateKey:
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _validity(
    builder: x509.CertificateBuilder, days: int, not_before: dt.datetime | None, not_after: dt.datetime | None
) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    start = not_before or now - dt.timedelta(days=1)
    return builder.not_valid_before(start).not_valid_after(not_after or start + dt.timedelta(days=days))


def make_ca(
    common: str,
    org: str,
    issuer: Issued | None = None,
    *,
    path_length: int | None = None,
    days: int = 3650,
    key: PrivateKey | None = None,
    kind: str = "ec",
    extra: Sequence[tuple[x509.ExtensionType, bool]] = (),
) -> Issued:
    """A CA certificate: self-signed (a root) without ``issuer``. ``path_length`` is the
    basicConstraints pathLen (None: no limit); ``extra``: further (extension, critical) pairs,
    e.g. name constraints."""
    key = key or _new_key(kind)
    subject = _name(common, org)
    signer = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    for extension, critical in extra:
        builder = builder.add_extension(extension, critical=critical)
    cert = _validity(builder, days, None, None).sign(signer, hashes.SHA256())
    return Issued(cert, key)


def make_person(
    common: str,
    org: str,
    issuer: Issued,
    *,
    policies: Sequence[str] = (),
    days: int = 825,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    kind: str = "ec",
    key_usage: x509.KeyUsage | None = None,
) -> Issued:
    """A person's signing certificate (by default digitalSignature, nonRepudiation) from ``issuer``."""
    key = _new_key(kind)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common, org))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            key_usage or x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    )
    if policies:
        builder = builder.add_extension(
            x509.CertificatePolicies(
                [x509.PolicyInformation(x509.ObjectIdentifier(oid), None) for oid in policies]
            ),
            critical=False,
        )
    cert = _validity(builder, days, not_before, not_after).sign(issuer.key, hashes.SHA256())
    return Issued(cert, key)


def make_tsa(common: str, org: str, issuer: Issued, *, days: int = 3650) -> Issued:
    """A timestamp authority's certificate (extended key usage timeStamping, critical). RSA:
    pyHanko's test timestamper signs with RSA only."""
    key = _new_key("rsa")
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common, org))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
    )
    cert = _validity(builder, days, None, None).sign(issuer.key, hashes.SHA256())
    return Issued(cert, key)


def pkcs12_for(
    person: Issued, chain: Sequence[Issued], passphrase: str, friendly: bytes = b"signatur"
) -> bytes:
    """A PKCS#12 file with the person's key and certificate and the CA chain above it."""
    return pkcs12.serialize_key_and_certificates(
        friendly,
        person.key,
        person.cert,
        [c.cert for c in chain],
        serialization.BestAvailableEncryption(passphrase.encode()),
    )


@dataclass(frozen=True)
class IssuedLeader:
    ca_pem: bytes
    leader_pem: bytes
    pkcs12: bytes


def issue_ca_and_leader(
    organisation: str, leader: str, passphrase: str, *, ca_name: str | None = None, days: int = 3650
) -> IssuedLeader:
    """One CA and a leader certificate it issued (RSA keys), as PEM + PKCS#12 (with the CA)."""
    ca = make_ca(
        ca_name or f"{organisation} – MUS-signatur CA", organisation, path_length=0, days=days, kind="rsa"
    )
    person = make_person(leader, organisation, ca, days=min(days, 825), kind="rsa")
    return IssuedLeader(ca.pem, person.pem, pkcs12_for(person, [ca], passphrase, b"leder"))


@dataclass(frozen=True)
class DemoOrganisation:
    root: Issued
    issuing: Issued
    leader: Issued
    employee: Issued
    tsa: Issued


def make_demo_organisation(organisation: str = "Demo Kommune (fiktiv)") -> DemoOrganisation:
    root = make_ca(f"{organisation} – Rod-CA", organisation, path_length=1)
    issuing = make_ca(f"{organisation} – Udstedende CA", organisation, root, path_length=0)
    leader = make_person(DEMO_LEADER, organisation, issuing, policies=[DEMO_LEADER_POLICY])
    employee = make_person(DEMO_EMPLOYEE, organisation, issuing)
    tsa = make_tsa(f"{organisation} – Tidsstempeltjeneste", organisation, root)
    return DemoOrganisation(root, issuing, leader, employee, tsa)


PROFILE = f"""\
# Organisationsprofil for en FIKTIV demo-organisation (lavet af »ishoj-mus demo-organisation«).
# Se resources/organisation.example.toml for alle nøgler.

[organisation]
name = "Demo Kommune (fiktiv)"
contact = "Ingen – det er en demo"

[trust]
# Kun rod-CA'en: den udstedende CA ligger i hver signatur.
anchors = ["demo-rod-ca.pem"]

[leaders]
# Demo-CA'en sætter denne politik i lederes certifikater, ikke i medarbejderes.
policies = ["{DEMO_LEADER_POLICY}"]
match_name = true

[timestamp]
# »ishoj-mus demo-tsa {{mappe}}« kører demo-tidsstempeltjenesten på denne adresse (kun lokalt).
url = "http://127.0.0.1:3161/"
anchors = ["demo-rod-ca.pem"]

[signing]
certificate = "leder.p12"
personal_key = true
"""


def write_demo_organisation(folder: Path) -> str:
    """Write the demo organisation into ``folder``; returns a Danish description of what to do."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    org = make_demo_organisation()
    (folder / "demo-rod-ca.pem").write_bytes(org.root.pem)
    (folder / "demo-udstedende-ca.pem").write_bytes(org.issuing.pem)
    (folder / "leder.p12").write_bytes(
        pkcs12_for(org.leader, [org.issuing, org.root], DEMO_PASSPHRASE, b"leder")
    )
    (folder / "adgangskode.txt").write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "medarbejder.p12").write_bytes(
        pkcs12_for(org.employee, [org.issuing, org.root], DEMO_EMPLOYEE_PASSPHRASE, b"medarbejder")
    )
    (folder / "medarbejder-adgangskode.txt").write_text(DEMO_EMPLOYEE_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "tsa.pem").write_bytes(org.tsa.pem)
    (folder / "tsa-noegle.pem").write_bytes(org.tsa.key_pem())
    (folder / "organisation.toml").write_text(PROFILE, encoding="utf-8")
    return (
        f"En fiktiv organisation er skrevet i {folder}:\n"
        f"  demo-rod-ca.pem (tillidsanker), demo-udstedende-ca.pem, leder.p12 ({DEMO_LEADER}) med "
        f"adgangskode.txt, medarbejder.p12 ({DEMO_EMPLOYEE}, samme CA, ikke leder) med "
        f"medarbejder-adgangskode.txt, tsa.pem og tsa-noegle.pem (tidsstempeltjeneste) og organisation.toml.\n"
        f"Prøv:\n"
        f"  ishoj-mus demo --signed -o demo.mus\n"
        f"  ishoj-mus pdf demo.mus -o demo.pdf --certificate {folder / 'leder.p12'} "
        f"--passphrase-file {folder / 'adgangskode.txt'}\n"
        f"  ISHOJ_MUS_ORGANISATION={folder / 'organisation.toml'} ishoj-mus verify demo.pdf"
    )
