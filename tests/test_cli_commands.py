"""The command line's start-up seam (issue 25): ``ishoj_mus.cli_commands`` declares every command
and the module that runs it, and each command imports only what it needs."""

from __future__ import annotations

import importlib
import subprocess
import sys

from ishoj_mus import cli_commands
from tests.conftest import ROOT


def test_every_command_of_the_parser_has_a_module_that_runs_it_and_back():
    parser = cli_commands.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(cli_commands.COMMANDS)  # type: ignore[arg-type]
    for entry in [*((m, "run") for m in cli_commands.COMMANDS.values()), *cli_commands.PROCESSES.values()]:
        assert callable(getattr(importlib.import_module(entry[0]), entry[1])), entry
    for entry in (
        cli_commands.WINDOW,
        cli_commands.SELF_TEST,
        cli_commands.LOG_NOTE,
        cli_commands.LOG_EXCEPTION,
        cli_commands.SCAN_FOLDER,
    ):
        assert callable(getattr(importlib.import_module(entry[0]), entry[1])), entry


_LOADED = (
    "import contextlib, io, sys\n"
    "from ishoj_mus.cli import main\n"
    "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
    "    try:\n"
    "        main(sys.argv[1:])\n"
    "    except SystemExit:\n"
    "        pass\n"
    "print(' '.join(sorted(sys.modules)))\n"
)


def _loaded(*args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", _LOADED, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=True,
    )
    return set(out.stdout.split())


def _packages(modules: set[str], *names: str) -> set[str]:
    return {m for m in modules if m.split(".")[0] in names or any(m.startswith(n + ".") for n in names)}


def test_help_loads_no_command(tmp_path):
    loaded = _loaded("--help")
    assert (
        _packages(loaded, "ishoj_mus.domain", "ishoj_mus.storage", "ishoj_mus.pdf", "ishoj_mus.ui") == set()
    )


def test_show_loads_neither_qt_nor_the_pdf_stack(tmp_path):
    demo = tmp_path / "demo.mus"
    subprocess.run(
        [sys.executable, "-m", "ishoj_mus", "demo", "-o", str(demo)], cwd=ROOT, check=True, timeout=120
    )
    loaded = _loaded("show", str(demo))
    assert "ishoj_mus.show" in loaded  # it did show the conversation
    assert _packages(loaded, "PySide6", "ishoj_mus.pdf", "reportlab", "pikepdf", "pyhanko") == set()


def test_verify_loads_no_qt_and_leaves_pyhanko_to_its_workers(tmp_path):
    junk = tmp_path / "x.pdf"
    junk.write_bytes(b"%PDF-1.7\nnot really\n")
    loaded = _loaded("verify", str(junk))
    assert "ishoj_mus.pdf.batch" in loaded  # it did check the file
    assert _packages(loaded, "PySide6", "reportlab", "pikepdf", "pyhanko", "ishoj_mus.ui") == set()


def test_calendar_of_one_conversation_loads_no_pdf_stack(tmp_path):
    """One .mus file needs no PDF reading: the folder's reader (pikepdf, for the referater in a
    folder) is loaded for a folder only (issue 25)."""
    demo = tmp_path / "demo.mus"
    subprocess.run(
        [sys.executable, "-m", "ishoj_mus", "demo", "-o", str(demo)], cwd=ROOT, check=True, timeout=120
    )
    loaded = _loaded("calendar", str(demo), "-o", str(tmp_path / "aftaler.ics"))
    assert "icalendar" in loaded and (tmp_path / "aftaler.ics").exists()  # it did write the calendar
    assert _packages(loaded, "PySide6", "reportlab", "pikepdf", "pyhanko", "ishoj_mus.cli_overview") == set()
