"""Checks of decoded JSON values: each takes (value, where) and returns the Python value, or
raises :class:`Bad` with a worded detail naming ``where`` – itself worded (a part's name, its
number, a voice: :func:`place`, :func:`within`, :func:`numbered`), so the window says it all in
its language. The bounds come from the declared shape (:mod:`ishoj_mus.domain.shape`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from ishoj_mus.domain.bounds import Place, Step
from ishoj_mus.domain.shape import ITEMS, LINE_LENGTH, TEXT_LENGTH, YEARS
from ishoj_mus.text import QUOTED, Words, da, number_words


class Bad(Exception):
    """A value that is wrong at a given place: ``words``, a ``da()`` template and its values
    (issue 25), so the window can say it in its language; ``str()`` is the Danish."""

    def __init__(self, template: str, *values: str | Words):
        self.words = Words(template, values)
        super().__init__(self.words.text())


# The details the checks give, each said once; %1 is where in the file (worded place names,
# "aftalerne (2): fristen"), %2, %3 the bound or the value. The loader and the group file add
# their own for what crosses the data.
OBJECT = da("%1 skal være et objekt")
MISSING = da("%1: %2 mangler")  # %2: what is missing (a word, or the file's key quoted)
NOT_TEXT = da("%1 skal være tekst")
TOO_LONG = da("%1 er længere end %2 tegn")
NOT_FILLED = da("%1 er ikke udfyldt")  # not »er tom«: »id'et«, »navnet« would want »tomt«
UNKNOWN_VALUE = da("%1 har den ukendte værdi %2")
NOT_NUMBER = da("%1 skal være et tal")
NOT_BETWEEN = da("%1 skal ligge mellem %2 og %3")
NOT_DATE = da("%1 er ikke en dato")
NOT_MOMENT = da("%1 er ikke et tidspunkt")
OUTSIDE_YEARS = da("%1 ligger uden for årene %2–%3")
NOT_LIST = da("%1 skal være en liste")
TOO_MANY = da("%1 har over %2 elementer")
NOT_FLAG = da("%1 skal være sand eller falsk")
NOT_WHOLE = da("%1 skal være et helt tal fra %2 til %3")


# Where in the file, built from the declared parts' names (domain/shape.py, label()) and the
# group file's own (grus_file.py): the part inside another, an item's number or a voice, a key.
WITHIN = da("%1: %2")  # »aftalerne (2): fristen«
NUMBERED = da("%1 (%2)")  # »aftalerne (2)«, »svarene »x« (medarbejderen)«
KEYED = da("%1 %2")  # »svarene »x««: %2 is the key, quoted
A_KEY = da("en nøgle")  # a map's key itself (»svarene: en nøgle«)


def place(word: str) -> Words:
    """A place named by one marked word (``label()`` in the domain, ``da()`` in storage)."""
    return Words(word)


def within(where: Words, word: str | Words) -> Words:
    return Words(WITHIN, (where, place(word) if isinstance(word, str) else word))


def numbered(where: Words, n: int | str | Words) -> Words:
    return Words(NUMBERED, (where, n if isinstance(n, Words) else str(n)))


def keyed(where: Words, key: str) -> Words:
    return Words(KEYED, (where, named(short(key))))


def place_words(where: Place) -> Words:
    """A place the domain names (``domain/bounds.py``: the save side's last guard) in the same words."""
    (_, top), *steps = where
    said = place(top)
    for step, name in steps:
        if step == Step.PART:
            said = within(said, name)
        elif step == Step.NUMBER:
            said = numbered(said, name)
        elif step == Step.VOICE:
            said = numbered(said, place(name))
        elif step == Step.KEY:
            said = keyed(said, name)
        else:
            said = within(said, A_KEY)
    return said


def named(key: str) -> Words:
    """A key of the file named in a message: quoted (»status«; English “status”)."""
    return Words(QUOTED, (key,))


def short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# -- checks: each takes (value, where) and returns the Python value ---------------------------

Check = Callable[[Any, Words], Any]


class _Optional:
    """A key that may be missing or null."""

    def __init__(self, check: Check):
        self.check = check

    def __call__(self, value: Any, where: Words) -> Any:
        return None if value is None else self.check(value, where)


def optional(check: Check) -> _Optional:
    return _Optional(check)


def record(value: Any, table: dict[str, Check], where: Words, words: dict[str, str]) -> dict[str, Any]:
    """Check an object against a table of key → check; unknown keys are ignored. ``words`` names
    every key of ``table`` for the messages, a ``da()`` word (»deltager 1: stillingen er længere
    end …«)."""
    if not isinstance(value, dict):
        raise Bad(OBJECT, where)
    out: dict[str, Any] = {}
    for key, check in table.items():
        word = place(words[key])
        if key not in value:
            if isinstance(check, _Optional):
                out[key] = None
                continue
            raise Bad(MISSING, where, word)
        out[key] = check(value[key], within(where, word))
    return out


def text(limit: int = TEXT_LENGTH) -> Check:
    def check(value: Any, where: Words) -> str:
        if not isinstance(value, str):
            raise Bad(NOT_TEXT, where)
        if len(value) > limit:
            raise Bad(TOO_LONG, where, number_words(limit))
        return value

    return check


def ident(value: Any, where: Words) -> str:
    checked: str = text(LINE_LENGTH)(value, where)
    if not checked.strip():
        raise Bad(NOT_FILLED, where)
    return checked


def enum(kind: type[Enum]) -> Check:
    def check(value: Any, where: Words) -> Any:
        if not isinstance(value, str):
            raise Bad(NOT_TEXT, where)
        try:
            return kind(value)
        except ValueError:
            raise Bad(UNKNOWN_VALUE, where, named(short(value))) from None

    return check


def number(low: float, high: float) -> Check:
    def check(value: Any, where: Words) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Bad(NOT_NUMBER, where)
        if not (math.isfinite(value) and low <= value <= high):
            raise Bad(NOT_BETWEEN, where, number_words(low, 1), number_words(high, 1))
        return float(value)

    return check


def a_date(value: Any, where: Words) -> date:
    if not isinstance(value, str) or len(value) > 40:
        raise Bad(NOT_DATE, where)
    try:
        result = date.fromisoformat(value)
    except ValueError:
        raise Bad(NOT_DATE, where) from None
    if not YEARS[0] <= result.year <= YEARS[1]:
        raise Bad(OUTSIDE_YEARS, where, str(YEARS[0]), str(YEARS[1]))
    return result


class Moment:
    """A point in time; one without a time zone is read as local time (and noted)."""

    def __init__(self) -> None:
        self.naive = 0

    def __call__(self, value: Any, where: Words) -> datetime:
        if not isinstance(value, str) or len(value) > 60:
            raise Bad(NOT_MOMENT, where)
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            raise Bad(NOT_MOMENT, where) from None
        if not YEARS[0] <= result.year <= YEARS[1]:
            raise Bad(OUTSIDE_YEARS, where, str(YEARS[0]), str(YEARS[1]))
        if result.tzinfo is None or result.utcoffset() is None:
            self.naive += 1
            result = result.astimezone()
        return result


def items(value: Any, where: Words, limit: int = ITEMS) -> list[Any]:
    if not isinstance(value, list):
        raise Bad(NOT_LIST, where)
    if len(value) > limit:
        raise Bad(TOO_MANY, where, str(limit))
    return value


def a_bool(value: Any, where: Words) -> bool:
    if not isinstance(value, bool):
        raise Bad(NOT_FLAG, where)
    return value


def an_object(value: Any, where: Words) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Bad(OBJECT, where)
    return value


def whole(low: int, high: int) -> Check:
    def check(value: Any, where: Words) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Bad(NOT_WHOLE, where, number_words(low), number_words(high))
        return value

    return check
