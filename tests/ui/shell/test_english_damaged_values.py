"""A .mus file with a wrong value, opened in an English window (issue 25): the message said
"“x.mus” is damaged: der er svar til feltet »nope«, som formularen ikke har som tekstfelt. Try
another copy of the file." – an English sentence with storage's Danish detail inside. The
checks now give their detail as a worded template (``storage.checks.Bad``), and the window
says it in English; the Danish sentence stays as it was. So is where the value is: it said
"aftalerne (1): fristen is not a date" – the declared parts' Danish names; now they are worded
too (``label()`` in domain/shape.py, the group file's places)."""

from __future__ import annotations

import json
import re

import pytest

from ishoj_mus.demo import demo_conversation
from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage import grus_file, musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.forms import group_form
from tests.helpers import DANISH, english_window_refuses

# The Danish of the details themselves, beside the common words DANISH knows – also the places'.
DETAIL_DANISH = re.compile(
    r"\b(der|som|har|står|gange|nøglen|formularen|feltet|rammen|adfærd|svar|sat|skal|være|tekst|dato"
    r"|aftalerne|fristen|ansvaret|medarbejderen|deltager|stillingen|tegn|gruppens|aftale)\b"
)


def _broken(tmp_path, name: str, change) -> object:
    doc = json.loads(musfile.dumps(demo_conversation()))
    change(doc["conversation"])
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


CASES = {
    "svar.mus": (
        lambda c: c["answers"].update(nope={"medarbejder": "Et svar"}),
        "there are answers to the field “nope”, which the form does not have as a text field",
        "der er svar til feltet »nope«, som formularen ikke har som tekstfelt",
    ),
    "relevant.mus": (
        lambda c: c.update(not_relevant=["nope"]),
        "“not relevant” is set on a field the form does not have: “nope”",
        "»ikke relevant« er sat på et felt, formularen ikke har: »nope«",
    ),
    "adfaerd.mus": (
        lambda c: c["behaviours"].update(nope={}),
        "behaviour “nope” is not in the framework",
        "adfærd »nope« findes ikke i rammen",
    ),
    "frist.mus": (  # where the wrong value is: inside the first agreement
        lambda c: c["agreements"][0].update(deadline="nope"),
        "the agreements (1): the deadline is not a date",
        "aftalerne (1): fristen er ikke en dato",
    ),
    "ansvar.mus": (
        lambda c: c["agreements"][1].update(responsible="nope"),
        "the agreements (2): the responsibility has the unknown value “nope”",
        "aftalerne (2): ansvaret har den ukendte værdi »nope«",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_english_window_says_the_wrong_value_in_english(qtbot, tmp_path, name):
    change, english, danish = CASES[name]
    path = _broken(tmp_path, name, change)
    with pytest.raises(MusFileError) as info:  # what the Danish window, the CLI and the log say
        musfile.load(path)
    assert info.value.message == f"»{name}« er beskadiget: {danish}. Prøv en anden kopi af filen."
    [text] = english_window_refuses(qtbot, path)
    assert text == f"“{name}” is damaged: {english}. Try another copy of the file.", text
    rest = text.replace(name, "").replace("nope", "")
    assert not DANISH.search(rest) and not DETAIL_DANISH.search(rest), text


def test_a_wrong_value_in_a_group_file_is_said_in_english_with_its_place(qtbot, tmp_path):
    doc = json.loads(grus_file.dumps(demo_group_conversation(group_form())))
    doc["group"]["members"][1]["job_title"] = "x" * 301
    path = tmp_path / "gruppe.mus"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(MusFileError) as info:
        grus_file.load(path)
    danish = "deltager 2: stillingen er længere end 300 tegn"
    assert info.value.message == f"»gruppe.mus« er beskadiget: {danish}. Prøv en anden kopi af filen."
    [text] = english_window_refuses(qtbot, path)
    english = "participant 2: the job title is longer than 300 characters"
    assert text == f"“gruppe.mus” is damaged: {english}. Try another copy of the file.", text
    rest = text.replace("gruppe.mus", "")
    assert not DANISH.search(rest) and not DETAIL_DANISH.search(rest), text


def test_a_key_written_twice_is_said_in_english(qtbot, tmp_path):
    path = tmp_path / "to-gange.mus"
    path.write_bytes(b'{"format": "ishoj-mus", "version": 5, "format": 1}')
    assert english_window_refuses(qtbot, path) == [
        "“to-gange.mus” is damaged: the key “format” is there twice in the same object. "
        "Try another copy of the file."
    ]
