"""Saving checks the declared bounds as a last guard: what the loader would refuse is never
written, and the file and its .bak on disk stay the ones that open (issue #24: a long paste or
a long name was saved without a word, and then neither the file nor its .bak opened again)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile
from ishoj_mus.storage.atomic import SaveError, SaveKind, save_error_text
from tests.helpers import DANISH, in_english


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


def test_a_value_beyond_its_bound_is_said_in_the_window_s_language(qapp, demo, tmp_path):
    """The value's place and its size were Danish in an English window too (issue 25): "“x.mus"
    was not saved: aftalerne (1): fristen ligger i år 3500; årene 1900–2999 kan gemmes (in Danish)"."""
    demo.agreements[0] = dataclasses.replace(demo.agreements[0], deadline=date(3500, 1, 1))
    demo.set_employee(dataclasses.replace(demo.employee, name="Mette " * 400))
    with pytest.raises(SaveError) as err:
        musfile.save(demo, tmp_path / "mette.mus")
    danish = "medarbejderen: medarbejderens navn har 2.400 tegn; der må højst være 2.000 (og 1 andet sted)"
    assert f"»mette.mus« er ikke gemt: {danish}. Gør det kortere" in err.value.message, err.value.message
    english = in_english(lambda tr: save_error_text(err.value, tr))
    assert english == (
        "“mette.mus” was not saved: the employee: the employee's name is 2,400 characters long; at most "
        "2,000 are allowed (and 1 other place). Shorten it and save again. Nothing is lost – the "
        "conversation is still open."
    ), english
    demo.set_employee(dataclasses.replace(demo.employee, name="Mette"))
    with pytest.raises(SaveError) as err:
        musfile.save(demo, tmp_path / "mette.mus")
    assert ": aftalerne (1): fristen ligger i år 3500; årene 1900–2999 kan gemmes. " in err.value.message
    english = in_english(lambda tr: save_error_text(err.value, tr))
    assert (
        ": the agreements (1): the deadline is in the year 3500; the years 1900–2999 can be saved. "
        in english
    )
    assert not DANISH.search(english.replace("mette.mus", "")), english


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
