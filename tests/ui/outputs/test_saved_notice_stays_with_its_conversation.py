"""'PDF'en er gemt som …' followed the person into unrelated conversations (issue #26)."""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.ui.outputs.saved_notice import show_saved
from tests.helpers import open_window


def test_the_saved_notice_goes_when_another_conversation_opens(qtbot, demo):
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    notice = show_saved(window, Path("/tmp/MUS_2026-11-19_Hansen_Mette_HR.pdf"))
    assert not notice.isHidden() and "MUS_2026-11-19_Hansen_Mette_HR.pdf" in notice.text.text()
    window.open_demo()
    assert notice.isHidden()


def test_a_pdf_name_holding_a_placeholder_is_shown_as_it_is(qtbot, demo, tmp_path):
    """Issue 25: the name went in as %1 and the folder as %2 after it, so a PDF saved as
    »referat%2.pdf« was shown with the folder inside its name."""
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    folder = tmp_path / "MUS %1"
    notice = show_saved(window, folder / "referat%2.pdf")
    assert notice.text.text() == f"PDF'en er gemt som »referat%2.pdf« i mappen {folder}."
