"""The organisation profile: what the municipality's IT decides, in one TOML file.

The profile names the organisation, the trust anchors that ``verify`` accepts (the
municipality's CA, or pinned leader certificates) and where the signing certificate comes
from. It is found, in this order:

1. the path in ``ISHOJ_MUS_ORGANISATION`` (set but empty: no profile at all – the tests use this);
2. ``organisation.toml`` next to the program (the bundle's folder, or the checkout);
3. ``organisation.toml`` in the platformdirs site config folder
   (Windows: ``C:\\ProgramData\\IshojKommune\\IshojMUS``); with ``ISHOJ_MUS_HOME`` set
   (tests, portable installs) ``$ISHOJ_MUS_HOME/site/organisation.toml`` instead.

Adding a key: declare it in ``SCHEMA`` (section, key, type, Danish description; the section
``""`` holds the top-level keys such as ``hr_edition``) and read it with
``profile.value(section, key)``. Sections and top-level keys this version does not know are
kept and noted (a newer profile still works with an older program); unknown keys in a known
section are errors, because they are almost always typing mistakes. No Qt here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import platformdirs

from ishoj_mus import paths
from ishoj_mus.storage import file_names
from ishoj_mus.storage.bounded import MIB, InputRefused, Refusal, read_regular_file, refused_words
from ishoj_mus.storage.organisation_words import ENV_VAR, NOT_A, organisation_error_text
from ishoj_mus.storage.tomlfile import TomlProblem, read_toml
from ishoj_mus.storage.userdirs import APP_AUTHOR, APP_DIR_NAME
from ishoj_mus.text import Words, da, visible

FILE_NAME = "organisation.toml"


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]  # str, bool, int, or list (of str)
    what: str  # a da() phrase, for error messages: "en tekst", "en liste af filnavne"
    default: Any = None
    check: Callable[[Any], Words | None] | None = None  # why a value of the right type cannot be used


# section -> key -> Key. Later features add their sections here.
SCHEMA: dict[str, dict[str, Key]] = {
    # top-level keys (read by ishoj_mus.storage.hr_profile, which checks their values)
    "": {
        "hr_edition": Key(str, da('"referat" eller "udviklingsplan"'), "referat"),
        "retention_note": Key(str, da("en tekst"), ""),
    },
    "organisation": {
        "name": Key(str, da("en tekst"), "Ishøj Kommune"),
        "unit": Key(str, da("en tekst"), ""),
        "contact": Key(str, da("en tekst (hvem HR eller IT spørger om signaturer)"), ""),
    },
    "trust": {
        "anchors": Key(list, da("en liste af filnavne på PEM-certifikater"), []),
    },
    # Who may sign as a leader, and the timestamp authority (read by ishoj_mus.pdf.judge through
    # ``OrganisationProfile.leader_rule`` and ``.timestamp_url``/``.timestamp_anchors``).
    "leaders": {
        "certificates": Key(list, da("en liste af filnavne på lederes certifikater (PEM)"), []),
        "fingerprints": Key(list, da("en liste af SHA-256-fingeraftryk (64 hex-cifre, gerne med kolon)"), []),
        "issuers": Key(
            list, da("en liste af filnavne på CA-certifikater (PEM), der kun udsteder til ledere"), []
        ),
        "policies": Key(list, da('en liste af certifikatpolitikker (OID\'er, fx "1.2.208.169.1.1.1")'), []),
        "match_name": Key(bool, da("true eller false"), True),
    },
    "timestamp": {
        "url": Key(str, da("en adresse (http:// eller https://) på en tidsstempeltjeneste (RFC 3161)"), ""),
        "anchors": Key(list, da("en liste af filnavne på tidsstempeltjenestens rodcertifikater (PEM)"), []),
    },
    "signing": {
        "certificate": Key(str, da("et filnavn på en PKCS#12-fil (.p12/.pfx)"), ""),
        "personal_key": Key(bool, da("true eller false"), True),
    },
    # HR's filing (read by ishoj_mus.storage.filing; the rules in ishoj_mus.storage.file_names)
    "filing": {
        "name_pattern": Key(
            str,
            da('en tekst med pladsholdere, fx "{medarbejdernr}_{efternavn}_{fornavn}_MUS_{dato}.pdf"'),
            "{medarbejdernr}_{efternavn}_{fornavn}_{dokumenttype}_{dato}.pdf",
            file_names.pattern_problem,
        ),
        "kle": Key(str, da('et KLE-nummer som tekst, fx "81.03.00"'), "", file_names.kle_problem),
        "facet": Key(str, da('en handlingsfacet som tekst, fx "G01"'), "", file_names.facet_problem),
        "document_types": Key(
            dict,
            da('en tabel af dokumenttyper og nøgler, fx { referat = "MUS01" }'),
            {},
            file_names.document_types_problem,
        ),
    },
}


class OrganisationProblem(StrEnum):
    """What is wrong with the profile, so the window can word it in its own language."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # no access, a folder, not a regular file, too large (``reason``)
    NOT_TOML = "not_toml"  # not UTF-8 or not valid TOML
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    ANCHOR_UNREADABLE = "anchor_unreadable"  # a trust anchor's file (``value``) cannot be read
    ANCHOR_NOT_CERTIFICATE = "anchor_not_certificate"
    BAD_VALUE = "bad_value"  # the right type, but a value that cannot be used (``value``)


class OrganisationError(Exception):
    """A Danish ``message`` that names the file and the key, and says what to do, worded from
    ``code`` and the fields below (storage/organisation_words.py), as the window words it in
    another language. ``words``: a sentence (a ``da()`` template) instead of the code's."""

    def __init__(
        self,
        code: OrganisationProblem,
        path: Path | None = None,
        *,
        section: str = "",
        key: str = "",
        value: str = "",
        written: str = "",
        why: Words | None = None,
        known: str = "",
        reason: Refusal | None = None,
        from_env: bool = False,
        words: str = "",
    ):
        self.code = code
        self.path = path
        self.section = section  # the key's section ("" for a top-level key)
        self.key = key
        self.value = value  # the anchor's file name as written in the profile, or the bad value
        self.written = written  # the bad value as the message shows it (quoted there; visible())
        self.why = why  # the reason in words: a file not read, bad TOML, what the value must be
        self.known = known  # UNKNOWN_KEY: the section's keys
        self.reason = reason  # why the file was not read (UNREADABLE, ANCHOR_UNREADABLE)
        self.from_env = from_env  # NOT_FOUND: the path came from ISHOJ_MUS_ORGANISATION
        self.words = words
        self.message = organisation_error_text(self)
        super().__init__(self.message)


@dataclass(frozen=True)
class LeaderRule:
    """How ``verify`` recognises a leader's certificate ([leaders] in the profile).

    A trusted certificate is a leader's when it is one of ``certificates``/``fingerprints``, or
    was issued directly by one of ``issuers``, or carries one of ``policies``; with none of the
    four given, any trusted certificate may be a leader's. With ``match_name`` its common name
    must also be the conversation's leader's name (case, spaces and a trailing »(…)« or », …«
    aside). The signer of a referat that is not recognised as its leader is never GYLDIG.
    """

    certificates: tuple[bytes, ...] = ()  # DER; pinned leaders' certificates (also trust anchors)
    fingerprints: tuple[str, ...] = ()  # SHA-256, 64 upper-case hex digits without colons
    issuers: tuple[bytes, ...] = ()  # DER; CAs that issue certificates to leaders only
    policies: tuple[str, ...] = ()  # certificate policy OIDs reserved for leaders
    match_name: bool = True

    @property
    def restricts_certificates(self) -> bool:
        return bool(self.certificates or self.fingerprints or self.issuers or self.policies)


@dataclass(frozen=True)
class OrganisationProfile:
    path: Path | None = None  # None: no profile deployed
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    trust_anchors: tuple[bytes, ...] = ()  # DER certificates
    anchor_names: tuple[str, ...] = ()  # their subjects, for messages
    other_sections: tuple[str, ...] = ()  # sections this version does not know (kept, not used)
    leader_rule: LeaderRule = field(default_factory=LeaderRule)  # [leaders]
    timestamp_anchors: tuple[bytes, ...] = ()  # DER; [timestamp] anchors (trusted for timestamps only)

    @property
    def timestamp_url(self) -> str:
        """The timestamp authority ``ishoj-mus timestamp`` asks ("" when none is named)."""
        return str(self.value("timestamp", "url")).strip()

    def value(self, section: str, key: str) -> Any:
        spec = SCHEMA[section][key]
        return self.values.get(section, {}).get(key, spec.default)

    def section(self, name: str) -> Mapping[str, Any]:
        """A section's raw table, also for sections added by later versions."""
        return self.values.get(name, {})

    @property
    def name(self) -> str:
        return str(self.value("organisation", "name"))

    @property
    def contact(self) -> str:
        return str(self.value("organisation", "contact"))

    @property
    def signing_certificate(self) -> Path | None:
        raw = str(self.value("signing", "certificate")).strip()
        return self.resolve(raw) if raw else None

    @property
    def allows_personal_key(self) -> bool:
        return bool(self.value("signing", "personal_key"))

    def resolve(self, raw: str) -> Path:
        """A path from the profile: ~ and environment variables expanded, relative to the file."""
        path = Path(os.path.expandvars(os.path.expanduser(raw)))
        if not path.is_absolute() and self.path is not None:
            path = self.path.parent / path
        return path


def site_config_dir() -> Path:
    return Path(platformdirs.site_config_dir(APP_DIR_NAME, APP_AUTHOR))


def find_profile() -> Path | None:
    env = os.environ.get(ENV_VAR)
    if env is not None:
        return Path(env) if env.strip() else None
    home = os.environ.get("ISHOJ_MUS_HOME")
    site = Path(home) / "site" if home else site_config_dir()  # tests never see the machine's own
    for folder in (paths.program_dir(), site):
        candidate = folder / FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def load_profile(path: Path | None = None) -> OrganisationProfile:
    """The deployed profile (or ``path``); an empty profile when none is deployed.

    Raises OrganisationError with a Danish message naming the file and key.
    """
    if path is None:
        path = find_profile()
        if path is None:
            return OrganisationProfile()
    path = Path(path)
    try:
        doc = read_toml(path)
    except InputRefused as exc:
        if exc.reason == Refusal.NOT_FOUND:
            from_env = bool(os.environ.get(ENV_VAR))
            raise OrganisationError(OrganisationProblem.NOT_FOUND, path, from_env=from_env) from None
        why = refused_words(exc.reason, exc.path, exc.limit)
        raise OrganisationError(OrganisationProblem.UNREADABLE, path, why=why, reason=exc.reason) from None
    except TomlProblem as exc:
        raise OrganisationError(OrganisationProblem.NOT_TOML, path, why=exc.words) from None
    values: dict[str, dict[str, Any]] = {}
    others: list[str] = []
    top = {k: v for k, v in doc.items() if not isinstance(v, dict)}
    tables = {k: v for k, v in doc.items() if isinstance(v, dict)}
    for key, value in top.items():
        if key in SCHEMA[""]:
            _check_type("", key, value, SCHEMA[""][key], path)
        else:
            others.append(key)
    values[""] = top
    for section, table in tables.items():
        spec = SCHEMA.get(section)
        if spec is None:
            others.append(section)
            values[section] = dict(table)
            continue
        checked: dict[str, Any] = {}
        for key, value in table.items():
            if key not in spec:
                raise OrganisationError(
                    OrganisationProblem.UNKNOWN_KEY, path, section=section, key=key, known=", ".join(spec)
                )
            _check_type(section, key, value, spec[key], path)
            checked[key] = value
        values[section] = checked
    profile = OrganisationProfile(path=path, values=values, other_sections=tuple(others))
    anchors, names = _load_anchors(profile)
    rule = _leader_rule(profile)
    timestamp_anchors = tuple(der for der, _ in _load_cert_files(profile, "timestamp", "anchors"))
    _check_timestamp_url(profile)
    return OrganisationProfile(
        path=path,
        values=values,
        trust_anchors=anchors + rule.certificates,
        anchor_names=names + tuple(_subject(der) for der in rule.certificates),
        other_sections=tuple(others),
        leader_rule=rule,
        timestamp_anchors=timestamp_anchors,
    )


def _check_type(section: str, key: str, value: Any, spec: Key, path: Path) -> None:
    ok = isinstance(value, spec.type) and not (spec.type is int and isinstance(value, bool))
    if ok and spec.type is list:
        ok = all(isinstance(v, str) and v.strip() for v in value)
    if not ok:
        raise OrganisationError(
            OrganisationProblem.WRONG_TYPE, path, section=section, key=key, why=Words(spec.what)
        )
    problem = spec.check(value) if spec.check is not None else None
    if problem is not None:
        shown = value if isinstance(value, str) else str(value)
        raise OrganisationError(
            OrganisationProblem.BAD_VALUE,
            path,
            section=section,
            key=key,
            value=shown,
            written=visible(shown),
            why=problem,
        )


def _load_anchors(profile: OrganisationProfile) -> tuple[tuple[bytes, ...], tuple[str, ...]]:
    loaded = _load_cert_files(profile, "trust", "anchors")
    return tuple(der for der, _ in loaded), tuple(name for _, name in loaded)


_FINGERPRINT = re.compile(r"[0-9A-Fa-f]{2}(:?[0-9A-Fa-f]{2}){31}")
_OID = re.compile(r"[0-2](\.(0|[1-9][0-9]*))+")


def _bad_value(section: str, key: str, raw: str, what: str, path: Path | None) -> OrganisationError:
    """``raw`` is not ``what`` (a ``da()`` phrase) as ``[section] key`` must be."""
    return OrganisationError(
        OrganisationProblem.BAD_VALUE, path, section=section, key=key, value=raw, why=Words(what), words=NOT_A
    )


def _leader_rule(profile: OrganisationProfile) -> LeaderRule:
    fingerprints = []
    for raw in profile.value("leaders", "fingerprints"):
        if not _FINGERPRINT.fullmatch(raw.strip()):
            raise _bad_value(
                "leaders", "fingerprints", raw, da("et SHA-256-fingeraftryk (64 hex-cifre)"), profile.path
            )
        fingerprints.append(raw.strip().replace(":", "").upper())
    policies = []
    for raw in profile.value("leaders", "policies"):
        if not _OID.fullmatch(raw.strip()):
            raise _bad_value(
                "leaders",
                "policies",
                raw,
                da('en OID (tal adskilt af punktum, fx "1.2.208.169.1")'),
                profile.path,
            )
        policies.append(raw.strip())
    return LeaderRule(
        certificates=tuple(der for der, _ in _load_cert_files(profile, "leaders", "certificates")),
        fingerprints=tuple(fingerprints),
        issuers=tuple(der for der, _ in _load_cert_files(profile, "leaders", "issuers")),
        policies=tuple(policies),
        match_name=bool(profile.value("leaders", "match_name")),
    )


def _check_timestamp_url(profile: OrganisationProfile) -> None:
    url = profile.timestamp_url
    if url and not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url):
        raise _bad_value(
            "timestamp",
            "url",
            url,
            da("en adresse, der begynder med http:// eller https://"),
            profile.path,
        )


def _subject(der: bytes) -> str:
    from cryptography import x509

    return x509.load_der_x509_certificate(der).subject.rfc4514_string()


def _load_cert_files(profile: OrganisationProfile, section: str, key: str) -> list[tuple[bytes, str]]:
    """(DER, subject) of every certificate in the files a list key names."""
    files = profile.value(section, key)
    if not files:
        return []
    found: list[tuple[bytes, str]] = []
    for raw in files:
        path = profile.resolve(raw)
        try:
            data = read_regular_file(path, MIB)  # a certificate is a few kB; a FIFO or device is refused
        except InputRefused as exc:
            raise OrganisationError(
                OrganisationProblem.ANCHOR_UNREADABLE,
                profile.path,
                section=section,
                key=key,
                value=raw,
                why=refused_words(exc.reason, exc.path, exc.limit),
                reason=exc.reason,
            ) from None
        try:
            loaded = load_certificates(data)
        except ValueError:
            raise OrganisationError(
                OrganisationProblem.ANCHOR_NOT_CERTIFICATE, profile.path, section=section, key=key, value=raw
            ) from None
        found.extend(loaded)
    return found


def load_certificates(data: bytes) -> list[tuple[bytes, str]]:
    """(DER, subject) for each certificate in a PEM or DER file. Raises ValueError."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if b"-----BEGIN CERTIFICATE-----" in data:
        found = x509.load_pem_x509_certificates(data)
    else:
        found = [x509.load_der_x509_certificate(data)]
    if not found:
        raise ValueError("no certificate")
    return [(c.public_bytes(Encoding.DER), c.subject.rfc4514_string()) for c in found]
