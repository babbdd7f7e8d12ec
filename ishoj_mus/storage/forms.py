"""The shipped forms and framework, read from where :mod:`ishoj_mus.paths` says they live.

The domain parses a form given its framework; this module supplies the shipped framework, so
the domain never needs to know where the program's data files are. Reading one form file for a
conversation of two (and the default form) is :mod:`ishoj_mus.storage.form_files`; this
module adds the list of shipped forms and the group forms (GRUS).
"""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.domain.form import Form, FormError, is_group_form_data
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.paths import forms_dir
from ishoj_mus.storage.form_files import read_form_data, shipped_framework


def load_any_form(path: Path) -> Form | GroupForm:
    """A conversation form or a group form (``kind = "grus"``), as the file says. Raises FormError."""
    data = read_form_data(path)
    if is_group_form_data(data):
        return GroupForm.from_dict(data, str(path), shipped_framework())
    return Form.from_dict(data, str(path), shipped_framework())


def load_group_form(path: Path) -> GroupForm:
    """Read a group form (GRUS). Raises FormError, also for a form for two."""
    form = load_any_form(path)
    if not isinstance(form, GroupForm):
        raise FormError(str(path), None, None, "det er ikke en formular til gruppeudviklingssamtale (GRUS)")
    return form


def group_form() -> GroupForm:
    """The shipped GRUS form."""
    return load_group_form(forms_dir() / "grus.toml")


def available_forms() -> list[tuple[Path, Form | FormError]]:
    """Every conversation form shipped in ``forms/``, with the error in place of a broken one
    (the group forms are :func:`group_form`'s)."""
    result: list[tuple[Path, Form | FormError]] = []
    for path in sorted(forms_dir().glob("*.toml")):
        try:
            form = load_any_form(path)
            if isinstance(form, Form):
                result.append((path, form))
        except FormError as exc:
            result.append((path, exc))
    return result
