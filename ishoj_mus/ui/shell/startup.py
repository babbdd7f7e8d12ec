"""Start-up, decided in one place (issue 25): what the program imports before the window's
first frame, and the one PySide6 tweak that start-up makes.

The first frame is the menus' titles and the start page; it needs none of the domain, the
storage formats, the conversation's view or the PDF machinery. ``FIRST_FRAME`` lists our
modules that may be imported by then, ``NEVER_BEFORE_FIRST_FRAME`` what must wait, and
tests/ui/shell/test_startup_imports.py checks both, and the count of all modules, against a
real start. Anything the first frame does not show is imported where it is first used.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Our modules the first frame imports (packages included).
FIRST_FRAME = frozenset(
    {
        "ishoj_mus",
        "ishoj_mus.paths",
        "ishoj_mus.storage",
        "ishoj_mus.storage.atomic",
        "ishoj_mus.storage.bounded",
        "ishoj_mus.storage.settings",
        "ishoj_mus.storage.userdirs",
        "ishoj_mus.ui",
        "ishoj_mus.ui.shell",
        "ishoj_mus.ui.shell.actions",
        "ishoj_mus.ui.shell.app",
        "ishoj_mus.ui.shell.first_frame",
        "ishoj_mus.ui.shell.main_window",
        "ishoj_mus.ui.shell.rooms",
        "ishoj_mus.ui.shell.start_page",
        "ishoj_mus.ui.shell.startup",
        "ishoj_mus.ui.widgets",
        "ishoj_mus.ui.widgets.i18n",
        "ishoj_mus.ui.widgets.theme",
    }
)
# Whole packages the first frame must not import (the PDF stack costs ≈1 s and ≈100 MB).
NEVER_BEFORE_FIRST_FRAME = (
    "ishoj_mus.domain",
    "ishoj_mus.pdf",
    "ishoj_mus.ui.conversation",
    "ishoj_mus.ui.year",
    "reportlab",
    "pikepdf",
    "pyhanko",
    "cryptography",
    "pypdfium2",
)
# All modules (the standard library's, PySide6's and ours) at the first frame: 172 when set.
MODULE_BUDGET = 185


def prepare() -> None:
    """Before the application is made (``ui.shell.app.create_app``)."""
    skip_pyside_source_scan()


def skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source file of every module imported after it, to see whether
    it mentions "PySide6" (for its opt-in ``__feature__`` switches, which this program never
    uses). Measured (issue 25): without this, PySide6 reads 33 files before the first frame,
    16 ms with a warm disk cache and 49 ms from a cold one, of a ≈0.45 s start. Our own
    modules are answered by the layering rule instead (only ``ishoj_mus.ui`` imports PySide6),
    the standard library's by where it lives; anything else is still read. Without PySide's
    private hook (another version), nothing changes."""
    import os

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None:
        return
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_ishoj_mus", False):
        return
    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "ishoj_mus" or name.startswith("ishoj_mus."):
            return name == "ishoj_mus.ui" or name.startswith("ishoj_mus.ui.")
        file = getattr(module, "__file__", None) or ""
        if file.startswith(stdlib) and "site-packages" not in file:
            return False
        return bool(original(module))

    uses_pyside._ishoj_mus = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private hook: mypy knows no type)
