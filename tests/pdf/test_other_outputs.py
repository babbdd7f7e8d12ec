"""The preparation sheet, the plan extract, and importing last year's agreements from a PDF."""

import io
import re

import pikepdf
import pikepdf.pdfa

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import Employee
from ishoj_mus.importing import plan_import
from ishoj_mus.pdf import pipeline
from ishoj_mus.storage import musfile
from tests.conftest import ROOT, run_cli
from tests.helpers import flat_pdf_text, pdf_words


def test_sheet_has_every_question_and_the_framework(tmp_path):
    out = tmp_path / "ark.pdf"
    result = run_cli("sheet", str(ROOT / "forms" / "mus.toml"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = re.sub(r"[\s\-]", "", flat_pdf_text(out))
    from ishoj_mus.storage.form_files import load_form

    form = load_form(ROOT / "forms" / "mus.toml")
    for _, f in form.fields():
        if f.kind.value in ("long_text", "short_text", "choice"):
            assert re.sub(r"[\s\-]", "", f.label) in text, f.label
    for b in form.framework.behaviours:
        for item in b.items:
            assert re.sub(r"[\s\-]", "", item) in text
    assert pikepdf.pdfa.validate_written(out, "3b").passed


def test_plan_holds_only_participants_and_agreements(tmp_path, demo):
    src = tmp_path / "demo.mus"
    musfile.save(demo, src)
    result = run_cli("plan", str(src))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "Udviklingsplan_2026-11-19_Hansen_Mette.pdf"
    text = flat_pdf_text(out)
    assert "Mette Hansen" in text and "Jonas Kristensen" in text
    assert "Sprogvejlederuddannelse" in text
    assert demo.answer("feedback_til_leder", demo.form.field("feedback_til_leder").voices[0])[:30] not in text
    assert "Fortroligt" not in text


def test_next_year_imports_agreements_from_the_signed_pdf(tmp_path, signed_demo):
    data = pipeline.summary_pdf(signed_demo)
    pdf = tmp_path / "MUS_2026-11-19_Hansen_Mette.pdf"
    pdf.write_bytes(data)
    plan = plan_import(pdf, _next_year(signed_demo))  # as »Hent sidste års aftaler« asks
    assert [f.agreement for f in plan.new] == signed_demo.agreements and plan.already == 0
    assert all(f.status is None and f.source == plan.previous.description for f in plan.new)
    assert pdf.name in plan.previous.description


def test_import_from_a_mus_file(tmp_path, demo):
    path = tmp_path / "sidste.mus"
    musfile.save(demo, path)
    next_year = _next_year(demo)
    plan = plan_import(path, next_year)
    assert [f.agreement.what for f in plan.new] == [a.what for a in demo.agreements]
    next_year.set_followups(plan.merged(next_year))
    assert not plan_import(path, next_year).new  # brought in once: a second time adds nothing


def _next_year(conv):
    """Next year's conversation with the same employee, before anything is brought in."""
    return Conversation(form=conv.form, employee=Employee(conv.employee.name))


def test_pdf_cli_on_signed_demo_signs_and_on_bad_file_exits_2(tmp_path):
    src = tmp_path / "s.mus"
    assert run_cli("demo", "--signed", "-o", str(src)).returncode == 0
    result = run_cli("pdf", str(src))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    assert b"/ByteRange" in out.read_bytes()
    assert run_cli("verify", str(out)).returncode == 3  # intact, self-made key: UBEKRÆFTET
    bad = tmp_path / "bad.mus"
    bad.write_text("{", encoding="utf-8")
    result = run_cli("pdf", str(bad))
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_plan_and_sheet_are_pdfa(demo):
    for data in (pipeline.plan_pdf(demo), pipeline.sheet_pdf(demo.form)):
        assert pikepdf.pdfa.validate_written(io.BytesIO(data), "3b").passed


def test_sheet_prints_each_hint_under_its_own_question_above_the_writing_lines(tmp_path):
    """The hints used to print under the writing lines, where they read as the next question's."""

    from ishoj_mus.pdf.documents import render_sheet
    from ishoj_mus.storage.form_files import load_form

    form = load_form(ROOT / "forms" / "mus.toml")
    out = tmp_path / "ark.pdf"
    out.write_bytes(render_sheet(form))
    words = pdf_words(out, 1)  # word, top, bottom (points from the top)

    def first(sequence: str) -> tuple[float, float]:
        want = sequence.split()
        for i in range(len(words)):
            if [w for w, *_ in words[i : i + len(want)]] == want:
                return words[i][1], words[i + len(want) - 1][2]
        raise AssertionError(f"{sequence!r} not on page 1")

    checked = 0
    for _, field in form.fields():
        if not field.help or field.kind.value not in ("long_text", "short_text"):
            continue
        try:
            question_bottom = first(field.label)[1]
        except AssertionError:
            continue  # on a later page
        hint_top = first(field.help)[0]
        # right under the question and its voice labels (about 10 pt), not after the lines (≥ 60 pt)
        assert 0 < hint_top - question_bottom < 25, (field.label, hint_top - question_bottom)
        checked += 1
    assert checked >= 2
