"""The shape of the code: no import cycles, no reaching into another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

PACKAGE = Path(__file__).resolve().parents[1] / "ishoj_mus"


def _cycles(package: str = "ishoj_mus") -> list[list[str]]:
    graph = grimp.build_graph(package, cache_dir=None)
    modules = sorted(graph.modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in modules}
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in edges.get(module, []):
            if state.get(target) == 1:
                found.append(path[path.index(target) :] + [target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module)
    return found


def test_no_module_imports_itself_back_through_others():
    """E.g. ui/shell/app.py importing ui/shell/main_window.py, which imported ui/shell/app.py back."""
    assert _cycles() == []


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ishoj_mus"):
            found += [
                f"{node.module}.{a.name}"
                for a in node.names
                if a.name.startswith("_") and not a.name.endswith("__")
            ]
    return found


def test_no_module_imports_another_modules_private_names():
    offenders = {
        str(p.relative_to(PACKAGE)): names for p in PACKAGE.rglob("*.py") if (names := _private_imports(p))
    }
    assert offenders == {}


def test_the_cycle_finder_would_see_a_cycle(tmp_path, monkeypatch):
    pkg = tmp_path / "cyclic_sample"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from cyclic_sample import b\n")
    (pkg / "b.py").write_text("def f():\n    from cyclic_sample import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _cycles("cyclic_sample") == [["cyclic_sample.a", "cyclic_sample.b", "cyclic_sample.a"]]
