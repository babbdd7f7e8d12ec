"""Private notes are kept in the .mus file; files from before them still open."""

import json

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import BadFile, MusFileError


def test_private_notes_round_trip(tmp_path, demo):
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    loaded = musfile.load(path)
    assert loaded.private_note("trivsel", Voice.MEDARBEJDER) == demo.private_note(
        "trivsel", Voice.MEDARBEJDER
    )
    assert loaded == demo


def test_a_version_2_file_opens_with_no_private_notes(tmp_path, demo):
    doc = musfile.conversation_to_dict(demo)
    doc["version"] = 2
    del doc["conversation"]["private_notes"]
    path = tmp_path / "old.mus"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    loaded = musfile.load(path)
    assert loaded.private_notes == {} and loaded.answers == demo.answers
    assert path.read_bytes() == before  # loading never writes


def test_a_private_note_for_an_unknown_step_is_a_damaged_file(tmp_path, demo):
    doc = musfile.conversation_to_dict(demo)
    doc["conversation"]["private_notes"] = {"ingen-trin": {"medarbejder": "x"}}
    path = tmp_path / "bad.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        musfile.load(path)
    except MusFileError as exc:
        assert exc.kind == BadFile.WRONG_TYPES and "ingen-trin" in exc.message
    else:
        raise AssertionError("loaded a note for a step the form does not have")
