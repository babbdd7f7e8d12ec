"""The document's change notices are typed: every part the domain names is a Part."""

from __future__ import annotations

import ast

from ishoj_mus.domain.codes import Voice
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.changes import Change, Part
from ishoj_mus.ui.conversation.document import ConversationDocument
from tests.conftest import ROOT


def _notices() -> set[str]:
    """The part names the domain passes to ``_changed`` (an f-string: its text before the key)."""
    found = set()
    for path in (ROOT / "ishoj_mus" / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_changed" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant):
                    found.add(arg.value)
                elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    found.add(arg.values[0].value)
    return found


def test_every_part_the_domain_names_is_a_part():
    notices = _notices()
    assert "agreements" in notices and "answer:" in notices
    for what in notices:
        assert Change.from_notice(what).part in Part


def test_an_edit_says_which_part_and_field_changed(qtbot, demo):
    document = ConversationDocument(demo)
    heard: list[Change] = []
    document.changed.connect(heard.append)
    document.push(commands.SetAnswer(demo, "kerneopgave", Voice.FAELLES, "Ny tekst"))
    assert heard == [Change(Part.ANSWER, "kerneopgave")]
    document.undo()
    assert heard[-1] == Change(Part.ANSWER, "kerneopgave")
    document.close()
