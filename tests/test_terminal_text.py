"""No control or bidi character from a file's name or content reaches the terminal (issue #24,
red team). A file named with ESC sequences in a shared folder cleared the screen and set the
terminal's title from `ishoj-mus overview`, `show` and `verify`; a name could move the cursor and
overwrite an "UGYLDIG" line."""

from __future__ import annotations

import io
import json
import os

import pytest

from ishoj_mus.storage import musfile
from ishoj_mus.terminal import PlainStream
from tests.conftest import run_cli

ESCAPES = "x\x1b[2J\x1b]0;HACK\x07\ry"
BIDI = "\u202eHansen\u2066"


@pytest.fixture
def hostile_folder(tmp_path, demo):
    folder = tmp_path / "delt"
    folder.mkdir()
    (folder / f"{ESCAPES}.mus").write_text('{"format": "ishoj-mus", "conversation": {', encoding="utf-8")
    demo.employee = type(demo.employee)(**{**demo.employee.__dict__, "name": "Mette " + BIDI})
    musfile.save(demo, folder / "mette.mus")
    return folder


def _clean(text: str) -> bool:
    return not any(ch in text for ch in "\x1b\x07\r\u202e\u2066")


@pytest.mark.skipif(os.name == "nt", reason="ESC, BEL and CR cannot be in a Windows file name")
def test_overview_show_and_verify_write_no_escape_sequence(hostile_folder):
    name = f"{ESCAPES}.mus"
    for args in (
        ("overview", str(hostile_folder)),
        ("overview", str(hostile_folder), "--json"),
        ("show", str(hostile_folder / name)),
        ("show", str(hostile_folder / "mette.mus")),
        ("verify", str(hostile_folder)),
    ):
        out = run_cli(*args)
        assert _clean(out.stdout) and _clean(out.stderr), (args, out.stdout[-400:], out.stderr[-400:])
        assert "\ufffd" in out.stdout + out.stderr or "\\u001b" in out.stdout, args  # shown, not hidden
    data = json.loads(run_cli("overview", str(hostile_folder), "--json").stdout)  # still valid JSON
    assert data


def test_the_terminal_stream_keeps_text_newlines_and_tabs():
    target = io.StringIO()
    stream = PlainStream(target)
    print("Mette\tHansen æøå – 19.11.2026", file=stream)  # type: ignore[arg-type]
    stream.write("a\x1b[31mb\x9bc\u202ed\n")
    assert target.getvalue() == "Mette\tHansen æøå – 19.11.2026\na\ufffd[31mb\ufffdc\ufffdd\n"
