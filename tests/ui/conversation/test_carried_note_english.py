"""An agreement carried on from a follow-up says so in the form's own words, and in the English
window in the form's own English (``carried_note_en``), as every other form text (issue 25): no
table of known Danish notes in the window, so a form's own note is never left in Danish."""

from __future__ import annotations

from dataclasses import replace

from ishoj_mus.demo import demo_conversation
from ishoj_mus.ui.conversation.agreements import carried_note
from ishoj_mus.ui.widgets import i18n


def test_the_carried_note_is_the_form_s_own_in_either_language(qapp):
    conv = demo_conversation()
    conv.form = replace(
        conv.form,
        documents=replace(conv.form.documents, carried_note="videreført fra forrige samtale"),
        documents_en=(("carried_note", "carried forward from the last conversation"),),
    )
    assert carried_note(conv) == "videreført fra forrige samtale"
    i18n.install(qapp, "en")
    assert carried_note(conv) == "carried forward from the last conversation"
    assert carried_note(demo_conversation()) == "carried forward from last year"  # as the window said it
