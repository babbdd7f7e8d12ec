"""Strict typing covers the whole package; the list of exempt modules may only shrink."""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import tokenize
import tomllib

from tests.conftest import ROOT

# The exempt modules: never add one (type the module instead).
CEILING: set[str] = set()  # 11 ui modules when strict typing began (issue 25); none now


def _mypy() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


STRICT_FLAGS = (
    "disallow_untyped_defs", "disallow_incomplete_defs", "disallow_untyped_calls", "disallow_any_generics",
    "disallow_untyped_decorators", "disallow_subclassing_any", "warn_return_any", "no_implicit_reexport",
    "check_untyped_defs", "strict_equality",
)  # fmt: skip


def _exempt() -> set[str]:
    """Our modules that an override relaxes (a strict flag turned off, or errors ignored)."""
    found = set()
    for override in _mypy().get("overrides", []):
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        relaxed = override.get("ignore_errors") is True or any(override.get(f) is False for f in STRICT_FLAGS)
        if relaxed:
            found |= {m for m in modules if m == "ishoj_mus" or m.startswith("ishoj_mus.")}
    return found


def test_the_whole_package_is_strict():
    assert _mypy()["strict"] is True


def test_the_exemptions_only_shrink_and_name_real_modules():
    exempt = _exempt()
    assert exempt <= CEILING, f"newly exempt from strict typing: {sorted(exempt - CEILING)}"
    gone = sorted(m for m in exempt if importlib.util.find_spec(m) is None)
    assert not gone, f"exempt modules that no longer exist (take them off the list): {gone}"
    assert not any(m.endswith("*") for m in exempt), "exempt modules one by one, not whole packages"


# ``# type: ignore[code, …]  # why``: the codes, and after them a comment that says why.
_IGNORE = re.compile(r"type:\s*ignore")
_WITH_REASON = re.compile(r"type: ignore\[[a-z-]+(, [a-z-]+)*\]\s+#\s*\S")


def _ignores_without_reason(source: str) -> list[int]:
    """Lines whose ``# type: ignore`` names no code or gives no reason after it."""
    return [
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
        and _IGNORE.search(token.string)
        and not _WITH_REASON.search(token.string)
    ]


def test_every_type_ignore_names_its_code_and_says_why():
    """CONTRIBUTING: an ignore says why (issue 25: 19 of 37 did not). Narrow the type instead
    where you can (``isinstance(event, QKeyEvent)``); else ``# type: ignore[code]  # reason``."""
    found = {
        path.relative_to(ROOT).as_posix(): lines
        for path in sorted((ROOT / "ishoj_mus").rglob("*.py"))
        if (lines := _ignores_without_reason(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_ignore_rule_sees_a_missing_reason_or_code():
    good = "x = f()  # type: ignore[attr-defined]  # a mark on the function\n"
    bare = "x = f()  # type: ignore\ny = g()  # type: ignore[arg-type]\nz = '# type: ignore'\n"
    assert _ignores_without_reason(good) == []
    assert _ignores_without_reason(bare) == [1, 2]


def _plain_job_calls(source: str) -> list[int]:
    """Lines that build a PDF job with ``Job(…)`` rather than ``Job.of(…)``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Job"
    ]


def test_pdf_jobs_are_made_with_job_of_so_mypy_checks_their_arguments():
    """``Job.of(fn, *args)`` types the arguments against the function (issue 25); a plain
    ``Job(fn, args, kwargs)`` would let a changed signature of a PDF function reach the worker
    unchecked. Only ``Job.of`` itself builds one that way."""
    found = {
        path.relative_to(ROOT).as_posix(): lines
        for path in sorted((ROOT / "ishoj_mus").rglob("*.py"))
        if (lines := _plain_job_calls(path.read_text(encoding="utf-8")))
    }
    assert list(found) == ["ishoj_mus/pdf/worker.py"] and len(found["ishoj_mus/pdf/worker.py"]) == 1, found


def test_the_job_rule_sees_a_plain_job():
    assert _plain_job_calls("job = Job(render, (conv,), {})\nother = Job.of(render, conv)\n") == [1]
