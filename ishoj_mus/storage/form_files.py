"""Reading a form file for a conversation of two: the shipped framework, a form from TOML and
the default form. Apart from :mod:`ishoj_mus.storage.forms` (the list of shipped forms and the
group forms) so that opening a conversation does not import the group
form's parser.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from ishoj_mus.domain.form import Form, FormDocuments, FormError, is_group_form_data
from ishoj_mus.domain.framework import Framework
from ishoj_mus.paths import default_form_path, forms_dir, framework_path
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.parsed_cache import parsed
from ishoj_mus.storage.tomlfile import MAX_TOML_BYTES, TomlProblem, parse_toml


@cache
def shipped_framework() -> Framework:
    """The framework the shipped forms quote (``resources/framework.toml``; its parsed data kept
    in the cache folder, see :mod:`ishoj_mus.storage.parsed_cache`)."""
    path = framework_path()
    return Framework.from_dict(parsed(path, path.read_bytes(), lambda raw: tomllib.loads(raw.decode())))


def read_form_data(path: Path) -> object:
    """A form file's parsed TOML (kept parsed, see parsed_cache). Raises FormError."""
    try:
        return parsed(Path(path), read_regular_file(Path(path), MAX_TOML_BYTES), parse_toml)
    except InputRefused as exc:
        raise FormError(str(path), None, None, exc.message) from None
    except TomlProblem as exc:
        raise FormError(str(path), None, None, f"filen {exc.message}. Ret filen, og prøv igen.") from None


def load_form(path: Path, framework: Framework | None = None) -> Form:
    """Read a form from TOML, quoting the shipped framework unless another is given.

    Bounded (a FIFO, a device or a huge file is refused at once); raises only FormError."""
    data = read_form_data(path)
    if is_group_form_data(data):
        raise FormError(
            str(path),
            None,
            None,
            "det er en formular til gruppeudviklingssamtale (GRUS), ikke til en samtale på to",
        )
    return Form.from_dict(data, str(path), framework if framework is not None else shipped_framework())


def default_form() -> Form:
    return load_form(default_form_path())


@cache
def shipped_documents(form_id: str) -> FormDocuments | None:
    """The words the shipped form ``form_id`` names its documents with (None: no such form).

    An old file's form snapshot predates ``[documents]``; its conversation is still the kind
    the shipped form of the same id is (a half-year follow-up stays one). The first shipped
    form for two with that id, in file-name order, as in ``forms.available_forms()``; a group
    form or a broken form never names one."""
    for path in sorted(forms_dir().glob("*.toml")):
        try:
            data = read_form_data(path)
            if is_group_form_data(data):
                continue
            form = Form.from_dict(data, str(path), shipped_framework())
        except FormError:
            continue
        if form.id == form_id:
            return form.documents
    return None
