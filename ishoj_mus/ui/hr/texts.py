"""The HR desk's words and colours for verdicts and papers (the codes are the verify result's)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ishoj_mus.pdf.verify_result import EXIT_EMPLOYEE_COPY, FileVerification, Judgement, Paper
from ishoj_mus.ui.widgets.i18n import tr


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
