"""Prepare apart, talk together: preparations, own topics, behaviour marks, agenda, carrying forward."""

from __future__ import annotations

from datetime import datetime

import pytest

from ishoj_mus.domain.behaviours import BehaviourMarking, behaviour, behaviours_of
from ishoj_mus.domain.codes import (
    BehaviourMark,
    ConversationLocked,
    FollowUpStatus,
    RuleBroken,
    RuleCode,
    Voice,
)
from ishoj_mus.domain.conversation import Conversation, scales_by_perspective
from ishoj_mus.domain.form import Form, FormError
from ishoj_mus.domain.preparation import (
    PreparationError,
    Resolution,
    bring_in,
    merged_content,
    new_preparation,
    plan_bring_in,
)
from ishoj_mus.domain.records import Agreement, FollowUp, OwnTopic, ScaleValue
from ishoj_mus.paths import default_form_path
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.text import preparation_error_text

M, L = Voice.MEDARBEJDER, Voice.LEDER
AT = datetime(2026, 11, 27, 9, 0).astimezone()


@pytest.fixture(scope="module")
def form():
    return load_form(default_form_path())


def _prep(form, voice, **answers):
    prep = new_preparation(form, voice)
    for fid, text in answers.items():
        prep.set_answer(fid, voice, text)
    return prep


def test_preparation_asks_only_for_its_own_voice(form):
    prep = new_preparation(form, M)
    voices = {m.voice for m in prep.missing()}
    assert voices == {M}
    assert any(m.field_id == "feedback_til_leder" for m in prep.missing())
    assert not any(m.field_id == "feedback_til_medarbejder" for m in prep.missing())
    answered, total = prep.step_progress("lederskab-og-foelgeskab")
    assert (answered, total) == (0, 3)  # lykkes_med, kan_blive_bedre, feedback_til_leder


def test_bringing_in_fills_the_voice_and_holds_it_back(form):
    conv = Conversation(form=form)
    prep = _prep(form, M, trivsel="Jeg trives godt.", lykkes_med="Vi taler godt sammen.")
    prep.set_scale("styr_skala", M, ScaleValue(3, 4))
    plan = bring_in(conv, prep, "mette.mus", at=AT)
    assert plan.conflicts == ()
    assert conv.answer("trivsel", M) == "Jeg trives godt."
    assert conv.answer("trivsel", L) == ""
    assert conv.scale("styr_skala", M) == ScaleValue(3, 4)
    assert conv.hidden_voices() == (M,)
    assert conv.preparations[M].source == "mette.mus"
    leader = _prep(form, L, trivsel="Mette virker glad.")
    bring_in(conv, leader, "jonas.mus", at=AT)
    assert conv.hidden_voices() == (M, L)
    conv.reveal_preparations()
    assert conv.hidden_voices() == ()
    assert conv.answer("trivsel", L) == "Mette virker glad."


def test_typed_text_is_never_overwritten_without_a_choice(form):
    conv = Conversation(form=form)
    conv.set_answer("trivsel", M, "Skrevet i samtalen.")
    conv.set_answer("balance", M, "Samme tekst")
    prep = _prep(form, M, trivsel="Fra forberedelsen.", balance="Samme tekst", indad="Ny tekst")
    plan = plan_bring_in(conv, prep, "p.mus")
    assert [c.field_id for c in plan.conflicts] == ["trivsel"]
    assert plan.conflicts[0].typed == "Skrevet i samtalen."
    keep = merged_content(conv, plan, Resolution.KEEP, AT)
    assert keep.answers["trivsel"] == "Skrevet i samtalen." and keep.answers["indad"] == "Ny tekst"
    replace = merged_content(conv, plan, Resolution.REPLACE, AT)
    assert replace.answers["trivsel"] == "Fra forberedelsen."
    both = merged_content(conv, plan, Resolution.APPEND, AT)
    assert both.answers["trivsel"] == "Skrevet i samtalen.\n\nFra forberedelsen."
    # planning changed nothing
    assert conv.answer("indad", M) == "" and conv.preparations == {}


def test_bringing_in_can_be_undone_by_restoring_the_voice(form):
    conv = Conversation(form=form)
    conv.set_answer("trivsel", M, "før")
    before = conv.voice_content(M)
    bring_in(conv, _prep(form, M, trivsel="efter", indad="x"), "p.mus", Resolution.REPLACE, AT)
    assert conv.answer("trivsel", M) == "efter"
    conv.set_voice_content(M, before)
    assert conv.answer("trivsel", M) == "før" and conv.answer("indad", M) == ""
    assert conv.preparations == {}


def test_a_conversation_is_not_a_preparation(form, demo):
    conv = Conversation(form=form)
    with pytest.raises(PreparationError) as caught:
        plan_bring_in(conv, demo, "demo.mus")
    assert preparation_error_text(caught.value) == (
        "»demo.mus« er en samtale, ikke en forberedelse. Vælg den fil, der blev gemt med »Forbered dig«."
    )


def test_participant_details_fill_only_what_is_empty(form):
    from ishoj_mus.domain.records import Employee

    conv = Conversation(form=form)
    conv.set_employee(Employee(name="Mette Hansen"))
    prep = new_preparation(form, M)
    prep.set_employee(Employee(name="Mette H.", job_title="Pædagog"))
    bring_in(conv, prep, "p.mus", at=AT)
    assert conv.employee.name == "Mette Hansen" and conv.employee.job_title == "Pædagog"


def test_preparation_from_another_form_skips_what_has_no_place(form):
    other = load_form(default_form_path().parent / "opfoelgning.toml")
    prep = new_preparation(other, M)
    fid = next(
        f.id for _, f in other.fields() if M in f.voices and f.id not in {x.id for _, x in form.fields()}
    )
    prep.set_answer(fid, M, "tekst")
    plan = plan_bring_in(Conversation(form=form), prep, "p.mus")
    assert plan.answers == {} and plan.skipped


def test_preparations_cannot_be_signed_and_hidden_ones_block_signing(form, demo):
    from ishoj_mus.demo import signature_strokes
    from ishoj_mus.domain.codes import SigningRefused
    from ishoj_mus.domain.records import Signature

    sig = Signature(role=M, signer="A", signed_at=AT, strokes=signature_strokes("A"))
    bring_in(demo, _prep(form, M, trivsel="x"), "p.mus", at=AT)
    with pytest.raises(SigningRefused, match="^preparation"):
        demo.sign(sig)
    demo.reveal_preparations()
    demo.sign(sig)
    with pytest.raises(SigningRefused):
        new_preparation(form, M).sign(sig)


def test_own_topics_in_chosen_voices(form):
    conv = Conversation(form=form)
    topic = OwnTopic("Arbejdstider", voices=(M, Voice.FAELLES), step_id="trivsel")
    conv.insert_topic(0, topic)
    conv.replace_topic(0, conv.topics[0].with_answer(M, "Jeg vil gerne starte tidligere."))
    assert conv.topics_of("trivsel")[0].answer(M) == "Jeg vil gerne starte tidligere."
    assert conv.topics_of(None) == []
    with pytest.raises(ValueError):
        conv.topics[0].with_answer(L, "nej")
    with pytest.raises(KeyError):
        conv.insert_topic(0, OwnTopic("x", step_id="findes-ikke"))
    own = OwnTopic("Efteruddannelse", voices=(L,))
    conv.insert_topic(1, own)
    assert conv.topics_of(None) == [own]
    assert conv.remove_topic(0).title == "Arbejdstider"


def test_behaviour_marks_quote_the_framework(form):
    conv = Conversation(form=form)
    all_ = behaviours_of(form.framework)
    assert len(all_) == 12
    b = behaviour(form.framework, "foelgeskab:1")
    assert b.text == "Jeg spørger, når jeg er i tvivl."
    conv.set_behaviour_mark("lederskab:6", M, BehaviourMarking(BehaviourMark.LYKKES, "Klar besked"))
    conv.set_behaviour_mark("foelgeskab:1", L, BehaviourMarking(BehaviourMark.STYRKE))
    assert conv.behaviour_marking("lederskab:6", M).comment == "Klar besked"
    assert conv.behaviour_marking("lederskab:6", L) is None
    conv.set_behaviour_mark("lederskab:6", M, None)
    assert "lederskab:6" not in conv.behaviour_marks
    for bad in ("lederskab:7", "lederskab:0", "ukendt:1", "lederskab"):
        with pytest.raises(KeyError):
            conv.set_behaviour_mark(bad, M, BehaviourMarking(BehaviourMark.LYKKES))
    with pytest.raises(ValueError):
        conv.set_behaviour_mark("lederskab:1", Voice.FAELLES, BehaviourMarking(BehaviourMark.LYKKES))


def test_agenda_from_the_form_and_changed_for_one_conversation(form):
    conv = Conversation(form=form)
    assert 55 <= conv.planned_total() <= 65
    assert conv.planned_minutes("lederskab-og-foelgeskab") == form.step("lederskab-og-foelgeskab").minutes
    conv.set_agenda({"trivsel": 15})
    assert conv.planned_minutes("trivsel") == 15
    assert Conversation(form=form).planned_minutes("trivsel") == form.step("trivsel").minutes
    with pytest.raises(ValueError):
        conv.set_agenda({"trivsel": -1})
    conv.add_time("trivsel", 90)
    conv.add_time("trivsel", 30)
    assert conv.used_seconds("trivsel") == 120 and conv.used_seconds() == 120


def test_form_minutes_are_checked(form):
    data = form.to_dict()
    data["steps"][1]["minutes"] = "ti"
    with pytest.raises(FormError, match="minutes"):
        Form.from_dict(data, "test")
    data["steps"][1]["minutes"] = 5
    assert Form.from_dict(data, "test").steps[1].minutes == 5


def test_carrying_an_unfinished_agreement_forward(form):
    conv = Conversation(form=form)
    old = Agreement("Kursus i sprogvurdering", why="Styrke sprogarbejdet")
    conv.set_followups(
        [FollowUp(old, FollowUpStatus.DELVIST), FollowUp(Agreement("x"), FollowUpStatus.OPFYLDT)]
    )
    assert conv.may_carry_forward(conv.followups[0]) and not conv.may_carry_forward(conv.followups[1])
    new = conv.carry_forward(0)
    assert new.carried_from == old.id and new.what == old.what and new.id != old.id
    assert conv.agreements == [new]
    assert conv.carried_forward(conv.followups[0]) == new
    with pytest.raises(RuleBroken) as twice:
        conv.carry_forward(0)
    assert twice.value.code == RuleCode.ALREADY_CARRIED
    with pytest.raises(RuleBroken) as achieved:
        conv.carry_forward(1)
    assert achieved.value.code == RuleCode.NOT_CARRIABLE


def test_last_years_scales_by_perspective(demo, form):
    scales = scales_by_perspective(demo)
    assert set(scales) == {p.id for p in form.framework.perspectives}
    conv = Conversation(form=form)
    conv.set_previous_scales(scales)
    assert conv.previous_scales["styr-paa-tingene"][M] == demo.scale("styr_skala", M)


def test_locked_conversation_refuses_the_new_edits(signed_demo):
    for edit in (
        lambda: signed_demo.insert_topic(0, OwnTopic("x")),
        lambda: signed_demo.set_behaviour_mark("lederskab:1", M, BehaviourMarking(BehaviourMark.LYKKES)),
        lambda: signed_demo.set_agenda({}),
        lambda: signed_demo.reveal_preparations(),
    ):
        with pytest.raises(ConversationLocked):
            edit()
    signed_demo.add_time("trivsel", 60)  # a record, not an edit: ignored once signed
    assert signed_demo.used_seconds() == 0
