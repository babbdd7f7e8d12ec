"""The verdict on one PDF and what the judgement trusts, as plain data – and the bounded check.

The codes, the ``Verdict`` with its signer and timestamp reports, and the ``Policy`` (trust
anchors, leader rule, clock) travel between processes as JSON. ``verify_bounded`` sends a file
to ``ishoj-mus --verify-child`` (``verification.child_main``) with time and memory limits.
This module imports nothing heavy: the window and the command line may import it at their top.
See ``ishoj_mus.pdf.verification`` for what the verdicts mean.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
import sys
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from ishoj_mus.paths import helper_command
from ishoj_mus.pdf.verify_words import Reason, say

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


def too_large(size: int) -> str:
    return say(Reason.TOO_LARGE, str(size // (1024 * 1024)))


def verify_bounded(
    data: bytes, trust_roots: list[bytes] | tuple[bytes, ...] = (), policy: Policy | None = None
) -> Verdict:
    """``check_pdf`` in a child process: at most TIME_LIMIT_S CPU seconds and MEMORY_LIMIT_BYTES.

    The limits need POSIX (``resource``); on Windows the size cap and the wall-clock limit hold.
    """
    if len(data) > MAX_BYTES:
        return Verdict(ULAESELIG, too_large(len(data)))  # refused at once, without a child (as check_pdf)
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
        return Verdict(ULAESELIG, say(Reason.TOO_SLOW))
    except OSError:
        return Verdict(ULAESELIG, say(Reason.NOT_STARTED))
    try:
        return Verdict.from_json(done.stdout.decode("utf-8"))
    except Exception:  # noqa: BLE001 – the child died (memory limit) or said nothing useful
        return Verdict(ULAESELIG, say(Reason.TOO_HEAVY))
