"""What ``ishoj-mus verify`` found out about one file, as one typed value.

The command line, the HR window and ``verify --json`` show the same ``FileVerification``; none of
them judges a file itself. Two questions are answered apart (see README, "Signaturer og tillid"):

* *Is it what was signed?* Any later change to what a page shows or to the attached data is
  ÆNDRET, whoever made it. A later revision that only adds a signature, a document timestamp
  or validation data (DSS) changes nothing.
* *Who vouches for it?* GYLDIG only when every signature and timestamp is trusted and the
  referat's signer is recognised as this conversation's leader (the organisation profile says
  how); otherwise UBEKRÆFTET, with the reason in one line.

Every text in here that comes from the file (names, ids, certificate fields) has been made
visible with ``ishoj_mus.text.visible``: control and bidi characters are shown, never obeyed.

This module imports nothing heavy: the HR window may import it at start-up.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from ishoj_mus.pdf.verify_words import WORDS, Reason, Said, read
from ishoj_mus.text import Translate, da, danish, quoted, visible

# Exit codes of ``ishoj-mus verify`` (README's verdict table says the same).
EXIT_GYLDIG = 0  # intact, every signature and timestamp trusted, signed by this conversation's leader
EXIT_AENDRET = 1  # changed after signing (or a signature is broken)
EXIT_ULAESELIG = 2  # not a PDF, too large, unreadable – or the command was used wrongly
EXIT_UBEKRAEFTET = 3  # intact, but someone's signature or timestamp is not confirmed

# How the program's self-made (personal) certificate names its holder: signing writes it,
# verification recognises it. Here, so neither of the two imports the other.
PERSONAL_CN_PREFIX = "Ishøj MUS – "
EXIT_EMPLOYEE_COPY = 4  # intact and confirmed, but the employee's own copy: must not be filed
EXIT_NOT_SIGNED = 5  # not a signed referat: a draft, a development plan, a preparation sheet …


class Judgement(StrEnum):
    GYLDIG = "GYLDIG"
    AENDRET = "ÆNDRET"
    ULAESELIG = "ULÆSELIG"
    UBEKRAEFTET = "UBEKRÆFTET"
    IKKE_UNDERSKREVET = "IKKE UNDERSKREVET"


VERDICT_TEXT = {  # the verdict's word, as verify prints it before its reason
    Judgement.GYLDIG: da("GYLDIG"),
    Judgement.AENDRET: da("ÆNDRET"),
    Judgement.ULAESELIG: da("ULÆSELIG"),
    Judgement.UBEKRAEFTET: da("UBEKRÆFTET"),
    Judgement.IKKE_UNDERSKREVET: da("IKKE UNDERSKREVET"),
}


class Paper(StrEnum):
    """Which paper a file is, read from its signed data (the attached conversation data and
    the document's own metadata), never from its file name."""

    HR_REFERAT = "hr_referat"  # the HR edition under the policy "referat"
    HR_UDVIKLINGSPLAN = "hr_udviklingsplan"  # the HR edition under the policy "udviklingsplan"
    EMPLOYEE_COPY = "medarbejderens_eksemplar"  # everything, private notes included: not for filing
    DRAFT = "udkast"  # a referat not (yet) signed by both
    PLAN = "udviklingsplan"  # the development plan extract (never signed)
    PREPARATION = "forberedelsesark"  # the preparation sheet (never signed)
    UNKNOWN = "ukendt"  # not made by Ishøj MUS, or too damaged to tell
    GRUS_REFERAT = "grus_referat"  # a group conversation's referat
    GRUS_HR = "grus_hr"  # one participant's HR edition of a group conversation
    GRUS_COPY = "grus_eksemplar"  # one participant's own copy of a group conversation: not for filing


PAPER_TEXT = {  # the words are the catalogue's (``verify_words``)
    Paper.HR_REFERAT: WORDS[Reason.PAPER_HR_REFERAT],
    Paper.HR_UDVIKLINGSPLAN: WORDS[Reason.PAPER_HR_PLAN],
    Paper.EMPLOYEE_COPY: WORDS[Reason.PAPER_EMPLOYEE_COPY],
    Paper.DRAFT: WORDS[Reason.PAPER_DRAFT],
    Paper.PLAN: WORDS[Reason.PAPER_PLAN],
    Paper.PREPARATION: WORDS[Reason.PAPER_PREPARATION],
    Paper.UNKNOWN: WORDS[Reason.PAPER_UNKNOWN],
    Paper.GRUS_REFERAT: WORDS[Reason.PAPER_GRUS_REFERAT],
    Paper.GRUS_HR: WORDS[Reason.PAPER_GRUS_HR],
    Paper.GRUS_COPY: WORDS[Reason.PAPER_GRUS_COPY],
}

# Papers that belong to the employee, not to the personnel file (exit 4 when otherwise GYLDIG).
NOT_FOR_FILING = frozenset({Paper.EMPLOYEE_COPY, Paper.GRUS_COPY})


@dataclass
class SignerInfo:
    """One digital signature (a /Sig field), in the order the file holds them."""

    number: int  # 1 for the referat's own signature, 2 … for later ones (countersignatures)
    name: str  # the certificate's common name (the signer's own claim), made visible
    issuer: str  # the issuer's common name, made visible
    fingerprint: str  # SHA-256 of the signer's certificate, "AB:CD:…"
    signed_at: str | None  # ISO 8601, as the signer's machine stated it
    trusted: bool  # the certificate chains to a trust anchor at the time it was judged
    is_leader: bool  # recognised as this conversation's leader (organisation profile's rule)
    reason: str = ""  # one Danish line: why it is not trusted / not the leader ("" when fine)
    personal: bool = False  # the program's self-made per-user certificate
    judged_at: str | None = None  # ISO 8601: the moment the certificate was judged at
    timestamped_at: str | None = None  # ISO 8601: earliest trusted timestamp covering it
    timestamped_by: str | None = None  # that timestamp's authority (TSA), made visible

    @property
    def said(self) -> Said | None:
        """``reason`` as a code and parameters (``verify_words``); None when there is none."""
        return read(self.reason)


@dataclass
class TimestampInfo:
    """An RFC 3161 timestamp: a document timestamp (its own revision) or a signature's own token."""

    kind: str  # "dokument" or "signatur"
    number: int  # "dokument": its place among all signature fields; "signatur": the signer's number
    at: str  # ISO 8601, as the timestamp authority states it
    authority: str  # the TSA certificate's common name, made visible
    trusted: bool  # the TSA certificate chains to a trust anchor (profile [timestamp] or --trust)
    reason: str = ""  # one Danish line when not trusted

    @property
    def said(self) -> Said | None:
        """``reason`` as a code and parameters (``verify_words``); None when there is none."""
        return read(self.reason)


@dataclass
class SignedBy:
    """A signature drawn in the signed conversation data (not a digital one)."""

    role: str  # the Voice's value ("medarbejder", "leder"); "" in a group conversation
    name: str  # made visible
    at: str  # ISO 8601, as the conversation holds it


# Facts of the signed data that only the lines need: sent from the verify worker to the window,
# never in ``verify --json`` (its fields stay as they were).
WIRE_ONLY = ("group", "edition_for", "drawn", "as_if")


@dataclass
class FileVerification:
    """The whole judgement of one file. Extend it; never rename or drop a field."""

    path: str  # the file's name as given (made visible)
    verdict: Judgement
    exit_code: int  # see the EXIT_* constants
    message: str  # one Danish sentence: why this verdict
    edition: Paper = Paper.UNKNOWN
    edition_text: str = ""  # PAPER_TEXT[edition], plus the HR policy where known
    employee: str | None = None  # from the signed conversation data, made visible
    leader: str | None = None  # the conversation's leader, from the signed data, made visible
    signers: list[SignerInfo] = field(default_factory=list)
    conversation_id: str | None = None
    version: int | None = None  # referat version: reopening and signing again makes version 2 …
    replaces_signed_at: str | None = None  # ISO 8601: when the version it replaces was signed
    timestamps: list[TimestampInfo] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # exactly what ``verify`` prints, first line first
    attachment: bytes | None = field(default=None, repr=False)  # the conversation data (not in JSON)
    refusal: str = ""  # ULÆSELIG before reading: storage.bounded.Refusal's value (in JSON only when set)
    group: bool = False  # the signed data are a group conversation's (GRUS)
    edition_for: str = ""  # GRUS: the participant the edition is for, made visible
    drawn: list[SignedBy] = field(default_factory=list)  # the conversation's own signatures
    as_if: str | None = None  # ISO 8601: checked as if it were this moment (``--now``)

    @property
    def intact(self) -> bool:
        """Nothing changed since signing (GYLDIG or UBEKRÆFTET)."""
        return self.verdict in (Judgement.GYLDIG, Judgement.UBEKRAEFTET)

    @property
    def said(self) -> Said | None:
        """``message`` as a code and parameters (``verify_words``): the window words it in its
        own language; the CLI and ``--json`` print the Danish sentence."""
        return read(self.message)

    @property
    def leader_signer(self) -> SignerInfo | None:
        """The referat's own signature (the first), when there is one."""
        return self.signers[0] if self.signers else None

    def to_dict(self, *, wire: bool = False) -> dict[str, Any]:
        """``verify --json``'s fields; ``wire``: also what the lines are made from (worker → window)."""
        doc = asdict(self)
        doc.pop("attachment", None)
        if not wire:
            for key in WIRE_ONLY:
                doc.pop(key, None)
        if not doc.get("refusal"):
            doc.pop("refusal", None)  # verify --json as before for every file that was read
        doc["verdict"] = self.verdict.value
        doc["edition"] = self.edition.value
        return doc

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def unreadable_line(name: str, message: str, translate: Translate = danish) -> str:
    """verify's one line for a file it could not read: the verdict, the name, why."""
    return f"{translate(VERDICT_TEXT[Judgement.ULAESELIG])}: {quoted(name, translate)}: {message}"


def unreadable(name: str, message: str, refusal: str = "") -> FileVerification:
    """ULÆSELIG for the file called ``name``: the checker could not read it, or was not let to."""
    shown = visible(name)
    return FileVerification(
        shown,
        Judgement.ULAESELIG,
        EXIT_ULAESELIG,
        message,
        lines=[unreadable_line(shown, message)],
        refusal=refusal,
    )
