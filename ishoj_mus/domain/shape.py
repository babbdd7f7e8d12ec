"""The conversation's shape, declared once.

Every part of a :class:`~ishoj_mus.domain.conversation.Conversation` and every field of the
records it holds is declared here, once: its type and bounds (length, count, range), who may
write it, whether HR sees it (an allow-list: a part not declared for HR never reaches the HR
edition), and how it is stored (its key in the file). What is derived from this table:

* reading and writing the ``.mus`` file (``storage/codec.py`` walks these shapes);
* the bounds checked before saving (``domain/bounds.py``), and the overview cache's check;
* the editors' input limits (:func:`limit`);
* equality (:func:`content`: every part, ``time_used`` included);
* the HR edition (``domain/edition.py`` copies only parts whose :class:`Hr` allows it);
* what is missing about the participants (:data:`REQUIRED`) and the written texts' coverage.

``tests/domain/test_shape.py`` fails when ``Conversation`` or a record has an attribute that
is not declared here. How to declare a part: /work/notes/shape_api.md (and the module's tail).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from ishoj_mus.domain.behaviours import BehaviourMarking
from ishoj_mus.domain.codes import BehaviourMark, FollowUpStatus, MissingCode, Responsible, Voice
from ishoj_mus.domain.records import (
    Agreement,
    Employee,
    Event,
    EventKind,
    FollowUp,
    Leader,
    OwnTopic,
    PreparationInfo,
    ScaleValue,
    Signature,
)

# -- the bounds --------------------------------------------------------------------------------

TEXT_LENGTH = 200_000  # characters in one answer, comment or note (about 50 pages)
LINE_LENGTH = 2_000  # names, titles, places, ids
ITEMS = 1_000  # agreements, follow-ups, own topics, history events
STROKES = 2_000  # strokes in one drawn signature
POINTS = 100_000  # points in one drawn signature, all strokes together
YEARS = (1900, 2999)  # dates and times
AGENDA_MINUTES = 600  # planned minutes for one step
STEP_SECONDS = 10**7  # time recorded on one step (about 115 days)
SIGNATURE_BOX = 10_000.0  # a signature's box, width and height


class Kind(StrEnum):
    """What one value is."""

    LINE = "line"  # one line of text: a name, a title, a place
    TEXT = "text"  # free text: an answer, a comment, a note
    ID = "id"  # a non-empty line: an id, a step or field reference
    DATE = "date"
    MOMENT = "moment"  # a point in time with a time zone
    CHOICE = "choice"  # one of an enumeration's values
    NUMBER = "number"  # a finite number in [low, high]
    WHOLE = "whole"  # an integer in [low, high]
    FLAG = "flag"  # true or false
    POINT = "point"  # (x, y) inside the signature's box
    FORM = "form"  # the form the conversation was held with (written by the form's own code)


class Key(StrEnum):
    """What the keys of a map are."""

    NAME = "name"  # an id the form or the framework has (field, step, behaviour, perspective)
    VOICE = "voice"


class Writers(StrEnum):
    """Who may write a part (its voice)."""

    FIELD = "field"  # the voices the form gives the field
    PARTIES = "parties"  # employee and leader, each in their own voice
    TOPIC = "topic"  # the voices the own topic was given
    EMPLOYEE = "employee"  # only the employee (the remark before signing)
    SIGNER = "signer"  # the one who signs, in their role
    BOTH = "both"  # either party, as the shared record (names, agreements, follow-ups)
    PROGRAM = "program"  # nobody types it: the program records it (ids, times, history)


class Hr(StrEnum):
    """Whether the HR edition shows a part (an allow-list)."""

    NEVER = "never"  # private or a working aid: never in anything filed with HR
    REFERAT = "referat"  # in the whole referat (cut to what the HR form shows), not in the plan
    ALWAYS = "always"  # in both HR editions (cut to what the edition's form shows)


# -- shapes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leaf:
    """One value: a text of at most ``length`` characters, a number in ``low``–``high``, …"""

    kind: Kind
    length: int = 0
    low: float = 0
    high: float = 0
    choices: type[Enum] | None = None
    optional: bool = False  # None is allowed (stored as null)


@dataclass(frozen=True)
class Rec:
    """One of the declared records (:data:`RECORDS`)."""

    cls: type
    optional: bool = False


@dataclass(frozen=True)
class Seq:
    """A list (a tuple when ``frozen``) of at most ``count`` items."""

    item: Shape
    count: int
    frozen: bool = False


@dataclass(frozen=True)
class Map:
    """A dict of at most ``count`` entries. ``by``: a record field that is also the key: the
    map is then stored as a list of those records (signatures and preparations by voice)."""

    value: Shape
    count: int
    key: Key = Key.NAME
    by: str = ""


@dataclass(frozen=True)
class Pairs:
    """A tuple of (voice, value) pairs, stored as an object by voice (an own topic's answers)."""

    value: Shape
    count: int = len(Voice)


@dataclass(frozen=True)
class NameSet:
    """A set of ids, stored as a sorted list."""

    count: int


Shape = Leaf | Rec | Seq | Map | Pairs | NameSet


def line(optional: bool = False) -> Leaf:
    return Leaf(Kind.LINE, LINE_LENGTH, optional=optional)


def text() -> Leaf:
    return Leaf(Kind.TEXT, TEXT_LENGTH)


def ident(optional: bool = False) -> Leaf:
    return Leaf(Kind.ID, LINE_LENGTH, optional=optional)


def a_date(optional: bool = False) -> Leaf:
    return Leaf(Kind.DATE, low=YEARS[0], high=YEARS[1], optional=optional)


def moment() -> Leaf:
    return Leaf(Kind.MOMENT, low=YEARS[0], high=YEARS[1])


def choice(kind: type[Enum], optional: bool = False) -> Leaf:
    return Leaf(Kind.CHOICE, choices=kind, optional=optional)


def whole(low: int, high: int, optional: bool = False) -> Leaf:
    return Leaf(Kind.WHOLE, low=low, high=high, optional=optional)


# -- parts -------------------------------------------------------------------------------------


def label(danish: str) -> str:
    """Marks a part's Danish name (and a voice's, :data:`VOICE_WORDS`) for the translation file:
    the domain cannot import ``text.da``, so scripts/update_translations.py collects ``label("…")``
    in the domain as it collects ``da("…")`` elsewhere. The file checks' details name a place
    with it, in the window's language (issue 25). Returns the Danish unchanged."""
    return danish


@dataclass(frozen=True)
class Part:
    """One declared part: an attribute of the conversation or of one of its records."""

    name: str  # the attribute
    shape: Shape
    writers: Writers
    hr: Hr
    label: str  # Danish, marked label(): how a message names it ("medarbejderens navn")
    key: str = ""  # its key in the file (default: the attribute's name)
    required: MissingCode | None = None  # missing() lists it when empty (the participants)
    added_later: bool = False  # older files may lack it (or hold null): it then has its default

    @property
    def stored_as(self) -> str:
        return self.key or self.name


# The records, field by field (a record's HR visibility is its part's).
_R = Hr.ALWAYS
RECORDS: dict[type, tuple[Part, ...]] = {
    Employee: (
        Part(
            "name", line(), Writers.BOTH, _R, label("medarbejderens navn"), required=MissingCode.EMPLOYEE_NAME
        ),
        Part(
            "job_title",
            line(),
            Writers.BOTH,
            _R,
            label("stillingen"),
            required=MissingCode.EMPLOYEE_JOB_TITLE,
        ),
        Part("workplace", line(), Writers.BOTH, _R, label("arbejdsstedet"), required=MissingCode.WORKPLACE),
        Part("employee_number", line(), Writers.BOTH, _R, label("medarbejdernummeret")),
    ),
    Leader: (
        Part("name", line(), Writers.BOTH, _R, label("lederens navn"), required=MissingCode.LEADER_NAME),
        Part("title", line(), Writers.BOTH, _R, label("lederens titel")),
    ),
    Agreement: (
        Part("id", ident(), Writers.PROGRAM, _R, label("aftalens id")),
        Part("what", text(), Writers.BOTH, _R, label("aftalen")),
        Part("why", text(), Writers.BOTH, _R, label("begrundelsen")),
        Part("perspective", ident(optional=True), Writers.BOTH, _R, label("perspektivet")),
        Part("responsible", choice(Responsible, optional=True), Writers.BOTH, _R, label("ansvaret")),
        Part("deadline", a_date(optional=True), Writers.BOTH, _R, label("fristen")),
        Part("follow_up", a_date(optional=True), Writers.BOTH, _R, label("opfølgningsdatoen")),
        Part("carried_from", ident(optional=True), Writers.PROGRAM, _R, label("den videreførte aftale")),
    ),
    FollowUp: (
        Part("agreement", Rec(Agreement), Writers.PROGRAM, _R, label("sidste års aftale")),
        Part("status", choice(FollowUpStatus, optional=True), Writers.BOTH, _R, label("status")),
        Part("comment", text(), Writers.BOTH, _R, label("kommentaren")),
        Part("source", line(), Writers.PROGRAM, _R, label("kilden")),
    ),
    OwnTopic: (
        Part("id", ident(), Writers.PROGRAM, _R, label("emnets id")),
        Part("title", line(), Writers.BOTH, _R, label("emnets titel")),
        Part("step_id", ident(optional=True), Writers.BOTH, _R, label("emnets trin"), key="step"),
        Part(
            "voices", Seq(choice(Voice), len(Voice), frozen=True), Writers.BOTH, _R, label("emnets stemmer")
        ),
        Part("answers", Pairs(text()), Writers.TOPIC, _R, label("emnets svar")),
    ),
    ScaleValue: (
        Part("today", whole(0, 10, optional=True), Writers.FIELD, _R, label("i dag")),
        Part("future", whole(0, 10, optional=True), Writers.FIELD, _R, label("fremover")),
    ),
    BehaviourMarking: (
        Part("mark", choice(BehaviourMark), Writers.PARTIES, _R, label("markeringen")),
        Part("comment", text(), Writers.PARTIES, _R, label("kommentaren")),
    ),
    Signature: (
        Part("role", choice(Voice), Writers.SIGNER, _R, label("rollen")),
        Part("signer", line(), Writers.SIGNER, _R, label("underskriverens navn")),
        Part("signed_at", moment(), Writers.PROGRAM, _R, label("tidspunktet")),
        Part("width", Leaf(Kind.NUMBER, low=1, high=SIGNATURE_BOX), Writers.PROGRAM, _R, label("bredden")),
        Part("height", Leaf(Kind.NUMBER, low=1, high=SIGNATURE_BOX), Writers.PROGRAM, _R, label("højden")),
        Part(
            "strokes",
            Seq(Seq(Leaf(Kind.POINT), POINTS, True), STROKES, True),
            Writers.SIGNER,
            _R,
            label("stregerne"),
        ),
        Part("remark", text(), Writers.EMPLOYEE, _R, label("bemærkningen")),
        Part("typed_name", line(), Writers.SIGNER, _R, label("det skrevne navn"), added_later=True),
    ),
    Event: (
        Part("kind", choice(EventKind), Writers.PROGRAM, _R, label("hændelsen")),
        Part("at", moment(), Writers.PROGRAM, _R, label("tidspunktet")),
        Part("by", line(), Writers.PROGRAM, _R, label("hvem")),
        Part("role", choice(Voice, optional=True), Writers.PROGRAM, _R, label("rollen")),
        Part("note", text(), Writers.BOTH, _R, label("begrundelsen")),
    ),
    PreparationInfo: (
        Part("voice", choice(Voice), Writers.PROGRAM, Hr.NEVER, label("stemmen")),
        Part("source", line(), Writers.PROGRAM, Hr.NEVER, label("forberedelsens fil")),
        Part("brought_at", moment(), Writers.PROGRAM, Hr.NEVER, label("tidspunktet")),
        Part("revealed", Leaf(Kind.FLAG), Writers.PROGRAM, Hr.NEVER, label("vist")),
    ),
}

_VOICED_TEXT = Map(Map(text(), len(Voice), Key.VOICE), ITEMS)
_VOICED_SCALE = Map(Map(Rec(ScaleValue), len(Voice), Key.VOICE), ITEMS)

# The conversation, part by part, in the order the file holds them.
PARTS: tuple[Part, ...] = (
    Part("form", Leaf(Kind.FORM), Writers.PROGRAM, Hr.ALWAYS, label("samtalens formular")),
    Part("id", ident(), Writers.PROGRAM, Hr.ALWAYS, label("samtalens id")),
    Part("created_at", moment(), Writers.PROGRAM, Hr.ALWAYS, label("oprettelsestidspunktet")),
    Part("employee", Rec(Employee), Writers.BOTH, Hr.ALWAYS, label("medarbejderen")),
    Part("leader", Rec(Leader), Writers.BOTH, Hr.ALWAYS, label("lederen")),
    Part("date", a_date(optional=True), Writers.BOTH, Hr.ALWAYS, label("datoen"), required=MissingCode.DATE),
    Part("place", line(), Writers.BOTH, Hr.ALWAYS, label("stedet")),
    Part("answers", _VOICED_TEXT, Writers.FIELD, Hr.REFERAT, label("svarene")),
    Part("scales", _VOICED_SCALE, Writers.FIELD, Hr.REFERAT, label("skalaerne")),
    Part("followups", Seq(Rec(FollowUp), ITEMS), Writers.BOTH, Hr.REFERAT, label("opfølgningerne")),
    Part("agreements", Seq(Rec(Agreement), ITEMS), Writers.BOTH, Hr.ALWAYS, label("aftalerne")),
    Part(
        "signatures",
        Map(Rec(Signature), 2, Key.VOICE, by="role"),
        Writers.SIGNER,
        Hr.ALWAYS,
        label("underskrifterne"),
    ),
    Part("history", Seq(Rec(Event), ITEMS), Writers.PROGRAM, Hr.ALWAYS, label("historikken")),
    Part("private_notes", _VOICED_TEXT, Writers.PARTIES, Hr.NEVER, label("de private noter")),
    Part("topics", Seq(Rec(OwnTopic), ITEMS), Writers.BOTH, Hr.REFERAT, label("de egne emner")),
    Part(
        "behaviour_marks",
        Map(Map(Rec(BehaviourMarking), 2, Key.VOICE), ITEMS),
        Writers.PARTIES,
        Hr.REFERAT,
        label("adfærdsmarkeringerne"),
        key="behaviours",
    ),
    Part("agenda", Map(whole(0, AGENDA_MINUTES), ITEMS), Writers.BOTH, Hr.NEVER, label("dagsordenen")),
    Part("time_used", Map(whole(0, STEP_SECONDS), ITEMS), Writers.PROGRAM, Hr.NEVER, label("tidsforbruget")),
    Part("previous_scales", _VOICED_SCALE, Writers.PROGRAM, Hr.REFERAT, label("sidste års skalaer")),
    Part(
        "preparation_of",
        choice(Voice, optional=True),
        Writers.PROGRAM,
        Hr.ALWAYS,
        label("forberedelsens stemme"),
    ),
    Part(
        "preparations",
        Map(Rec(PreparationInfo), 2, Key.VOICE, by="voice"),
        Writers.PROGRAM,
        Hr.NEVER,
        label("forberedelserne"),
    ),
    Part(
        "not_relevant", NameSet(ITEMS), Writers.BOTH, Hr.REFERAT, label("»ikke relevant«"), added_later=True
    ),
    Part("remark", text(), Writers.EMPLOYEE, Hr.ALWAYS, label("medarbejderens bemærkning"), added_later=True),
)

PART = {p.name: p for p in PARTS}


def required_parts() -> Iterator[tuple[tuple[str, ...], MissingCode]]:
    """(attribute path, code) of every part that missing() lists when empty, in declared order."""
    for part in PARTS:
        if part.required is not None:
            yield (part.name,), part.required
        if isinstance(part.shape, Rec):
            for f in RECORDS[part.shape.cls]:
                if f.required is not None:
                    yield (part.name, f.name), f.required


def hr_parts(plan_only: bool) -> tuple[Part, ...]:
    """The parts an HR edition may show (the whole referat, or only the development plan)."""
    allowed = (Hr.ALWAYS,) if plan_only else (Hr.ALWAYS, Hr.REFERAT)
    return tuple(p for p in PARTS if p.hr in allowed)


# -- the editors' limits -----------------------------------------------------------------------


def shape_at(path: str) -> Shape:
    """The shape of the part at ``path``: ``"answers"``, ``"employee.name"``, ``"agreements.what"``."""
    head, *names = path.split(".")
    shape: Shape = PART[head].shape
    for name in names:
        record = _inner(shape)
        if not isinstance(record, Rec):
            raise KeyError(path)
        shape = next(f.shape for f in RECORDS[record.cls] if f.name == name)
    return shape


def limit(path: str) -> int:
    """The most characters one text at ``path`` may hold (``"answers"``, ``"employee.name"``,
    ``"agreements.what"``, ``"topics.title"``…). The editors cut input beyond it and say so;
    saving checks it again."""
    leaf = _inner(shape_at(path))
    if not isinstance(leaf, Leaf) or not leaf.length:
        raise KeyError(f"{path} is not a text")
    return leaf.length


def count(path: str) -> int:
    """The most items the list or map at ``path`` may hold (``"agreements"``, ``"topics"``…)."""
    shape = shape_at(path)
    if not isinstance(shape, (Seq, Map, NameSet, Pairs)):
        raise KeyError(f"{path} is not a list")
    return shape.count


def _inner(shape: Shape) -> Shape:
    while isinstance(shape, (Seq, Map, Pairs)):
        shape = shape.item if isinstance(shape, Seq) else shape.value
    return shape


def clip(value: str, path: str) -> tuple[str, bool]:
    """``value`` cut to the limit of ``path``; True when something was cut (the editor says so)."""
    most = limit(path)
    return (value, False) if len(value) <= most else (value[:most], True)


# What a file cannot keep: control characters other than tab and line break (removed), CR LF and
# CR (become LF), lone surrogates (become U+FFFD). The loader repairs them, so an editor that
# tidies what is typed or pasted keeps the text the same after saving and opening.
SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def tidy(value: str) -> str:
    value = SURROGATE.sub("\ufffd", value).replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL.sub("", value)


def tidied(value: Any, path: str) -> Any:
    """``value`` for the part at ``path`` with every text in it tidied (what a file keeps)."""
    return _tidy(value, shape_at(path))


def tidied_record(value: Any) -> Any:
    """A declared record with every text in it tidied."""
    return _tidy(value, Rec(type(value)))


def _tidy(value: Any, part_shape: Shape) -> Any:
    if value is None:
        return None
    if isinstance(part_shape, Leaf):
        texts = part_shape.kind in (Kind.LINE, Kind.TEXT) and isinstance(value, str)
        return tidy(value) if texts else value
    if isinstance(part_shape, Rec):
        changes = {}
        for f in RECORDS[part_shape.cls]:
            old = getattr(value, f.name)
            new = _tidy(old, f.shape)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(part_shape, Seq):
        if isinstance(part_shape.item, Leaf) and part_shape.item.kind == Kind.POINT:
            return value
        items = [_tidy(v, part_shape.item) for v in value]
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(part_shape, Map):
        return {k: _tidy(v, part_shape.value) for k, v in value.items()}
    if isinstance(part_shape, Pairs):
        return tuple((k, _tidy(v, part_shape.value)) for k, v in value)
    return value


def fit(value: str, path: str) -> tuple[str, bool]:
    """What an editor keeps of typed or pasted ``value`` for the part at ``path``: tidied, and cut
    to its limit (True: something was cut, and the editor says so)."""
    return clip(tidy(value), path)


# -- equality ----------------------------------------------------------------------------------


def content(conv: object) -> tuple[object, ...]:
    """Every declared part, normalised (an empty text in a map counts as no entry)."""
    return tuple(_normal(getattr(conv, p.name), p.shape) for p in PARTS)


def _normal(value: Any, shape: Shape) -> Any:
    if isinstance(shape, Map):
        pairs = ((k, _normal(v, shape.value)) for k, v in value.items())
        return frozenset((k, v) for k, v in pairs if v not in ("", frozenset()))
    if isinstance(shape, Seq):
        return tuple(value)
    if isinstance(shape, NameSet):
        return frozenset(value)
    return value


VOICE_WORDS = {"medarbejder": label("medarbejderen"), "leder": label("lederen"), "faelles": label("fælles")}


def short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def undeclared(cls: type) -> set[str]:
    """Attributes of a dataclass that the declaration does not name (the test wants none)."""
    declared = {p.name for p in PARTS} if cls.__name__ == "Conversation" else {p.name for p in RECORDS[cls]}
    return {f.name for f in dataclasses.fields(cls)} - declared
