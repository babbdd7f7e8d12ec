"""The conversation's shape is declared once (domain/shape.py): every part, with its bounds,
its writers and whether HR sees it. These tests hold the declaration to the code."""

from __future__ import annotations

import copy
import dataclasses

from ishoj_mus.domain import shape
from ishoj_mus.domain.bounds import bound_problems
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.edition import Edition, HrPolicy, edition_of
from ishoj_mus.domain.shape import Hr
from ishoj_mus.storage.musfile import beyond_words


def test_every_part_of_the_conversation_and_its_records_is_declared():
    assert shape.undeclared(Conversation) == set(), "declare the new part in domain/shape.py PARTS"
    for cls in shape.RECORDS:
        assert shape.undeclared(cls) == set(), f"declare the new field of {cls.__name__} in shape.RECORDS"
    assert {p.name for p in shape.PARTS} == {f.name for f in dataclasses.fields(Conversation)}


def test_equality_counts_every_part_time_used_included(demo):
    other = copy.deepcopy(demo)
    assert other == demo
    step = demo.form.steps[1].id
    other.add_time(step, 90)
    assert other != demo, "a conversation with 90 more seconds on a step is not the same conversation"


def test_the_hr_edition_holds_only_parts_declared_for_hr(demo):
    """The allow-list: every part not declared for HR is empty in the HR edition."""
    for policy in HrPolicy:
        hr = edition_of(demo, Edition.hr(policy))
        allowed = {p.name for p in shape.hr_parts(policy == HrPolicy.UDVIKLINGSPLAN)}
        empty = Conversation(form=hr.form)
        for part in shape.PARTS:
            if part.name not in allowed and part.name not in ("id", "created_at"):
                assert getattr(hr, part.name) == getattr(empty, part.name), (policy, part.name)
    never = {p.name for p in shape.PARTS if p.hr == Hr.NEVER}
    assert {"private_notes", "agenda", "time_used", "preparations"} <= never


def test_limits_name_the_loaders_bounds():
    assert shape.limit("answers") == 200_000
    assert shape.limit("employee.name") == 2_000
    assert shape.limit("agreements.what") == 200_000
    assert shape.limit("topics.title") == 2_000
    assert shape.count("agreements") == 1_000
    assert shape.clip("x" * 2_001, "leader.name") == ("x" * 2_000, True)
    assert shape.clip("Mette", "leader.name") == ("Mette", False)


def test_bound_problems_name_the_value_in_danish(demo):
    demo.employee = dataclasses.replace(demo.employee, name="M" * 2_500)
    demo.time_used[demo.form.steps[0].id] = 10**8
    messages = [beyond_words(p).text() for p in bound_problems(demo)]
    assert messages[0] == "medarbejderen: medarbejderens navn har 2.500 tegn; der må højst være 2.000"
    assert "tidsforbruget »Samtalen« er 100.000.000, men skal ligge mellem 0 og 10.000.000" in messages


def _marked(value, part_shape, path, marks):
    """``value`` with every text a party writes replaced by a marker naming its place."""
    from ishoj_mus.domain.shape import Kind, Leaf, Map, Pairs, Rec, Seq

    if value is None:
        return None
    if isinstance(part_shape, Leaf):
        if part_shape.kind in (Kind.LINE, Kind.TEXT) and marks is not None:
            marker = f"«{path}»"
            marks.append(marker)
            return marker
        return value
    if isinstance(part_shape, Rec):
        changes = {}
        for f in shape.RECORDS[part_shape.cls]:
            writes = marks if f.writers != shape.Writers.PROGRAM else None
            changes[f.name] = _marked(getattr(value, f.name), f.shape, f"{path}.{f.name}", writes)
        return dataclasses.replace(value, **changes)
    if isinstance(part_shape, Seq):
        items = [_marked(v, part_shape.item, f"{path}[{i}]", marks) for i, v in enumerate(value)]
        return tuple(items) if part_shape.frozen else items
    if isinstance(part_shape, Map):
        return {k: _marked(v, part_shape.value, f"{path}[{k}]", marks) for k, v in value.items()}
    if isinstance(part_shape, Pairs):
        return tuple((k, _marked(v, part_shape.value, f"{path}[{k}]", marks)) for k, v in value)
    return value


def test_every_text_a_party_writes_is_among_the_written_texts(signed_demo):
    """written_texts (the PDF's glyph check, …) covers every declared text a party writes."""
    from ishoj_mus.domain.written import written_texts

    conv = copy.deepcopy(signed_demo)
    conv.remark = "bemærkning"
    marks: list[str] = []
    for part in shape.PARTS:
        writes = marks if part.writers != shape.Writers.PROGRAM else None
        setattr(conv, part.name, _marked(getattr(conv, part.name), part.shape, part.name, writes))
    written = {text for _, text in written_texts(conv)}
    assert len(marks) > 50
    assert [m for m in marks if m not in written] == []


def test_more_items_than_a_file_may_hold_are_refused_at_the_command(demo):
    """Importing last year's agreements twice over (600 + 600) made a file that did not open."""
    import pytest

    from ishoj_mus.domain.codes import RuleBroken, RuleCode
    from ishoj_mus.domain.records import Agreement, FollowUp, OwnTopic
    from ishoj_mus.text import refusal_text

    many = [FollowUp(Agreement(what=f"aftale {i}")) for i in range(1_200)]
    before = list(demo.followups)
    with pytest.raises(RuleBroken) as caught:
        demo.set_followups(many)
    assert caught.value.code == RuleCode.TOO_MANY
    assert refusal_text(caught.value) == "Der kan højst være 1000 her. Fjern nogle, før der kommer flere til."
    assert demo.followups == before
    demo.set_followups(many[:1_000])
    demo.topics = [OwnTopic(f"emne {i}") for i in range(1_000)]
    with pytest.raises(RuleBroken):
        demo.insert_topic(0, OwnTopic("et emne mere"))
    demo.agreements = [Agreement(what="a") for _ in range(1_000)]
    with pytest.raises(RuleBroken):
        demo.insert_agreement(0, Agreement(what="en aftale mere"))


def test_a_history_that_is_full_refuses_one_more_signing_or_reopening(signed_demo):
    import pytest

    from ishoj_mus.domain.codes import RuleBroken, Voice
    from ishoj_mus.domain.records import Event, EventKind

    at = signed_demo.history[-1].at
    signed_demo.history += [Event(EventKind.REOPENED, at, "Jonas", Voice.LEDER)] * (
        1_000 - len(signed_demo.history)
    )
    with pytest.raises(RuleBroken):
        signed_demo.reopen("Jonas Kristensen", Voice.LEDER, at)
    assert signed_demo.is_fully_signed and len(signed_demo.history) == 1_000
