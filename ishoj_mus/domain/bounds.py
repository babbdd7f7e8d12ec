"""Every value of a conversation against the bound its part declares (domain/shape.py): what
saving checks as its last guard, and what the overview's cache is held to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ishoj_mus.domain.records import Signature
from ishoj_mus.domain.shape import (
    PARTS,
    POINTS,
    RECORDS,
    VOICE_WORDS,
    Key,
    Kind,
    Leaf,
    Map,
    NameSet,
    Pairs,
    Rec,
    Seq,
    Shape,
    ident,
    short,
)

# -- bounds ------------------------------------------------------------------------------------


class Step(StrEnum):
    """One step of where a value is, as the file checks name it (``storage/checks.py`` words it)."""

    PART = "part"  # a part's name (its label()): »aftalerne«, then »: fristen«
    NUMBER = "number"  # an item's number: »aftalerne (2)«
    VOICE = "voice"  # a voice's name (VOICE_WORDS): »svarene »x« (medarbejderen)«
    KEY = "key"  # a key, as the form names it: »svarene »Kerneopgaven««
    A_KEY = "a_key"  # a key itself: »svarene: en nøgle«


Place = tuple[tuple[Step, str], ...]  # from the conversation's part inwards


class Beyond(StrEnum):
    """How a value is beyond its bound."""

    LENGTH = "length"  # characters
    COUNT = "count"  # items in a list or a map
    POINTS = "points"  # points in a drawn signature
    YEAR = "year"  # a date or a time outside the years a file keeps
    VALUE = "value"  # a number outside its range
    MISSING = "missing"  # no value where one must be


@dataclass(frozen=True)
class BoundProblem:
    """A value beyond its declared bound: where (``place``), how (``beyond``), ``size`` and
    ``most`` (and ``least`` for a range). Worded by ``storage.atomic.beyond_words``."""

    place: Place
    beyond: Beyond
    size: float
    most: float
    least: float = 0


def bound_problems(conv: object) -> list[BoundProblem]:
    """Every value of ``conv`` beyond its declared bound (empty: the loader accepts its bounds)."""
    problems: list[BoundProblem] = []
    form = getattr(conv, "form", None)
    names: dict[str, str] = {}
    if form is not None:  # a field or a step is named as the form words it
        names = {s.id: s.title for s in form.steps} | {f.id: f.label for _, f in form.fields()}
    for part in PARTS:
        _check(getattr(conv, part.name), part.shape, ((Step.PART, part.label),), problems, names)
    return problems


def record_problems(record: object) -> list[BoundProblem]:
    """The same check for one record (e.g. an agreement read from the overview's cache)."""
    problems: list[BoundProblem] = []
    _check(record, Rec(type(record)), ((Step.PART, type(record).__name__),), problems)
    return problems


def _check(
    value: Any, shape: Shape, where: Place, out: list[BoundProblem], names: dict[str, str] | None = None
) -> None:
    if value is None:
        if not getattr(shape, "optional", False):
            out.append(BoundProblem(where, Beyond.MISSING, 0, 0))
        return
    if isinstance(shape, Leaf):
        _check_leaf(value, shape, where, out)
    elif isinstance(shape, Rec):
        for f in RECORDS[shape.cls]:
            _check(getattr(value, f.name), f.shape, (*where, (Step.PART, f.label)), out, names)
        if shape.cls is Signature:
            points = sum(len(s) for s in value.strokes)
            if points > POINTS:
                out.append(BoundProblem((*where, (Step.PART, _STROKES)), Beyond.POINTS, points, POINTS))
    elif isinstance(shape, (Seq, Map, Pairs, NameSet)):
        count = getattr(shape, "count", 0)
        if len(value) > count:
            out.append(BoundProblem(where, Beyond.COUNT, len(value), count))
        if isinstance(shape, Seq) and not (isinstance(shape.item, Leaf) and shape.item.kind == Kind.POINT):
            for i, item in enumerate(value, 1):
                _check(item, shape.item, (*where, (Step.NUMBER, str(i))), out, names)
        elif isinstance(shape, Map):
            for key, item in value.items():
                if shape.key == Key.NAME:
                    _check_leaf(key, ident(), (*where, (Step.A_KEY, "")), out)
                    named = short((names or {}).get(key, str(key)))
                    _check(item, shape.value, (*where, (Step.KEY, named)), out, names)
                elif str(key) in VOICE_WORDS:
                    _check(item, shape.value, (*where, (Step.VOICE, VOICE_WORDS[str(key)])), out, names)
                else:
                    _check(item, shape.value, (*where, (Step.NUMBER, str(key))), out, names)
        elif isinstance(shape, Pairs):
            for _, item in value:
                _check(item, shape.value, where, out, names)
        elif isinstance(shape, NameSet):
            for key in value:
                _check_leaf(key, ident(), where, out)


def _check_leaf(value: Any, leaf: Leaf, where: Place, out: list[BoundProblem]) -> None:
    if leaf.kind in (Kind.LINE, Kind.TEXT, Kind.ID):
        if len(value) > leaf.length:
            out.append(BoundProblem(where, Beyond.LENGTH, len(value), leaf.length))
    elif leaf.kind in (Kind.DATE, Kind.MOMENT):
        if not leaf.low <= value.year <= leaf.high:
            out.append(BoundProblem(where, Beyond.YEAR, value.year, leaf.high, leaf.low))
    elif leaf.kind in (Kind.NUMBER, Kind.WHOLE):
        if not leaf.low <= value <= leaf.high:
            out.append(BoundProblem(where, Beyond.VALUE, value, leaf.high, leaf.low))


_STROKES = next(f.label for f in RECORDS[Signature] if f.name == "strokes")
