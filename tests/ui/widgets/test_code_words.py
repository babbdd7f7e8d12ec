"""Every code the domain hands out has its words: Danish in text.py (CLI, PDF) and, through
tr(), English in the window. A new code without words fails here, not in front of a user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ishoj_mus.domain.codes import (
    BehaviourMark,
    ConversationLocked,
    FollowUpStatus,
    MissingCode,
    RefusalCode,
    Responsible,
    RuleBroken,
    RuleCode,
    SigningRefused,
    Voice,
)
from ishoj_mus.domain.rules import Missing
from ishoj_mus.text import (
    MARK_TEXT,
    RESPONSIBLE_TEXT,
    STATUS_TEXT,
    VOICE_TEXT,
    missing_text,
    refusal_text,
)
from ishoj_mus.ui.widgets import i18n


def _refusals() -> list[SigningRefused | ConversationLocked | RuleBroken]:
    return (
        [SigningRefused(code, role=Voice.LEDER, name="Mette Hansen", count=3) for code in RefusalCode]
        + [ConversationLocked()]
        + [RuleBroken(code, low=0, high=10) for code in RuleCode]
    )


def _missing() -> list[Missing]:
    return [Missing("aftaler", "Aftaler", "aftaler", None, "Kursus", 1, code) for code in MissingCode]


def test_every_code_has_danish_words_for_the_cli_and_the_pdf():
    assert set(VOICE_TEXT) == set(Voice) and set(RESPONSIBLE_TEXT) == set(Responsible)
    assert set(STATUS_TEXT) == set(FollowUpStatus) and set(MARK_TEXT) == set(BehaviourMark)
    texts = [refusal_text(exc) for exc in _refusals()] + [missing_text(m) for m in _missing()]
    assert all(t.strip() and "{" not in t for t in texts), texts
    assert len(set(texts)) == len(texts)  # no two codes say the same
    assert "Aftaler: Aftale 2: Ansvarlig" in texts and "Leder har allerede underskrevet." in texts


@pytest.fixture
def english(qapp):
    i18n.install(QCoreApplication.instance(), "en")
    yield
    i18n.install(QCoreApplication.instance(), "da")


def test_every_code_has_english_words_in_the_window(english):
    for exc in _refusals():
        assert i18n.refusal_text(exc) != refusal_text(exc), exc
    for m in _missing():
        if m.code != MissingCode.ANSWER:  # the form's own wording stays as the form has it
            assert i18n.missing_what(m) not in missing_text(m), m.code
    assert i18n.refusal_text(SigningRefused(RefusalCode.ALREADY_SIGNED, role=Voice.LEDER)) == (
        "Leader has already signed."
    )


def test_a_refused_value_is_worded_in_the_window_language(english, demo):
    """Carrying last year's agreement forward twice: the domain refuses with a code, and an
    English window says why in English (it said a Danish sentence from the domain before)."""
    from ishoj_mus.domain.records import CARRY_FORWARD_STATUSES
    from ishoj_mus.ui.conversation.document import ConversationDocument
    from ishoj_mus.ui.conversation.prep_commands import CarryForward

    document = ConversationDocument(demo)
    index = next(i for i, f in enumerate(demo.followups) if f.status in CARRY_FORWARD_STATUSES)
    assert document.push(CarryForward(demo, index))
    agreements = list(demo.agreements)
    assert not document.push(CarryForward(demo, index), quiet=True)
    assert document.last_refusal == "The agreement has already been carried forward."
    assert demo.agreements == agreements and document.undo_stack.count() == 1
    document.close()
    assert refusal_text(RuleBroken(RuleCode.OUTSIDE_SCALE, low=1, high=5)) == "Vælg en værdi fra 1 til 5."
