"""The HR desk's words and colours for verdicts and papers (the codes are the verify result's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QColor

from ishoj_mus.pdf.verify_result import EXIT_EMPLOYEE_COPY, FileVerification, Judgement, Paper
from ishoj_mus.pdf.verify_words import Reason, Said, reason_text
from ishoj_mus.storage.bounded import Refusal, refused_text
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.moments import format_moment


def verdict_text(result: FileVerification) -> str:
    """The verdict in words (never only a colour)."""
    if result.exit_code == EXIT_EMPLOYEE_COPY:
        return tr("GYLDIG (eksemplar)")
    return {
        Judgement.GYLDIG: lambda: tr("GYLDIG"),
        Judgement.UBEKRAEFTET: lambda: tr("UBEKRÆFTET"),
        Judgement.AENDRET: lambda: tr("ÆNDRET"),
        Judgement.ULAESELIG: lambda: tr("ULÆSELIG"),
        Judgement.IKKE_UNDERSKREVET: lambda: tr("IKKE UNDERSKREVET"),
    }[result.verdict]()


def verdict_hint(result: FileVerification) -> str:
    """One short line under the verdict's word: what it means for filing."""
    if result.exit_code == EXIT_EMPLOYEE_COPY:
        return tr("Uændret, men medarbejderens eget eksemplar: det journaliseres ikke.")
    return {
        Judgement.GYLDIG: lambda: tr(
            "Uændret, og signeret af samtalens leder med organisationens certifikat."
        ),
        Judgement.UBEKRAEFTET: lambda: tr(
            "Uændret, men underskriveren er ikke bekræftet som samtalens leder."
        ),
        Judgement.AENDRET: lambda: tr("Ændret efter underskrivningen: må ikke journaliseres."),
        Judgement.ULAESELIG: lambda: tr("Kan ikke læses som PDF."),
        Judgement.IKKE_UNDERSKREVET: lambda: tr("Ikke et underskrevet referat."),
    }[result.verdict]()


# Light backgrounds with dark text: at least 4.5:1 with the table's text colour.
_COLOURS = {
    "ok": "#d8f0dc",
    "warn": "#fdf0c4",
    "bad": "#f8d4d4",
    "grey": "#e6e6e6",
    "copy": "#eadcf2",
}


def verdict_colour(result: FileVerification) -> QColor:
    if result.exit_code == EXIT_EMPLOYEE_COPY:
        return QColor(_COLOURS["copy"])
    key = {
        Judgement.GYLDIG: "ok",
        Judgement.UBEKRAEFTET: "warn",
        Judgement.AENDRET: "bad",
        Judgement.ULAESELIG: "bad",
        Judgement.IKKE_UNDERSKREVET: "grey",
    }[result.verdict]
    return QColor(_COLOURS[key])


def paper_text(paper: Paper) -> str:
    return {
        Paper.HR_REFERAT: lambda: tr("HR-udgave (referat)"),
        Paper.HR_UDVIKLINGSPLAN: lambda: tr("HR-udgave (udviklingsplan)"),
        Paper.EMPLOYEE_COPY: lambda: tr("Medarbejderens eksemplar"),
        Paper.DRAFT: lambda: tr("Udkast"),
        Paper.PLAN: lambda: tr("Udviklingsplan (uddrag)"),
        Paper.PREPARATION: lambda: tr("Forberedelsesark"),
        Paper.UNKNOWN: lambda: tr("Ikke vores / ukendt"),
        Paper.GRUS_REFERAT: lambda: tr("GRUS: gruppens referat"),
        Paper.GRUS_HR: lambda: tr("GRUS: HR-udgave"),
        Paper.GRUS_COPY: lambda: tr("GRUS: deltagerens eksemplar"),
    }.get(paper, lambda: tr("Ikke vores / ukendt"))()


def _message(message: str) -> str:
    """verify's sentence in the window's language: its code and parameters from the catalogue
    (``pdf.verify_words``) worded through ``tr``. A sentence the catalogue does not know (from a
    newer or older program) stays as verify wrote it (Danish), and says so."""
    if language() == "da" or not message:
        return message
    worded = reason_text(message, tr)
    if worded is not None:
        return worded
    return tr("Kontrollens egne ord (på dansk, som »ishoj-mus verify« skriver dem): %1").replace(
        "%1", message
    )


def _when(iso: str | None) -> str:
    return format_moment(dt.datetime.fromisoformat(iso).astimezone()) if iso else tr("ukendt tidspunkt")


def detail_lines(r: FileVerification) -> list[str]:
    """What verify says about one file, in the window's language (walk F28: the details stood in
    Danish under the English lines). Built from the result's fields; the names in it are the
    file's own. The command line keeps verify's Danish lines (``r.lines``)."""
    lines: list[str] = []
    if r.message:
        lines.append(_refused(r) or _message(r.message))
    if r.verdict == Judgement.AENDRET or r.verdict == Judgement.ULAESELIG:
        return lines
    lines.append(tr("Papir: %1").replace("%1", paper_text(r.edition)))
    if r.employee:
        lines.append(tr("Medarbejder: %1").replace("%1", r.employee))
    if r.signers:
        first = r.signers[0]
        lines.append(tr("Samtalens leder: %1").replace("%1", r.leader or tr("ukendt (ingen samtaledata)")))
        state = (
            tr("genkendt som samtalens leder") if first.is_leader else tr("IKKE genkendt som samtalens leder")
        )
        lines.append(tr("Underskrevet af: %1 – %2").replace("%1", first.name).replace("%2", state))
    for s in r.signers:
        if s.trusted and (s is not r.signers[0] or s.is_leader):
            state = tr("bekræftet af organisationen")
        elif s.trusted:
            state = tr("bekræftet af organisationen, men ikke som lederen: %1").replace(
                "%1", _message(s.reason)
            )
        else:
            state = tr("IKKE bekræftet: %1").replace("%1", _message(s.reason))
        lines.append(
            tr("Signatur %1: %2, %3 – %4")
            .replace("%1", str(s.number))
            .replace("%2", s.name)
            .replace("%3", _when(s.signed_at))
            .replace("%4", state)
        )
        lines.append("  " + tr("Udstedt af: %1").replace("%1", s.issuer))
        lines.append("  " + tr("Certifikatets SHA-256-fingeraftryk: %1").replace("%1", s.fingerprint))
    for t in r.timestamps:
        if t.kind == "dokument":
            state = (
                tr("bekræftet") if t.trusted else tr("IKKE bekræftet: %1").replace("%1", _message(t.reason))
            )
            lines.append(
                tr("Tidsstempel %1: %2 fra »%3« – %4")
                .replace("%1", str(t.number))
                .replace("%2", _when(t.at))
                .replace("%3", t.authority)
                .replace("%4", state)
            )
    if r.conversation_id:
        version = tr(", version %1").replace("%1", str(r.version)) if r.version is not None else ""
        lines.append(tr("Samtale: %1").replace("%1", r.conversation_id) + version)
    return lines


def _refused(r: FileVerification) -> str:
    """A file not read at all ("" when it was read, or refused as too large – verify's own sentence
    then): storage's sentence (``storage.bounded``, keyed by why), in the window's language."""
    if not r.refusal or r.refusal == Refusal.TOO_LARGE:
        return ""
    return refused_text(Refusal(r.refusal), Path(r.path), translate=tr)


def filing_reason(reason: str, r: FileVerification) -> str:
    """Why a file is (not) filed, in the window's language."""
    refused = _refused(r)
    if refused:  # verify's "Ulæselig: %1" around storage's sentence
        return Said(Reason.FILE_UNREADABLE, (refused,)).text(tr)
    return detail_reason(reason)


def detail_reason(reason: str) -> str:
    """A filing reason or a signer's reason (Danish, from verify) in the window's language."""
    return _message(reason)
