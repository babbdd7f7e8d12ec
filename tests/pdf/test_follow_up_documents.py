"""A half-year follow-up names its own documents: the form says what they are called (issue #26).

Before, its referat was titled "Referat af medarbejderudviklingssamtale (MUS)" with the header
"MUS 20.05.2027", its sheet was a "Forberedelsesark til MUS" and its agreements said
"videreført fra sidste år".
"""

import json
import re

import pikepdf
import pytest

from ishoj_mus.domain.form import Form, FormDocuments, FormError
from ishoj_mus.storage import musfile
from ishoj_mus.storage.musfile import load
from tests.conftest import ROOT, run_cli
from tests.helpers import flat_pdf_text

MUS_WORDS = re.compile(r"medarbejderudviklingssamtale|Forberedelsesark til MUS|sidste år|MUS \d", re.I)


def _metadata(path) -> str:
    with pikepdf.open(path) as pdf:
        info = pdf.docinfo
        return " ".join(str(info.get(k, "")) for k in ("/Title", "/Subject", "/Keywords"))


def test_follow_up_demo_pdf_plan_and_sheet_never_call_it_a_mus(tmp_path):
    src = tmp_path / "opfølgning.mus"
    made = run_cli("demo", "--form", "opfoelgning", "--signed", "-o", str(src))
    assert made.returncode == 0, made.stderr
    for args in (("pdf",), ("pdf", "--copy", "medarbejder"), ("plan",), ("sheet",)):
        result = run_cli(*args, str(src), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    made_files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert made_files == [
        "Forberedelsesark_opfoelgning.pdf",
        "Halvårsopfølgning_2027-05-20_Hansen_Mette_HR.pdf",
        "Halvårsopfølgning_2027-05-20_Hansen_Mette_medarbejderens_eksemplar.pdf",
        "Udviklingsplan_2027-05-20_Hansen_Mette.pdf",
    ]
    for pdf in tmp_path.glob("*.pdf"):
        seen = flat_pdf_text(pdf) + " " + _metadata(pdf)
        assert not MUS_WORDS.search(seen), (pdf.name, MUS_WORDS.search(seen))
    referat = flat_pdf_text(tmp_path / "Halvårsopfølgning_2027-05-20_Hansen_Mette_HR.pdf")
    assert "Referat af halvårsopfølgning" in referat
    assert "Mette Hansen · Halvårsopfølgning 20.05.2027" in referat  # the header of every page
    assert "Videreført fra MUS" in referat
    assert "Forberedelsesark til halvårsopfølgning" in flat_pdf_text(
        tmp_path / "Forberedelsesark_opfoelgning.pdf"
    )
    plan = flat_pdf_text(tmp_path / "Udviklingsplan_2027-05-20_Hansen_Mette.pdf")
    assert "Aftalt 20.05.2027 ved halvårsopfølgningen" in plan


def test_the_yearly_mus_keeps_its_words(signed_demo):
    from ishoj_mus.pdf.files import default_summary_name
    from ishoj_mus.pdf.summary import page_info, summary_story

    assert default_summary_name(signed_demo) == "MUS_2026-11-19_Hansen_Mette.pdf"
    assert page_info(signed_demo).header_left == "Mette Hansen · MUS 19.11.2026"
    assert summary_story(signed_demo)[0].text == "Referat af medarbejderudviklingssamtale (MUS)"


def test_an_old_follow_up_file_without_the_words_still_reads_as_a_follow_up(tmp_path):
    """A .mus saved before forms named their documents carries a form snapshot without them."""
    from ishoj_mus.demo_followup import demo_for_form

    conv = demo_for_form("opfoelgning")
    path = tmp_path / "gammel.mus"
    musfile.save(conv, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["form"]["documents"]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = load(path)
    assert loaded.form.documents.referat_title == "Referat af halvårsopfølgning"


def test_a_form_without_the_table_gets_the_mus_words_and_a_bad_key_is_named():
    form = Form.from_dict(
        {"id": "x", "title": "X", "version": "1", "steps": [{"id": "s", "title": "S", "kind": "summary"}]},
        "x.toml",
        framework=_framework(),
    )
    assert form.documents == FormDocuments()
    with pytest.raises(FormError, match="ukendt nøgle i \\[documents\\]: titel"):
        Form.from_dict(
            {
                "id": "x",
                "title": "X",
                "version": "1",
                "documents": {"titel": "Y"},
                "steps": [{"id": "s", "title": "S", "kind": "summary"}],
            },
            "x.toml",
            framework=_framework(),
        )


def test_demo_refuses_an_unknown_form_without_a_traceback(tmp_path):
    result = run_cli("demo", "--form", "ukendt", "-o", str(tmp_path / "x.mus"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "'ukendt'" in result.stderr
    assert not (tmp_path / "x.mus").exists()


def _framework():
    from ishoj_mus.storage.form_files import shipped_framework

    return shipped_framework()


def test_the_shipped_forms_declare_their_words():
    from ishoj_mus.storage.form_files import load_form

    follow_up = load_form(ROOT / "forms" / "opfoelgning.toml").documents
    assert "MUS" not in follow_up.referat_title and "MUS" not in follow_up.sheet_title
    assert load_form(ROOT / "forms" / "mus.toml").documents == FormDocuments()


def test_plan_without_a_job_title_has_no_trailing_comma(demo):
    from dataclasses import replace

    from ishoj_mus.pdf.documents import plan_story

    demo.employee = replace(demo.employee, job_title="")
    table = plan_story(demo)[2]
    assert table._cellvalues[0][1].text == "Mette Hansen"


def test_show_on_a_pdf_says_what_show_reads(tmp_path):
    """It answered with a message about importing last year's agreements."""
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result = run_cli("show", str(pdf))
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "ishoj-mus: »referat.pdf« er en PDF, og »ishoj-mus show« læser en samtalefil (.mus). "
        "Brug samtalefilen, eller kontrollér PDF'en med »ishoj-mus verify«."
    ]
