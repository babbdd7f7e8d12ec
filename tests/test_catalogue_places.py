"""A sentence is found in a known place (issue 25): a table of words for codes (a dict whose
values are ``da("…")`` templates) lives only in a catalogue module that CONTRIBUTING.md lists
under »Where the words are«, and every module listed there exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ishoj_mus"


def listed_catalogues() -> set[str]:
    """The modules CONTRIBUTING's »Where the words are« names, relative to the package."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = text.index("- **Where the words are**")
    end = text.index("\n- **", start + 1)
    return {m for m in re.findall(r"`([\w/]+\.py)`", text[start:end]) if not m.startswith("tests/")}


def da_tables(path: Path) -> list[int]:
    """The lines where ``path`` has a dict literal with a ``da(…)`` value."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict) and any(
            isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "da"
            for v in node.values
        ):
            found.append(node.lineno)
    return found


def test_the_listed_catalogue_modules_exist():
    listed = listed_catalogues()
    assert "text.py" in listed and len(listed) >= 10, listed
    assert [m for m in sorted(listed) if not (PACKAGE / m).is_file()] == []


def test_tables_of_words_live_only_in_the_listed_catalogue_modules():
    listed = listed_catalogues()
    elsewhere = {
        f"{rel}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (rel := path.relative_to(PACKAGE).as_posix()) not in listed
        for line in da_tables(path)
    }
    assert elsewhere == set(), (
        "a table of da() words outside the catalogue modules: move it into one of them, or list "
        "its module in CONTRIBUTING.md under »Where the words are«"
    )
