"""Issue #24, deliver 3 and 5: a default file name is safe on every system and never points at a
file that is there.

A 300-character employee name made ``pdf`` without ``-o`` fail (the name was over 255 bytes), and
``pdf`` run twice replaced the first referat without a word.
"""

from __future__ import annotations

import dataclasses

from ishoj_mus.storage.free_names import free_path
from ishoj_mus.storage.musfile import save
from tests.conftest import run_cli


def _with_name(conv, name: str):
    return dataclasses.replace(conv, employee=dataclasses.replace(conv.employee, name=name))


def test_a_300_character_name_makes_a_pdf_without_o(tmp_path, demo):
    long_name = "Mette " + "Æblegård-" * 33 + "Hansen"  # 300 characters, æ is 2 bytes in UTF-8
    assert len(long_name) >= 300
    src = tmp_path / "samtale.mus"
    save(_with_name(demo, long_name), src)
    for command in ("pdf", "plan"):
        result = run_cli(command, str(src), env={"PYTHONWARNINGS": ""})
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    made = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(made) == 2, made
    for name in made:
        assert len(name.encode("utf-8")) <= 255, name
        assert name.endswith(".pdf")
    assert any(n.startswith("MUS_2026-11-19_") and n.endswith("_HR.pdf") for n in made), made


def test_pdf_twice_without_o_keeps_the_first_referat(tmp_path, demo):
    src = tmp_path / "samtale.mus"
    save(demo, src)
    first = run_cli("pdf", str(src))
    assert first.returncode == 0, first.stderr
    referat = tmp_path / "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    before = referat.read_bytes()
    second = run_cli("pdf", str(src))
    assert second.returncode == 0, second.stderr
    assert referat.read_bytes() == before
    assert (tmp_path / "MUS_2026-11-19_Hansen_Mette_HR_2.pdf").is_file()
    assert "MUS_2026-11-19_Hansen_Mette_HR_2.pdf" in second.stdout


def test_a_free_name_skips_files_backups_and_locks_and_stays_within_255_bytes(tmp_path):
    (tmp_path / "MUS_a.mus").write_text("x")
    (tmp_path / "MUS_a_2.mus.bak").write_text("x")  # the name was in use
    (tmp_path / ".~lock.MUS_a_3.mus#").write_text("x")  # someone has it open
    assert free_path(tmp_path, "MUS_a", ".mus").name == "MUS_a_4.mus"
    long_stem = "ø" * 300
    (tmp_path / free_path(tmp_path, long_stem, ".mus").name).write_text("x")
    second = free_path(tmp_path, long_stem, ".mus")
    assert second.name.endswith("_2.mus") and len(second.name.encode("utf-8")) <= 255


def test_reserved_device_names_are_never_suggested(tmp_path):
    for stem in ("CON", "nul", "com1", "LPT9", "aux"):
        name = free_path(tmp_path, stem, ".pdf").name
        assert name.split(".")[0].lower() not in {"con", "nul", "com1", "lpt9", "aux"}, name


def test_a_preparation_s_default_name_is_safe_whatever_the_name(demo):
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.domain.preparation import new_preparation
    from ishoj_mus.domain.records import Employee
    from ishoj_mus.ui.preparation.file_name import preparation_file_name

    prep = new_preparation(demo.form, Voice.MEDARBEJDER)
    prep.set_employee(Employee(name="Mette " + "Æblegård-" * 40 + "Hansen"))
    name = preparation_file_name(prep)
    assert name.startswith("Forberedelse_medarbejder_") and name.endswith(".mus")
    assert len(name.encode("utf-8")) <= 228
