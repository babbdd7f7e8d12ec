"""The domain stays free of Qt: nothing outside ishoj_mus/ui may import PySide6."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ishoj_mus"
HEAVY = ("reportlab", "pikepdf", "pyhanko")


def _type_only(tree: ast.Module) -> set[ast.AST]:
    """The nodes under ``if TYPE_CHECKING:``: names for mypy, nothing imported when it runs."""
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            for inner in node.body:
                found.update(ast.walk(inner))
    return found


def _imports(path: Path) -> set[str]:
    """What the module imports when it runs (type-only imports do not load anything)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = _type_only(tree)
    names: set[str] = set()
    for node in ast.walk(tree):
        if node in type_only:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_outside_ui_imports_qt():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and {"PySide6", "shiboken6"} & _imports(p)
    ]
    assert offenders == [], f"Qt imported outside ishoj_mus/ui: {offenders}"


def test_the_scan_sees_a_runtime_import_and_not_a_type_only_one(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtWidgets import QApplication\n",
        encoding="utf-8",
    )
    assert "PySide6" not in _imports(module)
    module.write_text("from PySide6.QtWidgets import QApplication\n", encoding="utf-8")
    assert "PySide6" in _imports(module)


def test_domain_storage_and_cli_load_without_qt_or_pdf_libraries():
    code = (
        "import sys, ishoj_mus.cli, ishoj_mus.demo, ishoj_mus.text, ishoj_mus.storage.musfile, "
        "ishoj_mus.storage.recovery\n"
        "from ishoj_mus.demo import demo_conversation; demo_conversation()\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') + {HEAVY!r}]\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_checker_would_notice_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imports(sample)
