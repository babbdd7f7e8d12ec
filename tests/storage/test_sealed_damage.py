"""Issue #24, deliver 5: a protected file's header is not believed, and a file cut short is
damaged – with its ``.bak`` offered – not a wrong passphrase ("ingen anden vej ind").
"""

from __future__ import annotations

import base64
import json
import time

import pytest

from ishoj_mus.storage import musfile, sealed
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.sealed import MAGIC, Seal
from tests.conftest import run_cli

PASS = "solsikke-2026"


def _saved_twice(path, demo, seal):
    musfile.save(demo, path, seal)
    musfile.save(demo, path, seal)  # the second save keeps the first as .bak
    assert path.with_name(path.name + ".bak").is_file()


def test_a_protected_file_cut_short_is_damaged_and_points_at_the_backup(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    _saved_twice(path, demo, Seal.new(PASS))
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 700])  # a copy to a USB stick that stopped
    with pytest.raises(MusFileError) as err:
        musfile.load_sealed(path, PASS)
    assert err.value.kind != BadFile.WRONG_PASSPHRASE
    assert "beskadiget" in err.value.message and "samtale.mus.bak" in err.value.message
    assert "ingen anden vej ind" not in err.value.message
    # the backup it points at opens with the same passphrase
    backup, _ = musfile.load_sealed(path.with_name("samtale.mus.bak"), PASS)
    assert backup == demo
    # and a wrong passphrase is still called a wrong passphrase
    with pytest.raises(MusFileError) as wrong:
        musfile.load_sealed(path, "forkert-kode")
    assert wrong.value.kind == BadFile.WRONG_PASSPHRASE


def _old_seal(passphrase: str) -> Seal:
    """A Seal as the program made them before the check value: the header has no "check"."""
    salt = b"0123456789abcdef"
    params = {"v": 1, "kdf": "scrypt", "n": 2**15, "r": 8, "p": 1, "salt": base64.b64encode(salt).decode()}
    header = MAGIC + json.dumps(params, separators=(", ", ": ")).encode("ascii") + b"\n"
    return Seal(sealed._derive(passphrase, salt, 2**15, 8, 1), header)


def test_an_older_protected_file_cut_short_is_told_apart_by_its_backup(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    _saved_twice(path, demo, _old_seal(PASS))
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(MusFileError) as err:
        musfile.load_sealed(path, PASS)
    assert err.value.kind != BadFile.WRONG_PASSPHRASE and "samtale.mus.bak" in err.value.message
    with pytest.raises(MusFileError) as wrong:
        musfile.load_sealed(path, "forkert-kode")
    assert wrong.value.kind == BadFile.WRONG_PASSPHRASE
    # an older file still opens, and is saved with a check value from then on
    path.write_bytes(raw)
    conv, seal = musfile.load_sealed(path, PASS)
    musfile.save(conv, path, seal)
    assert b'"check"' in path.read_bytes().split(b"\n", 1)[0]
    assert musfile.load_sealed(path.with_name("samtale.mus.bak"), PASS)[0] == demo


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"n": 32768', b'"n": 262144'),  # 256 MB and seconds: more than any file of ours asks
        (b'"r": 8', b'"r": 32'),  # 128 MB × 4
        (b'"p": 1', b'"p": 16'),  # sixteen times the time
        (b'"n": 32768', b'"n": 32768.0'),
        (b'"n": 32768', b'"n": 1024'),  # too cheap: a weakened file is not ours either
        (b'"r": 8', b'"r": true'),
    ],
)
def test_key_derivation_parameters_outside_the_accepted_ranges_are_refused_at_once(tmp_path, demo, old, new):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    raw = path.read_bytes()
    assert old in raw
    path.write_bytes(raw.replace(old, new, 1))
    start = time.monotonic()
    with pytest.raises(MusFileError) as err:
        musfile.load_sealed(path, PASS)
    assert time.monotonic() - start < 0.2  # no key is derived at all
    assert err.value.kind == BadFile.WRONG_TYPES and "beskadiget" in err.value.message


def test_the_command_line_says_damaged_and_names_the_backup(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    _saved_twice(path, demo, Seal.new(PASS))
    raw = path.read_bytes()
    path.write_bytes(raw[:-100])
    result = run_cli("show", str(path), env={"ISHOJ_MUS_PASSPHRASE": PASS})
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "samtale.mus.bak" in result.stderr and "Adgangskoden passer ikke" not in result.stderr
