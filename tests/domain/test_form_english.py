"""The forms carry English (issue 25): every Danish text has its ``_en`` beside it, checked by
the form validation and ``check-form``; an old snapshot without English still reads, in Danish."""

import textwrap

import pytest

from ishoj_mus.domain.form import Form, FormError
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage.forms import load_any_form
from tests.conftest import run_cli

SHIPPED = sorted(forms_dir().glob("*.toml"))


def _strip_english(data: object) -> object:
    """A snapshot as a file written before the forms had English."""
    if isinstance(data, dict):
        return {k: _strip_english(v) for k, v in data.items() if not k.endswith("_en")}
    if isinstance(data, list):
        return [_strip_english(v) for v in data]
    return data


def test_three_forms_are_shipped():
    assert {p.name for p in SHIPPED} >= {"mus.toml", "opfoelgning.toml", "grus.toml"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_danish_text_of_a_shipped_form_has_its_english(path):
    form = load_any_form(path)
    assert form.english_gaps() == []
    result = run_cli("check-form", str(path))
    assert result.returncode == 0, result.stderr


def test_the_english_form_shows_english_and_keeps_ids_and_kinds():
    form = load_any_form(forms_dir() / "mus.toml")
    assert isinstance(form, Form)
    english = form.in_english()
    assert [s.id for s in english.steps] == [s.id for s in form.steps]
    assert [s.kind for s in english.steps] == [s.kind for s in form.steps]
    assert english.step("kerneopgaven").title == "The core task"
    assert english.field("arbejdsmaengde").option_label("for_stor") == "too heavy"
    assert english.field("mere_og_bedre_skala").low_label == "Little room"
    assert english.documents.carried_note == "carried forward from last year"
    assert english.documents.file_prefix == "MUS"  # a file name, not a text
    # the form itself (what the PDFs and the saved file use) stays Danish
    assert form.step("kerneopgaven").title == "Kerneopgaven"
    group = load_any_form(forms_dir() / "grus.toml")
    assert isinstance(group, GroupForm)
    card = group.in_english().station("trivsel")
    assert card.title == "Well-being and working together"
    assert card.questions[0] == "What gives us energy in the work, and what drains it?"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_snapshot_keeps_the_english_and_an_old_one_reads_in_danish(path):
    form = load_any_form(path)
    kind = GroupForm if isinstance(form, GroupForm) else Form
    again = kind.from_dict(form.to_dict(), "samtalefil")
    assert again == form and again.in_english() == form.in_english()
    old = kind.from_dict(_strip_english(form.to_dict()), "gammel samtalefil")
    assert old.english_gaps()  # nothing to show in English ...
    shown = old.in_english()  # ... so the English window shows the Danish, without a crash
    assert shown.title == form.title
    if isinstance(shown, Form):
        assert [s.title for s in shown.steps] == [s.title for s in form.steps]
    else:
        assert [s.questions for s in shown.stations] == [s.questions for s in form.stations]


FORM_WITHOUT_ENGLISH = """
    id = "x"
    title = "En lille formular"
    title_en = "A small form"
    version = "1"
    [[steps]]
    id = "a"
    title = "Første trin"
    title_en = "First step"
    [[steps.fields]]
    id = "f"
    kind = "long_text"
    label = "Hvordan går det?"
    help = "Skriv gerne et eksempel."
    help_en = "An example is welcome."
"""


def test_check_form_names_the_danish_text_without_english(tmp_path):
    path = tmp_path / "uden_engelsk.toml"
    path.write_text(textwrap.dedent(FORM_WITHOUT_ENGLISH), encoding="utf-8")
    result = run_cli("check-form", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "trin 'a', felt 'f': 'label_en' mangler" in result.stderr
    fixed = textwrap.dedent(FORM_WITHOUT_ENGLISH).replace(
        'label = "Hvordan går det?"', 'label = "Hvordan går det?"\nlabel_en = "How are things going?"'
    )
    path.write_text(fixed, encoding="utf-8")
    assert run_cli("check-form", str(path)).returncode == 0


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ('title_en = "  "', "'title_en' er tom"),
        ("title_en = 3", "'title_en' har forkert type"),
        ('titel_en = "Typo"', "ukendt nøgle: titel_en"),
    ],
)
def test_a_broken_english_is_refused_with_a_clear_danish_message(tmp_path, extra, problem):
    text = textwrap.dedent(FORM_WITHOUT_ENGLISH).replace('title_en = "First step"\n', "") + "\n"
    text = text.replace('title = "Første trin"\n', f'title = "Første trin"\n{extra}\n')
    path = tmp_path / "form.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormError, match=problem):
        load_any_form(path)


def test_a_cut_text_takes_its_english_with_it(signed_demo):
    """The HR edition drops the private-note hints; its snapshot (in the signed PDF) must read
    back, and the English window must not bring a cut hint back."""
    from dataclasses import replace

    form = signed_demo.form
    step = form.step("modstandskraft")
    assert step.private_note_hint and dict(step.en)["private_note_hint"]
    cut = replace(form, steps=tuple(replace(s, private_note_hint="") for s in form.steps))
    again = Form.from_dict(cut.to_dict(), "referat.pdf")
    assert again.in_english().step("modstandskraft").private_note_hint == ""
    assert cut.in_english().step("modstandskraft").private_note_hint == ""


def test_a_file_with_english_says_it_is_newer_to_the_previous_program(tmp_path, demo):
    """The form snapshot now may carry ``_en`` keys, which the previous program (format 4) refused
    as »beskadiget«; the format number went up, so it says »newer version« instead."""
    from ishoj_mus.storage import musfile

    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    import json

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 5 and "title_en" in doc["form"]["steps"][0]
    doc["version"] = 4  # as a version-4 file: still reads (the English is simply there)
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert musfile.load(path).form.step("samtalen").title == "Samtalen"
