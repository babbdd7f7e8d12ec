"""A PDF that could not be made, signed or saved is said once, by code (issue 25, item 3):
``pdf.errors.PDF_ERROR_TEXT`` keyed by ``PdfProblem`` (and storage's save words) – Danish on the
command line (``str(exc)``), the window's language in the window, from the PDF worker as from a
thread."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ishoj_mus.pdf.errors import (
    PdfError,
    PdfLayoutError,
    PdfProblem,
    SigningError,
    known_error_message,
    known_error_words,
)
from ishoj_mus.pdf.worker import Failed
from ishoj_mus.storage.atomic import SaveError, SaveKind, save_error
from ishoj_mus.storage.bounded import InputRefused, Refusal
from ishoj_mus.text import Words
from ishoj_mus.ui.outputs import pdf_actions
from ishoj_mus.ui.outputs.pdf_actions import PdfRunner
from ishoj_mus.ui.widgets import i18n, messages
from tests.helpers import DANISH

MORE_DANISH = re.compile(r"\b(og|af|ikke|gemt|mappen|samtalen|fil|PDF'en|Intet)\b")


def _errors() -> list[BaseException]:
    refused = InputRefused(Refusal.NOT_FOUND, Path("/tmp/leder.p12"))
    why = {PdfProblem.ORGANISATION_CERTIFICATE_FILE, PdfProblem.PASSPHRASE_FILE}  # %1: why a file is not read
    errors: list[BaseException] = [
        PdfError(problem, refused.words if problem in why else "ed448") for problem in PdfProblem
    ]
    errors.append(PdfLayoutError())
    errors.append(save_error(Path("/tmp/Samtaler/referat.pdf"), OSError(errno.ENOSPC, "full")))
    errors.append(SaveError(Path("/tmp/Samtaler/referat.pdf"), SaveKind.OTHER))
    return errors


def _english(words: list[Words]) -> list[str]:
    i18n.install(QCoreApplication.instance(), "en")
    try:
        return [w.text(i18n.tr) for w in words]
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def _no_danish(text: str) -> bool:
    rest = re.sub(r"“[^”]*”", "", text)  # a file's name
    return not DANISH.search(rest) and not MORE_DANISH.search(rest)


def test_every_pdf_problem_is_worded_in_english_and_in_danish_as_its_message(qapp):
    errors = _errors()
    words = [known_error_words(e) for e in errors]
    assert all(w is not None for w in words)
    for exc, w, text in zip(errors, words, _english(words), strict=True):  # type: ignore[arg-type]
        assert _no_danish(text), text
        assert "%" not in text and "%" not in str(exc), text
        assert w.text() == known_error_message(exc) == str(exc)  # the command line: Danish, as before
    assert known_error_words(ValueError("x")) is None and known_error_message(ValueError("x")) is None


def test_the_danish_words_are_the_sentences_the_command_line_printed():
    assert str(SigningError(PdfProblem.KEY_TYPE, "ed448")) == (
        "Certifikatets nøgletype (ed448) kan ikke bruges i et PDF/A-3-referat. "
        "Brug et certifikat med en RSA- eller EC-nøgle."
    )
    refused = InputRefused(Refusal.NOT_FOUND, Path("/tmp/kode.txt"))
    assert str(SigningError(PdfProblem.PASSPHRASE_FILE, refused.words)) == (
        "Filen med adgangskoden kan ikke bruges: " + refused.message
    )
    assert str(PdfLayoutError()).startswith("PDF'en kunne ikke sættes op, fordi noget i samtalen")


@pytest.fixture
def runner(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    return PdfRunner(parent)


def _shown(qtbot, runner, job, monkeypatch) -> str:
    seen: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: seen.append(text))
    runner.run("Gem PDF", job, lambda data: seen.append("done"))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    return seen[0]


def _disk_full(progress):
    raise save_error(Path("/tmp/Samtaler/referat.pdf"), OSError(errno.ENOSPC, "full"))


def _not_signed(progress):
    raise SigningError(PdfProblem.CERTIFICATE_NOT_OPENED)


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_failed_pdf_in_a_thread_is_said_in_the_window_s_language(qtbot, runner, monkeypatch, lang):
    i18n.install(QCoreApplication.instance(), lang)
    try:
        full = _shown(qtbot, runner, _disk_full, monkeypatch)
        wrong = _shown(qtbot, runner, _not_signed, monkeypatch)
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    if lang == "en":
        assert full.startswith("There is no room on the disk to save “referat.pdf”."), full
        assert wrong == "The certificate file could not be opened: wrong passphrase or a damaged file."
        assert _no_danish(full) and _no_danish(wrong)
    else:
        assert full.startswith("Der er ikke plads på disken til at gemme »referat.pdf«."), full
        assert wrong == "Certifikatfilen kunne ikke åbnes: forkert adgangskode eller beskadiget fil."


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_failure_from_the_worker_is_said_in_the_window_s_language(qtbot, runner, monkeypatch, lang):
    """What the worker sends (``Failed`` with the words) is worded by the window."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: seen.append(text))
    exc = SigningError(PdfProblem.NOT_SIGNED, "bad xref")
    i18n.install(QCoreApplication.instance(), lang)
    try:
        runner._failed(pdf_actions._known(Failed(1, str(exc), known=True, words=exc.words)))
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    english = (
        "The PDF could not be signed. Nothing has been lost. Try again; if it happens again, contact "
        "the IT department and give them this explanation: bad xref"
    )
    assert seen == [english if lang == "en" else str(exc)]
    assert str(exc).startswith("PDF'en kunne ikke signeres. Intet er gået tabt. Prøv igen")
