"""A file's own name may have up to 255 bytes; the names beside it (temporary copies while
saving, the .bak, the lock file) used to be longer. A file named by a person with 229–255 bytes
(the file dialog allows it, a mail attachment can have it) opened but could never be saved
("systemfejl 36. Prøv igen" – again and again), and from 248 bytes it was opened without a lock,
so two people could edit it at once and the last one to save won (issue #24, red team)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.filelock import FileLock, lock_path_for
from ishoj_mus.storage.sidecars import backup_path_for

_OTHER_WINDOW = """
import sys
from ishoj_mus.storage.filelock import FileLock, FileLocked
try:
    FileLock.acquire(sys.argv[1])
    print("opened")
except FileLocked:
    print("locked")
"""

NAMES = {
    "240 bytes": "a" * 236 + ".mus",
    "255 bytes": "b" * 251 + ".mus",
    "255 bytes, æøå": "Samtale_" + "æøå" * 40 + "x" * 3 + ".mus",  # 8 + 240 + 3 + 4
}


@pytest.mark.parametrize("label", list(NAMES))
def test_a_file_with_a_long_name_saves_keeps_its_backup_and_opens(tmp_path, demo, label):
    path = tmp_path / NAMES[label]
    assert len(path.name.encode()) <= 255
    musfile.save(demo, path)
    demo.set_place("Et andet sted")
    musfile.save(demo, path)  # over the first: the first becomes the backup
    assert musfile.load(path).place == "Et andet sted"
    backup = backup_path_for(path)
    assert backup.is_file() and musfile.load(backup).place != "Et andet sted"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, backup.name])


def test_two_long_names_that_begin_alike_keep_their_own_backups(tmp_path, demo):
    first, second = tmp_path / ("c" * 251 + ".mus"), tmp_path / ("c" * 250 + "d.mus")
    for path in (first, second, first, second):
        musfile.save(demo, path)
    assert backup_path_for(first) != backup_path_for(second)
    assert backup_path_for(first).is_file() and backup_path_for(second).is_file()


def test_a_file_with_a_long_name_is_locked_like_any_other(tmp_path, demo):
    path = tmp_path / ("e" * 251 + ".mus")
    musfile.save(demo, path)
    lock = FileLock.acquire(path)
    try:
        assert lock_path_for(path).is_file() and lock.holder() is not None
        # Another program (a colleague on the shared drive) is told the file is open.
        other = subprocess.run(
            [sys.executable, "-c", _OTHER_WINDOW, str(path)], capture_output=True, text=True, timeout=60
        )
        assert other.stdout.strip() == "locked", other.stderr
    finally:
        lock.release()
    assert not lock_path_for(path).exists()


def test_a_damaged_file_with_a_long_name_names_a_backup_that_is_there(tmp_path, demo):
    path = tmp_path / ("f" * 251 + ".mus")
    musfile.save(demo, path)
    musfile.save(demo, path)
    path.write_bytes(path.read_bytes()[:-300])
    with pytest.raises(MusFileError) as caught:
        musfile.load(path)
    assert f"»{backup_path_for(path).name}«" in str(caught.value)
    assert backup_path_for(path).is_file()
