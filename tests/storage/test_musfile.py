"""The .mus file: round trips, atomic saves, and a clear message for every bad file."""

import errno
import json
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ishoj_mus.domain.codes import FollowUpStatus, Responsible, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.records import Agreement, Employee, FollowUp, Leader, ScaleValue, Signature
from ishoj_mus.storage import musfile
from ishoj_mus.storage.atomic import SaveError, SaveKind
from ishoj_mus.storage.errors import FORMAT_VERSION, BadFile, MusFileError
from ishoj_mus.storage.form_files import default_form
from tests.conftest import run_cli

FORM = default_form()
TEXT_FIELDS = [
    f for _, f in FORM.fields() if f.kind in (FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT, FieldKind.CHOICE)
]
SCALE_FIELDS = FORM.scale_fields()

# Control characters other than tab and line break are removed on loading (see loader.py), so
# the round trip draws every other character; the repair has its own tests.
text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t"), max_size=40
)
dates = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0, tzinfo=timezone(timedelta(hours=1)))
)
agreements = st.builds(
    Agreement,
    what=text,
    why=text,
    perspective=st.one_of(st.none(), st.sampled_from([p.id for p in FORM.framework.perspectives])),
    responsible=st.sampled_from(list(Responsible)),
    deadline=dates,
    follow_up=dates,
    id=st.text("abcdef0123456789", min_size=1, max_size=32),
)
points = st.tuples(st.floats(0, 400, allow_nan=False), st.floats(0, 150, allow_nan=False))


@st.composite
def conversations(draw):
    conv = Conversation(
        form=FORM,
        employee=Employee(draw(text), draw(text), draw(text), draw(text)),
        leader=Leader(draw(text), draw(text)),
        date=draw(dates),
        place=draw(text),
        created_at=draw(moments),
    )
    for f in draw(st.lists(st.sampled_from(TEXT_FIELDS), max_size=8)):
        for v in f.voices:
            conv.answers.setdefault(f.id, {})[v] = draw(text)
    for f in draw(st.lists(st.sampled_from(SCALE_FIELDS), max_size=4)):
        for v in f.voices:
            conv.scales.setdefault(f.id, {})[v] = ScaleValue(
                draw(st.one_of(st.none(), st.integers(1, 5))), draw(st.one_of(st.none(), st.integers(1, 5)))
            )
    for step in draw(st.lists(st.sampled_from(FORM.steps), max_size=3)):
        for v in (Voice.MEDARBEJDER, Voice.LEDER):
            conv.private_notes.setdefault(step.id, {})[v] = draw(text)
    conv.agreements = draw(st.lists(agreements, max_size=5))
    conv.followups = [
        FollowUp(a, draw(st.one_of(st.none(), st.sampled_from(list(FollowUpStatus)))), draw(text), draw(text))
        for a in draw(st.lists(agreements, max_size=3))
    ]
    for role in draw(st.lists(st.sampled_from([Voice.MEDARBEJDER, Voice.LEDER]), unique=True)):
        conv.signatures[role] = Signature(
            role,
            draw(text),
            draw(moments),
            tuple(tuple(s) for s in draw(st.lists(st.lists(points, max_size=5), max_size=3))),
            remark=draw(text),
        )
    return conv


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(conv=conversations())
def test_any_conversation_saves_and_loads_back_equal(tmp_path, conv):
    path = tmp_path / "samtale.mus"
    musfile.save(conv, path)
    assert musfile.load(path) == conv


def test_demo_round_trip_keeps_danish_letters(tmp_path, signed_demo):
    path = tmp_path / "demo.mus"
    musfile.save(signed_demo, path)
    raw = path.read_bytes()
    assert "Børnehuset Solsikken".encode() in raw  # UTF-8, not \u escapes
    loaded = musfile.load(path)
    assert loaded == signed_demo and loaded.is_fully_signed


def test_the_file_carries_its_form(tmp_path, demo):
    """An old conversation renders the same after the shipped form changes."""
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["form"]["steps"][1]["fields"][0]["label"] == FORM.steps[1].fields[0].label
    assert doc["form"]["framework"]["perspectives"][0]["name"] == "Mere og bedre for mindre"
    loaded = musfile.load(path)
    assert loaded.form == demo.form


def test_save_keeps_backup_and_owner_only_permissions(tmp_path, demo):
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    first = path.read_bytes()
    demo.set_place("Rådhuset")
    musfile.save(demo, path)
    assert (tmp_path / "demo.mus.bak").read_bytes() == first
    assert musfile.load(path).place == "Rådhuset"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "demo.mus.bak").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_save_that_fails_halfway_leaves_the_old_file(tmp_path, demo, monkeypatch):
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    demo.set_place("Et andet sted")
    real_write = os.write
    calls = {"n": 0}

    def failing_write(fd, data):
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, bytes(data)[: len(data) // 2])  # half, then the disk is full

    monkeypatch.setattr(os, "write", failing_write)
    with pytest.raises(SaveError, match="ikke plads på disken"):
        musfile.save(demo, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert musfile.load(path).place == "Børnehuset Solsikken, mødelokalet"
    assert [p.name for p in tmp_path.iterdir()] == ["demo.mus"]


def _as_a_person_not_root(monkeypatch, folder: Path) -> None:
    """Root (CI runs as root) may write in a read-only folder; a person may not. Make the two
    calls that ask the system behave as they do for a person: creating a file in ``folder``
    fails with EACCES, and ``os.access`` says the folder is not writable (on Windows a
    read-only folder does not exist, so the same stands in for a folder the user may not write)."""
    real_open, real_access = os.open, os.access

    def writable(target) -> bool:
        return Path(target).resolve() != folder.resolve()

    def person_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and not writable(Path(path).parent):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    def person_access(path, mode, *args, **kwargs):
        if mode & os.W_OK and not writable(path):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", person_open)
    monkeypatch.setattr(os, "access", person_access)


def test_read_only_folder_gives_clear_message(tmp_path, demo, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    _as_a_person_not_root(monkeypatch, folder)  # never skipped: the same for root as for a person
    try:
        with pytest.raises(SaveError, match="skrivebeskyttet for dig") as caught:
            musfile.save(demo, folder / "x.mus")
        assert caught.value.kind == SaveKind.FOLDER_NOT_WRITABLE
        assert "Intet er gået tabt" in str(caught.value)
    finally:
        monkeypatch.undo()
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_read_only_folder_message_is_danish_for_permission_errors(tmp_path, demo, monkeypatch):
    def deny(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("ishoj_mus.storage.atomic._create_owner_only", deny)
    with pytest.raises(SaveError, match="skrivebeskyttet eller låst"):
        musfile.save(demo, tmp_path / "x.mus")


def _demo_bytes(demo) -> bytes:
    return musfile.dumps(demo)


BAD = {
    "empty": (b"", BadFile.EMPTY),
    "blank": (b"  \n", BadFile.EMPTY),
    "not_json": ("Kære Mette, tak for samtalen".encode(), BadFile.NOT_JSON),
    "binary": (bytes(range(256)), BadFile.NOT_JSON),
    "foreign_json": (b'{"name": "noget andet", "items": [1, 2]}', BadFile.NOT_CONVERSATION),
    "json_list": (b"[1, 2, 3]", BadFile.NOT_CONVERSATION),
    "newer": (None, BadFile.NEWER_VERSION),
    "wrong_types": (None, BadFile.WRONG_TYPES),
    "truncated": (None, BadFile.TRUNCATED),
}


@pytest.mark.parametrize("name", list(BAD))
def test_every_kind_of_bad_file_gives_its_message_and_is_left_alone(tmp_path, demo, name):
    raw, kind = BAD[name]
    good = _demo_bytes(demo)
    if name == "newer":
        doc = json.loads(good)
        doc["version"] = FORMAT_VERSION + 1
        raw = json.dumps(doc).encode()
    elif name == "wrong_types":
        doc = json.loads(good)
        doc["conversation"]["agreements"][0]["deadline"] = 20270101
        raw = json.dumps(doc).encode()
    elif name == "truncated":
        raw = good[: len(good) // 2]
    path = tmp_path / f"{name}.mus"
    path.write_bytes(raw)
    with pytest.raises(MusFileError) as err:
        musfile.load(path)
    assert err.value.kind == kind
    assert path.name in err.value.message
    assert path.read_bytes() == raw

    result = run_cli("show", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert err.value.message in lines[0]
    assert path.read_bytes() == raw


def test_demo_cut_at_twenty_lengths(tmp_path, demo):
    good = _demo_bytes(demo)
    lengths = sorted({round(i * (len(good) - 2) / 19) for i in range(20)})
    assert len(lengths) == 20
    paths = []
    for n in lengths:
        path = tmp_path / f"cut_{n:06d}.mus"
        path.write_bytes(good[:n])
        with pytest.raises(MusFileError) as err:
            musfile.load(path)
        assert err.value.kind in (BadFile.EMPTY, BadFile.TRUNCATED), (n, err.value.kind)
        paths.append(path)
    # and through the command line, in one process per file
    for path in paths:
        before = path.read_bytes()
        result = run_cli("show", str(path))
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
        assert "ufuldstændig" in result.stderr or "tom" in result.stderr
        assert path.read_bytes() == before


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(MusFileError, match="findes ikke"):
        musfile.load(tmp_path / "nej.mus")
    with pytest.raises(MusFileError) as err:
        musfile.load(tmp_path)
    assert err.value.kind == BadFile.NOT_CONVERSATION


def test_version_1_files_are_migrated(tmp_path, demo):
    doc = musfile.conversation_to_dict(demo)
    flat = {f"{fid}/{v}": t for fid, by in doc["conversation"]["answers"].items() for v, t in by.items()}
    doc["conversation"]["answers"] = flat
    doc["version"] = 1
    path = tmp_path / "v1.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    loaded = musfile.load(path)
    assert loaded == demo
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1  # loading never writes
