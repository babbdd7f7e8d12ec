"""Honest completeness: what counts as answered, what the form requires, "Ikke relevant"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ishoj_mus.domain.codes import Responsible, SigningRefused, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form, FormError
from ishoj_mus.domain.records import Agreement, Signature
from ishoj_mus.paths import default_form_path
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.text import missing_what

NOW = datetime(2026, 11, 27, 10, 0).astimezone()


def test_an_empty_agreement_is_missing_what_who_and_when(demo):
    demo.agreements.append(Agreement(what="", responsible=None))
    index = len(demo.agreements) - 1
    gaps = [m for m in demo.missing() if m.item == index]
    assert [missing_what(m) for m in gaps] == [
        f"Aftale {index + 1}: Hvad",
        f"Aftale {index + 1}: Ansvarlig",
        f"Aftale {index + 1}: Frist",
    ]
    answered, total = demo.step_progress("aftaler")
    assert answered == total - 1, "the empty agreement does not count as done"
    with pytest.raises(SigningRefused, match="answers_missing"):
        demo.sign(Signature(Voice.MEDARBEJDER, "Mette Hansen", NOW, typed_name="Mette Hansen", strokes=()))


def test_a_deadline_before_the_conversation_is_noticed_but_does_not_block(demo):
    assert demo.notices() == []
    demo.agreements.append(Agreement(what="Kursus", responsible=Responsible.LEDER, deadline=date(2020, 1, 1)))
    notices = demo.notices()
    assert [(n.code, n.item) for n in notices] == [("deadline_before_date", len(demo.agreements) - 1)]
    assert demo.missing() == []


def test_the_form_decides_which_voices_must_answer():
    form = load_form(default_form_path())
    conv = Conversation(form=form)
    required = {(m.field_id, m.voice) for m in conv.missing() if m.field_id}
    assert ("kerneopgave", Voice.FAELLES) in required
    assert ("aftaler", None) in required
    # each party's own reflections are welcome but do not block signing
    assert not any(v in (Voice.MEDARBEJDER, Voice.LEDER) for _, v in required)


def test_required_can_name_voices_and_is_checked():
    base = load_form(default_form_path()).to_dict()
    field = base["steps"][1]["fields"][1]  # bidrag_til_kerneopgaven: medarbejder + leder
    field["required"] = ["medarbejder"]
    form = Form.from_dict(base, "test")
    f = form.field(field["id"])
    assert f.voices_required == (Voice.MEDARBEJDER,)
    assert Form.from_dict(form.to_dict(), "igen").field(f.id).voices_required == (Voice.MEDARBEJDER,)
    conv = Conversation(form=form)
    assert {m.voice for m in conv.missing() if m.field_id == f.id} == {Voice.MEDARBEJDER}
    field["required"] = ["faelles"]
    with pytest.raises(FormError, match="egne stemmer"):
        Form.from_dict(base, "test")


def test_not_relevant_counts_as_answered_and_is_kept_in_the_file(tmp_path, demo):
    demo.set_answer("kerneopgave", Voice.FAELLES, "")
    assert any(m.field_id == "kerneopgave" for m in demo.missing())
    demo.set_not_relevant("kerneopgave", True)
    assert not any(m.field_id == "kerneopgave" for m in demo.missing())
    answered, total = demo.step_progress("kerneopgaven")
    assert demo.is_not_relevant("kerneopgave")
    path = tmp_path / "x.mus"
    musfile.save(demo, path)
    again = musfile.load(path)
    assert again.is_not_relevant("kerneopgave") and again == demo
    assert again.step_progress("kerneopgaven") == (answered, total)


def test_typed_signature_must_be_the_signers_name(demo):
    with pytest.raises(SigningRefused, match="name_mismatch.*Mette Hansen"):
        demo.sign(Signature(Voice.MEDARBEJDER, "Mette Hansen", NOW, strokes=(), typed_name="Mette"))
    demo.sign(Signature(Voice.MEDARBEJDER, "Mette Hansen", NOW, strokes=(), typed_name=" mette  hansen "))
    assert demo.signatures[Voice.MEDARBEJDER].is_typed


def test_reopening_keeps_the_employees_remark_and_the_reason(tmp_path, demo):
    from ishoj_mus.demo import signature_strokes

    demo.sign(
        Signature(
            Voice.MEDARBEJDER,
            "Mette Hansen",
            NOW,
            strokes=signature_strokes("M"),
            remark="Tak for en god snak",
        )
    )
    demo.reopen("Jonas Kristensen", Voice.LEDER, NOW, "Datoen for kurset var forkert")
    assert demo.remark == "Tak for en god snak"
    assert "Begrundelse: Datoen for kurset var forkert" in demo.history[-1].note
    path = tmp_path / "y.mus"
    musfile.save(demo, path)
    assert musfile.load(path).remark == "Tak for en god snak"


def test_old_files_without_the_new_keys_still_load(tmp_path, demo):
    import json

    doc = json.loads(musfile.dumps(demo))
    del doc["conversation"]["not_relevant"], doc["conversation"]["remark"]
    path = tmp_path / "old.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    old = musfile.load(path)
    assert old.not_relevant == set() and old.remark == "" and old.answers == demo.answers


def test_radar_leaves_missing_values_out():
    from ishoj_mus.domain.radar import runs

    assert runs((1, 2, 3, 4)) == (True, [[0, 1, 2, 3]])
    assert runs((1, None, 3, 4)) == (False, [[2, 3, 0]])
    assert runs((None, None, None, None)) == (False, [])
    assert runs((1, None, 3, None)) == (False, [[2], [0]])
