"""A .mus file with a wrong value, opened in an English window (issue 25): the message said
"“x.mus” is damaged: der er svar til feltet »nope«, som formularen ikke har som tekstfelt. Try
another copy of the file." – an English sentence with storage's Danish detail inside. The
checks now give their detail as a worded template (``storage.checks.Bad``), and the window
says it in English; the Danish sentence stays as it was."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QCoreApplication

from ishoj_mus.demo import demo_conversation
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.ui.widgets import i18n
from tests.helpers import DANISH, answer_box, open_window

# The Danish of the details themselves, beside the common words DANISH knows.
DETAIL_DANISH = re.compile(r"\b(der|som|har|står|gange|nøglen|formularen|feltet|rammen|adfærd|svar|sat)\b")


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
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_english_window_says_the_wrong_value_in_english(qtbot, tmp_path, name):
    change, english, danish = CASES[name]
    path = _broken(tmp_path, name, change)
    with pytest.raises(MusFileError) as info:  # what the Danish window, the CLI and the log say
        musfile.load(path)
    assert info.value.message == f"»{name}« er beskadiget: {danish}. Prøv en anden kopi af filen."
    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        answer_box(seen)
        assert window.open_path(path, ask=False) is False
        [text] = seen
        assert text == f"“{name}” is damaged: {english}. Try another copy of the file.", text
        rest = text.replace(name, "").replace("nope", "")
        assert not DANISH.search(rest) and not DETAIL_DANISH.search(rest), text
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_a_key_written_twice_is_said_in_english(qtbot, tmp_path):
    path = tmp_path / "to-gange.mus"
    path.write_bytes(b'{"format": "ishoj-mus", "version": 5, "format": 1}')
    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        answer_box(seen)
        assert window.open_path(path, ask=False) is False
        assert seen == [
            "“to-gange.mus” is damaged: the key “format” is there twice in the same object. "
            "Try another copy of the file."
        ]
    finally:
        i18n.install(QCoreApplication.instance(), "da")
