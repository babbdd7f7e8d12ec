"""The CLI text, the window's Opsummering and the PDF referat walk the same outline: the same
sections, own topics and items in the same order, whichever of the three a user reads."""

from __future__ import annotations

import re
from html import unescape

import pypdfium2

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, Voice
from ishoj_mus.domain.outline import Answers, Section, Topic, build_outline
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.show import summary_text
from ishoj_mus.ui.conversation.summary_html import summary_html

M, L, F = Voice.MEDARBEJDER, Voice.LEDER, Voice.FAELLES


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in order in ``text`` (empty: all there, in this order)."""
    at, lost = 0, []
    for needle in needles:
        found = text.find(needle, at)
        if found < 0:
            lost.append(needle)
        else:
            at = found + len(needle)
    return lost


def test_text_window_and_pdf_show_the_same_outline_in_the_same_order(qapp):
    conv = demo_conversation()
    conv.insert_topic(0, OwnTopic("Arbejdstid om sommeren", (M, L), None, ((M, "Ferie i juli"),)))
    first = next(s for s in conv.form.steps if s.framework)
    conv.insert_topic(1, OwnTopic("Kollegaer", (F,), first.id, ((F, "Vi taler mere sammen"),)))
    conv.set_behaviour_mark("lederskab:2", M, BehaviourMarking(BehaviourMark.STYRKE, "Mere af det"))

    needles: list[str] = []
    for part in build_outline(conv).body:
        if isinstance(part, Topic):
            needles.append(f"Eget emne: {part.title}")
            continue
        assert isinstance(part, Section)
        needles.append(part.title)
        for item in part.items:
            if isinstance(item, Answers):
                needles.append(_flat(item.label)[:40])
            elif isinstance(item, Topic):
                needles.append(f"Eget emne: {item.title}")
    assert len(needles) > 30

    text = _flat(summary_text(conv, width=10_000))
    window = _flat(unescape(re.sub(r"<[^>]+>", " ", summary_html(conv))))
    pdf = pypdfium2.PdfDocument(render_summary(conv))
    referat = _flat(" ".join(page.get_textpage().get_text_range() for page in pdf))
    assert _in_order(text, needles) == []
    assert _in_order(window, needles) == []
    assert _in_order(referat, needles) == []
