"""messages.ask(): the one message box with named buttons (issue 25) shows them in the order
given, then Cancel; Enter takes the default, Escape cancels, and the answer is the button's place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.ui.widgets import messages
from tests.helpers import when_message_box

BUTTONS = [
    ("Kun de &gyldige", QMessageBox.ButtonRole.AcceptRole),
    ("&Også de ubekræftede", QMessageBox.ButtonRole.DestructiveRole),
]


def _ask(qtbot, key, default: int | None = 0) -> tuple[int | None, dict]:
    seen: dict = {}

    def answer(box: QMessageBox) -> None:
        seen["name"] = box.objectName()
        seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel).text()
        seen["roles"] = {b.text(): box.buttonRole(b) for b in box.buttons()}
        seen["default"] = box.defaultButton().text()
        seen["plain"] = box.textFormat() == Qt.TextFormat.PlainText
        qtbot.keyClick(box, key)

    when_message_box(answer)
    return messages.ask(
        None, QMessageBox.Icon.Warning, "Titel", "<b>Tekst</b>", BUTTONS, default, name="n"
    ), seen


def test_enter_takes_the_default_and_the_box_is_plain_and_named(qtbot):
    answer, seen = _ask(qtbot, Qt.Key.Key_Return)
    assert answer == 0
    assert seen["default"] == "Kun de &gyldige" and seen["name"] == "n" and seen["plain"]
    cancel = seen["cancel"]
    assert seen["roles"] == {
        "Kun de &gyldige": QMessageBox.ButtonRole.AcceptRole,
        "&Også de ubekræftede": QMessageBox.ButtonRole.DestructiveRole,
        cancel: QMessageBox.ButtonRole.RejectRole,
    }


def test_escape_cancels(qtbot):
    answer, _ = _ask(qtbot, Qt.Key.Key_Escape)
    assert answer is None


def test_a_mnemonic_picks_its_button_and_none_as_default_makes_cancel_the_default(qtbot):
    answer, seen = _ask(qtbot, Qt.Key.Key_O, default=None)  # Alt not needed in a message box
    assert seen["default"] == seen["cancel"]
    assert answer == 1
