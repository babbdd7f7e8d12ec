"""Imports are ordinary (issue 25): a module says what it needs at its top, so a reader sees a
module's dependencies in one place and import-linter sees all of them. Deciding *when* something
is imported is start-up's business, and start-up decides it in its seams only:

* ``ishoj_mus/ui/shell/startup.py``: what the window imports before its first frame, and which
  room is imported when a person first goes there;
* ``ishoj_mus/cli_commands.py``: the command line's table of commands, and the module each one
  needs (``ishoj-mus verify`` does not pay for Qt, ``show`` not for the PDF stack);
* ``ishoj_mus/pdf/jobs.py``: the PDF jobs the window names (their modules load in the PDF worker,
  the window never pays for pyHanko, reportlab or pikepdf).

Everywhere else an ``import`` inside a function (or ``importlib.import_module``/``__import__``) is
a start-up tweak hidden in the code. ``STILL_LAZY`` counts the ones left per module; it may only
shrink: lower a number when you move imports to the top, and take a module off at zero.
"""

from __future__ import annotations

import ast

from tests.conftest import ROOT

SEAMS = {
    "ishoj_mus/ui/shell/startup.py",
    # the PDF jobs the window names: their modules load in the PDF worker, or late in a thread
    "ishoj_mus/pdf/jobs.py",
    # the command line's table: each command imports only its own module (verify: no Qt)
    "ishoj_mus/cli_commands.py",
}

# module -> imports still inside its functions (a count that may only go down).
STILL_LAZY: dict[str, int] = {
    # logging.handlers (socket, pickle: ≈5 ms): only when something is logged (most sessions log nothing)
    "ishoj_mus/storage/applog.py": 1,
    # sidecars (hashlib/hmac, the OpenSSL load) for long names and backups: not before the first frame
    "ishoj_mus/storage/atomic.py": 2,
    # the shipped forms' TOML: only for a form saved before forms named their documents (old files)
    "ishoj_mus/storage/loader.py": 1,
    # cryptography (≈30 ms): only when an organisation's certificates are read
    "ishoj_mus/storage/organisation.py": 3,
    # cryptography: only when a file is protected with a passphrase
    "ishoj_mus/storage/sealed.py": 4,
    # platformdirs: only when a user folder is first needed and ISHOJ_MUS_HOME does not name it
    "ishoj_mus/storage/userdirs.py": 2,
    # last year's agreements (importing: the PDF reader's codes), only when they are fetched
    "ishoj_mus/ui/conversation/document.py": 1,
    # importing (≈20 ms, ≈4 MB) loaded with every conversation's first question page when it was at
    # the top (uiimports' finding, 06:27): back inside the import flow until its codes are light.
    "ishoj_mus/ui/conversation/followups.py": 2,
    # the recovery module (and the conversation model it reads): only when a crash left a copy
    "ishoj_mus/ui/shell/start_page.py": 1,
}


class _Lazy(ast.NodeVisitor):
    def __init__(self) -> None:
        self.depth = 0
        self.found: list[int] = []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        if self.depth:
            self.found.append(node.lineno)

    visit_ImportFrom = visit_Import

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in ("import_module", "__import__"):
            self.found.append(node.lineno)
        self.generic_visit(node)


def _lazy() -> dict[str, list[int]]:
    found = {}
    for path in sorted((ROOT / "ishoj_mus").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in SEAMS:
            continue
        visitor = _Lazy()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        if visitor.found:
            found[name] = visitor.found
    return found


def test_no_module_outside_the_seams_imports_inside_a_function():
    more = {
        name: f"{len(lines)} (allowed {STILL_LAZY.get(name, 0)}), lines {lines}"
        for name, lines in _lazy().items()
        if len(lines) > STILL_LAZY.get(name, 0)
    }
    assert not more, f"import at the module's top, or decide it in a start-up seam: {more}"


def test_the_count_of_lazy_imports_only_shrinks():
    found = _lazy()
    fewer = {name: len(found.get(name, [])) for name, n in STILL_LAZY.items() if len(found.get(name, [])) < n}
    assert not fewer, f"fewer lazy imports now: lower STILL_LAZY to these counts (0: take it off): {fewer}"


def test_the_seams_exist():
    for seam in SEAMS:
        assert (ROOT / seam).is_file(), seam
