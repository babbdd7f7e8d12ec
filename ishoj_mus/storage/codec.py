"""How each declared part is written and read: one walk over :mod:`ishoj_mus.domain.shape`.

:func:`encode` turns a value into JSON values by its declared shape; :func:`decode` checks
decoded JSON against the same shape (type, length, count, range) and builds the value, raising
:class:`~ishoj_mus.storage.checks.Bad` with a worded detail. What the shape cannot know – that
an answer belongs to a field of *this* form, a scale value lies in *that field's* range – is
checked by the loader afterwards.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.shape import (
    LINE_LENGTH,
    RECORDS,
    SIGNATURE_BOX,
    VOICE_WORDS,
    Key,
    Kind,
    Leaf,
    Map,
    NameSet,
    Pairs,
    Part,
    Rec,
    Seq,
    Shape,
)
from ishoj_mus.storage.checks import (
    A_KEY,
    MISSING,
    TOO_MANY,
    Bad,
    Moment,
    a_bool,
    a_date,
    an_object,
    enum,
    ident,
    items,
    keyed,
    named,
    number,
    numbered,
    place,
    text,
    whole,
    within,
)
from ishoj_mus.text import Words, da

_SLACK = 0.5  # the signature pad rounds to one decimal

NOT_A_PAIR = da("%1 har et punkt, der ikke er et talpar")
TWICE = da("%1: der er to fra %2")  # %2: whose (a voice)
THE_CONVERSATION = da("samtalen")  # where a part of the conversation itself is missing
_X, _Y = Words("x"), Words("y")  # a point's coordinates: the same in every language (not translated)


def _voice_words(key: str) -> str | Words:
    return place(VOICE_WORDS[key]) if key in VOICE_WORDS else key


# -- writing ------------------------------------------------------------------------------------
# Each shape is compiled once into a function (None: the value is written as it is), so an
# autosave of a conversation with hundreds of agreements stays a few milliseconds.

Encoder = Callable[[Any], Any] | None


def encode(value: Any, shape: Shape) -> Any:
    enc = _compiled(shape)
    return value if enc is None or value is None else enc(value)


def encode_record(value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, name, enc in _plan(type(value)):
        v = getattr(value, name)
        out[key] = v if enc is None or v is None else enc(v)
    return out


_PLANS: dict[type, tuple[tuple[str, str, Encoder], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, str, Encoder], ...]:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple((f.stored_as, f.name, _compiled(f.shape)) for f in RECORDS[cls])
    return plan


_iso = operator.methodcaller("isoformat")  # dates and times (in C: an autosave writes thousands)
_choice = operator.attrgetter("value")


@functools.cache
def _compiled(shape: Shape) -> Encoder:
    if isinstance(shape, Leaf):
        if shape.kind in (Kind.DATE, Kind.MOMENT):
            return _iso
        if shape.kind == Kind.CHOICE:
            return _choice
        if shape.kind == Kind.POINT:
            return list
        if shape.kind == Kind.FORM:
            return lambda form: form.to_dict()
        return None
    if isinstance(shape, Rec):
        return encode_record
    if isinstance(shape, Seq):
        item = _compiled(shape.item)
        if isinstance(shape.item, Leaf) and shape.item.kind == Kind.POINT:
            return lambda points: [[x, y] for x, y in points]  # a signature's thousands of points
        if item is None:
            return list
        return lambda values: [None if v is None else item(v) for v in values]
    if isinstance(shape, Map):
        value = _compiled(shape.value)
        if shape.by:
            return lambda m: [_put(v, value) for v in m.values()]
        return lambda m: {_key(k): _put(v, value) for k, v in m.items()}
    if isinstance(shape, Pairs):
        value = _compiled(shape.value)
        return lambda pairs: {_key(k): _put(v, value) for k, v in pairs}
    return sorted


def _put(value: Any, enc: Encoder) -> Any:
    return value if enc is None or value is None else enc(value)


def _key(key: Any) -> str:
    return key.value if isinstance(key, Enum) else str(key)


# -- reading ------------------------------------------------------------------------------------


class Reader:
    """Decodes by shape; keeps the one :class:`Moment` check (it counts times without a zone)."""

    def __init__(self) -> None:
        self.moment = Moment()

    def part(self, doc: dict[str, Any], part: Part, where: Words | None) -> Any:
        """The part's value from an object holding it (a missing key: see ``added_later``).

        First the compiled, unworded reader (fast: no place names built); when it gives up,
        the worded one reads the part again and says what is wrong, and where."""
        try:
            return _read_field(_field_plan(part), doc)
        except (_Slow, ValueError, TypeError, AttributeError, KeyError, OverflowError):
            pass
        raw = doc.get(part.stored_as)
        if part.stored_as not in doc or (raw is None and part.added_later):
            if part.added_later:
                return _empty(part.shape)
            if not getattr(part.shape, "optional", False):
                raise Bad(MISSING, where or place(THE_CONVERSATION), named(part.stored_as))
        return self.decode(raw, part.shape, within(where, part.label) if where else place(part.label))

    def decode(self, raw: Any, shape: Shape, where: Words) -> Any:
        if raw is None and getattr(shape, "optional", False):
            return None
        if isinstance(shape, Leaf):
            return self._leaf(raw, shape, where)
        if isinstance(shape, Rec):
            return self.record(raw, shape.cls, where)
        if isinstance(shape, Seq) and isinstance(shape.item, Leaf) and shape.item.kind == Kind.POINT:
            points = items(raw, where, shape.count)
            return tuple(_point(v, where, i) for i, v in enumerate(points, 1))  # thousands: no strings
        if isinstance(shape, Seq):
            result = [
                self.decode(v, shape.item, numbered(where, i))
                for i, v in enumerate(items(raw, where, shape.count), 1)
            ]
            return tuple(result) if shape.frozen else result
        if isinstance(shape, Map):
            return self._map(raw, shape, where)
        if isinstance(shape, Pairs):
            pairs = _limited(an_object(raw, where), shape.count, where)
            return tuple(
                (enum(Voice)(k, where), self.decode(v, shape.value, where)) for k, v in pairs.items()
            )
        return {ident(v, where) for v in items(raw, where, shape.count)}

    def record(self, raw: Any, cls: type, where: Words) -> Any:
        doc = an_object(raw, where)
        return cls(**{f.name: self.part(doc, f, where) for f in RECORDS[cls]})

    def _map(self, raw: Any, shape: Map, where: Words) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        if shape.by:
            for i, item in enumerate(items(raw, where, shape.count), 1):
                value = self.decode(item, shape.value, numbered(where, i))
                key = getattr(value, shape.by)
                if key in result:
                    raise Bad(TWICE, where, _voice_words(_key(key)))
                result[key] = value
            return result
        for key, value in _limited(an_object(raw, where), shape.count, where).items():
            if shape.key == Key.VOICE:
                k: Any = enum(Voice)(key, where)
                inner = numbered(where, place(VOICE_WORDS[k.value]))
            else:
                k = ident(key, within(where, A_KEY))
                inner = keyed(where, key)
            result[k] = self.decode(value, shape.value, inner)
        return result

    def _leaf(self, raw: Any, leaf: Leaf, where: Words) -> Any:
        kind = leaf.kind
        if kind in (Kind.LINE, Kind.TEXT):
            return text(leaf.length)(raw, where)
        if kind == Kind.ID:
            return ident(raw, where)
        if kind == Kind.DATE:
            return a_date(raw, where)
        if kind == Kind.MOMENT:
            return self.moment(raw, where)
        if kind == Kind.CHOICE:
            assert leaf.choices is not None
            return enum(leaf.choices)(raw, where)
        if kind == Kind.NUMBER:
            return number(leaf.low, leaf.high)(raw, where)
        if kind == Kind.WHOLE:
            return whole(int(leaf.low), int(leaf.high))(raw, where)
        if kind == Kind.FLAG:
            return a_bool(raw, where)
        if kind == Kind.POINT:
            if not (isinstance(raw, list) and len(raw) == 2):
                raise Bad(NOT_A_PAIR, where)
            box = number(-_SLACK, SIGNATURE_BOX + _SLACK)
            return (box(raw[0], within(where, _X)), box(raw[1], within(where, _Y)))
        raise Bad(da("%1 kan ikke læses her"), where)


_LOW, _HIGH = -_SLACK, SIGNATURE_BOX + _SLACK


def _point(raw: Any, where: Words, i: int) -> tuple[float, float]:
    """(x, y) inside the largest signature box; the loader checks it against its own box."""
    if type(raw) is list and len(raw) == 2:
        x, y = raw
        if type(x) in (int, float) and type(y) in (int, float) and _LOW <= x <= _HIGH and _LOW <= y <= _HIGH:
            return (float(x), float(y))
    if not (isinstance(raw, list) and len(raw) == 2):
        raise Bad(NOT_A_PAIR, numbered(where, i))
    box = number(_LOW, _HIGH)
    return (box(raw[0], within(numbered(where, i), _X)), box(raw[1], within(numbered(where, i), _Y)))


def _limited(value: dict[str, Any], count: int, where: Words) -> dict[str, Any]:
    if len(value) > count:
        raise Bad(TOO_MANY, where, str(count))
    return value


def _empty(shape: Shape) -> Any:
    if isinstance(shape, Leaf):
        return "" if shape.kind in (Kind.LINE, Kind.TEXT) else None
    if isinstance(shape, NameSet):
        return set()
    if isinstance(shape, Map):
        return {}
    return () if isinstance(shape, Pairs) or (isinstance(shape, Seq) and shape.frozen) else []


def in_box(x: float, y: float, width: float, height: float) -> bool:
    return -_SLACK <= x <= width + _SLACK and -_SLACK <= y <= height + _SLACK and math.isfinite(x + y)


# -- reading, fast: compiled once per shape; any doubt goes back to the worded reader ---------------


class _Slow(Exception):
    """The compiled reader gives up; the worded reader reads the part again."""


Decoder = Callable[[Any], Any]
FieldPlan = tuple[str, str, Decoder, bool, bool, Callable[[], Any]]


def _read_field(plan: FieldPlan, doc: Any) -> Any:
    key, _name, dec, later, optional, empty = plan
    if type(doc) is not dict:
        raise _Slow
    if key in doc:
        raw = doc[key]
        if raw is None and later:
            return empty()
        return dec(raw)
    if later:
        return empty()
    if optional:
        return None
    raise _Slow


_FIELD_PLANS: dict[int, tuple[Part, FieldPlan]] = {}


def _field_plan(part: Part) -> FieldPlan:
    cached = _FIELD_PLANS.get(id(part))
    if cached is None or cached[0] is not part:
        shape = part.shape
        plan = (
            part.stored_as,
            part.name,
            _fast(shape),
            part.added_later,
            bool(getattr(shape, "optional", False)),
            lambda: _empty(shape),
        )
        cached = _FIELD_PLANS[id(part)] = (part, plan)
    return cached[1]


@functools.cache
def _fast(shape: Shape) -> Decoder:
    inner = _fast_inner(shape)
    if getattr(shape, "optional", False):
        return lambda v: None if v is None else inner(v)
    return inner


def _fast_inner(shape: Shape) -> Decoder:  # noqa: C901 – one small reader per kind
    if isinstance(shape, Leaf):
        return _fast_leaf(shape)
    if isinstance(shape, Rec):
        cls = shape.cls
        plans = [_field_plan(f) for f in RECORDS[cls]]

        def record(doc: Any) -> Any:
            return cls(**{plan[1]: _read_field(plan, doc) for plan in plans})

        return record
    if isinstance(shape, Seq):
        item, count, frozen = _fast(shape.item), shape.count, shape.frozen

        def sequence(v: Any) -> Any:
            if type(v) is not list or len(v) > count:
                raise _Slow
            result = [item(i) for i in v]
            return tuple(result) if frozen else result

        return sequence
    if isinstance(shape, Map):
        value, count, by = _fast(shape.value), shape.count, shape.by
        if by:

            def by_key(v: Any) -> Any:
                if type(v) is not list or len(v) > count:
                    raise _Slow
                result = {}
                for raw in v:
                    decoded = value(raw)
                    result[getattr(decoded, by)] = decoded
                if len(result) != len(v):
                    raise _Slow  # two with the same key: the worded reader says which
                return result

            return by_key
        key = _fast_voice if shape.key == Key.VOICE else _fast_name

        def mapping(v: Any) -> Any:
            if type(v) is not dict or len(v) > count:
                raise _Slow
            return {key(k): value(x) for k, x in v.items()}

        return mapping
    if isinstance(shape, Pairs):
        value, count = _fast(shape.value), shape.count

        def pairs(v: Any) -> Any:
            if type(v) is not dict or len(v) > count:
                raise _Slow
            return tuple((_fast_voice(k), value(x)) for k, x in v.items())

        return pairs
    count = shape.count

    def names(v: Any) -> Any:
        if type(v) is not list or len(v) > count:
            raise _Slow
        return {_fast_name(k) for k in v}

    return names


def _fast_voice(key: Any) -> Voice:
    return Voice(key)


def _fast_name(key: Any) -> str:
    if type(key) is str and len(key) <= LINE_LENGTH and key.strip():
        return key
    raise _Slow


def _fast_leaf(leaf: Leaf) -> Decoder:  # noqa: C901 – one line per kind
    kind, length, low, high = leaf.kind, leaf.length, leaf.low, leaf.high
    if kind in (Kind.LINE, Kind.TEXT):

        def line(v: Any) -> Any:
            if type(v) is str and len(v) <= length:
                return v
            raise _Slow

        return line
    if kind == Kind.ID:
        return _fast_name
    if kind == Kind.DATE:

        def day(v: Any) -> Any:
            if type(v) is str and len(v) <= 40:
                d = date.fromisoformat(v)
                if low <= d.year <= high:
                    return d
            raise _Slow

        return day
    if kind == Kind.MOMENT:

        def moment(v: Any) -> Any:
            if type(v) is str and len(v) <= 60:
                t = datetime.fromisoformat(v)
                if low <= t.year <= high and t.utcoffset() is not None:
                    return t
            raise _Slow  # (a time without a zone: the worded reader reads it, and notes it)

        return moment
    if kind == Kind.CHOICE:
        choices = leaf.choices
        assert choices is not None

        def chosen(v: Any) -> Any:
            if type(v) is str:
                return choices(v)
            raise _Slow

        return chosen
    if kind == Kind.NUMBER:

        def real(v: Any) -> Any:
            if type(v) in (int, float) and low <= v <= high:
                return float(v)
            raise _Slow

        return real
    if kind == Kind.WHOLE:

        def whole_number(v: Any) -> Any:
            if type(v) is int and low <= v <= high:
                return v
            raise _Slow

        return whole_number
    if kind == Kind.FLAG:

        def flag(v: Any) -> Any:
            if type(v) is bool:
                return v
            raise _Slow

        return flag
    if kind == Kind.POINT:

        def point(v: Any) -> Any:
            if type(v) is list and len(v) == 2:
                x, y = v
                if type(x) in (int, float) and type(y) in (int, float):
                    if _LOW <= x <= _HIGH and _LOW <= y <= _HIGH:
                        return (float(x), float(y))
            raise _Slow

        return point

    def never(v: Any) -> Any:
        raise _Slow

    return never
