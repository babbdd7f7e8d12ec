"""The files beside a conversation are input too: a form, the organisation profile, its trust
anchors, a signing certificate and a passphrase file. A FIFO, a device, a huge, deep or
mis-encoded one is answered at once with one Danish line – never a hang or a traceback."""

from __future__ import annotations

import os
import time

import pytest

from ishoj_mus.domain.form import FormError
from ishoj_mus.pdf.errors import SigningError
from ishoj_mus.pdf.keys import organisation_key_material, read_passphrase_file
from ishoj_mus.storage.form_files import load_form
from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (not on Windows)")


@pytest.fixture
def hostile(tmp_path):
    """name -> path: a FIFO, a link to /dev/zero, 2 MB, 100 000 nested brackets, bad UTF-8, a syntax error."""
    files = {}
    files["fifo"] = tmp_path / "fifo.toml"
    os.mkfifo(files["fifo"])
    files["zero"] = tmp_path / "zero.toml"
    files["zero"].symlink_to("/dev/zero")
    files["huge"] = tmp_path / "huge.toml"
    files["huge"].write_bytes(b"a" * (2 * 1024 * 1024))
    files["deep"] = tmp_path / "deep.toml"
    files["deep"].write_text("a = " + "[" * 100_000 + "\n")
    files["latin1"] = tmp_path / "latin1.toml"
    files["latin1"].write_bytes('navn = "Ishøj"\n'.encode("latin-1"))
    files["syntax"] = tmp_path / "syntax.toml"
    files["syntax"].write_text("x = 1\ny = = 2\n")
    return files


EXPECTED = {
    "fifo": "ikke en almindelig fil",
    "zero": "ikke en almindelig fil",
    "huge": "større end 1 MB",
    "deep": "indlejret for dybt",
    "latin1": "ikke gemt som UTF-8",
    "syntax": "fejl i linje 2, kolonne 5",
}


@pytest.mark.parametrize(
    ("read", "error"),
    [(load_form, FormError), (load_profile, OrganisationError), (load_hr_settings, ProfileError)],
)
def test_a_hostile_form_or_profile_is_one_danish_sentence_at_once(hostile, read, error):
    for name, path in hostile.items():
        start = time.monotonic()
        with pytest.raises(error) as err:
            read(path)
        message = str(getattr(err.value, "message", err.value))
        assert EXPECTED[name] in message, (name, message)
        assert "Traceback" not in message and "Expected" not in message and "line" not in message
        assert time.monotonic() - start < 5, name


def test_hostile_certificates_and_passphrase_files(hostile, tmp_path):
    for name in ("fifo", "zero", "huge"):
        with pytest.raises(SigningError, match=EXPECTED[name]):
            organisation_key_material(hostile[name], "x")
        with pytest.raises(SigningError, match=EXPECTED[name].replace("1 MB", "64 kB")):
            read_passphrase_file(hostile[name])
    profile = tmp_path / "organisation.toml"
    profile.write_text(f'[trust]\nanchors = ["{hostile["fifo"]}"]\n')
    with pytest.raises(OrganisationError, match="ikke en almindelig fil"):
        load_profile(profile)


def test_the_command_line_answers_hostile_side_files_with_one_line(hostile, tmp_path):
    checked = run_cli("check-form", str(hostile["fifo"]))
    assert checked.returncode == 2 and checked.stderr.count("\n") == 1, checked.stderr
    assert "ikke en almindelig fil" in checked.stderr
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    trusted = run_cli("verify", str(pdf), "--trust", str(hostile["zero"]))
    assert trusted.returncode == 2 and trusted.stderr.count("\n") == 1, trusted.stderr
    assert "ikke en almindelig fil" in trusted.stderr


def test_json_nested_deeper_than_the_parser_goes_is_never_a_traceback(tmp_path, demo):
    """Python's json gives up by RecursionError (not ValueError) at about 1 000 levels: a lock file
    anyone on a shared drive can write, a protected file's header, the settings and the overview
    cache all crashed on it – the lock at every opening, the settings at every start."""
    from ishoj_mus.storage import musfile, userdirs
    from ishoj_mus.storage.errors import MusFileError
    from ishoj_mus.storage.filelock import FileLock, FileLocked, lock_path_for, read_owner
    from ishoj_mus.storage.overview_scan import _cache_file, scan
    from ishoj_mus.storage.sealed import MAGIC
    from ishoj_mus.storage.settings import Settings

    deep = b"[" * 4000
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    lock_path_for(path).write_bytes(deep)
    assert read_owner(path) is None
    with pytest.raises(FileLocked) as err:  # unreadable: the person is asked, nothing crashes
        FileLock.acquire(path)
    assert "et andet sted" in err.value.message

    sealed = tmp_path / "beskyttet.mus"
    sealed.write_bytes(MAGIC + b"[" * 1000 + b"\n" + b"x" * 64)
    with pytest.raises(MusFileError, match="beskadiget"):
        musfile.load_sealed(sealed, "kode")

    (userdirs.config_dir() / "settings.json").write_bytes(deep)
    assert Settings.load() == Settings()  # defaults, as for any unreadable settings file

    folder = tmp_path / "mappe"
    folder.mkdir()
    musfile.save(demo, folder / "a.mus")
    first = scan(folder)
    _cache_file(folder.resolve()).write_bytes(deep)
    assert [e.record for e in scan(folder).entries] == [e.record for e in first.entries]


def test_a_form_text_of_a_quarter_million_characters_is_refused_by_check_form(tmp_path):
    """It took the preparation sheet 21 s to lay out; a form's texts are questions, not books."""
    from ishoj_mus.paths import default_form_path

    shipped = default_form_path().read_text(encoding="utf-8")
    form = tmp_path / "lang.toml"
    form.write_text(shipped.replace('title = "', 'title = "' + "ord " * 60_000, 1), encoding="utf-8")
    start = time.monotonic()
    with pytest.raises(
        FormError, match="240.0[0-9][0-9] tegn, men en tekst i en formular må højst være på 20.000"
    ):
        load_form(form)
    assert time.monotonic() - start < 5
