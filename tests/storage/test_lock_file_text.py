"""Issue #24, deliver 5: anyone who can write in the shared folder writes the lock file. Its user
and computer names are read as bounded plain text: no escape sequence reaches a terminal, no bidi
character turns a name around, and the window never renders them as HTML.
"""

from __future__ import annotations

import json

from ishoj_mus.storage import musfile
from ishoj_mus.storage.filelock import lock_path_for, read_owner
from tests.conftest import run_cli

HOSTILE_USER = "\x1b[2J\x1b]0;Ishøj MUS\x07hanne\u202eelif\u2066" + "x" * 5000


def _hostile_lock(path, user=HOSTILE_USER, host="PC-HR-07\x1b[5m"):
    owner = {"user": user, "host": host, "pid": 1, "since": "2026-11-27T09:12:00+01:00", "token": "x"}
    lock_path_for(path).write_text(json.dumps(owner), encoding="utf-8")


def test_the_lock_file_s_names_are_plain_and_bounded(tmp_path):
    path = tmp_path / "samtale.mus"
    _hostile_lock(path, user=HOSTILE_USER[:3000])
    owner = read_owner(path)
    assert owner is not None
    for text in (owner.user, owner.host, owner.describe()):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in text), repr(text)
        assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200f"), (
            text
        )
    assert "hanne" in owner.user and len(owner.user) <= 64
    assert owner.host.startswith("PC-HR-07")


def test_no_escape_sequence_reaches_the_terminal(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    _hostile_lock(path, user=HOSTILE_USER[:3000])
    shown = run_cli("show", str(path))
    assert shown.returncode == 0
    assert "Bemærk" in shown.stderr and "PC-HR-07" in shown.stderr
    assert "\x1b" not in shown.stderr and "\x07" not in shown.stderr and "\u202e" not in shown.stderr
    refused = run_cli("demo", "-o", str(path))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "\x1b" not in refused.stderr and "\u202e" not in refused.stderr
