"""Checks of decoded JSON values: each takes (value, where) and returns the Python value, or
raises :class:`Bad` with a Danish detail naming ``where``. The bounds come from the declared
shape (:mod:`ishoj_mus.domain.shape`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from ishoj_mus.domain.shape import ITEMS, LINE_LENGTH, TEXT_LENGTH, YEARS


class Bad(Exception):
    """A value that is wrong at a given place (Danish detail)."""


def short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# -- checks: each takes (value, where) and returns the Python value ---------------------------

Check = Callable[[Any, str], Any]


class _Optional:
    """A key that may be missing or null."""

    def __init__(self, check: Check):
        self.check = check

    def __call__(self, value: Any, where: str) -> Any:
        return None if value is None else self.check(value, where)


def optional(check: Check) -> _Optional:
    return _Optional(check)


def record(
    value: Any, table: dict[str, Check], where: str, words: dict[str, str] | None = None
) -> dict[str, Any]:
    """Check an object against a table of key → check; unknown keys are ignored. ``words`` names
    the keys in Danish for the messages (»deltager 1: stillingen er længere end …«)."""
    if not isinstance(value, dict):
        raise Bad(f"{where} skal være et objekt")
    out: dict[str, Any] = {}
    for key, check in table.items():
        word = (words or {}).get(key)
        if key not in value:
            if isinstance(check, _Optional):
                out[key] = None
                continue
            raise Bad(f"{where}: {word} mangler" if word else f"{where}: »{key}« mangler")
        out[key] = check(value[key], f"{where}: {word}" if word else f"{where}.{key}")
    return out


def text(limit: int = TEXT_LENGTH) -> Check:
    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise Bad(f"{where} skal være tekst")
        if len(value) > limit:
            raise Bad(f"{where} er længere end {limit:,} tegn".replace(",", "."))
        return value

    return check


def ident(value: Any, where: str) -> str:
    checked: str = text(LINE_LENGTH)(value, where)
    if not checked.strip():
        raise Bad(f"{where} er ikke udfyldt")  # not »er tom«: »id'et«, »navnet« would want »tomt«
    return checked


def enum(kind: type[Enum]) -> Check:
    def check(value: Any, where: str) -> Any:
        if not isinstance(value, str):
            raise Bad(f"{where} skal være tekst")
        try:
            return kind(value)
        except ValueError:
            raise Bad(f"{where} har den ukendte værdi »{short(value)}«") from None

    return check


def number(low: float, high: float) -> Check:
    def check(value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Bad(f"{where} skal være et tal")
        if not (math.isfinite(value) and low <= value <= high):
            raise Bad(f"{where} skal ligge mellem {low:g} og {high:g}")
        return float(value)

    return check


def a_date(value: Any, where: str) -> date:
    if not isinstance(value, str) or len(value) > 40:
        raise Bad(f"{where} er ikke en dato")
    try:
        result = date.fromisoformat(value)
    except ValueError:
        raise Bad(f"{where} er ikke en dato") from None
    if not YEARS[0] <= result.year <= YEARS[1]:
        raise Bad(f"{where} ligger uden for årene {YEARS[0]}–{YEARS[1]}")
    return result


class Moment:
    """A point in time; one without a time zone is read as local time (and noted)."""

    def __init__(self) -> None:
        self.naive = 0

    def __call__(self, value: Any, where: str) -> datetime:
        if not isinstance(value, str) or len(value) > 60:
            raise Bad(f"{where} er ikke et tidspunkt")
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            raise Bad(f"{where} er ikke et tidspunkt") from None
        if not YEARS[0] <= result.year <= YEARS[1]:
            raise Bad(f"{where} ligger uden for årene {YEARS[0]}–{YEARS[1]}")
        if result.tzinfo is None or result.utcoffset() is None:
            self.naive += 1
            result = result.astimezone()
        return result


def items(value: Any, where: str, limit: int = ITEMS) -> list[Any]:
    if not isinstance(value, list):
        raise Bad(f"{where} skal være en liste")
    if len(value) > limit:
        raise Bad(f"{where} har over {limit} elementer")
    return value


def a_bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Bad(f"{where} skal være sand eller falsk")
    return value


def an_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Bad(f"{where} skal være et objekt")
    return value


def whole(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Bad(f"{where} skal være et helt tal fra {low} til {high}")
        return value

    return check
