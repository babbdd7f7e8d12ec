"""The shipped forms and framework, read from where :mod:`ishoj_mus.paths` says they live.

The domain parses a form given its framework; this module supplies the shipped framework, so
the domain never needs to know where the program's data files are.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from ishoj_mus.domain.form import Form, FormDocuments, FormError
from ishoj_mus.domain.framework import Framework
from ishoj_mus.domain.grus_form import GroupForm, is_group_form_data
from ishoj_mus.paths import default_form_path, forms_dir, framework_path
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.parsed_cache import parsed
from ishoj_mus.storage.tomlfile import MAX_TOML_BYTES, TomlProblem, parse_toml


@cache
def shipped_framework() -> Framework:
    """The framework the shipped forms quote (read as ``domain.framework.load_framework`` reads
    it; its parsed data kept in the cache folder, see :mod:`ishoj_mus.storage.parsed_cache`)."""
    path = framework_path()
    return Framework.from_dict(parsed(path, path.read_bytes(), lambda raw: tomllib.loads(raw.decode())))


def _read_form_data(path: Path) -> object:
    try:
        return parsed(Path(path), read_regular_file(Path(path), MAX_TOML_BYTES), parse_toml)
    except InputRefused as exc:
        raise FormError(str(path), None, None, exc.message) from None
    except TomlProblem as exc:
        raise FormError(str(path), None, None, f"filen {exc.message}. Ret filen, og prøv igen.") from None


def load_form(path: Path, framework: Framework | None = None) -> Form:
    """Read a form from TOML, quoting the shipped framework unless another is given.

    Bounded (a FIFO, a device or a huge file is refused at once); raises only FormError."""
    data = _read_form_data(path)
    if is_group_form_data(data):
        raise FormError(
            str(path),
            None,
            None,
            "det er en formular til gruppeudviklingssamtale (GRUS), ikke til en samtale på to",
        )
    return Form.from_dict(data, str(path), framework if framework is not None else shipped_framework())


def load_any_form(path: Path) -> Form | GroupForm:
    """A conversation form or a group form (``kind = "grus"``), as the file says. Raises FormError."""
    data = _read_form_data(path)
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


def default_form() -> Form:
    return load_form(default_form_path())


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


@cache
def shipped_documents(form_id: str) -> FormDocuments | None:
    """The words the shipped form ``form_id`` names its documents with (None: no such form).

    An old file's form snapshot predates ``[documents]``; its conversation is still the kind
    the shipped form of the same id is (a half-year follow-up stays one)."""
    for _path, form in available_forms():
        if isinstance(form, Form) and form.id == form_id:
            return form.documents
    return None
