"""Walk 2 (/tmp/walk2/74-qt150-fixed-settings.png): Qt opens a dialog at most two thirds of the
screen. At 150 % display scaling a 1366 × 768 laptop has 911 × 512 px, so Settings opened
607 × 341 and the language note (four lines after --lang en) was squeezed into two cut lines.
The dialog now takes the height its words need, within the screen's room."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ishoj_mus.ui.shell.settings_dialog import SettingsDialog
from tests.helpers import open_window


def test_the_language_note_is_whole_on_a_small_screen(qtbot):
    window = open_window(qtbot, lang="en")  # the saved choice stays Danish: the long note
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    room = dialog.screen().availableGeometry()
    note = dialog.language_note
    assert "the saved choice is still Danish" in note.text()
    assert note.height() >= note.heightForWidth(note.width()), (
        note.size(),
        note.heightForWidth(note.width()),
    )
    assert dialog.frameGeometry().height() <= room.height() and dialog.width() <= room.width()
