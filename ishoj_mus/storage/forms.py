"""The shipped forms and framework, read from where :mod:`ishoj_mus.paths` says they live.

The domain parses a form given its framework; this module supplies the shipped framework, so
the domain never needs to know where the program's data files are.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ishoj_mus.domain.form import Form, FormError, read_form
from ishoj_mus.domain.framework import Framework, load_framework
from ishoj_mus.paths import default_form_path, forms_dir, framework_path


@cache
def shipped_framework() -> Framework:
    return load_framework(framework_path())


def load_form(path: Path, framework: Framework | None = None) -> Form:
    """Read a form from TOML, quoting the shipped framework unless another is given."""
    return read_form(path, framework if framework is not None else shipped_framework())


def default_form() -> Form:
    return load_form(default_form_path())


def available_forms() -> list[tuple[Path, Form | FormError]]:
    """Every form shipped in ``forms/``, with the error in place of a broken one."""
    result: list[tuple[Path, Form | FormError]] = []
    for path in sorted(forms_dir().glob("*.toml")):
        try:
            result.append((path, load_form(path)))
        except FormError as exc:
            result.append((path, exc))
    return result
