"""The .mus format carries preparations, own topics, behaviour marks, agenda and carried agreements."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, FollowUpStatus, Voice
from ishoj_mus.domain.conversation import scales_by_perspective
from ishoj_mus.domain.preparation import bring_in, new_preparation
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import BadFile, MusFileError

M, L = Voice.MEDARBEJDER, Voice.LEDER
AT = datetime(2026, 11, 27, 9, 0).astimezone()


def _rich(demo):
    demo.insert_topic(
        0, OwnTopic("Arbejdstider", (M, Voice.FAELLES), "trivsel").with_answer(M, "Tidligere start")
    )
    demo.insert_topic(1, OwnTopic("Eget trin", (L,)))
    demo.set_behaviour_mark("lederskab:2", M, BehaviourMarking(BehaviourMark.STYRKE, "Mere retning"))
    demo.set_agenda({"trivsel": 12})
    demo.add_time("trivsel", 125)
    demo.set_previous_scales(scales_by_perspective(demo))
    prep = new_preparation(demo.form, L)
    prep.set_answer("trivsel", L, "Fra lederens forberedelse")
    bring_in(demo, prep, "leder.mus", at=AT)
    demo.replace_followup(0, replace(demo.followups[0], status=FollowUpStatus.DELVIST))
    demo.carry_forward(0)
    return demo


def test_round_trip_keeps_everything_new(tmp_path, demo):
    conv = _rich(demo)
    path = tmp_path / "a.mus"
    musfile.save(conv, path)
    back = musfile.load(path)
    assert back == conv
    assert back.topics[0].answer(M) == "Tidligere start" and back.topics[1].step_id is None
    assert back.behaviour_marking("lederskab:2", M).comment == "Mere retning"
    assert back.agenda == {"trivsel": 12} and back.used_seconds("trivsel") == 125
    assert back.preparations[L].source == "leder.mus" and back.hidden_voices() == (L,)
    assert back.agreements[-1].carried_from == conv.followups[0].agreement.id
    assert back.previous_scales == conv.previous_scales


def test_preparation_file_round_trip(tmp_path, demo):
    prep = new_preparation(demo.form, M)
    prep.set_answer("trivsel", M, "Godt")
    path = tmp_path / "p.mus"
    musfile.save(prep, path)
    back = musfile.load(path)
    assert back.preparation_of == M and back.answer("trivsel", M) == "Godt"


def test_version_2_files_still_open(tmp_path, demo):
    doc = json.loads(musfile.dumps(demo))
    doc["version"] = 2
    for key in (
        "topics",
        "behaviours",
        "agenda",
        "time_used",
        "previous_scales",
        "preparation_of",
        "preparations",
    ):
        del doc["conversation"][key]
    for a in doc["conversation"]["agreements"]:
        del a["carried_from"]
    path = tmp_path / "old.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    back = musfile.load(path)
    assert back == demo and back.topics == [] and back.preparation_of is None


@pytest.mark.parametrize(
    "key, value",
    [
        ("topics", [{"id": "x", "title": "t", "step": "findes-ikke", "voices": ["leder"], "answers": {}}]),
        ("topics", [{"id": "x", "title": "t", "step": None, "voices": [], "answers": {}}]),
        (
            "topics",
            [{"id": "x", "title": "t", "step": None, "voices": ["leder"], "answers": {"medarbejder": "x"}}],
        ),
        ("behaviours", {"lederskab:99": {"leder": {"mark": "lykkes", "comment": ""}}}),
        ("behaviours", {"lederskab:1": {"faelles": {"mark": "lykkes", "comment": ""}}}),
        ("behaviours", {"lederskab:1": {"leder": {"mark": "måske", "comment": ""}}}),
        ("agenda", {"trivsel": -5}),
        ("agenda", {"ukendt": 5}),
        ("time_used", {"trivsel": "lang"}),
        ("preparation_of", "faelles"),
        ("preparations", [{"voice": "leder", "source": "x", "brought_at": "igår", "revealed": False}]),
    ],
)
def test_hostile_new_parts_get_a_clear_message(tmp_path, demo, key, value):
    doc = json.loads(musfile.dumps(demo))
    doc["conversation"][key] = value
    path = tmp_path / "bad.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MusFileError) as info:
        musfile.load(path)
    assert info.value.kind == BadFile.WRONG_TYPES
    assert "bad.mus" in info.value.message
