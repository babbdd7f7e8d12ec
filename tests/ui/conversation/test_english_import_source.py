"""Where imported agreements came from, in the English window (issue 25, walk at 100 %): the
source is stored in Danish with each agreement (the file and the PDF keep »MUS 19.11.2026 mellem
A og B (fil.mus)«); the English window words it: "MUS, 19.11.2026, between A and B (fil.mus)"."""

from __future__ import annotations

from datetime import date

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.conversation import followups_from
from ishoj_mus.importing import PreviousConversation
from ishoj_mus.storage import musfile
from ishoj_mus.text import source_text
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from tests.helpers import open_window


def _source():
    last = demo_conversation()  # Mette Hansen and Jonas Kristensen
    last.date = date(2026, 11, 19)
    return last, PreviousConversation(last, "sidste (1).mus").description


def test_the_stored_source_stays_danish_and_reads_back():
    _last, source = _source()
    assert source == "MUS 19.11.2026 mellem Mette Hansen og Jonas Kristensen (sidste (1).mus)"
    assert source_text(source) == source  # Danish as it stands
    english = {
        "%1 %2 mellem %3 (%4)": "%1, %2, between %3 (%4)",
        "%1 og %2": "%1 and %2",
        "uden dato": "no date",
    }
    assert source_text(source, lambda t: english.get(t, t)) == (
        "MUS, 19.11.2026, between Mette Hansen and Jonas Kristensen (sidste (1).mus)"
    )
    assert source_text("MUS_2025-11-20_Hansen_Mette.pdf", lambda t: english.get(t, t)) == (
        "MUS_2025-11-20_Hansen_Mette.pdf"
    )
    undated = source.replace("19.11.2026", "uden dato")
    assert source_text(undated, lambda t: english.get(t, t)).startswith("MUS, no date, between")


def test_the_english_window_says_where_the_agreements_came_from_in_english(qtbot, tmp_path):
    last, source = _source()
    conv = demo_conversation()
    conv.set_followups(followups_from(last, source))
    path = tmp_path / "samtale.mus"
    musfile.save(conv, path)
    window = open_window(qtbot, lang="en")
    try:
        assert window.open_path(path, ask=False) is not False
        view = window.view
        step = next(i for i, s in enumerate(view.conv.form.steps) if s.id == "siden-sidst")
        view.go(step)
        editor = view.stack.currentWidget().findChild(FollowupsEditor)
        text = editor.origin.text()
        assert "MUS, 19.11.2026, between Mette Hansen and Jonas Kristensen (sidste (1).mus)" in text, text
        assert "mellem" not in text and " og " not in text, text
        assert view.conv.followups[0].source == source  # the file keeps the Danish
    finally:
        window.document.mark_clean()
