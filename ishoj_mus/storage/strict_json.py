"""Strict, bounded JSON: bytes → Python values, for every way conversation data comes in.

Rejected: duplicate keys in an object; ``NaN``/``Infinity``; integers of more than 15 digits;
numbers that are not finite; files larger than :data:`MAX_BYTES` or with more than
:data:`MAX_ELEMENTS` JSON elements, or nested deeper than :data:`MAX_DEPTH`. Repaired (and
noted): a lone surrogate becomes U+FFFD (�); control characters other than tab and line break
are removed; CR LF and CR become LF.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from ishoj_mus.domain.shape import CONTROL, SURROGATE
from ishoj_mus.storage.bounded import MIB, size_words
from ishoj_mus.storage.checks import Bad, named, short
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.text import Words, da, number_words

MAX_BYTES = 16 * MIB  # a real conversation with its form is about 40 kB
MAX_ELEMENTS = 1_000_000  # JSON arrays, objects and commas together: bounds memory (< 300 MB)
MAX_DEPTH = 32  # the format nests about 8 deep
MAX_INT_DIGITS = 15

Notes = list[str]

OVER = da("over %1")  # a file too large: over the size it may have
OVER_ELEMENTS = da("over %1 elementer")
TOO_DEEP = da("indholdet er indlejret for dybt")


# -- strict JSON ------------------------------------------------------------------------------


def _pairs_clean(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Duplicate keys refused; used when the text can hold no character that needs cleaning."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _twice(key)
            seen.add(key)
    return result


# JSON escapes that decode to a character the cleaning removes or replaces (\r included: CR
# becomes LF). A false match only costs the slower, cleaning path.
_ESCAPED_BAD = re.compile(r"\\(?:[bfr]|u(?:00[01]|007|008|009|[dD][89a-fA-F])[0-9a-fA-F]?)")


def _twice(key: str) -> Bad:
    return Bad(da("nøglen %1 står to gange i samme objekt"), named(short(key)))


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if _BAD_CHARS.search(key):
            key = _clean(key)[0]
        if key in result:
            raise _twice(key)
        result[key] = value
    return result


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise Bad(da("et heltal har over %1 cifre"), str(MAX_INT_DIGITS))
    return int(text)


def _float(text: str) -> float:
    if len(text) > 40:
        raise Bad(da("et tal er skrevet med for mange cifre"))
    value = float(text)
    if not math.isfinite(value):
        raise Bad(da("et tal er uendelig stort"))
    return value


def _constant(text: str) -> Any:
    raise Bad(da("%1 er ikke et tal"), named(text))


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)


def _looks_cut(text: str) -> bool:
    """A JSON object whose brackets never close was cut short (linear time, in C)."""
    rest = _STRING.sub("", text)
    if rest.count('"') % 2:
        return True  # an unclosed string at the end
    return rest.count("{") + rest.count("[") > rest.count("}") + rest.count("]")


def decode_json(raw: bytes, path: Path | str | None, origin: Origin, notes: Notes | None = None) -> Any:
    """Strict JSON, bounded and cleaned (see the module's decisions). Raises MusFileError."""
    if len(raw) > MAX_BYTES:
        raise MusFileError(BadFile.TOO_LARGE, path, Words(OVER, (size_words(MAX_BYTES),)), origin=origin)
    if not raw.strip():
        raise MusFileError(BadFile.EMPTY, path, origin=origin)
    if raw.count(b"[") + raw.count(b"{") + raw.count(b",") > MAX_ELEMENTS:
        raise MusFileError(
            BadFile.TOO_LARGE, path, Words(OVER_ELEMENTS, (number_words(MAX_ELEMENTS),)), origin=origin
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a byte order mark from an editor
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a multi-byte letter is a truncated file, not a foreign one.
        if exc.start >= len(raw) - 3 and raw.lstrip()[:1] == b"{":
            raise MusFileError(BadFile.TRUNCATED, path, origin=origin) from None
        raise MusFileError(BadFile.NOT_JSON, path, origin=origin) from None
    clean = _BAD_CHARS.search(text) is None and _ESCAPED_BAD.search(text) is None
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_pairs_clean if clean else _pairs,
            parse_int=_int,
            parse_float=_float,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and (exc.pos >= len(text.rstrip()) - 1 or _looks_cut(text)):
            raise MusFileError(BadFile.TRUNCATED, path, origin=origin) from None
        raise MusFileError(BadFile.NOT_JSON, path, origin=origin) from None
    except Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, exc.words, origin=origin) from None
    except RecursionError:
        raise MusFileError(BadFile.WRONG_TYPES, path, TOO_DEEP, origin=origin) from None
    try:
        return _clean_tree(doc, notes, strings_clean=clean)
    except Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, exc.words, origin=origin) from None


# -- cleaning strings -------------------------------------------------------------------------

_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean(text: str) -> tuple[str, int]:
    """(cleaned text, number of characters repaired). CR LF/CR → LF is not counted."""
    text, surrogates = SURROGATE.subn("\ufffd", text)  # the characters an editor tidies (domain/shape.py)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, controls = CONTROL.subn("", text)
    return text, surrogates + controls


def _check_depth(doc: Any) -> None:
    level: list[Any] = [doc]
    depth = 0
    while level:
        if depth > MAX_DEPTH:
            raise Bad(TOO_DEEP)
        below: list[Any] = []
        for node in level:
            values = node.values() if type(node) is dict else node if type(node) is list else ()
            below.extend(v for v in values if type(v) is dict or type(v) is list)
        level = below
        depth += 1


def _clean_tree(doc: Any, notes: Notes | None, *, strings_clean: bool = False) -> Any:
    """Bound the depth and clean every string (``strings_clean``: only the depth is checked)."""
    repaired = 0
    if isinstance(doc, str):
        doc, repaired = _clean(doc) if _BAD_CHARS.search(doc) else (doc, 0)
    if strings_clean:
        _check_depth(doc)
        return doc
    stack: list[tuple[Any, int]] = [(doc, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise Bad(TOO_DEEP)
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            if isinstance(value, str):
                if strings_clean:
                    continue
                if _BAD_CHARS.search(value):
                    node[key], n = _clean(value)
                    repaired += n
            elif isinstance(value, (dict, list)):
                stack.append((value, depth + 1))
    if repaired and notes is not None:
        notes.append(
            f"{repaired} ugyldige tegn (styretegn eller halve tegn) er fjernet eller vist som �."
            if repaired > 1
            else "Et ugyldigt tegn (et styretegn eller et halvt tegn) er fjernet eller vist som �."
        )
    return doc
