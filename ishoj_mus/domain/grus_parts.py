"""The group conversation's parts, declared once: what each is, who writes it, its bounds, and
which document shows which of it.

Three documents come out of a group conversation:

- the group referat (the group's agreed points, the participants and the date);
- each participant's HR edition (the group's agreements and that participant's own plan, for
  the personnel file);
- each participant's own copy (the referat's contents and everything that is theirs).

Which part goes where is an allow-list: an edition is built from an empty group conversation by
copying only the parts declared here for it, each narrowed by its scope. A part that is not
declared cannot reach any document (a test holds the declaration and the model's fields equal).
The loader's and the editors' bounds come from the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from ishoj_mus.domain.grus import GROUP, LEADER, GroupConversation, Plan
from ishoj_mus.domain.shape import label


class Document(StrEnum):
    REFERAT = "referat"  # the group referat
    HR = "hr"  # one participant's HR edition
    COPY = "eksemplar"  # one participant's own copy


class Scope(StrEnum):
    NONE = "ingen"  # left out
    ALL = "alle"
    GROUP = "gruppens"  # only what the group said together
    OWN = "egne"  # only the participant's own (and, for words, the group's)
    OWN_PUBLIC = "egne_uden_note"  # the participant's own plan without the note »Kun mellem os«
    OWN_AND_LEADER = "egne_og_lederens"  # the participant's and the leader's (signatures)
    NAMES = "navne"  # the others by name and title only (no employee number)


LINE = 300  # a name, a title, a place, who is responsible
SHORT = 2_000  # a contribution, a need, an agreement, a personal item
LONG = 20_000  # the group's notes at one card, a note »Kun mellem os«
MANY = 2_000  # contributions
SOME = 200  # needs, agreements, events, preparations
FEW = 50  # personal items in one plan


@dataclass(frozen=True)
class Part:
    key: str  # the GroupConversation attribute
    what: str  # in Danish, marked label(): how a message names it
    writer: str  # who writes it
    text_limit: int | None  # characters of each text in it
    item_limit: int | None  # entries in it
    referat: Scope
    hr: Scope
    copy: Scope

    def scope(self, document: Document) -> Scope:
        return {Document.REFERAT: self.referat, Document.HR: self.hr, Document.COPY: self.copy}[document]


A, N, G, OW = Scope.ALL, Scope.NONE, Scope.GROUP, Scope.OWN

PARTS: tuple[Part, ...] = (
    Part("form", label("samtaleformen"), "programmet", None, None, A, A, A),
    Part("id", label("samtalens id"), "programmet", LINE, None, A, A, A),
    Part("created_at", label("oprettet"), "programmet", None, None, A, A, A),
    Part("team", label("gruppen eller enheden"), "lederen", LINE, None, A, A, A),
    Part("leader", label("lederens navn og titel"), "lederen", LINE, None, A, A, A),
    Part("members", label("deltagerne"), "lederen", LINE, 8, Scope.NAMES, OW, Scope.NAMES),
    Part("date", label("datoen"), "lederen", None, None, A, A, A),
    Part("place", label("stedet"), "lederen", LINE, None, A, A, A),
    Part(
        "contributions",
        label("bidrag ved emnekortene"),
        "hver deltager, lederen og gruppen",
        SHORT,
        MANY,
        G,
        N,
        OW,
    ),
    Part("notes", label("gruppens noter"), "gruppen", LONG, None, A, N, A),
    Part("needs", label("gruppens behov"), "gruppen", SHORT, SOME, A, N, A),
    Part("agreements", label("gruppens aftaler"), "gruppen", SHORT, SOME, A, A, A),
    Part(
        "plans",
        label("hver deltagers egen plan"),
        "deltageren og lederen",
        SHORT,
        FEW,
        N,
        Scope.OWN_PUBLIC,
        OW,
    ),
    Part("offers", label("tilbud om individuel samtale"), "lederen", None, None, N, OW, OW),
    Part("preparations", label("forberedelser"), "hver deltager og lederen", LINE, SOME, N, N, OW),
    Part(
        "signatures",
        label("underskrifter"),
        "lederen og hver deltager",
        LINE,
        9,
        A,
        Scope.OWN_AND_LEADER,
        Scope.OWN_AND_LEADER,
    ),
    Part("history", label("historik"), "programmet", LINE, SOME, N, N, N),
)


def part(key: str) -> Part:
    for p in PARTS:
        if p.key == key:
            return p
    raise KeyError(key)


def undeclared_parts() -> set[str]:
    """Fields of the model without a declaration (must be none), and declarations without a field."""
    model = {f.name for f in fields(GroupConversation)}
    declared = {p.key for p in PARTS}
    return model ^ declared


def _narrow(key: str, value: Any, scope: Scope, member: str | None) -> Any:
    """``value`` narrowed to ``scope`` for the participant ``member``."""
    if scope == Scope.ALL:
        return value
    if key == "members":
        if scope == Scope.NAMES:
            return [m if m.id == member else replace(m, employee_number="") for m in value]
        return [m for m in value if m.id == member]
    if key == "contributions":
        keep = {GROUP} if scope == Scope.GROUP else {GROUP, member}
        return [c for c in value if c.author in keep]
    if key == "plans":
        own: Plan | None = value.get(member)
        if own is None:
            return {}
        return {member: replace(own, note="") if scope == Scope.OWN_PUBLIC else own}
    if key == "offers":
        return {member: value[member]} if member in value else {}
    if key == "preparations":
        return [p for p in value if p.who == member]
    if key == "signatures":
        return {who: s for who, s in value.items() if who in (LEADER, member)}
    raise ValueError(f"{key}: scope {scope} is not defined for this part")


_COPIES: dict[str, Callable[[Any], Any]] = {
    "members": list, "contributions": list, "needs": list, "agreements": list,
    "preparations": list, "history": list, "notes": dict, "plans": dict, "offers": dict,
    "signatures": dict,
}  # fmt: skip


@dataclass(frozen=True)
class Edition:
    """A document's view of a group conversation: which document, for which participant."""

    document: Document
    member: str | None  # the participant (HR edition, own copy); None for the referat
    conversation: GroupConversation

    @property
    def member_name(self) -> str:
        return self.conversation.member(self.member).name if self.member else ""


def edition(g: GroupConversation, document: Document, member: str | None = None) -> Edition:
    """Build a document's contents by the allow-list: start empty, copy each declared part."""
    if document != Document.REFERAT:
        if member is None:
            raise ValueError("an HR edition or an own copy is for one participant")
        g.member(member)  # raises for a participant not in the conversation
    result = GroupConversation(form=g.form)
    for p in PARTS:
        scope = p.scope(document)
        if scope == Scope.NONE:
            value = getattr(GroupConversation(form=g.form), p.key)
            if p.key in ("id", "created_at"):  # never a fresh id: an empty value is not allowed
                raise ValueError(f"{p.key} must be in every document")
        else:
            value = _narrow(p.key, getattr(g, p.key), scope, member)
        copier = _COPIES.get(p.key)
        setattr(result, p.key, copier(value) if copier else value)
    return Edition(document, member, result)


def _texts(g: GroupConversation, key: str) -> list[str]:
    """Every text a part holds (for its bound)."""
    value = getattr(g, key)
    if key in ("team", "place"):
        return [value]
    if key == "leader":
        return [value.name, value.title]
    if key == "members":
        return [t for m in value for t in (m.name, m.job_title, m.employee_number)]
    if key in ("contributions", "needs"):
        return [c.text for c in value]
    if key == "notes":
        return list(value.values())
    if key == "agreements":
        return [a.what for a in value]
    if key == "plans":
        return [i.what for plan in value.values() for i in plan.items]
    return []


class GroupBeyond(StrEnum):
    """How a part of a group conversation is beyond its bound (storage/grus_file.py words it)."""

    TEXT = "text"  # a text in the part is longer than its limit
    ITEMS = "items"  # the part has more entries than its limit
    WHO = "who"  # »hvem« in one of the group's agreements is too long
    NOTE = "note"  # a note »Kun mellem os« is too long
    PLAN_ITEMS = "plan_items"  # a plan has too many items


@dataclass(frozen=True)
class GroupBoundProblem:
    beyond: GroupBeyond
    limit: int
    what: str = ""  # the part's name (label()), for TEXT and ITEMS


def bound_problems(g: GroupConversation) -> list[GroupBoundProblem]:
    """What is beyond its declared bound (empty: the file will open again). The file's loader
    refuses exactly these, so saving checks them first: nothing is saved that cannot be read."""
    problems = []
    for p in PARTS:
        limit = p.text_limit
        if limit is not None and any(len(t) > limit for t in _texts(g, p.key)):
            problems.append(GroupBoundProblem(GroupBeyond.TEXT, limit, p.what))
        if p.item_limit is not None and len(getattr(g, p.key)) > p.item_limit:
            problems.append(GroupBoundProblem(GroupBeyond.ITEMS, p.item_limit, p.what))
    if any(len(a.who) > LINE for a in g.agreements):
        problems.append(GroupBoundProblem(GroupBeyond.WHO, LINE))
    if any(len(plan.note) > LONG for plan in g.plans.values()):
        problems.append(GroupBoundProblem(GroupBeyond.NOTE, LONG))
    plan_items = part("plans").item_limit or 0
    if any(len(plan.items) > plan_items for plan in g.plans.values()):
        problems.append(GroupBoundProblem(GroupBeyond.PLAN_ITEMS, plan_items))
    return problems
