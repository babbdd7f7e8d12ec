"""The HR desk's words and colours for verdicts and papers (the codes are the verify result's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from ishoj_mus.pdf.verify_lines import verification_lines
from ishoj_mus.pdf.verify_result import EXIT_EMPLOYEE_COPY, VERDICT_TEXT, FileVerification, Judgement, Paper
from ishoj_mus.pdf.verify_words import Reason, Said, reason_text
from ishoj_mus.storage.bounded import Refusal, refused_text
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.moments import format_moment


def verdict_text(result: FileVerification) -> str:
    """The verdict in words (never only a colour)."""
    if result.exit_code == EXIT_EMPLOYEE_COPY:
        return tr("GYLDIG (eksemplar)")
    return tr(VERDICT_TEXT[result.verdict])


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


def not_filed_text(code: Reason | None) -> str:
    """The »Journaliseres« column of a file that is not filed, decided on why (the filing plan's
    code, never its sentence's words): a few words, the reason's sentence is in the details."""
    return {
        Reason.FILE_EMPLOYEE_COPY: lambda: tr("Nej: medarbejderens eksemplar"),
        Reason.FILE_GROUP_REFERAT: lambda: tr("Nej: gruppens referat"),
        Reason.FILE_REPLACED: lambda: tr("Nej: nyere version i bunken"),
        Reason.FILE_DUPLICATE: lambda: tr("Nej: samme fil som en anden"),
        Reason.FILE_NAME_TAKEN: lambda: tr("Nej: findes allerede i mappen"),
        Reason.FILE_NAME_TAKEN_COPY: lambda: tr("Nej: findes allerede i mappen"),
        Reason.FILE_UNCONFIRMED: lambda: tr("Nej: UBEKRÆFTET"),
        Reason.FILE_CHANGED: lambda: tr("Nej: ændret efter underskrivningen"),
        Reason.FILE_UNREADABLE: lambda: tr("Nej: kan ikke læses"),
        Reason.FILE_REREAD: lambda: tr("Nej: ikke kopieret"),
        Reason.FILE_CHANGED_SINCE: lambda: tr("Nej: ikke kopieret"),
        Reason.FILE_NOT_WRITTEN: lambda: tr("Nej: ikke kopieret"),
    }.get(code or Reason.FILE_NOT_A_REFERAT, lambda: tr("Nej: ikke et underskrevet referat"))()


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
    return fill(tr("Kontrollens egne ord (på dansk, som »ishoj-mus verify« skriver dem): %1"), message)


def detail_lines(r: FileVerification) -> list[str]:
    """What verify says about one file, in the window's language: verify's own lines
    (``pdf.verify_lines``, worded once), through ``tr``, with the window's moments and its wording
    of verify's reasons; Danish: the command line's lines, byte for byte."""
    return verification_lines(r, tr, format_moment, _message, _refused(r) or _message(r.message))


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
