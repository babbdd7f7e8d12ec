"""README's test steps on a fresh machine, Windows included: ``pip install -e ".[test]"`` and
then ``pytest``. Everything the tests import must come with the ``test`` extra (or the program's
own dependencies), and a test that runs an outside program (poppler, Xvfb, xdotool …) must skip,
saying why, where that program is missing – not fail."""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

TESTS = ROOT / "tests"
# Run by path, never a program the machine must have: Python itself, or what a test built.
NOT_AN_OUTSIDE_PROGRAM = {"sys.executable", "str(exe)", "str(py)"}


def _test_files() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def _installed_with(
    dist: str, extras: frozenset[str] = frozenset(), seen: set[str] | None = None
) -> set[str]:
    """``dist`` and every distribution its requirements (with ``extras``) pull in, by name."""
    seen = set() if seen is None else seen
    name = canonicalize_name(dist)
    if name in seen:
        return seen
    seen.add(name)
    for line in metadata.requires(dist) or []:
        req = Requirement(line)
        if req.marker is not None and not any(
            req.marker.evaluate({"extra": extra}) for extra in extras or {""}
        ):
            continue  # another extra's, or another platform's
        try:
            _installed_with(req.name, frozenset(req.extras), seen)
        except metadata.PackageNotFoundError:
            continue  # not installed here: another platform's
    return seen


def _top_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_everything_the_tests_import_comes_with_the_test_extra() -> None:
    provided = _installed_with("ishoj-mus", frozenset({"test"}))
    by_module = metadata.packages_distributions()
    ours = {"ishoj_mus", "tests"} | {script.stem for script in (ROOT / "scripts").glob("*.py")}
    missing: dict[str, list[str]] = {}
    for path in _test_files():
        for module in _top_imports(path) - ours:
            if module in sys.stdlib_module_names:
                continue
            dists = {canonicalize_name(d) for d in by_module.get(module, [])}
            if not dists & provided:
                missing.setdefault(module, []).append(str(path.relative_to(ROOT)))
    assert not missing, (
        f"imported by tests but not installed by pip install -e '.[test]': {missing}. "
        "Add the package to the test extra in pyproject.toml."
    )


def _outside_programs(path: Path) -> set[str]:
    """The programs a test file starts by name (the first item of a literal argument list)."""
    programs: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"run", "Popen", "check_output", "check_call", "call"}
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "subprocess"
            and node.args
            and isinstance(node.args[0], ast.List)
            and node.args[0].elts
        ):
            first = node.args[0].elts[0]
            if isinstance(first, ast.Starred):  # [*pyinstaller, …]: the list's name says the program
                first = first.value
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                programs.add(first.value)
            elif ast.unparse(first) not in NOT_AN_OUTSIDE_PROGRAM:
                programs.add(ast.unparse(first))
    return programs


def test_a_test_that_runs_an_outside_program_skips_where_it_is_missing() -> None:
    unguarded: dict[str, list[str]] = {}
    for path in _test_files():
        text = path.read_text(encoding="utf-8")
        for program in _outside_programs(path):
            if not re.search(rf"shutil\.which\(\s*[\"']{re.escape(program)}[\"']\s*\)", text):
                unguarded.setdefault(str(path.relative_to(ROOT)), []).append(program)
    assert not unguarded, (
        f"tests run these programs without checking they exist (shutil.which): {unguarded}. "
        "Skip with a reason where the program is missing, or use a library (pypdfium2, pikepdf)."
    )


def test_the_scans_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        'import subprocess, sys\nsubprocess.run(["pdfinfo", "x.pdf"])\nsubprocess.run([sys.executable, "-c", ""])\n',
        encoding="utf-8",
    )
    assert _outside_programs(sample) == {"pdfinfo"}
    sample.write_text(
        'import subprocess\nqpdf = ["qpdf"]\nsubprocess.run([*qpdf, "x.pdf"])\n', encoding="utf-8"
    )
    assert _outside_programs(sample) == {"qpdf"}
    assert "pytest-qt" in _installed_with("ishoj-mus", frozenset({"test"}))
    assert "pytest-qt" not in _installed_with("ishoj-mus")
