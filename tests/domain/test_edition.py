"""What each edition holds: HR's referat, HR's development plan, and the employee's copy."""

import pytest

from ishoj_mus.domain.codes import ConversationLocked, Voice
from ishoj_mus.domain.edition import Edition, HrPolicy, edition_of
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.storage.form_files import load_form

M, L = Voice.MEDARBEJDER, Voice.LEDER


def test_demo_has_a_private_note_and_an_hr_false_wellbeing_detail(demo):
    assert demo.private_note("trivsel", M).startswith("Min mor er syg")
    assert demo.form.field("balance").hr is False
    assert demo.answer("balance", M)


def test_referat_edition_drops_private_notes_and_hr_false_fields(signed_demo):
    hr = edition_of(signed_demo, Edition.hr(HrPolicy.REFERAT))
    assert hr.private_notes == {} and not hr.has_private_notes()
    assert "balance" not in {f.id for _, f in hr.form.fields()}
    assert "balance" not in hr.answers
    assert hr.answer("trivsel", M) == signed_demo.answer("trivsel", M)
    assert hr.agreements == signed_demo.agreements and hr.followups == signed_demo.followups
    assert hr.signatures == signed_demo.signatures and hr.is_fully_signed
    # the original is untouched
    assert signed_demo.private_note("trivsel", M) and signed_demo.answer("balance", M)


def test_udviklingsplan_edition_keeps_agreements_remark_and_signatures_but_no_answers(signed_demo):
    plan = edition_of(signed_demo, Edition.hr(HrPolicy.UDVIKLINGSPLAN))
    assert plan.answers == {} and plan.scales == {} and plan.followups == []
    assert plan.private_notes == {}
    assert plan.agreements == signed_demo.agreements
    assert plan.signatures[M].remark == signed_demo.signatures[M].remark
    assert [f.kind for _, f in plan.form.fields()] == [FieldKind.AGREEMENTS]
    assert (plan.employee, plan.date, plan.place) == (
        signed_demo.employee,
        signed_demo.date,
        signed_demo.place,
    )
    assert plan.missing() == []


def test_employee_copy_is_everything(signed_demo):
    copy = edition_of(signed_demo, Edition.employee_copy())
    assert copy == signed_demo and copy is not signed_demo
    assert Edition.employee_copy().mark == "Medarbejderens eksemplar – journaliseres ikke"


def test_a_private_note_is_per_step_and_voice_and_locked_by_signing(demo, signed_demo):
    demo.set_private_note("udvikling", L, "Budgettet er stramt, men vi finder en vej.")
    assert demo.private_note("udvikling", L).startswith("Budgettet")
    assert demo.private_note("udvikling", M) == ""
    with pytest.raises(ValueError):
        demo.set_private_note("udvikling", Voice.FAELLES, "x")
    with pytest.raises(KeyError):
        demo.set_private_note("ingen-trin", M, "x")
    with pytest.raises(ConversationLocked):
        signed_demo.set_private_note("trivsel", M, "ændret")
    # A private note is not an answer: it is never missing and never counted.
    assert demo.missing() == [] and demo.step_progress("trivsel")[0] == demo.step_progress("trivsel")[1]


def test_the_agreements_always_go_to_hr(tmp_path):
    from ishoj_mus.paths import default_form_path

    text = default_form_path().read_text(encoding="utf-8")
    broken = text.replace('kind = "agreements"', 'kind = "agreements"\nhr = false', 1)
    assert broken != text
    path = tmp_path / "form.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FormError, match="går altid til HR"):
        load_form(path)


def test_hr_flags_and_the_hint_survive_the_form_snapshot(demo):
    from ishoj_mus.domain.form import Form

    again = Form.from_dict(demo.form.to_dict(), "snapshot")
    assert again == demo.form
    assert again.field("balance").hr is False
    assert "Kun mellem os" in again.step("trivsel").private_note_hint
