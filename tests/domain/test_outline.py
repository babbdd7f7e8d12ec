"""The summary outline: built once from conversation + form, read by text, window and PDF."""

from __future__ import annotations

from datetime import datetime

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, Voice
from ishoj_mus.domain.edition import Edition, edition_of
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import FieldKind, StepKind
from ishoj_mus.domain.outline import (
    Agreements,
    Answers,
    FollowUps,
    MarkedBehaviours,
    NotRelevant,
    PrivateNotes,
    Scale,
    Section,
    Topic,
    build_outline,
)
from ishoj_mus.domain.records import OwnTopic, PreparationInfo
from ishoj_mus.storage.form_files import default_form, shipped_framework

M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES


def _sections(outline) -> list[Section]:
    return [part for part in outline.body if isinstance(part, Section)]


def test_the_sections_follow_the_form_and_leave_out_the_steps_that_are_not_content():
    conv = demo_conversation()
    titles = [s.title for s in _sections(build_outline(conv))]
    kinds = {s.title: s.kind for s in conv.form.steps}
    assert titles == [s.title for s in conv.form.steps if s.title in titles]  # the form's order
    assert {kinds[t] for t in titles} == {StepKind.FIELDS}
    left_out = {s.kind for s in conv.form.steps if s.title not in titles}
    assert left_out == {StepKind.PARTICIPANTS, StepKind.SUMMARY, StepKind.SIGNATURES}


def test_an_own_topic_of_its_own_stands_before_the_development_plan():
    conv = demo_conversation()
    conv.insert_topic(0, OwnTopic("Arbejdstid om sommeren", (M, L), None, ((M, "Ferie"),)))
    body = build_outline(conv).body
    topic_at = next(i for i, part in enumerate(body) if isinstance(part, Topic))
    plan_at = next(
        i
        for i, part in enumerate(body)
        if isinstance(part, Section) and any(isinstance(it, Agreements) for it in part.items)
    )
    assert topic_at == plan_at - 1
    topic = body[topic_at]
    assert isinstance(topic, Topic) and topic.title == "Arbejdstid om sommeren"
    assert [(v.voice, v.text) for v in topic.voices] == [(M, "Ferie"), (L, "")]


def test_a_scale_is_about_the_perspective_the_form_names_and_the_radar_follows_the_last():
    conv = demo_conversation()
    scales = [(s, it) for s in _sections(build_outline(conv)) for it in s.items if isinstance(it, Scale)]
    assert [it.perspective for _, it in scales] == [
        "Mere og bedre for mindre",
        "Styr på tingene",
        "Innovation af velfærd sammen med andre",
        "Modstandskraft og robusthed",
    ]
    assert [s.radar for s, _ in scales] == [False, False, False, True]
    assert scales[0][1].ratings[0].voice == M and scales[0][1].ratings[0].today == 2

    # Another form may tie the first scale to another perspective: the outline follows the data.
    data = default_form().to_dict()
    first = next(f for step in data["steps"] for f in step.get("fields", []) if f["kind"] == "scale")
    first["perspective"] = "styr-paa-tingene"
    other = demo_conversation(Form.from_dict(data, "anden.toml", shipped_framework()))
    scale = next(it for s in _sections(build_outline(other)) for it in s.items if isinstance(it, Scale))
    assert scale.perspective == "Styr på tingene"


def test_the_cover_holds_the_answers_the_form_marks_for_the_front_page():
    cover = build_outline(demo_conversation()).cover
    assert [(a.heading, a.voice) for a in cover.answers] == [("Kerneopgave", F)]
    data = default_form().to_dict()
    for step in data["steps"]:
        for f in step.get("fields", []):
            f.pop("cover", None)
    bare = demo_conversation(Form.from_dict(data, "uden.toml", shipped_framework()))
    assert build_outline(bare).cover.answers == ()


def test_not_relevant_private_notes_and_behaviours_are_items_of_their_step():
    conv = demo_conversation()
    text_field = next(f for _, f in conv.form.fields() if f.kind == FieldKind.LONG_TEXT)
    conv.set_not_relevant(text_field.id, True)
    conv.set_behaviour_mark("lederskab:2", M, BehaviourMarking(BehaviourMark.STYRKE, "Mere af det"))
    outline = build_outline(conv)
    items = [it for s in _sections(outline) for it in s.items]
    assert NotRelevant(text_field.label) in items
    marked = next(it for it in items if isinstance(it, MarkedBehaviours))
    assert marked.behaviours[0].number == 2 and marked.behaviours[0].marks[0].mark == BehaviourMark.STYRKE
    assert any(isinstance(it, FollowUps) and len(it.rows) == 3 for it in items)
    # Private notes only when asked for: the window and the employee's copy, never HR.
    assert not any(isinstance(it, PrivateNotes) for it in items)
    with_notes = [it for s in _sections(build_outline(conv, private_notes=True)) for it in s.items]
    assert any(isinstance(it, PrivateNotes) for it in with_notes)
    hr = edition_of(conv, Edition.hr())
    assert not any(
        isinstance(it, PrivateNotes)
        for s in _sections(build_outline(hr, private_notes=True))
        for it in s.items
    )


def test_a_preparation_not_yet_shown_to_both_is_marked_held_back():
    conv = demo_conversation()
    conv.set_preparations({M: PreparationInfo(M, "forberedelse.mus", datetime(2026, 11, 18, 12, 0))})
    answers = [it for s in _sections(build_outline(conv)) for it in s.items if isinstance(it, Answers)]
    held = {(v.voice, v.held_back) for it in answers for v in it.voices}
    assert (M, True) in held and (L, False) in held and (M, False) not in held
