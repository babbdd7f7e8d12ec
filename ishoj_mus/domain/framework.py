"""The framework *Grundlag for lederskab og følgeskab*, quoted word for word.

The texts are kept once, in ``resources/framework.toml``; forms refer to them by id
("perspektiv:styr-paa-tingene", "adfaerd:lederskab", "retning:opad" ...). Storage reads that file
(``storage.form_files.shipped_framework``); the domain reads no files and imports no TOML parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar


@dataclass(frozen=True)
class Perspective:
    """One of the framework's perspectives, quoted word for word."""

    id: str
    name: str
    description: str
    in_practice_intro: str
    in_practice: tuple[str, ...]


@dataclass(frozen=True)
class Behaviours:
    """One of the framework's lists of behaviours (lederskab, følgeskab), quoted word for word."""

    id: str  # "lederskab" | "foelgeskab"
    name: str
    heading: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Direction:
    """One of the framework's directions (opad, nedad, …), quoted word for word."""

    id: str
    name: str
    short: str
    text: str


@dataclass(frozen=True)
class Framework:
    """The whole framework a form quotes; forms refer to its parts by id (``resolve``)."""

    title: str
    source: str
    perspectives_heading: str
    perspectives_source_note: str
    directions_heading: str
    perspectives: tuple[Perspective, ...] = field(default_factory=tuple)
    behaviours: tuple[Behaviours, ...] = field(default_factory=tuple)
    directions: tuple[Direction, ...] = field(default_factory=tuple)

    def perspective(self, id_: str) -> Perspective:
        return _by_id(self.perspectives, id_, "perspektiv")

    def behaviour(self, id_: str) -> Behaviours:
        return _by_id(self.behaviours, id_, "adfærd")

    def direction(self, id_: str) -> Direction:
        return _by_id(self.directions, id_, "retning")

    def resolve(self, ref: str) -> list[Perspective | Behaviours | Direction]:
        """Turn a form's reference into the framework items it names.

        ``perspektiv:<id>``, ``adfaerd:<id>``, ``retning:<id>``; the bare words
        ``perspektiver``, ``adfaerd`` and ``retninger`` name all items of a kind.
        """
        kind, _, id_ = ref.partition(":")
        if kind == "perspektiv" and id_:
            return [self.perspective(id_)]
        if kind == "adfaerd" and id_:
            return [self.behaviour(id_)]
        if kind == "retning" and id_:
            return [self.direction(id_)]
        if ref == "perspektiver":
            return list(self.perspectives)
        if ref == "adfaerd":
            return list(self.behaviours)
        if ref == "retninger":
            return list(self.directions)
        raise KeyError(f"ukendt henvisning til rammen: '{ref}'")

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "perspectives_heading": self.perspectives_heading,
            "perspectives_source_note": self.perspectives_source_note,
            "directions_heading": self.directions_heading,
            "perspectives": [
                {
                    "id": p.id,
                    "name": p.name,
                    "description": p.description,
                    "in_practice_intro": p.in_practice_intro,
                    "in_practice": list(p.in_practice),
                }
                for p in self.perspectives
            ],
            "behaviours": [
                {"id": b.id, "name": b.name, "heading": b.heading, "items": list(b.items)}
                for b in self.behaviours
            ],
            "directions": [
                {"id": d.id, "name": d.name, "short": d.short, "text": d.text} for d in self.directions
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Framework:
        """Build from a parsed dict; raises KeyError/TypeError/ValueError on bad data."""
        return cls(
            title=_s(data["title"]),
            source=_s(data["source"]),
            perspectives_heading=_s(data["perspectives_heading"]),
            perspectives_source_note=_s(data["perspectives_source_note"]),
            directions_heading=_s(data["directions_heading"]),
            perspectives=tuple(
                Perspective(
                    id=_s(p["id"]),
                    name=_s(p["name"]),
                    description=_s(p["description"]),
                    in_practice_intro=_s(p["in_practice_intro"]),
                    in_practice=tuple(_s(x) for x in _list(p["in_practice"])),
                )
                for p in _list(data["perspectives"])
            ),
            behaviours=tuple(
                Behaviours(
                    id=_s(b["id"]),
                    name=_s(b["name"]),
                    heading=_s(b["heading"]),
                    items=tuple(_s(x) for x in _list(b["items"])),
                )
                for b in _list(data["behaviours"])
            ),
            directions=tuple(
                Direction(id=_s(d["id"]), name=_s(d["name"]), short=_s(d["short"]), text=_s(d["text"]))
                for d in _list(data["directions"])
            ),
        )


_Item = TypeVar("_Item", "Perspective", "Behaviours", "Direction")


def _by_id(items: tuple[_Item, ...], id_: str, what: str) -> _Item:
    for item in items:
        if item.id == id_:
            return item
    raise KeyError(f"ukendt {what}: '{id_}'")


def _s(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"forventede tekst, fik {type(value).__name__}")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"forventede en liste, fik {type(value).__name__}")
    return value
