"""Reading a TOML file someone else wrote (a form, the organisation profile): bounded and calm.

Only a regular file of sane size is read (a FIFO, a device or a 30 MB file is refused at once,
see :mod:`bounded`), and its shape is measured before ``tomllib`` sees it: a key of more than
:data:`MAX_KEY_PARTS` dotted parts, or lists and inline tables nested deeper than
:data:`MAX_NESTING`, is refused (``tomllib`` keeps a copy of the whole key path for every part, so
one 60 kB key ``a.a.a…`` took 2 GB and ended in a MemoryError). Bad UTF-8, a syntax error or odd
nesting become one Danish phrase saying where, never Python's English text or a traceback.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ishoj_mus.storage.bounded import MIB, read_regular_file
from ishoj_mus.text import Words, da

MAX_TOML_BYTES = MIB  # the shipped form is about 30 kB, a profile a few hundred bytes
MAX_KEY_PARTS = 16  # the shipped form's longest key has 2 parts ("steps.fields")
MAX_NESTING = 16  # lists and inline tables inside each other; the shipped files use 2

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class TomlProblem(ValueError):
    """What is wrong inside the file: a phrase to follow the file's name ("er ikke gyldig TOML …"),
    in Danish (``message``) and as ``words`` for the window's language."""

    def __init__(self, words: Words):
        self.words = words
        self.message = words.text()
        super().__init__(self.message)


# The phrases (issue 25: said once, the window words them through tr()).
NOT_UTF8 = da("er ikke gemt som UTF-8 (et ugyldigt tegn ved byte %1)")
NOT_TOML = da("er ikke gyldig TOML (%1)")
AT = da("fejl i linje %1, kolonne %2")
AT_END = da("fejl sidst i filen")
SOMEWHERE = da("fejl i filen")
TOO_DEEP = da("er ikke gyldig TOML (lister eller tabeller er indlejret for dybt)")
BEYOND = da("går ud over, hvad programmet læser (%1 i linje %2)")
LONG_KEY = da("en nøgle med mere end %1 led adskilt af punktum")
DEEP_NESTING = da("lister eller tabeller indlejret for dybt – mere end %1 lag –")


def _where(exc: tomllib.TOMLDecodeError) -> Words:
    found = _AT.search(str(exc))
    if found:
        return Words(AT, (found.group(1), found.group(2)))
    if "end of document" in str(exc):
        return Words(AT_END)
    return Words(SOMEWHERE)


def read_toml(path: Path, limit: int = MAX_TOML_BYTES) -> dict[str, Any]:
    """The parsed file. Raises ``InputRefused`` (missing, no access, not a regular file, too
    large; with a Danish message) or :class:`TomlProblem`."""
    return parse_toml(read_regular_file(Path(path), limit))


def parse_toml(raw: bytes) -> dict[str, Any]:
    """:func:`read_toml` of a file's bytes. Raises :class:`TomlProblem`."""
    try:
        text = raw.decode("utf-8-sig")  # Notepad on Windows may start a file with a BOM
    except UnicodeDecodeError as exc:
        raise TomlProblem(Words(NOT_UTF8, (str(exc.start + 1),))) from None
    check_shape(text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TomlProblem(Words(NOT_TOML, (_where(exc),))) from None
    except RecursionError:
        raise TomlProblem(Words(TOO_DEEP)) from None


def check_shape(text: str) -> None:
    """Refuse keys with too many dotted parts and too deep nesting, before parsing.

    A small scanner that knows TOML's strings and comments (so dots and brackets in a text are
    not counted) and where a key is written: at the start of a line, in a table header, and
    after ``{`` or ``,`` inside an inline table. Raises :class:`TomlProblem` naming the line.
    """
    i, n, line = 0, len(text), 1
    stack: list[str] = []  # open "[" and "{" in a value
    in_key = True  # at the start of a statement: a key or a [table] header follows
    parts = 1  # dotted parts of the key being read

    def refuse(what: Words) -> TomlProblem:
        return TomlProblem(Words(BEYOND, (what, str(line))))

    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            if not stack:
                in_key, parts = True, 1
            i += 1
        elif ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            triple = text.startswith(ch * 3, i)
            quote = ch * 3 if triple else ch
            j = i + len(quote)
            while True:
                if j >= n:
                    return  # an unclosed string: tomllib says where
                c = text[j]
                if c == "\\" and ch == '"':
                    j += 2
                    continue
                if c == "\n" and not triple:
                    break  # tomllib refuses a single-line string that ends with the line
                if text.startswith(quote, j):
                    j += len(quote)
                    if triple:  # up to two more quotes belong to the text: """a""""
                        for _ in range(2):
                            if j < n and text[j] == ch:
                                j += 1
                    break
                j += 1
            line += text.count("\n", i, j)
            i = j
        elif in_key:
            if ch == "=":
                in_key = False
            elif ch == ".":
                parts += 1
                if parts > MAX_KEY_PARTS:
                    raise refuse(Words(LONG_KEY, (str(MAX_KEY_PARTS),)))
            elif ch == "]" and not stack:  # the end of a [table] header
                in_key, parts = False, 1
            elif ch == "}" and stack and stack[-1] == "{":  # {} – an empty inline table
                stack.pop()
                in_key = False
            i += 1
        else:
            if ch in "[{":
                stack.append(ch)
                if len(stack) > MAX_NESTING:
                    raise refuse(Words(DEEP_NESTING, (str(MAX_NESTING),)))
                if ch == "{":
                    in_key, parts = True, 1
            elif ch in "]}":
                if stack:
                    stack.pop()
            elif ch == "," and stack and stack[-1] == "{":
                in_key, parts = True, 1
            i += 1
