"""The ishoj-mus command line: demo, show, check-form, and one clear line on bad input."""

import os
import subprocess
import sys
import textwrap

import pytest

from ishoj_mus.storage import musfile
from tests.conftest import ROOT, run_cli


def test_demo_then_show(tmp_path):
    out = tmp_path / "demo.mus"
    result = run_cli("demo", "-o", str(out))
    assert result.returncode == 0, result.stderr
    conv = musfile.load(out)
    assert conv.missing() == [] and len(conv.agreements) >= 4 and len(conv.followups) == 3
    shown = run_cli("show", str(out))
    assert shown.returncode == 0
    assert "Mette Hansen" in shown.stdout and "Jonas Kristensen" in shown.stdout
    assert "Sprogvejlederuddannelse" in shown.stdout and "[Medarbejder]" in shown.stdout
    assert "Mangler" not in shown.stdout


def test_signed_demo(tmp_path):
    out = tmp_path / "signed.mus"
    assert run_cli("demo", "--signed", "-o", str(out)).returncode == 0
    conv = musfile.load(out)
    assert conv.is_fully_signed
    assert "underskrevet" in run_cli("show", str(out)).stdout


def test_check_form_ok_and_broken(tmp_path):
    ok = run_cli("check-form", str(ROOT / "forms" / "mus.toml"))
    assert ok.returncode == 0 and "i orden" in ok.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(
        textwrap.dedent(
            """
            id = "x"
            title = "X"
            version = "1"
            [[steps]]
            id = "a"
            title = "A"
            [[steps.fields]]
            id = "f"
            kind = "tekst"
            label = "?"
            """
        ),
        encoding="utf-8",
    )
    result = run_cli("check-form", str(bad))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "trin 'a'" in result.stderr and "felt 'f'" in result.stderr and "Traceback" not in result.stderr


def test_demo_into_missing_folder_is_one_clear_line(tmp_path):
    result = run_cli("demo", "-o", str(tmp_path / "findes-ikke" / "x.mus"))
    assert result.returncode == 2 and "findes ikke" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_missing_argument_is_one_line():
    result = run_cli("show")  # show needs a file
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_help_is_danish_and_says_how_to_open_the_window():
    result = run_cli("--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("brug: ishoj-mus") and "kommandoer:" in out and "vis denne hjælp" in out
    assert "usage:" not in out and "show this help" not in out
    assert "--demo" in out  # a newcomer learns how to start the window on the demo


def test_argparse_errors_are_danish():
    result = run_cli("pdf", "a.mus", "--copy", "hr", "--copy", "x")
    assert result.returncode == 2 and "ugyldigt valg: 'x' (vælg mellem 'hr', 'medarbejder')" in result.stderr
    assert "invalid choice" not in result.stderr and result.stderr.count("\n") == 1
    result = run_cli("pdf")
    assert result.returncode == 2 and "disse argumenter mangler: file" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the DISPLAY check is for X11/Wayland")
def test_no_screen_is_one_clear_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "ishoj_mus"], env=env, capture_output=True, text=True,
                            timeout=60, cwd=ROOT)  # fmt: skip
    assert result.returncode == 2 and "ingen skærm" in result.stderr and result.stderr.count("\n") == 1


def test_commands_that_write_respect_a_window_s_lock_and_reading_says_so(tmp_path, demo):
    """A conversation open in a window (here: this test process holds its lock) is never
    overwritten from the command line; reading it works, and says that unsaved changes there
    are not included."""
    import json

    from ishoj_mus.storage.filelock import FileLock, lock_path_for

    path = tmp_path / "samtale.mus"
    musfile.save(demo, path)
    before = path.read_bytes()
    lock = FileLock.acquire(path)  # a window on this computer, still running
    try:
        result = run_cli("demo", "-o", str(path))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert "»samtale.mus« er åbnet af" in result.stderr and "bliver ikke overskrevet" in result.stderr
        assert "Traceback" not in result.stderr and path.read_bytes() == before

        shown = run_cli("show", str(path))
        assert shown.returncode == 0 and "Mette Hansen" in shown.stdout
        assert shown.stderr.count("\n") == 1 and "Bemærk: »samtale.mus« er åbnet af" in shown.stderr
        assert "senest gemte udgave" in shown.stderr
    finally:
        lock.release()

    # A PDF is never written into a conversation file, locked or not.
    other = tmp_path / "anden.mus"
    musfile.save(demo, other)
    kept = other.read_bytes()
    for command in ("pdf", "plan"):
        refused = run_cli(command, str(path), "-o", str(other))
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
        assert "Vælg et navn, der ender på .pdf" in refused.stderr
    assert other.read_bytes() == kept

    # A lock left by a program on this computer that has stopped does not stand in the way.
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    import socket

    lock_path_for(path).write_text(
        json.dumps(
            {
                "user": "x",
                "host": socket.gethostname(),
                "pid": int(dead.stdout),
                "since": "2026-11-27T09:12:00+01:00",
                "token": "t",
            }
        ),
        encoding="utf-8",
    )
    assert run_cli("demo", "-o", str(path)).returncode == 0
    assert run_cli("show", str(path)).stderr == ""


def test_self_test_without_the_windows_modules_says_so_in_one_danish_line(tmp_path):
    """A Qt library missing from the system (simulated: importing PySide6.QtWidgets fails as it
    does without libEGL): the self-test names what failed and what to do – not the command
    line's »uventet fejl«, and no traceback."""
    missing_library = textwrap.dedent(
        """
        import sys
        from importlib.abc import MetaPathFinder

        class NoQtWidgets(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6.QtWidgets":
                    raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

        sys.meta_path.insert(0, NoQtWidgets())
        from ishoj_mus.cli import main

        sys.exit(main(["--self-test"]))
        """
    )
    env = dict(os.environ, ISHOJ_MUS_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", missing_library], env=env, capture_output=True, text=True,
                            timeout=60, cwd=ROOT)  # fmt: skip
    assert result.returncode == 1 and result.stdout == "", result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith(
        "Selvtest fejlede: programmets vindue kunne ikke indlæses (ImportError: libEGL.so.1"
    )
    assert "Installér programmet igen" in result.stderr and "uventet fejl" not in result.stderr
