"""The one module that knows where the shipped data (``forms/``, ``resources/``) lives.

Three layouts are supported:

* a source checkout: ``<repo>/forms`` and ``<repo>/resources`` beside the package;
* an installed wheel: the build copies both into ``ishoj_mus/_data/``;
* a PyInstaller bundle: both lie at the top of ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root))
    candidates.append(_PACKAGE_DIR / "_data")
    candidates.append(_PACKAGE_DIR.parent)
    for root in candidates:
        if (root / "forms").is_dir() and (root / "resources").is_dir():
            return root
    raise FileNotFoundError(
        "Programmets datafiler (forms/ og resources/) blev ikke fundet. Installér programmet igen."
    )


def forms_dir() -> Path:
    return data_root() / "forms"


def resources_dir() -> Path:
    return data_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_form_path() -> Path:
    return forms_dir() / "mus.toml"


def framework_path() -> Path:
    return resource("framework.toml")


def program_dir() -> Path:
    """The folder the program runs from: the bundle's folder, or the checkout / install root.

    The organisation profile may be deployed here, beside the program.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return data_root()


def helper_command(*args: str) -> list[str]:
    """The command line that runs this program again (a bounded child process, e.g.)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "ishoj_mus", *args]
