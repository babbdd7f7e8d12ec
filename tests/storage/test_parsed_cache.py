"""The shipped forms and framework are parsed once and kept in the program's cache folder
(issue 25: opening a conversation paid ≈ 7 ms of CPU for parsing the same TOML on every start).
What a person would notice if the cache were wrong: a form that reads differently from its file,
an edited form showing its old text, or a damaged cache stopping the program. None may happen."""

from __future__ import annotations

import json
import shutil
import tomllib

import pytest

from ishoj_mus.domain.form import FormError
from ishoj_mus.paths import forms_dir, framework_path
from ishoj_mus.storage import form_files, forms, parsed_cache, tomlfile


@pytest.fixture(autouse=True)
def fresh_framework():
    form_files.shipped_framework.cache_clear()  # the process keeps one; these tests read it anew
    yield
    form_files.shipped_framework.cache_clear()


def _no_parsing(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomlfile.tomllib, "loads", refuse)


def test_the_kept_data_is_exactly_what_the_parser_gives(user_home):
    sources = [*sorted(forms_dir().glob("*.toml")), framework_path()]
    forms.available_forms()
    forms.group_form()
    form_files.shipped_framework()
    for source in sources:
        kept = parsed_cache.parsed(source, source.read_bytes(), lambda raw: pytest.fail("not kept"))
        assert kept == tomllib.loads(source.read_bytes().decode("utf-8-sig")), source.name
    assert len(list((user_home / "cache" / "parsed").glob("*.json"))) == len(sources)  # the test's own home


def test_the_default_form_read_again_is_the_same_form_without_parsing_it(monkeypatch):
    first = form_files.default_form()
    form_files.shipped_framework.cache_clear()
    _no_parsing(monkeypatch)  # tomllib.loads: the form's parser and the framework's
    again = form_files.default_form()
    assert again == first
    assert again.to_dict() == first.to_dict()


def test_an_edited_form_is_read_as_edited(tmp_path):
    path = tmp_path / "mus.toml"
    shutil.copy(forms_dir() / "mus.toml", path)
    assert form_files.load_form(path).title == "MUS – medarbejderudviklingssamtale"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("MUS – medarbejderudviklingssamtale", "MUS – en ny titel", 1), encoding="utf-8"
    )
    assert form_files.load_form(path).title == "MUS – en ny titel"


def test_an_edited_form_with_a_mistake_says_so_though_its_old_version_was_kept(tmp_path):
    path = tmp_path / "mus.toml"
    shutil.copy(forms_dir() / "mus.toml", path)
    form_files.load_form(path)
    path.write_text(path.read_text(encoding="utf-8") + "\n[[steps]\n", encoding="utf-8")
    with pytest.raises(FormError, match="er ikke gyldig TOML"):
        form_files.load_form(path)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff not json",
        b'{"version": 1, "sha256": "0", "data": {}}',
        b"[" * 100_000,
        b'{"version": 1, "sha256": "SHA", "data": ["a list, not a table"]}',
    ],
    ids=["empty", "garbage", "another-file", "deep", "not-a-table"],
)
def test_a_damaged_cache_is_parsed_again_and_mended(user_home, damage):
    first = form_files.default_form()
    digest = parsed_cache.hashlib.sha256((forms_dir() / "mus.toml").read_bytes()).hexdigest()
    for kept in (user_home / "cache" / "parsed").glob("*.json"):
        kept.write_bytes(damage.replace(b"SHA", digest.encode()))
    form_files.shipped_framework.cache_clear()
    assert form_files.default_form() == first
    for kept in (user_home / "cache" / "parsed").glob("*.json"):
        assert json.loads(kept.read_bytes())["version"] == parsed_cache.VERSION  # written anew


def test_a_cache_folder_that_cannot_be_written_only_costs_the_parse(user_home):
    user_home.mkdir(parents=True, exist_ok=True)
    (user_home / "cache").write_text("a file where the cache folder would be")
    assert form_files.default_form().id == "mus"
    assert form_files.default_form().id == "mus"
