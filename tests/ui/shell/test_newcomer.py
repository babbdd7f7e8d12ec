"""What a newcomer sees in a new, empty conversation: no tick on a step nobody has touched, and
the shared box says in plain Danish who writes there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ishoj_mus.ui.conversation.fields import TextAnswer
from tests.helpers import click_into, fill_new_dialog, open_window, reactivate

LEFT = Qt.MouseButton.LeftButton


def test_untouched_step_has_no_tick_and_shared_box_says_who_writes(qtbot):
    window = open_window(qtbot)
    fill_new_dialog(qtbot)
    qtbot.mouseClick(window.start_page.new_button, LEFT)
    assert window.view is not None, "the new conversation did not open"
    reactivate(qtbot, window)
    view = window.view
    ids = [s.id for s in view.conv.form.steps]
    row = ids.index("lederskab-og-foelgeskab")
    item = view.step_list.item(row)
    # Only the parties' own (optional) answers: nothing missing, but nothing done either.
    assert item.text().startswith("○") and "(0/" in item.text(), item.text()
    assert item.toolTip() == "ikke besvaret endnu"

    shared = [
        e for e in view.current_page().editors if isinstance(e, TextAnswer) and e.voice.value == "faelles"
    ]
    assert shared and shared[0].editor.placeholderText() == "Det, I skriver sammen …"

    view.step_list.setCurrentRow(row)
    qtbot.waitUntil(lambda: view.step_list.currentRow() == row)
    first = next(e for e in view.current_page().editors if isinstance(e, TextAnswer))
    click_into(qtbot, first.editor)
    qtbot.keyClicks(first.editor, "Vi taler godt sammen")
    qtbot.waitUntil(lambda: view.step_list.item(row).text().startswith("✓"))


def test_english_hr_description_uses_english_quotes(qtbot):
    window = open_window(qtbot, lang="en")
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("underskrift"))
    text = view.current_page().outputs.description.text()
    assert "Also not included: “" in text and "»" not in text, text
