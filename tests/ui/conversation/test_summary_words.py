"""The CLI text, the window's Opsummering and the PDF referat take their shared words from the
catalogue (``text.PHRASE_TEXT``, issue 25): rewording »Ikke relevant« or the heading over the
marked behaviours there rewords all three, so they cannot drift apart."""

from __future__ import annotations

import re
from html import unescape

import pypdfium2

from ishoj_mus import text
from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, Voice
from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.show import summary_text
from ishoj_mus.text import Phrase
from ishoj_mus.ui.conversation.summary_html import summary_html


def _flat(said: str) -> str:
    return " ".join(said.split())


def test_the_three_summaries_say_the_catalogue_s_words(qapp, monkeypatch):
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.NOT_RELEVANT, "Ikke aktuelt for os")
    monkeypatch.setitem(text.PHRASE_TEXT, Phrase.MARKED_BEHAVIOURS, "Adfærd, som I har fremhævet")
    conv = demo_conversation()
    conv.set_not_relevant("balance", True)
    conv.set_behaviour_mark("lederskab:2", Voice.MEDARBEJDER, BehaviourMarking(BehaviourMark.STYRKE, "Mere"))

    shown = _flat(summary_text(conv, width=10_000))
    window = _flat(unescape(re.sub(r"<[^>]+>", " ", summary_html(conv))))
    pdf = pypdfium2.PdfDocument(render_summary(conv))
    referat = _flat(" ".join(page.get_textpage().get_text_range() for page in pdf))
    for said in (shown, window, referat):
        assert "Ikke aktuelt for os" in said and "Ikke relevant" not in said
        assert "Adfærd, som I har fremhævet" in said and "peget på" not in said
