"""The rules of a conversation: what is missing, locking on signing, reopening on record."""

from datetime import datetime

import pytest

from ishoj_mus.demo import signature_strokes
from ishoj_mus.domain.changes import PREVIOUS_SCALES, Change, Part
from ishoj_mus.domain.codes import ConversationLocked, ConversationState, MissingCode, SigningRefused, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Agreement, EventKind, Signature
from ishoj_mus.storage.form_files import default_form
from ishoj_mus.text import missing_text

NOW = datetime(2026, 11, 26, 10, 0).astimezone()


def _sig(role, name="A"):
    return Signature(role=role, signer=name, signed_at=NOW, strokes=signature_strokes(name))


def test_new_conversation_lists_what_is_missing_in_form_order():
    conv = Conversation(form=default_form())
    missing = conv.missing()
    assert missing[0].code == MissingCode.EMPLOYEE_NAME and missing_text(missing[0]).endswith(
        ": Medarbejderens navn"
    )
    steps = [m.step_id for m in missing]
    assert steps.index("kerneopgaven") < steps.index("aftaler")
    assert any(m.field_id == "kerneopgave" and m.voice == Voice.FAELLES for m in missing)
    assert any(m.field_id == "aftaler" for m in missing)


def test_demo_is_complete(demo):
    assert demo.missing() == []
    for _, f in demo.form.fields():
        if f.kind.value in ("long_text", "short_text", "choice"):
            for v in f.voices:
                assert demo.answer(f.id, v).strip(), (f.id, v)
    assert len(demo.followups) == 3 and len(demo.agreements) >= 4


def test_signing_refused_while_answers_missing():
    conv = Conversation(form=default_form())
    with pytest.raises(SigningRefused, match="answers_missing"):
        conv.sign(_sig(Voice.MEDARBEJDER))
    assert conv.signatures == {}


def test_signed_conversation_refuses_edits_and_reopening_voids_both(demo):
    demo.sign(_sig(Voice.MEDARBEJDER, "Mette Hansen"))
    demo.sign(_sig(Voice.LEDER, "Jonas Kristensen"))
    assert demo.is_fully_signed and demo.state == ConversationState.SIGNED
    before = demo.answer("trivsel", Voice.MEDARBEJDER)
    with pytest.raises(ConversationLocked):
        demo.set_answer("trivsel", Voice.MEDARBEJDER, "ændret")
    with pytest.raises(ConversationLocked):
        demo.insert_agreement(0, Agreement("ny"))
    assert demo.answer("trivsel", Voice.MEDARBEJDER) == before

    demo.reopen("Jonas Kristensen", Voice.LEDER, NOW)
    assert demo.signatures == {} and demo.state == ConversationState.DRAFT
    event = demo.history[-1]
    assert event.kind == EventKind.REOPENED and event.by == "Jonas Kristensen" and event.at == NOW
    assert "Mette Hansen" in event.note and "Jonas Kristensen" in event.note
    demo.set_answer("trivsel", Voice.MEDARBEJDER, "ændret")
    assert demo.answer("trivsel", Voice.MEDARBEJDER) == "ændret"


def test_an_empty_drawing_is_not_a_signature(demo):
    with pytest.raises(SigningRefused, match="nothing_drawn"):
        demo.sign(Signature(Voice.LEDER, "X", NOW, strokes=()))


def test_listeners_hear_which_part_changed(demo):
    heard: list[Change] = []
    demo.subscribe(heard.append)
    demo.set_answer("trivsel", Voice.LEDER, "x")
    demo.move_agreement(0, 2)
    demo.set_private_note("trivsel", Voice.MEDARBEJDER, "mellem os")
    demo.set_previous_scales({})
    assert heard == [
        Change(Part.ANSWER, "trivsel"),
        Change(Part.AGREEMENTS),
        Change(Part.PRIVATE_NOTE, "trivsel"),
        Change(Part.SCALE, PREVIOUS_SCALES),
    ]


def test_a_snapshot_is_equal_but_independent(demo):
    import copy

    demo.subscribe(lambda what: None)
    snap = copy.deepcopy(demo)
    assert snap == demo
    demo.set_answer("trivsel", Voice.LEDER, "ændret bagefter")
    assert snap != demo and snap.answer("trivsel", Voice.LEDER) != "ændret bagefter"
