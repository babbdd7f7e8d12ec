"""Saving leaves nothing behind and nothing readable by others, and says truly what went wrong."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ishoj_mus.storage import atomic, musfile, recovery, userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write
from tests.conftest import ROOT

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@posix_only
def test_no_byte_is_ever_written_to_a_file_others_can_read(tmp_path, demo, monkeypatch):
    """Even with umask 0: the temp file and the backup are owner-only from their creation."""
    seen: list[int] = []
    real_write = os.write

    def checking_write(fd, data):
        seen.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_write(fd, data)

    old_umask = os.umask(0)
    try:
        monkeypatch.setattr(os, "write", checking_write)
        path = tmp_path / "demo.mus"
        musfile.save(demo, path)
        demo.set_place("Rådhuset")
        musfile.save(demo, path)  # this one also writes the backup
    finally:
        os.umask(old_umask)
    assert len(seen) >= 3 and set(seen) == {0o600}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "demo.mus.bak").stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_a_full_disk_while_writing_the_backup_leaves_nothing_behind(tmp_path, demo, monkeypatch):
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    demo.set_place("Et andet sted")

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all_nosync", full)  # the backup copy
    with pytest.raises(SaveError, match="ikke plads på disken"):
        musfile.save(demo, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.mus"]


def test_two_windows_saving_the_same_file_never_hear_the_folder_is_missing(tmp_path, demo):
    path = tmp_path / "demo.mus"
    musfile.save(demo, path)
    errors: list[str] = []

    def writer(place: str) -> None:
        data = musfile.dumps(demo).replace(b"B\xc3\xb8rnehuset", place.encode())
        for _ in range(25):
            try:
                atomic_write(path, data)
            except SaveError as exc:
                errors.append(exc.message)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("Vindue-A", "Vindue-B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert musfile.load(path).place.split()[0] in ("Vindue-A", "Vindue-B")
    assert _leftovers(tmp_path) == []


_CHILD = r"""
import os, sys
from ishoj_mus.demo import demo_conversation
from ishoj_mus.storage import musfile
path, stage = sys.argv[1], int(sys.argv[2])
conv = demo_conversation()
musfile.save(conv, path)  # a first version, so the next save also writes a backup
real, calls = os.fsync, [0]
def fsync(fd):
    real(fd)
    calls[0] += 1
    if calls[0] == stage:  # 1: the new version is written; 2: the backup copy too
        print("mid-save", flush=True)
        sys.stdin.read()
os.fsync = fsync
conv.set_place("Skrevet lige før strømmen gik")
musfile.save(conv, path)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL")
def test_temporary_files_left_by_kills_are_owner_only_and_cleaned_on_the_next_save(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for stage in (1, 2, 1, 2):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path), str(stage)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"mid-save"
        for name in _leftovers(tmp_path):
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()  # type: ignore[union-attr]
        child.stdout.close()
    # each child's first save already removed what the kill before it left (six copies before)
    assert len(_leftovers(tmp_path)) == 2  # the last kill's data and backup temp files
    assert musfile.load(path).place == "Børnehuset Solsikken, mødelokalet"  # the file itself is whole
    musfile.save(demo, path)
    assert _leftovers(tmp_path) == []


def test_stale_temporary_files_in_the_user_folders_go_at_start(demo):
    folder = userdirs.recovery_dir()
    stale = folder / f".{demo.id}.recovery.json.0123456789abcdef.tmp"
    stale.write_bytes(b"{half")
    other = folder / "notes.tmp"  # not our naming: never touched
    other.write_bytes(b"x")
    recovery.pending()
    assert not stale.exists() and other.exists()


def test_a_temporary_file_someone_is_writing_is_left_alone(tmp_path):
    path = tmp_path / "x.mus"
    busy = tmp_path / ".x.mus.0123456789abcdef.tmp"
    fd = atomic._create_owner_only(busy)  # holds it, as a live writer does
    try:
        if os.name == "posix":
            assert atomic.clean_stale(path) == 0 and busy.exists()
    finally:
        os.close(fd)
    assert atomic.clean_stale(path) == 1 and not busy.exists()


@pytest.mark.parametrize(
    ("error", "words", "not_words"),
    [
        (OSError(errno.ENOSPC, "x"), "ikke plads på disken", "findes ikke"),
        (OSError(errno.EROFS, "x"), "skrivebeskyttet", "findes ikke"),
        (PermissionError(errno.EACCES, "x"), "skrivebeskyttet eller låst", "findes ikke"),
        (OSError(errno.ENOENT, "x"), "forsvandt undervejs", "findes ikke"),
        (OSError(errno.EIO, "Input/output error"), "systemfejl 5", "Input/output"),
    ],
)
def test_each_failure_has_its_own_true_message(tmp_path, demo, monkeypatch, error, words, not_words):
    def fail(*a, **k):
        raise error

    monkeypatch.setattr(atomic, "_create_owner_only", fail)
    with pytest.raises(SaveError) as err:
        musfile.save(demo, tmp_path / "x.mus")
    assert words in err.value.message and not_words not in err.value.message
    assert "Intet er gået tabt" in err.value.message


def test_a_missing_folder_is_named_as_missing(tmp_path, demo):
    with pytest.raises(SaveError, match="findes ikke"):
        musfile.save(demo, tmp_path / "nej" / "x.mus")


def test_a_file_locked_by_another_program_on_windows(tmp_path, demo, monkeypatch):
    error = PermissionError(errno.EACCES, "x")
    error.winerror = 32  # type: ignore[attr-defined]

    def fail(*a, **k):
        raise error

    monkeypatch.setattr(atomic, "_create_owner_only", fail)
    with pytest.raises(SaveError, match="låst af et andet program"):
        musfile.save(demo, tmp_path / "x.mus")
