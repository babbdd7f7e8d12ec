"""A second window or computer hears who has the file open, instead of silently overwriting."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from ishoj_mus.storage.filelock import FileLock, FileLocked, lock_path_for, read_owner


def _foreign_lock(path, host="PC-HR-07", user="hanne", pid=4242):
    lock_path_for(path).write_text(
        json.dumps(
            {"user": user, "host": host, "pid": pid, "since": "2026-11-27T09:12:00+01:00", "token": "x"}
        ),
        encoding="utf-8",
    )


def test_a_file_open_on_another_computer_says_who_and_since_when(tmp_path):
    path = tmp_path / "samtale.mus"
    _foreign_lock(path)
    with pytest.raises(FileLocked) as err:
        FileLock.acquire(path)
    assert "hanne på computeren PC-HR-07 siden 27.11.2026 kl." in err.value.message
    assert "skrivebeskyttet" in err.value.message
    taken = FileLock.acquire(path, take_over=True)
    assert read_owner(path).token == taken.token
    taken.release()
    assert not lock_path_for(path).exists()


def test_a_lock_left_by_a_dead_program_on_this_computer_is_taken_over(tmp_path):
    path = tmp_path / "samtale.mus"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    _foreign_lock(path, host=socket.gethostname(), pid=int(dead.stdout))
    lock = FileLock.acquire(path)
    assert lock.still_ours()
    lock.release()


def test_a_live_second_program_on_this_computer_is_told(tmp_path):
    path = tmp_path / "samtale.mus"
    _foreign_lock(path, host=socket.gethostname(), pid=os.getppid())
    with pytest.raises(FileLocked):
        FileLock.acquire(path)


def test_taken_over_means_no_longer_ours(tmp_path):
    path = tmp_path / "samtale.mus"
    mine = FileLock.acquire(path)
    _foreign_lock(path)
    assert not mine.still_ours()
    mine.release()  # never removes someone else's lock
    assert lock_path_for(path).exists()


def test_a_writer_without_a_window_is_stopped_by_a_live_or_unreadable_lock_only(tmp_path):
    from ishoj_mus.storage.filelock import held_elsewhere, refuse_if_held

    path = tmp_path / "samtale.mus"
    refuse_if_held(path)  # no lock: nothing to say
    _foreign_lock(path)
    with pytest.raises(FileLocked) as err:
        refuse_if_held(path)
    assert err.value.owner is not None and err.value.owner.user == "hanne"
    lock_path_for(path).write_bytes(b"\x00garbage")  # a broken lock: someone may still be there
    with pytest.raises(FileLocked) as err:
        refuse_if_held(path)
    assert err.value.owner is None and held_elsewhere(path) is None  # reading is not stopped
    mine = FileLock.acquire(path, take_over=True)  # this process's own lock stops nobody here
    refuse_if_held(path)
    mine.release()
