"""Settings after ``--lang en`` (walk of issue 25): the list shows the window's language, and
pressing OK – say, to change the text size – saved English as the choice for every start,
although nobody chose it. OK now keeps the saved language unless one is chosen in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from ishoj_mus.storage.settings import Settings
from tests.helpers import open_window, when_modal


def _settings(qtbot, window, act) -> None:
    """Open Settings, let ``act(dialog, language_box)`` do its part, then press OK (Enter)."""

    def handle(dialog: QDialog) -> None:
        box = dialog.rows["language"]
        assert isinstance(box, QComboBox)
        act(dialog, box)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(handle)
    window.open_settings()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_ok_after_lang_en_keeps_the_saved_language(qtbot):
    window = open_window(qtbot, lang="en")
    assert window.settings.language == "da"

    seen = {}

    def bigger_text(dialog, box) -> None:
        seen["shown"], seen["note"] = box.currentData(), dialog.language_note.text()
        zoom = dialog.rows["zoom"]
        zoom.setCurrentIndex(zoom.findData(125))

    _settings(qtbot, window, bigger_text)
    assert Settings.load().zoom == 125  # the change that was made is saved
    assert window.settings.language == "da" and Settings.load().language == "da"
    assert seen["shown"] == "en"  # the list showed the language of this start, and said so:
    assert (
        "the saved choice is still Danish. If you choose a language in the list, OK saves it" in seen["note"]
    )


def test_a_language_chosen_in_the_list_is_saved_even_the_one_shown(qtbot):
    window = open_window(qtbot, lang="en")

    def choose_english(_dialog, box) -> None:  # the list opened, and Enter on English
        box.setFocus()
        box.showPopup()
        qtbot.waitUntil(box.view().isVisible)
        qtbot.keyClick(box.view(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not box.view().isVisible())

    _settings(qtbot, window, choose_english)
    assert Settings.load().language == "en"

    def choose_danish(_dialog, box) -> None:  # by the keyboard on the closed list
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Up)
        assert box.currentData() == "da"

    _settings(qtbot, window, choose_danish)
    assert Settings.load().language == "da"
