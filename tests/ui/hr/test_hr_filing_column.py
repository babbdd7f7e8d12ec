"""The desk's »Journaliseres« column decides on the reason's code, never on its words (issue 25):
the filing plan carries the catalogue's ``Reason`` beside the sentence, so rewording a sentence in
``pdf/verify_words.py`` cannot send a row to the wrong column text."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from ishoj_mus.pdf import verify_words
from ishoj_mus.pdf.hr_filing import BatchRow, Decision, FilingPlan
from ishoj_mus.pdf.verify_result import Judgement, Paper
from ishoj_mus.pdf.verify_words import Reason, Said
from ishoj_mus.ui.hr.row_words import filing_text


def _plan(said: Said) -> FilingPlan:
    result = SimpleNamespace(edition=Paper.HR_REFERAT, verdict=Judgement.GYLDIG)
    row = BatchRow(SimpleNamespace(path=Path("a.pdf"), result=result))  # type: ignore[arg-type]  # only what the column reads
    return FilingPlan(row, Decision.REFUSED, said, "a.pdf")


@pytest.mark.parametrize("code", [Reason.FILE_NAME_TAKEN, Reason.FILE_NAME_TAKEN_COPY])
def test_a_name_taken_in_the_folder_is_said_so_whatever_the_sentence(qapp, monkeypatch, code):
    plan = _plan(Said(code, ("a.pdf",)))
    assert plan.code is code
    assert filing_text(plan) == "Nej: findes allerede i mappen"
    monkeypatch.setitem(verify_words.WORDS, code, "Navnet »%1« er optaget i mappen.")
    assert plan.reason == "Navnet »a.pdf« er optaget i mappen."
    assert filing_text(plan) == "Nej: findes allerede i mappen"


def test_a_sentence_that_mentions_a_file_is_not_taken_for_a_name_taken(qapp, monkeypatch):
    monkeypatch.setitem(verify_words.WORDS, Reason.FILE_NOT_WRITTEN, "Der er allerede en fil i vejen (%1).")
    plan = _plan(Said(Reason.FILE_NOT_WRITTEN, ("disken er fuld",)))
    assert filing_text(plan) != "Nej: findes allerede i mappen"


@pytest.mark.parametrize("code", [Reason.FILE_REREAD, Reason.FILE_CHANGED_SINCE, Reason.FILE_NOT_WRITTEN])
def test_a_valid_file_that_could_not_be_copied_is_not_called_unsigned(qapp, code):
    """It said »Nej: ikke et underskrevet referat« for a GYLDIG referat the copy failed for."""
    assert filing_text(_plan(Said(code, ("x",)))) == "Nej: ikke kopieret"
