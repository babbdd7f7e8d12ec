"""messages.ask(): the one message box with named buttons (issue 25) shows them in the order
given, then Cancel; Enter takes the default, Escape cancels, and the answer is the button's place."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.ui.widgets import messages
from tests.conftest import ROOT
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


def _question_buttons() -> list[tuple[str, list[str]]]:
    """Each list of a question's own buttons in ui (``[(tr("…"), QMessageBox.ButtonRole.…), …]``)."""
    found = []
    for path in sorted((ROOT / "ishoj_mus" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.List):
                continue
            labels = [
                item.elts[0].args[0].value
                for item in node.elts
                if isinstance(item, ast.Tuple)
                and len(item.elts) == 2
                and isinstance(item.elts[0], ast.Call)
                and getattr(item.elts[0].func, "id", "") == "tr"
                and isinstance(item.elts[0].args[0], ast.Constant)
                and "ButtonRole" in ast.unparse(item.elts[1])
            ]
            if labels:
                found.append((path.name, labels))
    return found


def _letter(label: str) -> str:
    at = label.find("&")
    return label[at + 1].lower() if at >= 0 and at + 1 < len(label) else ""


def test_every_question_button_has_its_own_alt_letter_in_danish_and_english():
    english = {
        m.findtext("source"): m.findtext("translation") or ""
        for m in ET.parse(ROOT / "resources" / "translations" / "ishoj_mus_en.ts").getroot().iter("message")
    }
    questions = _question_buttons()
    assert len(questions) >= 8  # the file, preparation, replace and GRUS questions
    for file, labels in questions:
        for words in (labels, [english.get(label, "") for label in labels]):
            letters = [_letter(label) for label in words]
            assert all(letters), f"{file}: a button without an Alt+letter among {words}"
            assert len(set(letters)) == len(letters), f"{file}: two buttons share a letter: {words}"
