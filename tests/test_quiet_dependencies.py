"""Issue #24, deliver 7: a command that succeeds says nothing on stderr – no library's warning.

With cryptography 51 every signed ``pdf`` and every ``verify`` printed pyHanko's
``CryptographyDeprecationWarning`` about DSA; newcomers read it as an error.
"""

from __future__ import annotations

import os

from tests.conftest import ROOT, run_cli


def _quiet_env() -> dict[str, str]:
    return {"PYTHONWARNINGS": ""}  # as a person's terminal has it: nobody asked for warnings


def test_demo_pdf_plan_sheet_and_verify_print_nothing_on_stderr(tmp_path):
    env = _quiet_env()
    steps = [
        ("demo", "-o", str(tmp_path / "samtale.mus"), "--signed"),
        ("pdf", str(tmp_path / "samtale.mus"), "-o", str(tmp_path / "referat.pdf")),
        ("pdf", str(tmp_path / "samtale.mus")),  # the default name, beside the file
        ("plan", str(tmp_path / "samtale.mus"), "-o", str(tmp_path / "plan.pdf")),
        ("sheet", str(ROOT / "forms" / "mus.toml"), "-o", str(tmp_path / "ark.pdf")),
    ]
    for args in steps:
        result = run_cli(*args, env=env)
        assert result.returncode == 0, (args, result.stderr)
        assert result.stderr == "", (args, result.stderr)
    result = run_cli("verify", str(tmp_path / "referat.pdf"), env=env)
    assert result.returncode == 3, result.stderr  # signed with the program's own key: UBEKRÆFTET
    assert result.stderr == ""
    assert "UBEKRÆFTET" in result.stdout


def test_who_asks_for_warnings_still_sees_them(tmp_path):
    """A developer's ``-W``/PYTHONWARNINGS is respected: the filter is for people, not for us."""
    run_cli("demo", "-o", str(tmp_path / "samtale.mus"), "--signed")
    env = dict(os.environ, PYTHONWARNINGS="always")
    result = run_cli("pdf", str(tmp_path / "samtale.mus"), "-o", str(tmp_path / "r.pdf"), env=env)
    assert result.returncode == 0
    assert "Warning" in result.stderr
