"""Forms are data: they load, they are checked, and a new step needs no code."""

import textwrap

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.form_steps import FieldKind, StepKind
from ishoj_mus.paths import default_form_path, forms_dir
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.storage.forms import available_forms


def test_shipped_forms_load():
    forms = {path.name: form for path, form in available_forms()}
    assert set(forms) >= {"mus.toml", "opfoelgning.toml"}
    assert not [f for f in forms.values() if isinstance(f, FormError)]


def test_default_form_follows_the_product_steps():
    form = load_form(default_form_path())
    titles = [s.title for s in form.steps]
    assert titles[0] == "Samtalen" and titles[1] == "Kerneopgaven" and titles[2] == "Siden sidst"
    assert titles[3:7] == [p.name for p in form.framework.perspectives]
    assert titles[7:] == [
        "Lederskab og følgeskab",
        "Ledelse hele vejen rundt",
        "Trivsel og arbejdsliv",
        "Udvikling og kompetencer",
        "Aftaler (udviklingsplan)",
        "Opsummering",
        "Underskrift",
    ]
    assert form.step("lederskab-og-foelgeskab").framework == ("adfaerd:lederskab", "adfaerd:foelgeskab")
    kinds = {f.kind for _, f in form.fields()}
    assert kinds >= {
        FieldKind.LONG_TEXT,
        FieldKind.CHOICE,
        FieldKind.SCALE,
        FieldKind.AGREEMENTS,
        FieldKind.FOLLOWUPS,
    }
    voices = {v for _, f in form.fields() for v in f.voices}
    assert voices == {Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES}
    assert len(form.scale_fields()) == 4


def _write(tmp_path, body: str):
    path = tmp_path / "form.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD = """
    id = "test"
    title = "Test"
    version = "1"

    [[steps]]
    id = "samtalen"
    title = "Samtalen"
    kind = "participants"

    [[steps]]
    id = "ekstra"
    title = "Et nyt trin"
    framework = ["retning:indad"]

    [[steps.fields]]
    id = "refleksion"
    kind = "long_text"
    label = "Et nyt spørgsmål"
    voices = ["medarbejder", "leder"]
    required = true
"""


def test_a_new_step_needs_no_code(tmp_path):
    form = load_form(_write(tmp_path, GOOD))
    conv = Conversation(form=form)
    missing = [(m.step_title, m.voice) for m in conv.missing() if m.field_id]
    assert missing == [("Et nyt trin", Voice.MEDARBEJDER), ("Et nyt trin", Voice.LEDER)]
    conv.set_answer("refleksion", Voice.LEDER, "Svar")
    assert conv.answer("refleksion", Voice.LEDER) == "Svar"
    assert form.framework.resolve(form.step("ekstra").framework[0])[0].name == "Ledelse indad"
    assert form.step("samtalen").kind == StepKind.PARTICIPANTS


@pytest.mark.parametrize(
    "change, step, field, words",
    [
        (('kind = "long_text"', 'kind = "langtekst"'), "ekstra", "refleksion", "felttype"),
        (('voices = ["medarbejder", "leder"]', 'voices = ["chef"]'), "ekstra", "refleksion", "voices"),
        (('framework = ["retning:indad"]', 'framework = ["retning:skraat"]'), "ekstra", None, "retning"),
        (('label = "Et nyt spørgsmål"', ""), "ekstra", "refleksion", "'label' mangler"),
        (("required = true", 'required = "ja"'), "ekstra", "refleksion", "'required'"),
        (('id = "ekstra"', 'id = "samtalen"'), "samtalen", None, "bruges allerede"),
    ],
)
def test_a_broken_form_names_file_step_and_field(tmp_path, change, step, field, words):
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(FormError) as err:
        load_form(path)
    message = str(err.value)
    assert str(path) in message
    assert f"trin '{step}'" in message
    if field:
        assert f"felt '{field}'" in message
    assert words in message


def test_not_toml_names_the_file(tmp_path):
    path = _write(tmp_path, "id = \n")
    with pytest.raises(FormError, match="ikke gyldig TOML") as err:
        load_form(path)
    assert str(path) in str(err.value)


def test_forms_dir_is_found():
    assert (forms_dir() / "mus.toml").is_file()


def test_a_field_without_a_kind_is_named_not_a_crash():
    """Found by the loader's fuzz test: a missing 'kind' raised KeyError inside the error path."""
    import copy

    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.form import Form, FormError

    data = copy.deepcopy(demo_conversation().form.to_dict())
    del data["steps"][2]["fields"][0]["kind"]
    with pytest.raises(FormError, match="kind"):
        Form.from_dict(data, "samtalens formular")
