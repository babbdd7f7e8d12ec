"""The PDF jobs the window asks for, named (a start-up seam, issue 25).

The window builds ``Job(jobs.SUMMARY, (conv, material), …)`` without importing the modules that
make PDFs (reportlab, pikepdf, pyHanko: ≈1 s and ≈100 MB). A job is sent to the PDF worker
(``ishoj_mus.pdf.worker_main``), which has those modules imported at its top; only when the
worker cannot start is a job's module imported here, by name, in a thread of the window's
process. This table is the one place that decides it (tests/test_imports_ordinary.py SEAMS).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ProgressFn = Callable[[int, str], None]  # percent, Danish text (marked da(): the window tr()s it)


@dataclass(frozen=True)
class Entry:
    """A module-level function named by its module and name: picklable, and calling it imports
    its module only then (already imported in the worker)."""

    module: str
    name: str

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(self.module), self.name)(*args, **kwargs)


# (conv, material, progress=, edition=) -> bytes: the signed summary (HR edition or employee's copy)
SUMMARY = Entry("ishoj_mus.pdf.pipeline", "summary_pdf")
# (conv) -> bytes: the development plan
PLAN = Entry("ishoj_mus.pdf.pipeline", "plan_pdf")
# (form) -> bytes: the preparation sheet
SHEET = Entry("ishoj_mus.pdf.pipeline", "sheet_pdf")
# (group, progress=) -> [(name, bytes)]: a group conversation's referat, HR editions and copies
GRUS_DOCUMENTS = Entry("ishoj_mus.pdf.grus_pdf", "all_documents")

ENTRIES = (SUMMARY, PLAN, SHEET, GRUS_DOCUMENTS)
