"""Danish error sentences read naturally (issue 25, item 3; /work/shared/danish-style.md): a
file open somewhere else, "1 andet sted" after 1, a value quoted »…« (not Python's '…'), and the
automatic copy's reason in words, never a code ("wrong_types") – the English likewise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ishoj_mus.storage.atomic import SaveError, SaveKind, save_error_text
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin, file_error_text
from ishoj_mus.storage.filelock import FileLocked
from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.storage.organisation_words import organisation_error_text
from tests.helpers import in_english


def test_a_file_open_somewhere_else_reads_naturally(qapp, tmp_path):
    exc = FileLocked(tmp_path / "samtale.mus", None)
    assert exc.message.startswith("»samtale.mus« er åbnet et andet sted.")
    assert "åbnet af et andet sted" not in exc.message


@pytest.mark.parametrize(
    ("more", "danish", "english"),
    [
        (1, "teksten er for lang (og 1 andet sted)", "the text is too long (and 1 other place)"),
        (3, "teksten er for lang (og 3 andre steder)", "the text is too long (and 3 other places)"),
    ],
)
def test_one_more_place_is_singular(qapp, tmp_path, more, danish, english):
    exc = SaveError(
        tmp_path / "samtale.mus", SaveKind.BEYOND_BOUNDS, detail="teksten er for lang", elsewhere=more
    )
    assert f": {danish}. " in exc.message, exc.message
    shown = in_english(lambda tr: save_error_text(exc, tr))
    assert f"(and {more} other place{'s' if more > 1 else ''})" in shown, shown
    assert english.replace("the text is too long", "teksten er for lang") in shown, shown


def test_a_value_that_cannot_be_used_is_quoted_the_danish_way(qapp, tmp_path):
    profile = tmp_path / "organisation.toml"
    profile.write_text('[filing]\nfacet = "g1"\n', encoding="utf-8")
    with pytest.raises(OrganisationError) as info:
        load_profile(profile)
    assert "[filing] facet kan ikke bruges (»g1«): " in info.value.message, info.value.message
    assert "'g1'" not in info.value.message
    english = in_english(lambda tr: organisation_error_text(info.value, tr))
    assert "[filing] facet cannot be used (“g1”): " in english, english


def test_an_hr_edition_that_is_not_one_is_quoted_the_danish_way(tmp_path):
    profile = tmp_path / "organisation.toml"
    profile.write_text('hr_edition = "alt"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_hr_settings(profile)
    assert 'hr_edition skal være "referat" eller "udviklingsplan", ikke »alt«.' in info.value.message


def test_the_automatic_copy_says_why_in_words_not_a_code(qapp):
    kinds = [k for k in BadFile if k not in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE)]
    errors = [MusFileError(kind, Path("/tmp/kopi.json"), origin=Origin.RECOVERY) for kind in kinds]
    english = in_english(lambda tr: [file_error_text(e, tr) for e in errors])
    for exc, text in zip(errors, english, strict=True):
        assert exc.message.startswith("Den automatiske kopi kan ikke gendannes (")
        assert f"({exc.kind.value})" not in exc.message and "_" not in exc.message, exc.message
        assert (
            f"({exc.kind.value})" not in text
            and "_" not in text
            and not re.search("[æøå]", text.replace("Ishøj MUS", ""))
        ), text
    wrong = errors[kinds.index(BadFile.WRONG_TYPES)]
    assert wrong.message.startswith("Den automatiske kopi kan ikke gendannes (indholdet har forkert form).")
    empty = english[kinds.index(BadFile.EMPTY)]
    assert empty.startswith("The automatic copy cannot be restored (it is empty)."), empty
