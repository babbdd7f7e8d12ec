"""Every letter of every document at least 10 mm from the paper's edge, on A4 and on US Letter.

The radar's label "Modstandskraft og robusthed" sat 1.8 mm from the edge, where most printers
cut it off, and the footer's descenders 9.4 mm. The documents are A4; on Letter paper the page
is printed shrunk to fit (our own printing does so, and PDF readers' "fit"), so the distances
are measured there too. Character boxes come from PDFium.
"""

import pypdfium2
import pytest

from ishoj_mus.domain.edition import Edition, HrPolicy
from ishoj_mus.pdf.documents import render_plan, render_sheet
from ishoj_mus.pdf.summary import render_summary

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
LETTER = (215.9 * MM, 279.4 * MM)
LIMIT_MM = 10.0


def _closest_letters(data: bytes) -> tuple[float, float, str]:
    """The smallest distance of a letter to the edge on A4 and on Letter, and which letter."""
    doc = pypdfium2.PdfDocument(data)
    best_a4, best_letter, where = 1e9, 1e9, ""
    try:
        for index in range(len(doc)):
            page = doc[index]
            w, h = page.get_size()
            assert (round(w), round(h)) == (round(A4[0]), round(A4[1]))
            k = min(LETTER[0] / w, LETTER[1] / h)
            ox, oy = (LETTER[0] - w * k) / 2, (LETTER[1] - h * k) / 2
            text = page.get_textpage()
            for i in range(text.count_chars()):
                char = text.get_text_range(i, 1)
                if not char.strip():
                    continue
                left, bottom, right, top = text.get_charbox(i)
                a4 = min(left, bottom, w - right, h - top) / MM
                letter = (
                    min(ox + left * k, oy + bottom * k, LETTER[0] - ox - right * k, LETTER[1] - oy - top * k)
                    / MM
                )
                if a4 < best_a4 or letter < best_letter:
                    where = f"page {index + 1}: {char!r} at x={left / MM:.1f} mm, y={bottom / MM:.1f} mm"
                best_a4, best_letter = min(best_a4, a4), min(best_letter, letter)
            text.close()
            page.close()
    finally:
        doc.close()
    return best_a4, best_letter, where


def _follow_up():
    from ishoj_mus.demo_followup import demo_for_form

    return demo_for_form("opfoelgning")


DOCUMENTS = {
    "referat (HR)": lambda demo: render_summary(demo, edition=Edition.hr()),
    "referat with a retention note": lambda demo: render_summary(
        demo,
        edition=Edition.hr(HrPolicy.REFERAT, "Opbevares i 5 år efter fratræden, jf. Ishøj Kommunes regler"),
    ),
    "udviklingsplan edition": lambda demo: render_summary(demo, edition=Edition.hr(HrPolicy.UDVIKLINGSPLAN)),
    "employee's copy": lambda demo: render_summary(demo, edition=Edition.employee_copy()),
    "plan": lambda demo: render_plan(demo),
    "sheet": lambda demo: render_sheet(demo.form),
    "follow-up referat": lambda demo: render_summary(_follow_up(), edition=Edition.hr()),
    "follow-up sheet": lambda demo: render_sheet(_follow_up().form),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_letter_is_10_mm_from_the_edge_on_a4_and_letter(name, signed_demo):
    a4, letter, where = _closest_letters(DOCUMENTS[name](signed_demo))
    assert a4 >= LIMIT_MM, f"{name}: {a4:.1f} mm from the A4 edge ({where})"
    assert letter >= LIMIT_MM, f"{name}: {letter:.1f} mm from the Letter edge ({where})"


def test_a_draft_keeps_its_margins_too(demo):
    a4, letter, where = _closest_letters(render_summary(demo, edition=Edition.hr()))
    assert min(a4, letter) >= LIMIT_MM, where
