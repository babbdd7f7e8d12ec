"""With one answer missing, the English window says "1 answer is still missing", not "1 answers
are" (the walk in English found it on »Opsummering«): on the summary, on the signing page and in
the refusal. Danish "1 svar" reads the same either way."""

from __future__ import annotations

from ishoj_mus import text
from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.codes import RefusalCode, SigningRefused, Voice
from ishoj_mus.ui.widgets.i18n import tr
from tests.helpers import open_window


def test_one_missing_answer_is_singular_in_english(qtbot):
    window = open_window(qtbot, lang="en")
    conv = demo_conversation()
    conv.set_answer("kerneopgave", Voice.FAELLES, "")
    assert len(conv.missing()) == 1
    window.show_conversation(conv, None)
    view = window.view
    ids = [s.id for s in conv.form.steps]
    view.go(ids.index("opsummering"))
    summary = view.current_page().missing_label.text()
    assert "1 answer is still missing:" in summary, summary
    view.go(ids.index("underskrift"))
    signing = view.current_page().missing.text()
    assert signing.startswith("1 answer that must be included is still missing."), signing
    refusal = text.refusal_text(SigningRefused(RefusalCode.ANSWERS_MISSING, count=1), tr)
    assert refusal.startswith("1 answer is still missing."), refusal


def test_the_danish_counts_are_unchanged():
    said = text.refusal_text(SigningRefused(RefusalCode.ANSWERS_MISSING, count=2))
    assert said == "Der mangler stadig 2 svar. Under »Opsummering« kan I se hvilke."
    said = text.refusal_text(SigningRefused(RefusalCode.ANSWERS_MISSING, count=1))
    assert said == "Der mangler stadig 1 svar. Under »Opsummering« kan I se hvilket."
