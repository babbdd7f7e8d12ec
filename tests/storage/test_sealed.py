"""Passphrase protection: a sealed .mus (and its .bak and recovery copy) holds none of the text."""

import hashlib
import os

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile, recovery
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.sealed import Seal, is_sealed

PASS = "solsikke-2026"


def typed_texts(conv) -> list[bytes]:
    """What the two typed, as it would appear in plain JSON (UTF-8, and \\u-escaped)."""
    texts = [
        conv.employee.name,
        conv.leader.name,
        conv.place,
        conv.answer("trivsel", Voice.MEDARBEJDER)[:30],
        conv.answer("balance", Voice.MEDARBEJDER)[:30],
        conv.private_note("trivsel", Voice.MEDARBEJDER)[:30],
        conv.agreements[0].what,
    ]
    out = []
    for t in texts:
        assert t
        out += [t.encode("utf-8"), t.encode("ascii", "backslashreplace"), t.encode("utf-16-le")]
    return out


def assert_no_text(raw: bytes, conv) -> None:
    for needle in typed_texts(conv):
        assert needle not in raw, needle


def test_sealed_file_holds_no_text_and_opens_only_with_the_passphrase(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    seal = Seal.new(PASS)
    musfile.save(demo, path, seal)
    raw = path.read_bytes()
    assert is_sealed(raw)
    assert_no_text(raw, demo)
    with pytest.raises(MusFileError) as err:
        musfile.load(path)
    assert err.value.kind == BadFile.SEALED and "adgangskode" in err.value.message
    loaded, again = musfile.load_sealed(path, PASS)
    assert loaded == demo and again is not None


def test_a_wrong_passphrase_changes_nothing(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    stamp = path.stat().st_mtime_ns
    with pytest.raises(MusFileError) as err:
        musfile.load_sealed(path, "forkert")
    assert err.value.kind == BadFile.WRONG_PASSPHRASE
    assert "passer ikke" in err.value.message and "ingen anden vej ind" in err.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before and path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["samtale.mus"]


def test_saving_again_keeps_the_protection_and_the_backup_is_sealed_too(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    loaded, seal = musfile.load_sealed(path, PASS)
    loaded.set_place("Rådhuset, mødelokale 3")
    musfile.save(loaded, path, seal)
    backup = tmp_path / "samtale.mus.bak"
    for file in (path, backup):
        assert is_sealed(file.read_bytes())
        assert_no_text(file.read_bytes(), demo)
    assert b"R\xc3\xa5dhuset" not in path.read_bytes()
    assert musfile.load_sealed(path, PASS)[0].place == "Rådhuset, mødelokale 3"
    assert musfile.load_sealed(backup, PASS)[0].place == demo.place


def test_the_recovery_copy_is_sealed_and_names_nobody(demo):
    seal = Seal.new(PASS)
    target = recovery.write(demo, None, seal)
    assert_no_text(target.read_bytes(), demo)
    [rec] = recovery.pending()
    assert rec.sealed and rec.employee_name == "" and rec.conversation_id == demo.id
    with pytest.raises(MusFileError) as err:
        rec.load()
    assert err.value.kind == BadFile.SEALED
    with pytest.raises(MusFileError) as err:
        rec.load_sealed("forkert")
    assert err.value.kind == BadFile.WRONG_PASSPHRASE
    conv, again = rec.load_sealed(PASS)
    assert conv == demo and again is not None


def test_a_hostile_header_is_refused_quickly(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    raw = path.read_bytes()
    for old, new in ((b'"n": 32768', b'"n": 1073741824'), (b'"kdf": "scrypt"', b'"kdf": "none"')):
        assert old in raw
        path.write_bytes(raw.replace(old, new))
        with pytest.raises(MusFileError) as err:
            musfile.load_sealed(path, PASS)
        assert err.value.kind == BadFile.WRONG_TYPES
    # a changed cost that is still allowed gives another key: the tag check refuses it
    path.write_bytes(raw.replace(b'"n": 32768', b'"n": 16384'))
    with pytest.raises(MusFileError):
        musfile.load_sealed(path, PASS)
    # cut short
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(MusFileError):
        musfile.load_sealed(path, PASS)


def test_an_unprotected_file_opens_through_load_sealed_as_before(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    conv, seal = musfile.load_sealed(path, "")
    assert conv == demo and seal is None
    assert os.path.getsize(path) > 1000


def test_command_line_reads_a_protected_file_with_the_passphrase_or_says_what_to_do(tmp_path, demo):
    from tests.conftest import run_cli

    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    result = run_cli("show", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "adgangskode" in result.stderr
    result = run_cli("show", str(path), env={"ISHOJ_MUS_PASSPHRASE": "forkert"})
    assert result.returncode == 2 and "passer ikke" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("show", str(path), env={"ISHOJ_MUS_PASSPHRASE": PASS})
    assert result.returncode == 0 and "Mette Hansen" in result.stdout


def test_protecting_a_saved_file_leaves_no_readable_backup(tmp_path, demo):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    musfile.save(demo, path)  # now there is a readable .bak
    assert b"Mette Hansen" in (tmp_path / "samtale.mus.bak").read_bytes()
    musfile.save(demo, path, Seal.new(PASS))
    for file in tmp_path.iterdir():
        assert_no_text(file.read_bytes(), demo)
    assert musfile.load_sealed(path, PASS)[0] == demo
