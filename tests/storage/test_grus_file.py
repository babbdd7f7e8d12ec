"""The group conversation's file: it round-trips, and bad input gets a Danish message."""

from __future__ import annotations

import json

import pytest

from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.grus_parts import SHORT
from ishoj_mus.storage import grus_file, grus_head
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.forms import group_form


def test_a_signed_group_conversation_round_trips(tmp_path) -> None:
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    path = tmp_path / "grus.mus"
    grus_file.save(g, path)
    assert grus_file.load(path) == g
    assert grus_head.peek_is_group_file(path)


def _doc():
    g = demo_group_conversation(group_form())
    return json.loads(grus_file.dumps(g))


@pytest.mark.parametrize(
    "spoil, words",
    [
        (lambda d: d["group"]["contributions"][0].update(text="x" * (SHORT + 1)), "længere end"),
        (lambda d: d["group"]["contributions"][0].update(author="someone"), "person"),
        (lambda d: d["group"]["members"].append(dict(d["group"]["members"][0])), "samme id"),
        (
            lambda d: d["group"]["offers"].update(
                ghost={"offered_on": None, "answer": None, "answered_on": None}
            ),
            "deltager",
        ),
        (lambda d: d["group"]["agreements"][0].update(deadline="31.02.2027"), "dato"),
        (lambda d: d.update(version=99), "nyere version"),
        # The part in Danish, as in a MUS file's message (it said »deltager 1.job_title«).
        (lambda d: d["group"]["members"][0].update(job_title="x" * 301), "deltager 1: stillingen er længere"),
        (lambda d: d["group"]["members"][0].pop("name"), "deltager 1: navnet mangler"),
        (
            lambda d: d["group"]["members"][0].update(id=" "),
            "deltager 1: id'et er ikke udfyldt",
        ),  # not »er tom«
        # A time the year bounds refuse, as they do in a MUS file (it once loaded as year 1).
        (lambda d: d["group"].update(created_at="0001-01-01T00:00:00+00:00"), "uden for årene"),
    ],
)
def test_bad_files_are_refused_with_a_danish_message(tmp_path, spoil, words) -> None:
    doc = _doc()
    spoil(doc)
    path = tmp_path / "bad.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MusFileError) as exc:
        grus_file.load(path)
    assert words in exc.value.message


def test_an_edition_is_not_opened_as_the_conversation(tmp_path) -> None:
    from ishoj_mus.domain.grus_parts import Document, edition

    g = demo_group_conversation(group_form())
    path = tmp_path / "udgave.mus"
    path.write_bytes(grus_file.dumps(g, edition(g, Document.HR, g.members[0].id)))
    with pytest.raises(MusFileError) as exc:
        grus_file.load(path)
    assert exc.value.kind == BadFile.NOT_CONVERSATION and "én deltager" in exc.value.message


def test_saving_refuses_what_the_loader_would_refuse_and_writes_nothing(tmp_path) -> None:
    from dataclasses import replace

    from ishoj_mus.domain.grus_parts import LINE, LONG
    from ishoj_mus.storage.atomic import SaveError, SaveKind

    g = demo_group_conversation(group_form())
    path = tmp_path / "g.mus"
    g.notes["trivsel"] = "x" * (LONG + 1)
    with pytest.raises(SaveError) as exc:
        grus_file.save(g, path)
    assert exc.value.kind == SaveKind.BEYOND_BOUNDS and "gruppens noter" in exc.value.message
    assert not path.exists()
    g.notes["trivsel"] = "x" * LONG  # at the bound: saved, and it opens again
    g.agreements[0] = replace(g.agreements[0], who="y" * LINE)
    grus_file.save(g, path)
    assert grus_file.load(path) == g


def test_a_group_file_spaced_otherwise_is_still_known_as_a_group_conversation(tmp_path) -> None:
    """The format is found however the JSON is spaced (a file run through another JSON tool): it
    was read as a MUS and refused as »ikke en samtalefil fra Ishøj MUS«."""
    from tests.conftest import run_cli

    path = tmp_path / "kompakt.mus"
    path.write_text(json.dumps(_doc(), separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    out = run_cli("show", str(path))
    assert out.returncode == 0, out.stderr
    assert "Referat af gruppeudviklingssamtale (GRUS)" in out.stdout


def test_a_preparation_the_leader_could_not_bring_in_is_not_saved(tmp_path) -> None:
    """The preparation dialog takes any length; the file must still come in at the session. It
    was saved and then refused when the leader brought it in (»længere end 2.000 tegn«)."""
    from ishoj_mus.storage.atomic import SaveError, SaveKind
    from ishoj_mus.storage.grus_preparation import load_preparation, save_preparation

    form = group_form()
    station = form.stations[0]
    path = tmp_path / "ali.grus"
    with pytest.raises(SaveError) as exc:
        save_preparation(path, form, "Ali Yilmaz", {station.id: "x" * (SHORT + 1)})
    assert exc.value.kind == SaveKind.BEYOND_BOUNDS and f"»{station.title}«" in exc.value.message
    assert "Intet er gået tabt" in exc.value.message and not path.exists()
    save_preparation(path, form, "Ali Yilmaz", {station.id: "x" * SHORT})
    assert load_preparation(path, form) == ("Ali Yilmaz", {station.id: "x" * SHORT})


def test_a_preparation_made_on_another_group_form_is_refused_with_a_reason(tmp_path) -> None:
    """It came in as »hentet med 0 bidrag«, every answer dropped without a word."""
    import dataclasses

    from ishoj_mus.storage.grus_preparation import load_preparation, save_preparation

    form = group_form()
    other = dataclasses.replace(
        form, stations=tuple(dataclasses.replace(s, id=f"andet-{s.id}") for s in form.stations)
    )
    path = tmp_path / "ali.grus"
    save_preparation(path, other, "Ali Yilmaz", {other.stations[0].id: "Flere pauser"})
    with pytest.raises(MusFileError) as exc:
        load_preparation(path, form)
    assert "»ali.grus« er lavet til en anden samtaleform" in exc.value.message
    save_preparation(path, form, "Ali Yilmaz", {})  # nothing written on any card: still comes in
    assert load_preparation(path, form) == ("Ali Yilmaz", {})


def test_a_group_file_beyond_its_bounds_is_refused_in_the_words_a_conversation_is(tmp_path) -> None:
    """One sentence for »not saved, make it shorter« (``atomic.SAVE_TEXT``, issue 25): the group
    file had its own copy, worded a little differently."""
    from ishoj_mus.storage.atomic import SaveError, SaveKind, save_error_text

    g = demo_group_conversation(group_form())
    g.notes["trivsel"] = "x" * 100_000
    with pytest.raises(SaveError) as exc:
        grus_file.save(g, tmp_path / "g.mus")
    assert not exc.value.words  # no words of its own
    same = SaveError(tmp_path / "g.mus", SaveKind.BEYOND_BOUNDS, detail=exc.value.detail)
    assert exc.value.message == save_error_text(same)
