"""Reading a TOML file someone else wrote (a form, the organisation profile): bounded and calm.

Only a regular file of sane size is read (a FIFO, a device or a 30 MB file is refused at once,
see :mod:`bounded`); bad UTF-8, a syntax error or nesting deep enough to exhaust the parser's
recursion become one Danish phrase saying where, never Python's English text or a traceback.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ishoj_mus.storage.bounded import MIB, read_regular_file

MAX_TOML_BYTES = MIB  # the shipped form is about 30 kB, a profile a few hundred bytes

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class TomlProblem(ValueError):
    """What is wrong inside the file: a phrase to follow the file's name ("er ikke gyldig TOML …")."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _where(exc: tomllib.TOMLDecodeError) -> str:
    found = _AT.search(str(exc))
    if found:
        return f"fejl i linje {found.group(1)}, kolonne {found.group(2)}"
    if "end of document" in str(exc):
        return "fejl sidst i filen"
    return "fejl i filen"


def read_toml(path: Path, limit: int = MAX_TOML_BYTES) -> dict[str, Any]:
    """The parsed file. Raises ``InputRefused`` (missing, no access, not a regular file, too
    large; with a Danish message) or :class:`TomlProblem`."""
    raw = read_regular_file(Path(path), limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TomlProblem(f"er ikke gemt som UTF-8 (et ugyldigt tegn ved byte {exc.start + 1})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TomlProblem(f"er ikke gyldig TOML ({_where(exc)})") from None
    except RecursionError:
        raise TomlProblem("er ikke gyldig TOML (lister eller tabeller er indlejret for dybt)") from None
