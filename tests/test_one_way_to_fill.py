"""A sentence gets its names and numbers one way: ``text.fill(template, a, b)`` (issue 25).

A chain of ``.replace("%1", a).replace("%2", b)`` puts ``b`` inside ``a`` when ``a`` itself holds
"%2": a conversation file named »a%2.mus«, an employee named "50%1", a folder path with a "%".
``fill`` fills every placeholder in one pass, so a value is never filled again. This test keeps
the chains (and single ``.replace("%1", …)``, which become chains the day a sentence gets a
second value) out of the package.
"""

from __future__ import annotations

import ast
import re

from ishoj_mus.text import Words, fill
from tests.conftest import ROOT

PLACEHOLDER = re.compile(r"%\d")


def _fills_a_placeholder(node: ast.Call) -> bool:
    """``x.replace("%1", …)``, ``x.replace('%2', …)`` or ``x.replace(f"%{n}", …)``."""
    if not (isinstance(node.func, ast.Attribute) and node.func.attr == "replace" and node.args):
        return False
    first = node.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return bool(PLACEHOLDER.match(first.value))
    if isinstance(first, ast.JoinedStr) and first.values:
        head = first.values[0]
        return isinstance(head, ast.Constant) and str(head.value).startswith("%")
    return False


def _replace_fills() -> list[str]:
    found: set[str] = set()
    for path in sorted((ROOT / "ishoj_mus").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _fills_a_placeholder(node):
                found.add(f"{name}:{node.lineno}")
    return sorted(found)


def test_no_module_fills_a_placeholder_with_replace():
    found = _replace_fills()
    assert not found, (
        'fill these sentences with ishoj_mus.text.fill(tr("… %1 … %2 …"), a, b) (or Words(…).text(tr)), '
        'not .replace("%1", a).replace("%2", b): a value holding "%2" gets the next value put inside '
        f"it: {found}"
    )


def test_the_scan_sees_every_way_of_writing_it():
    tree = ast.parse(
        't.replace("%1", a)\nt.replace(\n    \'%2\', b\n)\nt.replace(f"%{n}", c)\nt.replace("a", "b")'
    )
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert [_fills_a_placeholder(c) for c in calls] == [True, True, True, False]


def test_a_value_is_never_filled_again():
    assert fill("Kopi i %1 fra %2.", "»a%2b.mus«", "19.11.2026") == "Kopi i »a%2b.mus« fra 19.11.2026."
    assert fill("%2 med %1", "50%1", "MUS") == "MUS med 50%1"
    assert Words("%1 og %2", ("%2", Words("%1"))).text() == "%2 og %1"


def test_a_placeholder_without_a_value_stays_as_written():
    """As ``.replace`` left it: no IndexError in front of the user, and %0 is not the last value."""
    assert fill("%1 af %2", "3") == "3 af %2"
    assert fill("%0 og %1", "a") == "%0 og a"
    assert fill("Zoom: %1 %", "120") == "Zoom: 120 %"
