"""The referat shows own topics, marked behaviours with their framework text and carried agreements,
each in the right voice."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, FollowUpStatus, Voice
from ishoj_mus.domain.records import OwnTopic, ScaleValue
from ishoj_mus.show import summary_text
from tests.helpers import pdf_text, voice_of_line

M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES


def layout_text(data: bytes, tmp_path) -> str:
    return pdf_text(data)


@pytest.fixture
def rich(demo):
    demo.set_behaviour_mark(
        "lederskab:6", M, BehaviourMarking(BehaviourMark.STYRKE, "Tydeligere prioriteter")
    )
    demo.set_behaviour_mark("foelgeskab:3", L, BehaviourMarking(BehaviourMark.LYKKES))
    topic = OwnTopic("Arbejdstider", (M, F), "trivsel").with_answer(M, "Tidligere start om mandagen")
    demo.insert_topic(0, topic.with_answer(F, "Vi prøver det i januar"))
    demo.insert_topic(1, OwnTopic("Legepladsen", (L,)).with_answer(L, "Ny legeplads til foråret"))
    demo.replace_followup(1, replace(demo.followups[1], status=FollowUpStatus.IKKE_OPFYLDT))
    demo.carry_forward(1)
    demo.set_previous_scales({"styr-paa-tingene": {M: ScaleValue(2, 4)}})
    return demo


def test_pdf_shows_topics_behaviours_and_carried_agreements_in_the_right_voices(rich, tmp_path):
    from ishoj_mus.pdf.summary import render_summary

    text = layout_text(render_summary(rich), tmp_path)
    assert "Eget emne: Arbejdstider" in text and "Eget emne: Legepladsen" in text
    assert voice_of_line(text, "Tidligere start om mandagen") == "MEDARBEJDER"
    assert voice_of_line(text, "Vi prøver det i januar") == "FÆLLES"
    assert voice_of_line(text, "Ny legeplads til foråret") == "LEDER"
    assert "Adfærd, I har peget på" in text
    assert "Lederskab 6: Jeg kommunikerer klart og tydeligt." in text
    assert voice_of_line(text, "Det vil vi styrke: Tydeligere prioriteter") == "MEDARBEJDER"
    assert "Følgeskab 3: Jeg er en konstruktiv sparringspartner" in text
    assert voice_of_line(text, "Det lykkes vi med") == "LEDER"
    assert "Videreført fra sidste år" in text
    assert "Medarbejder, sidste år" in text  # the faint comparison in the radar's legend


def test_text_summary_shows_the_same(rich):
    text = summary_text(rich)
    assert "## Eget emne: Legepladsen" in text and "Eget emne: Arbejdstider" in text
    assert "Lederskab 6: Jeg kommunikerer klart og tydeligt." in text
    assert "[Medarbejder] Det vil vi styrke: Tydeligere prioriteter" in text
    assert "(videreført fra sidste år)" in text
