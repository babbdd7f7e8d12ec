"""The Qt user interface. The only package that imports PySide6."""

from __future__ import annotations

import sys
from types import ModuleType


def skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source file of every module imported after it, to see whether
    it mentions "PySide6" (for its opt-in ``__feature__`` switches, which this program never
    uses). Before the first frame that is ≈30 files and ≈3 ms (start-up, issue 15). Our own
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


if "PySide6.support.feature" in sys.modules:  # PySide6 came first (a test, the benchmark)
    skip_pyside_source_scan()
