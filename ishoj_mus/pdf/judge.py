"""One file's judgement, as ``ishoj-mus verify`` and the HR window show it.

``load_trust_settings`` reads the organisation profile and the ``--trust`` files once;
``verify_path``/``verify_data`` judge one file (in a bounded child process) and return a
``FileVerification`` whose ``lines`` are what ``verify`` prints. See /README.md ("Signaturer og
tillid") and ``ishoj_mus.pdf.verification`` for what the verdicts mean.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ishoj_mus.domain.conversation import referat_version
from ishoj_mus.pdf import verdict as v
from ishoj_mus.pdf.verdict import Policy, Verdict
from ishoj_mus.pdf.verify_lines import verification_lines
from ishoj_mus.pdf.verify_result import (
    EXIT_AENDRET,
    EXIT_EMPLOYEE_COPY,
    EXIT_GYLDIG,
    EXIT_NOT_SIGNED,
    EXIT_UBEKRAEFTET,
    NOT_FOR_FILING,
    PAPER_TEXT,
    FileVerification,
    Judgement,
    Paper,
    SignedBy,
    SignerInfo,
    TimestampInfo,
    unreadable,
)
from ishoj_mus.pdf.verify_words import Reason, say
from ishoj_mus.storage.bounded import InputRefused, Refusal, read_regular_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.grus_file import parse_group
from ishoj_mus.storage.grus_head import is_group_head
from ishoj_mus.storage.musfile import parse
from ishoj_mus.storage.organisation import (
    OrganisationError,
    OrganisationProfile,
    load_certificates,
    load_profile,
)
from ishoj_mus.text import visible


class TrustSettingsError(Exception):
    """The profile or a ``--trust`` file cannot be used; ``message`` is one Danish line."""

    def __init__(self, message: str, organisation_error: OrganisationError | None = None):
        super().__init__(message)
        self.message = message
        self.organisation_error = organisation_error


@dataclass(frozen=True)
class TrustSettings:
    """What a judgement trusts, read once for any number of files."""

    policy: Policy
    profile_path: Path | None = None
    anchor_names: tuple[str, ...] = field(default=())


def load_trust_settings(
    extra_trust: Sequence[Path] = (),
    *,
    now: dt.datetime | None = None,
    profile: OrganisationProfile | None = None,
) -> TrustSettings:
    """The organisation profile's anchors and leader rule, plus the ``--trust`` certificates.

    Raises TrustSettingsError (one Danish line) for a broken profile or an unusable file.
    """
    if now is None:
        now = clock_from_environment()
    if profile is None:
        try:
            profile = load_profile()
        except OrganisationError as exc:
            raise TrustSettingsError(exc.message, exc) from None
    roots = list(profile.trust_anchors)
    names = list(profile.anchor_names)
    for cert_path in extra_trust:
        try:
            loaded = load_certificates(read_regular_file(Path(cert_path), 1024 * 1024))
        except InputRefused as exc:
            raise TrustSettingsError(say(Reason.TRUST_FILE_REFUSED, str(exc.message))) from None
        except ValueError:
            raise TrustSettingsError(say(Reason.TRUST_NOT_A_CERTIFICATE, str(cert_path))) from None
        roots += [der for der, _ in loaded]
        names += [name for _, name in loaded]
    rule = profile.leader_rule
    fingerprints = tuple(rule.fingerprints) + tuple(
        hashlib.sha256(der).hexdigest().upper() for der in rule.certificates
    )
    policy = Policy(
        trust_roots=tuple(roots),
        tsa_roots=profile.timestamp_anchors,
        leader_fingerprints=fingerprints,
        leader_issuers=rule.issuers,
        leader_policies=rule.policies,
        match_name=rule.match_name,
        now=now,
    )
    return TrustSettings(policy, profile.path, tuple(names))


def clock_from_environment() -> dt.datetime | None:
    """``ISHOJ_MUS_NOW`` (ISO 8601; UTC when no zone is given) stands in for the clock: to see
    how a referat will be judged years from now, and for tests. Unset or unreadable: None (the
    real clock); the printed result then says which clock it used."""
    raw = os.environ.get("ISHOJ_MUS_NOW", "").strip()
    if not raw:
        return None
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def verify_path(path: Path, settings: TrustSettings) -> FileVerification:
    """The judgement of one file. Never raises: an unreadable file is ULÆSELIG."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > v.MAX_BYTES:  # refused before reading it
            return unreadable(path.name, v.too_large(size))
        data = read_regular_file(path, v.MAX_BYTES)  # a FIFO or a device is refused, never read
    except InputRefused as exc:
        if exc.reason == Refusal.TOO_LARGE:
            return unreadable(path.name, v.too_large(exc.limit + 1))
        return unreadable(path.name, exc.message, exc.reason.value)
    except OSError as exc:
        return unreadable(path.name, say(Reason.CANNOT_READ, str(exc.strerror)))
    return verify_data(data, path.name, settings)


def verify_data(data: bytes, name: str, settings: TrustSettings) -> FileVerification:
    """The judgement of a file's bytes, checked in a bounded child process."""
    return judged(v.verify_bounded(data, policy=settings.policy), name, settings)


def judged(verdict: Verdict, name: str, settings: TrustSettings) -> FileVerification:
    """The checker's verdict under ``settings`` as the typed result (the verify worker,
    ``pdf.verify_worker``, checks in its own process and comes here with its verdict)."""
    result = from_verdict(verdict, name)
    if settings.policy.now is not None and result.verdict != Judgement.ULAESELIG:
        result.as_if = settings.policy.now.isoformat()
        result.lines = verification_lines(result)
    return result


_CODES = {0: Judgement.GYLDIG, 1: Judgement.AENDRET, 2: Judgement.ULAESELIG, 3: Judgement.UBEKRAEFTET}


def from_verdict(verdict: Verdict, name: str) -> FileVerification:
    """The checker's verdict as the typed result, with the lines ``verify`` prints."""
    if verdict.code == v.ULAESELIG:
        return unreadable(name, verdict.message)
    judgement = _CODES.get(verdict.code, Judgement.IKKE_UNDERSKREVET)
    try:
        paper = Paper(verdict.paper)
    except ValueError:
        paper = Paper.UNKNOWN
    exit_code = {
        Judgement.GYLDIG: EXIT_GYLDIG,
        Judgement.AENDRET: EXIT_AENDRET,
        Judgement.UBEKRAEFTET: EXIT_UBEKRAEFTET,
        Judgement.IKKE_UNDERSKREVET: EXIT_NOT_SIGNED,
    }[judgement]
    if judgement == Judgement.GYLDIG and paper in NOT_FOR_FILING:
        exit_code = EXIT_EMPLOYEE_COPY
    result = FileVerification(
        path=visible(name),
        verdict=judgement,
        exit_code=exit_code,
        message=verdict.message,
        edition=paper,
        edition_text=PAPER_TEXT[paper],
        employee=verdict.employee,
        leader=verdict.leader,
        signers=[
            SignerInfo(
                number=s.number,
                name=s.name,
                issuer=s.issuer,
                fingerprint=s.fingerprint,
                signed_at=s.signed_at,
                trusted=s.trusted,
                is_leader=s.is_leader,
                reason=s.problem,
                personal=s.personal,
                judged_at=s.judged_at,
                timestamped_at=s.timestamped_at,
                timestamped_by=s.timestamped_by,
            )
            for s in verdict.signers
        ],
        timestamps=[
            TimestampInfo(t.kind, t.number, t.at, t.authority, t.trusted, t.problem)
            for t in verdict.timestamps
        ],
        attachment=verdict.attachment if verdict.intact else None,
    )
    _conversation_identity(result)
    result.lines = verification_lines(result)
    return result


def _conversation_identity(result: FileVerification) -> None:
    """Which conversation, which version, who drew their signature – from the signed data, kept
    in the result (the lines are made from them: ``pdf.verify_lines``)."""
    if result.attachment is None:
        return
    raw = result.attachment
    if is_group_head(raw):
        try:
            group, edition = parse_group(raw, "samtale.mus.json")
        except MusFileError:
            return
        result.conversation_id = visible(group.id)
        result.group = True
        if edition is not None and edition.member:
            result.edition_for = visible(edition.member_name)
        result.drawn = [
            SignedBy("", visible(s.signer), s.signed_at.isoformat()) for s in group.signatures.values()
        ]
        return
    try:
        conv = parse(raw, "samtale.mus.json")
    except MusFileError:
        return
    version = referat_version(conv)
    result.conversation_id = visible(conv.id)
    result.version = version.number
    if version.replaces_signed_at is not None:
        result.replaces_signed_at = version.replaces_signed_at.isoformat()
    result.drawn = [
        SignedBy(s.role.value, visible(s.signer), s.signed_at.isoformat()) for s in conv.signatures.values()
    ]


def print_verification(
    result: FileVerification, out: TextIO | None = None, err: TextIO | None = None
) -> None:
    """What ``verify FILE`` prints: ÆNDRET and ULÆSELIG as one line on stderr, the rest on stdout."""
    out = out or sys.stdout
    err = err or sys.stderr
    stream = err if result.verdict in (Judgement.AENDRET, Judgement.ULAESELIG) else out
    for line in result.lines:
        print(line, file=stream)
