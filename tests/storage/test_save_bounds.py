"""Saving checks the declared bounds as a last guard: what the loader would refuse is never
written, and the file and its .bak on disk stay the ones that open (issue #24: a long paste or
a long name was saved without a word, and then neither the file nor its .bak opened again)."""

from __future__ import annotations

import dataclasses

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile
from ishoj_mus.storage.atomic import SaveError, SaveKind


def _text_field(conv):
    return next(
        f.id for _, f in conv.form.fields() if f.kind.value == "long_text" and Voice.MEDARBEJDER in f.voices
    )


def _save_twice(conv, path):
    musfile.save(conv, path)
    musfile.save(conv, path)  # now there is a .bak as well
    assert path.with_name(path.name + ".bak").exists()


def test_a_paste_beyond_200000_characters_is_not_saved_and_the_files_still_open(demo, tmp_path):
    path = tmp_path / "mette.mus"
    _save_twice(demo, path)
    field_id = _text_field(demo)
    demo.set_answer(field_id, Voice.MEDARBEJDER, "ord " * 50_001)  # 200.004 characters
    with pytest.raises(SaveError) as err:
        musfile.save(demo, path)
    assert err.value.kind == SaveKind.BEYOND_BOUNDS
    assert "200.004 tegn; der må højst være 200.000" in err.value.message
    assert "Intet er gået tabt" in err.value.message
    for copy in (path, path.with_name(path.name + ".bak")):
        reopened = musfile.load(copy)  # refused ("længere end 200.000 tegn") on the old code
        assert len(reopened.answer(field_id, Voice.MEDARBEJDER)) < 200_000


def test_a_name_beyond_2000_characters_is_not_saved(demo, tmp_path):
    path = tmp_path / "mette.mus"
    _save_twice(demo, path)
    demo.set_employee(dataclasses.replace(demo.employee, name="Mette " * 400))
    with pytest.raises(SaveError) as err:
        musfile.save(demo, path)
    assert "medarbejderens navn har 2.400 tegn; der må højst være 2.000" in err.value.message
    assert musfile.load(path).employee.name == "Mette Hansen"


def test_what_the_bounds_allow_is_saved_and_opens_again(demo, tmp_path):
    path = tmp_path / "mette.mus"
    field_id = _text_field(demo)
    demo.set_answer(field_id, Voice.MEDARBEJDER, "x" * 200_000)
    demo.set_employee(dataclasses.replace(demo.employee, name="M" * 2_000))
    musfile.save(demo, path)
    assert musfile.load(path) == demo


def test_time_on_a_step_stops_at_its_bound(demo):
    step = demo.form.steps[0].id
    for _ in range(3):
        demo.add_time(step, 5_000_000)
    assert demo.used_seconds(step) == 10**7
