"""Issue #24, deliver 6: another employee's preparation was brought in without a warning, and an
employee's preparation could carry words that ended up as the leader's."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.preparation import bring_in, new_preparation, plan_bring_in
from ishoj_mus.domain.records import Employee, OwnTopic
from ishoj_mus.paths import default_form_path, forms_dir
from ishoj_mus.storage.form_files import load_form

M, L = Voice.MEDARBEJDER, Voice.LEDER


@pytest.fixture(scope="module")
def form():
    return load_form(default_form_path())


def _conversation(form, name="Mette Hansen", number="", when=date(2026, 11, 19)):
    conv = Conversation(form=form)
    conv.set_employee(Employee(name=name, employee_number=number))
    conv.set_date(when)
    return conv


def _prep(form, name="Mette Hansen", number="", when=date(2026, 11, 19)):
    prep = new_preparation(form, M)
    prep.set_employee(Employee(name=name, employee_number=number))
    prep.set_date(when)
    prep.set_answer("trivsel", M, "Jeg trives")
    return prep


def test_an_employee_s_preparation_brings_in_only_the_employee_s_words(form):
    prep = _prep(form)
    # A file can hold more than the window lets the employee type: the leader's words in a topic.
    prep.topics.append(
        OwnTopic(
            "Arbejdstid", (M, L), None, ((M, "Jeg vil gerne tale om vagterne"), (L, "Jeg lover mere i løn"))
        )
    )
    conv = _conversation(form)
    bring_in(conv, prep, "forberedelse.mus")
    [topic] = conv.topics
    assert topic.answer(M) == "Jeg vil gerne tale om vagterne"
    assert topic.answer(L) == ""  # the leader's "words" stay behind
    assert "Jeg lover mere i løn" not in repr(conv)


def test_the_same_employee_and_conversation_bring_nothing_to_ask(form):
    plan = plan_bring_in(_conversation(form), _prep(form, name="  mette   hansen "), "f.mus")
    assert not plan.other_employee and not plan.other_conversation
    # a conversation not yet filled in (no name, no date) is not "another" either
    plan = plan_bring_in(Conversation(form=form), _prep(form), "f.mus")
    assert not plan.other_employee and not plan.other_conversation


def test_another_employee_or_another_conversation_is_told_naming_both(form):
    plan = plan_bring_in(_conversation(form), _prep(form, name="Peter Jensen"), "peter.mus")
    assert plan.other_employee
    assert plan.prepared_for.employee == "Peter Jensen" and plan.this_conversation.employee == "Mette Hansen"
    same_name = plan_bring_in(_conversation(form, number="1001"), _prep(form, number="2002"), "f.mus")
    assert same_name.other_employee  # two Mette Hansens: the employee numbers tell them apart
    other_day = plan_bring_in(_conversation(form), _prep(form, when=date(2025, 11, 20)), "f.mus")
    assert other_day.other_conversation and not other_day.other_employee
    followup = load_form(forms_dir() / "opfoelgning.toml")
    other_form = plan_bring_in(
        dataclasses.replace(_conversation(form), form=followup), _prep(form), "mus-forberedelse.mus"
    )
    assert other_form.other_conversation
    assert other_form.prepared_for.form_title != other_form.this_conversation.form_title
