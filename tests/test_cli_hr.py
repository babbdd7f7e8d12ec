"""``verify PATH... --json`` and ``file PATH... -o FOLDER`` on HR's in-tray of 28 mixed files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import run_cli
from tests.helpers import folder_snapshot


def _env(hr) -> dict[str, str]:
    return {"ISHOJ_MUS_ORGANISATION": str(hr.profile)}


def test_verify_json_says_what_each_file_really_is(hr_folder):
    done = run_cli("verify", "--json", str(hr_folder.folder), env=_env(hr_folder))
    docs = json.loads(done.stdout)
    assert isinstance(docs, list) and len(docs) == len(hr_folder.expected) == 28
    by_name = {d["file"].rsplit("/", 1)[-1].rsplit("\\", 1)[-1]: d for d in docs}
    assert set(by_name) == set(hr_folder.expected)
    for name, want in hr_folder.expected.items():
        doc = by_name[name]
        for key in (
            "file",
            "verdict",
            "exit",
            "edition",
            "employee",
            "leader",
            "signers",
            "conversation_id",
            "version",
        ):
            assert key in doc, (name, key)
        assert doc["verdict"] == want.verdict, (name, doc["verdict"], doc["message"])
        if want.verdict != "ÆNDRET":
            assert doc["edition"] == want.edition, name
        if want.employee:
            assert doc["employee"] == want.employee, name
        if want.version is not None:
            assert doc["version"] == want.version, name
    genuine = by_name["MUS_05_Brøndum.pdf"]
    assert genuine["leader"] == "Jonas Kristensen" and genuine["signers"][0]["is_leader"] is True
    assert genuine["filing"]["kle"] == "81.03.00" and genuine["filing"]["documentTypeKey"] == "MUS01"
    assert by_name["MUS_01_Hansen_medarbejderens_eksemplar.pdf"]["exit"] == 4
    # the exit status is the worst verdict: the file that is not a PDF
    assert done.returncode == 2


def test_verify_several_paths_prints_each_and_the_worst_exit(hr_folder):
    files = [hr_folder.folder / "MUS_05_Brøndum.pdf", hr_folder.folder / "MUS_Holm_rettet.pdf"]
    done = run_cli("verify", *map(str, files), env=_env(hr_folder))
    assert done.returncode == 3, done.stderr  # GYLDIG and UBEKRÆFTET: UBEKRÆFTET
    assert done.stdout.count("== ") == 2 and "I alt 2 filer: 1 GYLDIG, 1 UBEKRÆFTET." in done.stdout
    assert "Journalisering: MUS-referat, KLE 81.03.00, facet G01, nøgle MUS01" in done.stdout


def test_file_copies_only_what_may_be_filed_and_lists_the_rest(hr_folder, tmp_path):
    before = folder_snapshot(hr_folder.folder)
    out = tmp_path / "journalisering"
    done = run_cli("file", str(hr_folder.folder), "-o", str(out), env=_env(hr_folder))
    assert done.returncode == 1, done.stderr  # some were refused
    assert folder_snapshot(hr_folder.folder) == before  # the inputs are never touched
    filed = {n: e for n, e in hr_folder.expected.items() if e.filed}
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == sorted(e.filed_name for e in filed.values())
    for name, want in filed.items():
        assert (out / want.filed_name).read_bytes() == (hr_folder.folder / name).read_bytes()

    csv_files, json_files = list(out.glob("manifest_*.csv")), list(out.glob("manifest_*.json"))
    assert len(csv_files) == 1 and len(json_files) == 1
    raw = csv_files[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # UTF-8 with BOM, CRLF: a Danish Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == len(hr_folder.expected)
    by_file = {r["Fil"].replace("\\", "/").rsplit("/", 1)[-1]: r for r in rows}
    for name, want in hr_folder.expected.items():
        row = by_file[name]
        if want.filed:
            assert row["Status"] == "journaliseres" and row["Journaliseret som"] == want.filed_name
            assert (row["KLE-nummer"], row["Handlingsfacet"], row["Dokumenttypens nøgle"]) == (
                "81.03.00",
                "G01",
                "MUS01",
            )
        else:
            assert row["Status"] == "afvist" and want.reason in row["Begrundelse"], (name, row["Begrundelse"])
    manifest = json.loads(json_files[0].read_text(encoding="utf-8"))
    assert len(manifest["filed"]) == len(filed) and len(manifest["refused"]) == len(hr_folder.expected) - len(
        filed
    )
    v2 = next(r for r in manifest["filed"] if r["version"] == "2")
    want = hr_folder.expected["MUS_01_Hansen_v2.pdf"]
    assert v2["employee"] == "Mette Hansen" and v2["replaces_signed_at"] == want.replaces_signed_at

    # Again into the same folder: nothing is overwritten, and each is refused with the reason.
    stamps = folder_snapshot(out)
    again = run_cli("file", str(hr_folder.folder), "-o", str(out), env=_env(hr_folder))
    assert again.returncode == 1
    after = folder_snapshot(out)
    assert {k: v for k, v in after.items() if k in stamps} == stamps
    assert len(after) == len(stamps) + 2  # only a second manifest (CSV and JSON)
    assert again.stdout.count("allerede en fil med navnet") == len(filed)


def test_unconfirmed_is_filed_only_when_asked(hr_folder, tmp_path):
    out = tmp_path / "med_ubekraeftede"
    run_cli("file", str(hr_folder.folder / "MUS_Holm_rettet.pdf"), "-o", str(out), env=_env(hr_folder))
    assert not list(out.glob("*.pdf"))
    done = run_cli(
        "file", str(hr_folder.folder / "MUS_Holm_rettet.pdf"), "-o", str(out), "--include-unconfirmed",
        env=_env(hr_folder),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert [p.name for p in out.glob("*.pdf")] == ["104375_Holm_Peter_MUS_2026-11-12_v1.pdf"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["file", "MISSING_OUTPUT"], "disse argumenter mangler"),
        (["verify"], "disse argumenter mangler"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, expected, tmp_path):
    done = run_cli(*args)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and expected in done.stderr


def test_the_filing_folder_must_be_a_folder(hr_folder, tmp_path):
    not_folder = tmp_path / "fil.txt"
    not_folder.write_text("x", encoding="utf-8")
    done = run_cli("file", str(hr_folder.folder), "-o", str(not_folder), env=_env(hr_folder))
    assert done.returncode == 2 and "er ikke en mappe" in done.stderr and done.stderr.count("\n") == 1


def test_json_is_utf8_whatever_the_console_encoding(hr_folder):
    """Redirected on a Windows console the code page may not hold a name; JSON is UTF-8 anyway."""
    done = run_cli(
        "verify", "--json", str(hr_folder.folder / "MUS_04_Østergaard.pdf"),
        env={**_env(hr_folder), "PYTHONIOENCODING": "ascii"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["employee"] == "Søren Østergaard"
