"""Every value of a conversation against the bound its part declares (domain/shape.py): what
saving checks as its last guard, and what the overview's cache is held to."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class BoundProblem:
    """A value beyond its declared bound: ``where`` in Danish, ``size`` and ``most`` in the
    unit of ``unit`` ("tegn", "elementer", "punkter") or a range for numbers and dates."""

    where: str
    unit: str
    size: float
    most: float
    least: float = 0

    @property
    def message(self) -> str:
        if self.unit == "år":
            return f"{self.where} ligger i år {self.size:g}; årene {self.least:g}–{self.most:g} kan gemmes"
        if self.unit == "værdi":
            return (
                f"{self.where} er {_n(self.size)}, men skal ligge mellem {_n(self.least)} og {_n(self.most)}"
            )
        return f"{self.where} har {_n(self.size)} {self.unit}; der må højst være {_n(self.most)}"


def _n(number: float) -> str:
    """A number as Danish writes it: 2.500, 10.000.000, 2,5."""
    if number == int(number):
        return f"{int(number):,}".replace(",", ".")
    return f"{number:g}".replace(".", ",")


def bound_problems(conv: object) -> list[BoundProblem]:
    """Every value of ``conv`` beyond its declared bound (empty: the loader accepts its bounds)."""
    problems: list[BoundProblem] = []
    form = getattr(conv, "form", None)
    names: dict[str, str] = {}
    if form is not None:  # a field or a step is named as the form words it
        names = {s.id: s.title for s in form.steps} | {f.id: f.label for _, f in form.fields()}
    for part in PARTS:
        _check(getattr(conv, part.name), part.shape, part.label, problems, names)
    return problems


def record_problems(record: object) -> list[BoundProblem]:
    """The same check for one record (e.g. an agreement read from the overview's cache)."""
    problems: list[BoundProblem] = []
    _check(record, Rec(type(record)), type(record).__name__, problems)
    return problems


def _check(
    value: Any, shape: Shape, where: str, out: list[BoundProblem], names: dict[str, str] | None = None
) -> None:
    if value is None:
        if not getattr(shape, "optional", False):
            out.append(BoundProblem(f"{where} mangler", "værdi", 0, 0))
        return
    if isinstance(shape, Leaf):
        _check_leaf(value, shape, where, out)
    elif isinstance(shape, Rec):
        for f in RECORDS[shape.cls]:
            _check(getattr(value, f.name), f.shape, f"{where}: {f.label}", out, names)
        if shape.cls is Signature:
            points = sum(len(s) for s in value.strokes)
            if points > POINTS:
                out.append(BoundProblem(f"{where}: stregerne", "punkter", points, POINTS))
    elif isinstance(shape, (Seq, Map, Pairs, NameSet)):
        count = getattr(shape, "count", 0)
        if len(value) > count:
            out.append(BoundProblem(where, "elementer", len(value), count))
        if isinstance(shape, Seq) and not (isinstance(shape.item, Leaf) and shape.item.kind == Kind.POINT):
            for i, item in enumerate(value, 1):
                _check(item, shape.item, f"{where} ({i})", out, names)
        elif isinstance(shape, Map):
            for key, item in value.items():
                if shape.key == Key.NAME:
                    _check_leaf(key, ident(), f"{where}: en nøgle", out)
                    _check(
                        item, shape.value, f"{where} »{short((names or {}).get(key, str(key)))}«", out, names
                    )
                else:
                    _check(item, shape.value, f"{where} ({VOICE_WORDS.get(str(key), str(key))})", out, names)
        elif isinstance(shape, Pairs):
            for _, item in value:
                _check(item, shape.value, where, out, names)
        elif isinstance(shape, NameSet):
            for key in value:
                _check_leaf(key, ident(), where, out)


def _check_leaf(value: Any, leaf: Leaf, where: str, out: list[BoundProblem]) -> None:
    if leaf.kind in (Kind.LINE, Kind.TEXT, Kind.ID):
        if len(value) > leaf.length:
            out.append(BoundProblem(where, "tegn", len(value), leaf.length))
    elif leaf.kind in (Kind.DATE, Kind.MOMENT):
        if not leaf.low <= value.year <= leaf.high:
            out.append(BoundProblem(where, "år", value.year, leaf.high, leaf.low))
    elif leaf.kind in (Kind.NUMBER, Kind.WHOLE):
        if not leaf.low <= value <= leaf.high:
            out.append(BoundProblem(where, "værdi", value, leaf.high, leaf.low))
