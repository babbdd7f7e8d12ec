"""The window's routes to its rooms resolve (issue 25, audit gap 3).

The shell reaches a room as ``startup.guide.show_about(window)``: mypy sees the room's module
through the imports under ``TYPE_CHECKING`` in ui/shell/startup.py, and at run time the seam
imports it when first asked for. These tests hold the two together and walk every route in the
package, so a renamed room function fails here and not when a person clicks the menu item.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys

import pytest

from ishoj_mus.ui.shell import startup
from tests.conftest import ROOT

STARTUP = ROOT / "ishoj_mus" / "ui" / "shell" / "startup.py"


def _typed_rooms() -> dict[str, str]:
    """alias -> module of the ``from package import module as alias`` under TYPE_CHECKING."""
    typed = {}
    for node in ast.parse(STARTUP.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    for alias in statement.names:
                        if alias.asname and alias.name.islower():
                            typed[alias.asname] = f"{statement.module}.{alias.name}"
    return typed


def _routes() -> list[tuple[str, str, str]]:
    """(file, room, attribute) of every ``startup.ROOM.ATTR``, ``startup.room("ROOM").ATTR`` and
    (in startup.py's accessors) ``_get("ROOM", "ATTR")``."""
    found = []
    for path in sorted((ROOT / "ishoj_mus").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            inner = node.value if isinstance(node, ast.Attribute) else None
            if (
                isinstance(node, ast.Attribute)
                and isinstance(inner, ast.Attribute)
                and ast.unparse(inner.value) == "startup"
                and inner.attr in startup.ROOMS
            ):
                found.append((name, inner.attr, node.attr))
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(inner, ast.Call)
                and ast.unparse(inner.func) in ("startup.room", "room")
                and isinstance(inner.args[0], ast.Constant)
            ):
                found.append((name, inner.args[0].value, node.attr))
            elif (
                isinstance(node, ast.Call)
                and ast.unparse(node.func) == "_get"
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                found.append((name, node.args[0].value, node.args[1].value))
    return found


def test_each_typed_room_is_the_module_rooms_names():
    typed = _typed_rooms()
    assert typed, "no typed rooms found in startup.py"
    assert {alias: startup.ROOMS.get(alias) for alias in typed} == typed
    assert sorted(startup.__all__) == sorted(typed)


def test_every_route_names_a_callable_that_its_room_has():
    routes = _routes()
    assert len(routes) > 25, routes  # the walk sees them (30 when written)
    missing = [
        (file, room, attribute)
        for file, room, attribute in routes
        if room not in startup.ROOMS
        or not callable(getattr(importlib.import_module(startup.ROOMS[room]), attribute, None))
    ]
    assert missing == []


def test_the_shell_reaches_rooms_only_through_the_typed_ones():
    """``startup.ROOM`` for a room mypy does not see would be Any again: type it in startup.py.
    The menus cannot be typed there: they import the window's module, which imports startup."""
    typed = _typed_rooms()
    untyped = sorted(
        {
            (file, room)
            for file, room, _ in _routes()
            if room not in typed and not file.endswith("/startup.py")
        }
    )
    assert untyped == [("ishoj_mus/ui/shell/app.py", "menus"), ("ishoj_mus/ui/shell/main_window.py", "menus")]


def test_a_room_is_imported_when_first_asked_for_and_not_before():
    code = (
        "import sys\n"
        "from ishoj_mus.ui.shell import startup\n"
        "print(startup.ROOMS['guide'] in sys.modules)\n"
        "startup.guide\n"
        "print(startup.ROOMS['guide'] in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout.split() == ["False", "True"], out.stdout + out.stderr


def test_a_name_that_is_no_room_is_no_attribute():
    with pytest.raises(AttributeError):
        startup.no_such_room  # noqa: B018
