"""A file that cannot be brought in as a preparation is said in the window's language (issue 25):
``PreparationError`` carries a code, the catalogue (``text.NOT_BROUGHT_IN_TEXT``) has the words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.domain.preparation import PreparationError, plan_bring_in
from ishoj_mus.storage import musfile
from ishoj_mus.text import preparation_error_text
from ishoj_mus.ui.preparation.bring_in import bring_in
from ishoj_mus.ui.widgets import i18n
from tests.helpers import DANISH, open_window, when_modal


def _warned(qtbot, lang: str, tmp_path) -> tuple[str, str]:
    window = open_window(qtbot, lang=lang)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    conv = window.view.conv
    path = tmp_path / "samtale.mus"
    musfile.save(conv, path)
    seen: list[str] = []

    def note(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(note)
    assert bring_in(window.view, window, path) is False
    assert conv.preparations == {}
    try:
        plan_bring_in(conv, musfile.load(path), path.name)
        raise AssertionError("a conversation was brought in as a preparation")
    except PreparationError as exc:
        danish = preparation_error_text(exc)
    return seen[0], danish


def test_an_english_window_says_a_conversation_is_not_a_preparation(qtbot, tmp_path):
    try:
        text, _ = _warned(qtbot, "en", tmp_path)
        assert text == (
            "“samtale.mus” is a conversation, not a preparation. Choose the file that was saved with “Prepare”."
        )
        assert not DANISH.search(text.replace("samtale.mus", "")), text
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_the_danish_window_says_the_catalogue_s_sentence(qtbot, tmp_path):
    text, danish = _warned(qtbot, "da", tmp_path)
    assert (
        text
        == danish
        == (
            "»samtale.mus« er en samtale, ikke en forberedelse. Vælg den fil, der blev gemt med »Forbered dig«."
        )
    )
