"""The referat's speed-ups change nothing on the page: plain paragraphs skip the markup parser
but lay out exactly as parsed ones, the printable copy shares what needs no change without
touching the original, and the PDF worker's pause of the garbage collector always ends."""

from __future__ import annotations

import gc
import io
from xml.sax.saxutils import escape

import pytest
from reportlab.platypus import Paragraph

from ishoj_mus.domain.codes import Voice
from ishoj_mus.pdf import worker, worker_main
from ishoj_mus.pdf.glyphs import MISSING_GLYPH
from ishoj_mus.pdf.layout import breakable, p, printable_copy, styles

TEXTS = [
    "Vi har talt om hverdagen på Ågården.",
    "  mellemrum   før, midt i  og efter  ",
    "Æble, øl og å – “citat” … 😀 " * 12,
    "x" * 150 + " et meget langt ord uden mellemrum",
    "tab\tog\u00a0hårdt mellemrum",
    "•",
]


@pytest.mark.parametrize("style", ["body", "cell", "voice", "question", "missing", "fw"])
@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_paragraph_lays_out_exactly_as_the_parsed_one(text, style):
    fast = p(text, style)
    parsed = Paragraph(escape(breakable(text)), styles()[style])
    assert [(f.text, f.fontName, f.fontSize, f.textColor) for f in fast.frags] == [
        (f.text, f.fontName, f.fontSize, f.textColor) for f in parsed.frags
    ]
    assert fast.wrap(180, 10_000) == parsed.wrap(180, 10_000)
    assert [line[1] for line in fast.blPara.lines] == [line[1] for line in parsed.blPara.lines]


def test_text_with_markup_characters_or_line_breaks_still_shows_as_written():
    para = p("A < B & C > D\nny linje", "body")
    para.wrap(400, 1000)
    assert "A < B & C > D" in para.getPlainText() and "ny linje" in para.getPlainText()


def test_the_printable_copy_shares_what_needs_no_change_and_never_touches_the_original(demo):
    same, replaced = printable_copy(demo)
    assert same is demo and replaced == 0  # the demo is all drawable: nothing copied

    # (a character the PDF's fonts cannot draw; a lone surrogate never reaches the conversation)
    demo.set_answer("trivsel", Voice.LEDER, "godt\u6f22samarbejde")
    copy, replaced = printable_copy(demo)
    assert replaced == 1
    assert copy.answer("trivsel", Voice.LEDER) == f"godt{MISSING_GLYPH}samarbejde"
    assert demo.answer("trivsel", Voice.LEDER) == "godt\u6f22samarbejde"  # the attached data keep it
    assert copy.form is demo.form  # untouched parts are shared, not copied


def _failing() -> None:
    raise ValueError("boom")


def _answer() -> int:
    return 42


def test_the_worker_collects_garbage_again_after_every_pdf_even_a_failed_one(monkeypatch):
    monkeypatch.setattr(worker_main, "warm_up", lambda: None)
    requests = b"".join(
        worker.encode(worker.Request(n, worker.Job(function)))
        for n, function in ((1, _failing), (2, _answer))
    )
    out = io.BytesIO()
    try:
        assert worker_main.serve(io.BytesIO(requests), out) == 0
        assert gc.isenabled()  # a worker left without collection would grow for the rest of the day
    finally:
        gc.unfreeze()
        gc.enable()
    replies = worker.decode_frames(bytearray(out.getvalue()))
    assert replies[0] == worker.Ready(ok=True)
    assert isinstance(replies[1], worker.Failed) and replies[1].id == 1 and replies[1].known is False
    assert replies[2] == worker.Done(id=2, result=42)
