"""The walker's overview: two preparation files counted as two extra employees without a name,
and the program's own development plan listed under "Filer, der ikke kunne læses". A folder of
one conversation with its preparations, plan and sheet shows one employee and no problem."""

from __future__ import annotations

from datetime import date

import pikepdf

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.overview import OWN_PLAN, OWN_SHEET, PREPARATION, build_overview
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.pdf.files import write_pdf
from ishoj_mus.pdf.pipeline import plan_pdf, sheet_pdf
from ishoj_mus.storage import musfile
from ishoj_mus.storage.overview_scan import scan


def test_preparations_plans_and_sheets_are_no_employees_and_no_problems(tmp_path, demo):
    musfile.save(demo, tmp_path / "MUS_Mette.mus")
    for voice in (Voice.MEDARBEJDER, Voice.LEDER):
        prep = new_preparation(demo.form, voice)
        musfile.save(prep, tmp_path / f"Forberedelse_{voice.value}.mus")
    write_pdf(plan_pdf(demo, True), tmp_path / "Udviklingsplan_Mette.pdf")
    write_pdf(sheet_pdf(demo.form), tmp_path / "Forberedelsesark_mus.pdf")
    foreign = pikepdf.new()
    foreign.add_blank_page()
    foreign.save(tmp_path / "fremmed.pdf")

    entries = scan(tmp_path, read_summary_pdf, use_cache=False).entries
    overview = build_overview(entries, date(2026, 12, 7))

    assert [r.name for r in overview.rows] == [demo.employee.name], "one employee, no '(uden navn)'"
    assert [p.path.rsplit("/", 1)[1] for p in overview.problems] == ["fremmed.pdf"]
    codes = {e.path.rsplit("/", 1)[1]: e.problem_code for e in entries if not e.ok}
    assert codes == {
        "Forberedelse_medarbejder.mus": PREPARATION,
        "Forberedelse_leder.mus": PREPARATION,
        "Udviklingsplan_Mette.pdf": OWN_PLAN,
        "Forberedelsesark_mus.pdf": OWN_SHEET,
        "fremmed.pdf": "not_conversation",
    }
