"""The PDF jobs the window asks for, named (a start-up seam, issue 25).

The window builds ``Job.of(jobs.SUMMARY, conv, material, …)`` without importing the modules
that make PDFs (reportlab, pikepdf, pyHanko: ≈1 s and ≈100 MB). A job is sent to the PDF worker
(``ishoj_mus.pdf.worker_main``), which has those modules imported at its top; only when the
worker cannot start is a job's module imported here, by name, in a thread of the window's
process. This table is the one place that decides it (tests/test_imports_ordinary.py SEAMS).

Each entry has its function's type (``Entry[P, R]``): mypy reads the function through the
``lambda`` given to :func:`_entry`, which Python never calls (the modules are imported only for
type checking), so a changed signature or result of ``pipeline.summary_pdf`` is a mypy error at
every ``Job.of`` that uses it. tests/pdf/test_jobs.py checks that each entry's module and name
are those of the function in its lambda.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeVar

if TYPE_CHECKING:  # for mypy only (pyproject: the window's contract ignores these two imports)
    from ishoj_mus.pdf import grus_pdf, pipeline

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

ProgressFn = Callable[[int, str], None]  # percent, Danish text (marked da(): the window tr()s it)


@dataclass(frozen=True)
class Entry(Generic[P, R_co]):
    """A module-level function named by its module and name: picklable, and calling it imports
    its module only then (already imported in the worker)."""

    module: str
    name: str

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co:
        function: Callable[P, R_co] = getattr(importlib.import_module(self.module), self.name)
        return function(*args, **kwargs)


def _entry(module: str, name: str, typed_as: Callable[[], Callable[P, R]]) -> Entry[P, R]:
    """``module.name``, typed as the function ``typed_as`` returns (``typed_as`` is never called)."""
    return Entry(module, name)


# (conv, material, progress=, edition=) -> bytes: the signed summary (HR edition or employee's copy)
SUMMARY = _entry("ishoj_mus.pdf.pipeline", "summary_pdf", lambda: pipeline.summary_pdf)
# (conv) -> bytes: the development plan
PLAN = _entry("ishoj_mus.pdf.pipeline", "plan_pdf", lambda: pipeline.plan_pdf)
# (form) -> bytes: the preparation sheet
SHEET = _entry("ishoj_mus.pdf.pipeline", "sheet_pdf", lambda: pipeline.sheet_pdf)
# (group, progress=) -> [(name, bytes)]: a group conversation's referat, HR editions and copies
GRUS_DOCUMENTS = _entry("ishoj_mus.pdf.grus_pdf", "all_documents", lambda: grus_pdf.all_documents)

ENTRIES: tuple[Entry[..., object], ...] = (SUMMARY, PLAN, SHEET, GRUS_DOCUMENTS)
