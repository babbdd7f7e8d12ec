"""Bringing in a preparation is an input like any other: within the declared bounds (issue #24,
red team). Adding ("Tilføj") a preparation's answer to the one typed made an answer of up to
400,002 characters: saving refused it, and the recovery copy written meanwhile could not be
restored after a crash ("Den automatiske kopi kan ikke gendannes") – the work was lost."""

from __future__ import annotations

import pytest

from ishoj_mus.domain import shape
from ishoj_mus.domain.codes import RuleBroken, RuleCode, Voice
from ishoj_mus.domain.preparation import Resolution, bring_in, new_preparation, prepared_fields
from ishoj_mus.storage import musfile, recovery
from ishoj_mus.text import refusal_text


def _preparation(conv, text: str):
    prep = new_preparation(conv.form, Voice.MEDARBEJDER)
    prep.set_employee(conv.employee)
    _step, field = prepared_fields(conv.form, Voice.MEDARBEJDER)[0]
    prep.set_answer(field, Voice.MEDARBEJDER, text)
    return prep, field


def test_adding_a_preparation_s_answer_beyond_the_bound_is_refused_and_changes_nothing(demo, tmp_path):
    most = shape.limit("answers")
    prep, field = _preparation(demo, "p" * (most // 2 + 10))
    demo.set_answer(field, Voice.MEDARBEJDER, "t" * (most // 2 + 10))
    before = demo.voice_content(Voice.MEDARBEJDER)
    with pytest.raises(RuleBroken) as caught:
        bring_in(demo, prep, "forberedelse.mus", Resolution.APPEND)
    assert caught.value.code == RuleCode.TOO_LONG
    assert "200000 tegn" in refusal_text(caught.value)
    assert demo.voice_content(Voice.MEDARBEJDER) == before
    # What is open can be saved, and its recovery copy restored.
    musfile.save(demo, tmp_path / "samtale.mus")
    recovery.write(demo, tmp_path / "samtale.mus")
    [rec] = recovery.pending()
    assert rec.load() == demo


def test_keeping_or_replacing_still_brings_the_preparation_in(demo):
    most = shape.limit("answers")
    prep, field = _preparation(demo, "p" * (most // 2 + 10))
    demo.set_answer(field, Voice.MEDARBEJDER, "t" * (most // 2 + 10))
    bring_in(demo, prep, "forberedelse.mus", Resolution.REPLACE)
    assert demo.answer(field, Voice.MEDARBEJDER) == "p" * (most // 2 + 10)
    assert Voice.MEDARBEJDER in demo.preparations
