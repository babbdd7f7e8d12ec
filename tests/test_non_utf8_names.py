"""File names that are not UTF-8 (a folder copied from an old Windows share or a zip file:
"Jørgen" as Latin-1 bytes) never end a command or the window's settings (issue #24, red team).
Before: `verify DIR --json` and `file DIR -o OUT` ended in "der skete en uventet fejl" (exit 2,
no JSON, no manifest), and opening such a file in the window made the settings unsavable: every
later save of the settings raised UnicodeEncodeError, and the recent list was lost."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from ishoj_mus.storage.settings import Settings
from tests.conftest import run_cli

LINUX = pytest.mark.skipif(
    sys.platform != "linux", reason="only Linux file systems hold names that are not UTF-8"
)


def _latin1(folder: Path, name: str) -> Path:
    """A file whose name is ``name`` in Latin-1 bytes (as Python sees it: lone surrogates)."""
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + name.encode("latin-1")))
    path.write_bytes(b"ikke en PDF")
    return path


@LINUX
def test_verify_json_and_filing_take_a_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "referater"
    folder.mkdir()
    _latin1(folder, "Jørgen.pdf")
    out = run_cli("verify", str(folder), "--json")
    assert "uventet fejl" not in out.stderr, out.stderr
    [doc] = json.loads(out.stdout)
    assert doc["file"].endswith("J\ufffdrgen.pdf") and doc["verdict"] == "ULÆSELIG"
    filed = run_cli("file", str(folder), "-o", str(tmp_path / "journal"))
    assert "uventet fejl" not in filed.stderr, filed.stderr
    manifests = sorted(p.suffix for p in (tmp_path / "journal").iterdir())
    assert manifests == [".csv", ".json"]
    [entry] = json.loads(next((tmp_path / "journal").glob("*.json")).read_text(encoding="utf-8"))["refused"]
    assert "rgen.pdf" in json.dumps(entry, ensure_ascii=False)


@LINUX
def test_settings_keep_a_recent_file_whose_name_is_not_utf8(tmp_path):
    path = _latin1(tmp_path, "Mette_Sørensen.mus")
    settings = Settings.load()
    settings.default_folder = str(tmp_path)
    settings.remember(path, "Mette Sørensen", "2026-11-19", "mus", "kladde")
    settings.save()
    again = Settings.load()
    assert again.default_folder == str(tmp_path)
    assert [Path(r["path"]) for r in again.recent] == [path]
    assert Path(again.recent[0]["path"]).read_bytes() == b"ikke en PDF"  # the very same file


@LINUX
def test_a_recovery_copy_goes_back_onto_its_own_file_whose_name_is_not_utf8(tmp_path, demo):
    """The copy kept the file's name only as U+FFFD: restored, it pointed at a file that is not
    there, and saving made a second file beside the real one."""
    from ishoj_mus.storage import musfile, recovery

    path = _latin1(tmp_path, "Mette_Sørensen.mus")
    musfile.save(demo, path)
    recovery.write(demo, path)
    [rec] = recovery.pending()
    assert rec.original_path == path and rec.original_path.is_file()
    assert rec.load() == demo
