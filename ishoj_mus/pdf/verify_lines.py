"""The lines ``ishoj-mus verify`` prints about one file – and the HR desk shows – worded once
(issue 25): Danish on the command line (``FileVerification.lines``), the window's language in the
HR desk's details (it passes its ``tr``, its way of writing a moment, and its wording of verify's
reasons). Made from the result's fields alone, so the window can word them again.

This module imports nothing heavy: the HR window imports it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ishoj_mus.domain.codes import Voice
from ishoj_mus.pdf.verify_result import (
    EXIT_EMPLOYEE_COPY,
    NOT_FOR_FILING,
    VERDICT_TEXT,
    FileVerification,
    Judgement,
    unreadable_line,
)
from ishoj_mus.text import VOICE_TEXT, Translate, da, danish, fill, format_datetime

Moment = Callable[[dt.datetime | None], str]  # a date and time in the reader's language
Reword = Callable[[str], str]  # one of verify's Danish reasons in the reader's language

EMPLOYEE_COPY = da("%1 (medarbejderens eksemplar – må ikke journaliseres)")  # %1: the verdict
PAPER = da("Papir: %1")
NOT_FOR_FILING_NOTE = da(
    "Medarbejderens eget eksemplar med noterne »Kun mellem os«: det må ikke journaliseres. "
    "Personalesagen skal have HR-udgaven."
)
# Three labels set in a column: each padded to the longest in the reader's language, plus three.
EMPLOYEE = da("Medarbejder:")
LEADER = da("Samtalens leder:")
SIGNED_BY = da("Underskrevet af:")
NO_LEADER = da("ukendt (ingen samtaledata)")
SIGNER_STATE = da("%1 – %2")  # the signer's name, whether it is the leader
RECOGNISED = da("genkendt som samtalens leder")
NOT_RECOGNISED = da("IKKE genkendt som samtalens leder")
CONFIRMED_BY_ORGANISATION = da("bekræftet af organisationen")
CONFIRMED_NOT_AS_LEADER = da("bekræftet af organisationen, men ikke som lederen: %1")
CONFIRMED = da("bekræftet")
NOT_CONFIRMED = da("IKKE bekræftet: %1")
SIGNATURE = da("Signatur %1: %2, %3 – %4")
ISSUED_BY = da("Udstedt af: %1")
FINGERPRINT = da("Certifikatets SHA-256-fingeraftryk: %1")
TIMESTAMPED = da("Tidsstemplet %1 af »%2«; certifikatet er kontrolleret på det tidspunkt")
TIMESTAMP = da("Tidsstempel %1: %2 fra »%3« – %4")
GROUP = da("Gruppeudviklingssamtale (GRUS): %1")
GROUP_EDITION = da("Gruppeudviklingssamtale (GRUS): %1, udgave til %2")
GROUP_SIGNED = da("Underskrevet af %1, %2")  # the participant, when
CONVERSATION = da("Samtale: %1, version %2")
REPLACES = da("Erstatter version %1, underskrevet %2")
SIGNED_AS = da("Underskrevet af %1: %2, %3")  # the role (lower case), the name, when
DATA_UNREADABLE = da("(Samtalens data i PDF'en kan ikke læses.)")
AS_IF = da("(Kontrolleret, som om klokken var %1.)")
UNKNOWN_TIME = da("ukendt tidspunkt")


def _same(text: str) -> str:
    return text


def verification_lines(
    r: FileVerification,
    translate: Translate = danish,
    moment: Moment = format_datetime,
    reword: Reword = _same,
    message: str | None = None,
) -> list[str]:
    """What verify says about ``r``, first line first. ``message``: the first line's reason
    already worded (default: ``reword(r.message)``)."""
    said = reword(r.message) if message is None else message
    if r.verdict == Judgement.ULAESELIG:
        return [unreadable_line(r.path, said, translate)]
    head = translate(VERDICT_TEXT[r.verdict])
    if r.verdict == Judgement.AENDRET:
        return [f"{head}: {said}"]
    if r.exit_code == EXIT_EMPLOYEE_COPY:
        head = fill(translate(EMPLOYEE_COPY), head)
    lines = [f"{head}: {said}", "  " + fill(translate(PAPER), translate(r.edition_text))]
    if r.edition in NOT_FOR_FILING:
        lines.append("  " + translate(NOT_FOR_FILING_NOTE))
    labels = [translate(label) for label in (EMPLOYEE, LEADER, SIGNED_BY)]
    width = max(len(label) for label in labels) + 3
    employee, leader, signed_by = (label.ljust(width) for label in labels)
    if r.employee:
        lines.append(f"  {employee}{r.employee}")
    if r.signers:
        first = r.signers[0]
        lines.append(f"  {leader}{r.leader or translate(NO_LEADER)}")
        state = translate(RECOGNISED if first.is_leader else NOT_RECOGNISED)
        lines.append(f"  {signed_by}" + fill(translate(SIGNER_STATE), first.name, state))
    lines += _signatures(r, translate, moment, reword)
    if r.conversation_id is not None:
        lines += _identity(r, translate, moment)
    elif r.signers:
        lines.append("  " + translate(DATA_UNREADABLE))
    if r.as_if:
        lines.append("  " + fill(translate(AS_IF), _when(r.as_if, translate, moment)))
    return lines


def _signatures(r: FileVerification, translate: Translate, moment: Moment, reword: Reword) -> list[str]:
    lines = []
    for s in r.signers:
        if s.trusted and (s is not r.signers[0] or s.is_leader):
            state = translate(CONFIRMED_BY_ORGANISATION)
        elif s.trusted:
            state = fill(translate(CONFIRMED_NOT_AS_LEADER), reword(s.reason))
        else:
            state = fill(translate(NOT_CONFIRMED), reword(s.reason))
        when = _when(s.signed_at, translate, moment)
        lines.append("  " + fill(translate(SIGNATURE), str(s.number), s.name, when, state))
        lines.append("    " + fill(translate(ISSUED_BY), s.issuer))
        lines.append("    " + fill(translate(FINGERPRINT), s.fingerprint))
        if s.timestamped_at:
            at = _when(s.timestamped_at, translate, moment)
            lines.append("    " + fill(translate(TIMESTAMPED), at, s.timestamped_by or ""))
    for t in r.timestamps:
        if t.kind != "dokument":
            continue
        state = translate(CONFIRMED) if t.trusted else fill(translate(NOT_CONFIRMED), reword(t.reason))
        at = _when(t.at, translate, moment)
        lines.append("  " + fill(translate(TIMESTAMP), str(t.number), at, t.authority, state))
    return lines


def _identity(r: FileVerification, translate: Translate, moment: Moment) -> list[str]:
    """Which conversation, which version, who drew their signature – from the signed data."""
    conversation = r.conversation_id or ""
    if r.group:
        if r.edition_for:
            lines = ["  " + fill(translate(GROUP_EDITION), conversation, r.edition_for)]
        else:
            lines = ["  " + fill(translate(GROUP), conversation)]
        return lines + [
            "  " + fill(translate(GROUP_SIGNED), s.name, moment(dt.datetime.fromisoformat(s.at)))
            for s in r.drawn
        ]
    lines = ["  " + fill(translate(CONVERSATION), conversation, str(r.version))]
    if r.replaces_signed_at is not None and r.version is not None:
        replaced = moment(dt.datetime.fromisoformat(r.replaces_signed_at))
        lines.append("  " + fill(translate(REPLACES), str(r.version - 1), replaced))
    return lines + [
        "  "
        + fill(
            translate(SIGNED_AS),
            translate(VOICE_TEXT[Voice(s.role)]).lower(),
            s.name,
            moment(dt.datetime.fromisoformat(s.at)),
        )
        for s in r.drawn
    ]


def _when(iso: str | None, translate: Translate, moment: Moment) -> str:
    if not iso:
        return translate(UNKNOWN_TIME)
    return moment(dt.datetime.fromisoformat(iso).astimezone())
