"""Every name has one address: it is imported from the module that defines it.

A module split in two must not keep the moved names as a second address (``from .new import x
as x``, or ``x`` in ``__all__``) "so that callers keep working": in one codebase the callers
move. mypy's ``no_implicit_reexport`` catches an import through a module that merely imports
the name; this test catches the explicit re-exports that mypy lets through.
"""

from __future__ import annotations

import ast

from tests.conftest import ROOT

# A room of the start-up seam hands the shell what it takes after the first frame: the window
# gets FocusReturn through the "menus" room (ui/shell/startup.py), so focus_return.py is not
# imported before the first frame.
DELIBERATE = {("ishoj_mus/ui/shell/menus.py", "FocusReturn")}


def _re_exports(path: str, tree: ast.Module) -> set[tuple[str, str]]:
    imported: set[str] = set()
    found: set[tuple[str, str]] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if alias.asname == alias.name:
                    found.add((path, alias.name))
        elif isinstance(node, ast.Import):
            imported.update((a.asname or a.name).split(".")[0] for a in node.names)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            assert isinstance(node.value, ast.List | ast.Tuple)
            for element in node.value.elts:
                if isinstance(element, ast.Constant) and element.value in imported:
                    found.add((path, element.value))
    return found


def test_no_module_re_exports_another_modules_names():
    found: set[tuple[str, str]] = set()
    for file in sorted((ROOT / "ishoj_mus").rglob("*.py")):
        path = file.relative_to(ROOT).as_posix()
        found |= _re_exports(path, ast.parse(file.read_text(encoding="utf-8")))
    assert found - DELIBERATE == set(), "import these from where they are defined, and drop the re-export"


def test_the_check_sees_both_kinds_of_re_export():
    tree = ast.parse("from a.b import x as x\nfrom a.c import y\n__all__ = ['y', 'z']\nz = 1\n")
    assert _re_exports("m.py", tree) == {("m.py", "x"), ("m.py", "y")}
