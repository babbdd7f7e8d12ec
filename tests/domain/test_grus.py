"""The group conversation (GRUS): its form is data, and its rules hold."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.codes import GroupRefused, GroupRule
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.grus import (
    GROUP,
    LEADER,
    Contribution,
    GroupLeader,
    GroupSignature,
    IndividualOffer,
    Member,
    Need,
    OfferAnswer,
    new_group_conversation,
)
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.domain.grus_parts import undeclared_parts
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage.form_files import load_form, shipped_framework
from ishoj_mus.storage.forms import available_forms, group_form


def test_the_grus_form_is_anchored_in_the_framework() -> None:
    form = group_form()
    assert (form.min_participants, form.max_participants) == (2, 8)
    refs = [ref for s in form.stations for ref in s.framework]
    for p in form.framework.perspectives:  # the four perspectives are the group's questions
        assert f"perspektiv:{p.id}" in refs
    behaviours = form.station("lederskab-og-foelgeskab")
    assert behaviours.framework == ("adfaerd:lederskab", "adfaerd:foelgeskab")
    around = form.station("hele-vejen-rundt")
    assert around.centre == "retning:til-siden" and around.framework[0] == "retning:til-siden"
    assert {f"retning:{d.id}" for d in form.framework.directions} == set(around.framework)
    assert all(q.endswith("?") for s in form.stations for q in s.questions)
    assert 90 <= form.minutes <= 120  # 1½–2 hours


def test_group_form_is_not_offered_as_a_form_for_two() -> None:
    assert all(path.name != "grus.toml" for path, _ in available_forms())
    with pytest.raises(FormError, match="GRUS"):
        load_form(forms_dir() / "grus.toml")


def test_check_form_accepts_the_group_form_and_names_a_bad_one(tmp_path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "ishoj_mus", "check-form", str(forms_dir() / "grus.toml")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert ok.returncode == 0 and "8 emnekort" in ok.stdout and "2–8 deltagere" in ok.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (forms_dir() / "grus.toml").read_text(encoding="utf-8").replace("max = 8", "max = 12"),
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "ishoj_mus", "check-form", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "participants" in out.stderr and "Traceback" not in out.stderr


def test_a_centre_outside_the_cards_framework_is_refused() -> None:
    data = group_form().to_dict()
    data["stations"][0]["centre"] = "retning:opad"
    with pytest.raises(FormError, match="centre"):
        GroupForm.from_dict(data, "x.toml", shipped_framework())


def test_every_part_of_the_model_is_declared() -> None:
    assert undeclared_parts() == set()


def _group(n: int = 4):
    members = [Member(f"Deltager {i}") for i in range(n)]
    return new_group_conversation(group_form(), GroupLeader("Hanne Lund"), members, date(2026, 11, 24))


def test_one_leader_and_at_most_eight_participants_with_names_told_apart() -> None:
    g = _group(8)
    with pytest.raises(GroupRefused) as exc:
        g.add_member(Member("Ni"))
    assert exc.value.code == GroupRule.TOO_MANY
    g = _group(2)
    with pytest.raises(GroupRefused) as exc:
        g.add_member(Member(" deltager  1 "))
    assert exc.value.code == GroupRule.NAME_TAKEN


def test_contributions_say_who_said_it() -> None:
    g = _group()
    a = g.members[0]
    g.add_contribution(Contribution("kerneopgaven", a.id, "Ro om morgenen"))
    g.add_contribution(Contribution("kerneopgaven", GROUP, "Tryghed"))
    g.add_contribution(Contribution("kerneopgaven", LEADER, "Sprog"))
    assert [g.author_name(c.author) for c in g.contributions] == ["Deltager 0", "Gruppen", "Hanne Lund"]
    with pytest.raises(GroupRefused):
        g.add_contribution(Contribution("kerneopgaven", "nobody", "x"))
    with pytest.raises(GroupRefused):
        g.add_contribution(Contribution("no-such-card", a.id, "x"))


def test_needs_are_prioritised_into_agreements() -> None:
    g = _group()
    first = g.add_need(Need("trivsel", "Pauseplan"))
    second = g.add_need(Need("kerneopgaven", "Sprog"))
    g.prioritise([second.id, first.id])
    assert [n.text for n in g.prioritised_needs()] == ["Sprog", "Pauseplan"]
    agreement = g.agree_on(second.id, "Hele gruppen")
    assert agreement.what == "Sprog" and agreement.need == second.id and "deadline" in agreement.lacks()


def test_signing_locks_and_reopening_voids_every_signature() -> None:
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    assert g.is_fully_signed and all(g.is_signed_for(m.id) for m in g.members)
    with pytest.raises(GroupRefused) as exc:
        g.add_contribution(Contribution("kerneopgaven", GROUP, "x"))
    assert exc.value.code == GroupRule.LOCKED
    g.reopen("Hanne Lund", "En aftale var forkert")
    assert not g.signatures and g.history[-1].note == "En aftale var forkert"


def test_signing_needs_the_right_name_and_a_ready_conversation() -> None:
    g = _group(1)
    at = datetime(2026, 11, 24, 12, 0).astimezone()
    with pytest.raises(GroupRefused) as exc:
        g.sign(GroupSignature(LEADER, "Hanne Lund", at, typed_name="Hanne Lund"))
    assert exc.value.code == GroupRule.NOT_READY  # one participant and no agreements
    g = demo_group_conversation(group_form())
    with pytest.raises(GroupRefused) as exc:
        g.sign(GroupSignature(g.members[0].id, "Hanne Lund", at, typed_name="Hanne Lund"))
    assert exc.value.code == GroupRule.NAME_MISMATCH


def test_an_offer_is_recorded_with_its_dates() -> None:
    g = _group()
    m = g.members[0]
    with pytest.raises(GroupRefused):
        g.set_offer(m.id, IndividualOffer(None, OfferAnswer.ACCEPTED, date(2026, 11, 24)))
    g.set_offer(m.id, IndividualOffer(date(2026, 11, 24), OfferAnswer.DECLINED, date(2026, 11, 25)))
    assert g.offer(m.id).answer == OfferAnswer.DECLINED


def test_preparations_come_in_together_as_each_persons_words() -> None:
    g = _group(2)
    a, b = g.members
    at = datetime(2026, 11, 24, 9, 0).astimezone()
    added = g.bring_in(
        [
            (a.id, "a.mus", {"kerneopgaven": "Ro", "trivsel": ""}),
            (b.id, "b.mus", {"trivsel": "Pauser"}),
            (LEADER, "leder.mus", {"innovation": "Biblioteket"}),
        ],
        at,
    )
    assert added == 3
    assert {(c.author, c.text) for c in g.contributions} == {
        (a.id, "Ro"),
        (b.id, "Pauser"),
        (LEADER, "Biblioteket"),
    }
    assert all(c.from_preparation for c in g.contributions) and len(g.preparations) == 3
