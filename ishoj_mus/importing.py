"""Bring last year's agreements in, from a .mus file or from the signed summary PDF.

A PDF is only a source when ``verify`` would accept it: GYLDIG, or UBEKRÆFTET with a visible
warning. A changed, unsigned or unreadable PDF is refused. The check runs bounded (a child
process with time and memory limits), and the attached data is read by the storage loader.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from ishoj_mus.domain.conversation import Conversation, followups_from, merge_followups
from ishoj_mus.domain.grus_followup import as_participant_conversation
from ishoj_mus.domain.records import Employee, FollowUp, Leader
from ishoj_mus.pdf import verdict as v
from ishoj_mus.storage import musfile
from ishoj_mus.storage.bounded import InputRefused, Refusal, ensure_regular
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.form_files import default_form
from ishoj_mus.storage.grus_file import parse_group
from ishoj_mus.storage.grus_head import is_group_head
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.text import BOTH, NO_DATE, NO_NAMES, SOURCE, da, fill, format_date


class ImportRefusal(StrEnum):
    """Why an import was refused, so the window can word it in its own language."""

    CHANGED = "changed"  # the referat PDF is not the intact, signed one (ÆNDRET)
    TOO_LARGE = "too_large"
    ORGANISATION = "organisation"  # the organisation profile could not be read


class ImportRefused(Exception):
    """The source cannot be trusted for an import; ``message`` says why and what to do (Danish).
    ``size`` (TOO_LARGE, bytes) and ``profile_error`` (ORGANISATION) let the window word it in
    another language."""

    def __init__(
        self,
        message: str,
        code: ImportRefusal | None = None,
        file_name: str = "",
        *,
        size: int = 0,
        profile_error: OrganisationError | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.code = code
        self.file_name = file_name
        self.size = size
        self.profile_error = profile_error


@dataclass(frozen=True)
class PreviousConversation:
    conversation: Conversation
    file_name: str
    warning: str = ""  # set when the signer of the PDF is not confirmed by the organisation
    kind: str = ""  # "GRUS": one participant's plan from a group conversation; else the form's name

    @property
    def description(self) -> str:
        """Which conversation this is, for the window: its form's own name (a half-year
        follow-up is no "MUS"), date, names and file. Kept with each agreement (``source``):
        the file and the PDF say it in Danish; ``source_text`` words it for the window."""
        conv = self.conversation
        names = [n for n in (conv.employee.name, conv.leader.name) if n]
        return fill(
            SOURCE,
            self.kind or conv.form.documents.name,
            format_date(conv.date) if conv.date else NO_DATE,
            fill(BOTH, *names) if len(names) == 2 else (names[0] if names else NO_NAMES),
            self.file_name,
        )


@dataclass(frozen=True)
class ImportPlan:
    previous: PreviousConversation
    new: tuple[FollowUp, ...]  # agreements not yet in 'Siden sidst'
    already: int  # agreements imported before, left out
    other_employee: bool  # last year's employee is not this conversation's: ask first

    def merged(self, current: Conversation) -> list[FollowUp]:
        return merge_followups(current.followups, list(self.new))

    def participants(self, current: Conversation) -> tuple[Employee, Leader]:
        """Next year's conversation starts from last year's: the employee's job, unit and
        number and the leader's name and title come along where this conversation has none
        yet (nothing typed is replaced; another employee's conversation gives nothing)."""
        if self.other_employee:
            return current.employee, current.leader
        before_e, before_l = self.previous.conversation.employee, self.previous.conversation.leader
        e, ld = current.employee, current.leader
        employee = replace(
            e,
            name=e.name or before_e.name,
            job_title=e.job_title or before_e.job_title,
            workplace=e.workplace or before_e.workplace,
            employee_number=e.employee_number or before_e.employee_number,
        )
        leader = replace(ld, name=ld.name or before_l.name, title=ld.title or before_l.title)
        return employee, leader


def _group_previous(
    raw: bytes, path: Path, participant: str | None, warning: str = ""
) -> PreviousConversation:
    """One participant's plan from a group conversation (GRUS): from their HR edition or own copy
    (the edition says whose), or from the whole group file (``participant`` names whose)."""
    g, edition = parse_group(raw, path.name)
    member = edition.member if edition is not None else None
    if member is None and participant is not None:
        found = g.find_member(participant)
        member = found.id if found is not None else None
    if member is None:
        names = ", ".join(m.name for m in g.members) or "ingen"
        words = (
            da(
                "%1 er en gruppeudviklingssamtale (GRUS), og %3 deltog ikke i den (deltagerne er: %2). "
                "Hent aftalerne fra medarbejderens HR-udgave af GRUS."
            )
            if participant
            else da(
                "%1 er en gruppeudviklingssamtale (GRUS), og medarbejderen deltog ikke i den (deltagerne "
                "er: %2). Hent aftalerne fra medarbejderens HR-udgave af GRUS."
            )
        )
        raise MusFileError(BadFile.NOT_CONVERSATION, path, words=words, values=(names, participant or ""))
    return PreviousConversation(
        as_participant_conversation(g, member, default_form()), path.name, warning, "GRUS"
    )


def load_previous_checked(
    path: Path, passphrase: str | None = None, participant: str | None = None
) -> PreviousConversation:
    """Last year's conversation, from a .mus file or a trusted summary PDF.

    ``passphrase`` opens a .mus file protected with one. Raises MusFileError (unreadable, not a
    conversation, protected – kind SEALED – or a wrong passphrase) or ImportRefused (a changed PDF).
    A group conversation (GRUS) gives one participant's plan: the participant of an HR edition,
    or ``participant`` (a name) from a whole group file.
    """
    path = Path(path)
    try:
        ensure_regular(path)  # a FIFO or a device would hang the read below
    except InputRefused as exc:
        kind = BadFile.NOT_REGULAR if exc.reason == Refusal.NOT_REGULAR else BadFile.UNREADABLE
        raise MusFileError(kind, path, exc.message, refusal=exc.reason, limit=exc.limit) from None
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise MusFileError(BadFile.UNREADABLE, path, exc.strerror or "") from None
    if b"%PDF-" not in head:
        if is_group_head(head):
            return _group_previous(musfile.read_bytes(path), path, participant)
        if passphrase is not None:
            return PreviousConversation(musfile.load_sealed(path, passphrase)[0], path.name)
        return PreviousConversation(musfile.load(path), path.name)
    try:
        roots = load_profile().trust_anchors
    except OrganisationError as exc:
        raise ImportRefused(exc.message, ImportRefusal.ORGANISATION, path.name, profile_error=exc) from None
    try:
        size = path.stat().st_size
        if size > v.MAX_BYTES:
            raise ImportRefused(
                f"Aftalerne hentes ikke fra »{path.name}«: {v.too_large(size)}",
                ImportRefusal.TOO_LARGE,
                path.name,
                size=size,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise MusFileError(BadFile.UNREADABLE, path, exc.strerror or "") from None
    verdict = v.verify_bounded(data, roots)
    if not verdict.intact:
        raise ImportRefused(
            f"Aftalerne hentes ikke fra »{path.name}«: {verdict.message} "
            "Brug sidste års samtalefil (.mus) eller en uændret kopi af referatet.",
            ImportRefusal.CHANGED,
            path.name,
        )
    if verdict.attachment is None:
        raise MusFileError(BadFile.NOT_CONVERSATION, path.name)
    warning = ""
    if verdict.code == v.UBEKRAEFTET:
        warning = da(  # the window shows it through tr()
            "Referatet er uændret, men underskriveren er ikke bekræftet af organisationen. "
            "Kontrollér, at aftalerne er de rigtige."
        )
    if is_group_head(verdict.attachment):
        return _group_previous(verdict.attachment, path, participant, warning)
    conv = musfile.parse(verdict.attachment, path.name)
    return PreviousConversation(conv, path.name, warning)


def plan_import(path: Path, current: Conversation, passphrase: str | None = None) -> ImportPlan:
    """What importing ``path`` into ``current`` would add. Raises MusFileError or ImportRefused."""
    previous = load_previous_checked(path, passphrase, current.employee.name)
    followups = followups_from(previous.conversation, previous.description)
    known = {f.agreement.id for f in current.followups}
    new = tuple(f for f in followups if f.agreement.id not in known)
    theirs = previous.conversation.employee.name.strip().casefold()
    ours = current.employee.name.strip().casefold()
    return ImportPlan(previous, new, len(followups) - len(new), bool(theirs and ours and theirs != ours))


def load_previous(path: Path) -> Conversation:
    """Open last year's conversation from a .mus file or a trusted summary PDF."""
    return load_previous_checked(path).conversation
