"""Walk F12: saving the HR edition before both have signed asks first; Enter (the default)
must be the safe answer – no draft PDF is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.helpers import open_window, when_modal


def test_enter_on_the_draft_question_does_not_make_a_draft(qtbot, monkeypatch):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    assert not window.view.conv.is_fully_signed
    asked_for_a_path: list[str] = []
    monkeypatch.setattr(
        type(window.outputs), "_ask_pdf_path", lambda self, title, name: asked_for_a_path.append(name)
    )
    seen: dict[str, str] = {}

    def press_enter(box):
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text() if box.defaultButton() else ""
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_modal(press_enter, kind=QMessageBox)
    window.outputs.save_pdf()
    assert "UDKAST" in seen["text"]
    assert seen["default"].replace("&", "") == "Nej"
    assert asked_for_a_path == []  # Enter said No: no save dialog, no draft
