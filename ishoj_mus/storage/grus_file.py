"""The group conversation in a ``.mus`` file: versioned UTF-8 JSON with its own format name.

The file carries the group form's snapshot (an old group conversation opens as it was made).
Reading is bounded by the loader's rules (size, depth, characters) and by the bounds declared
in :mod:`ishoj_mus.domain.grus_parts`; every problem is a MusFileError with a Danish message.
An edition (an HR edition or a participant's copy attached to a PDF) is the same format with
``edition`` saying which document and whose it is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ishoj_mus import __version__
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.grus import (
    Contribution,
    GroupAgreement,
    GroupConversation,
    GroupEvent,
    GroupEventKind,
    GroupLeader,
    GroupPreparation,
    GroupSignature,
    IndividualOffer,
    Member,
    Need,
    OfferAnswer,
    PersonalItem,
    Plan,
)
from ishoj_mus.domain.grus_followup import as_participant_conversation
from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.domain.grus_parts import (
    Document,
    Edition,
    GroupBeyond,
    GroupBoundProblem,
    bound_problems,
    part,
)
from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import SaveError, SaveKind, atomic_write
from ishoj_mus.storage.checks import (
    OBJECT,
    Bad,
    Check,
    Moment,
    a_date,
    enum,
    ident,
    items,
    named,
    number,
    optional,
    place,
    record,
    text,
)
from ishoj_mus.storage.codec import THE_CONVERSATION
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.form_files import default_form
from ishoj_mus.storage.grus_head import GROUP_FORMAT
from ishoj_mus.storage.loader import UNKNOWN_SHAPE, checked_version, read_file
from ishoj_mus.storage.musfile import encode_json
from ishoj_mus.storage.strict_json import MAX_BYTES, decode_json
from ishoj_mus.text import Words, da, number_words

# 2: the form snapshot may carry English (``title_en`` …, issue 25); 1 reads the same, in Danish.
GROUP_FORMAT_VERSION = 2


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _strokes_out(s: GroupSignature, with_strokes: bool) -> list[list[list[float]]]:
    return [[[x, y] for x, y in stroke] for stroke in s.strokes] if with_strokes else []


def to_dict(g: GroupConversation, edition: Edition | None = None, *, strokes: bool = True) -> dict[str, Any]:
    """The file's JSON. ``edition``: a document's view (written as it is, with its label);
    ``strokes=False`` leaves the drawn signatures' points out (attached data)."""
    if edition is not None:
        g = edition.conversation
    doc: dict[str, Any] = {
        "format": GROUP_FORMAT,
        "version": GROUP_FORMAT_VERSION,
        "app_version": __version__,
        "form": g.form.to_dict(),
        "group": {
            "id": g.id,
            "created_at": _iso(g.created_at),
            "team": g.team,
            "leader": {"name": g.leader.name, "title": g.leader.title},
            "members": [
                {"id": m.id, "name": m.name, "job_title": m.job_title, "employee_number": m.employee_number}
                for m in g.members
            ],
            "date": _iso(g.date),
            "place": g.place,
            "contributions": [
                {
                    "id": c.id,
                    "station": c.station,
                    "author": c.author,
                    "text": c.text,
                    "from_preparation": c.from_preparation,
                }
                for c in g.contributions
            ],
            "notes": dict(g.notes),
            "needs": [
                {"id": n.id, "station": n.station, "text": n.text, "priority": n.priority} for n in g.needs
            ],
            "agreements": [
                {
                    "id": a.id,
                    "what": a.what,
                    "who": a.who,
                    "deadline": _iso(a.deadline),
                    "follow_up": _iso(a.follow_up),
                    "need": a.need,
                }
                for a in g.agreements
            ],
            "plans": {
                mid: {
                    "items": [
                        {
                            "id": i.id,
                            "what": i.what,
                            "deadline": _iso(i.deadline),
                            "follow_up": _iso(i.follow_up),
                        }
                        for i in plan.items
                    ],
                    "note": plan.note,
                }
                for mid, plan in g.plans.items()
            },
            "offers": {
                mid: {
                    "offered_on": _iso(o.offered_on),
                    "answer": o.answer.value if o.answer else None,
                    "answered_on": _iso(o.answered_on),
                }
                for mid, o in g.offers.items()
            },
            "preparations": [
                {"who": p.who, "source": p.source, "brought_at": _iso(p.brought_at)} for p in g.preparations
            ],
            "signatures": [
                {
                    "who": s.who,
                    "signer": s.signer,
                    "signed_at": _iso(s.signed_at),
                    "width": s.width,
                    "height": s.height,
                    "strokes": _strokes_out(s, strokes),
                    "typed_name": s.typed_name,
                }
                for s in g.signatures.values()
            ],
            "history": [
                {"kind": e.kind.value, "at": _iso(e.at), "by": e.by, "note": e.note} for e in g.history
            ],
        },
    }
    if edition is not None:
        doc["edition"] = {"document": edition.document.value, "member": edition.member}
    return doc


def dumps(g: GroupConversation, edition: Edition | None = None, *, strokes: bool = True) -> bytes:
    return encode_json(to_dict(g, edition, strokes=strokes), indent=1)


def save(g: GroupConversation, path: Path) -> None:
    """Save atomically, keeping the previous version as ``.bak``. Raises SaveError – also, before
    writing anything, for a value beyond its declared bound (the file would not open again)."""
    problems = bound_problems(g)
    if problems:
        raise SaveError(Path(path), SaveKind.BEYOND_BOUNDS, detail=group_beyond_words(problems[0]))
    atomic_write(Path(path), dumps(g))


BEYOND_TEXT = {  # %1 the part's name (or the limit), %2 the limit
    GroupBeyond.TEXT: da("en tekst i %1 er længere end %2 tegn"),
    GroupBeyond.ITEMS: da("%1 har flere end %2 punkter"),
    GroupBeyond.WHO: da("»hvem« i en af gruppens aftaler er længere end %1 tegn"),
    GroupBeyond.NOTE: da("en note »Kun mellem os« er længere end %1 tegn"),
    GroupBeyond.PLAN_ITEMS: da("en plan har flere end %1 egne punkter"),
}


def group_beyond_words(problem: GroupBoundProblem) -> Words:
    """A part beyond its bound in words (texts' limits grouped as the reader writes numbers)."""
    long = problem.beyond in (GroupBeyond.TEXT, GroupBeyond.NOTE)
    limit = number_words(problem.limit) if long else str(problem.limit)
    return Words(BEYOND_TEXT[problem.beyond], (place(problem.what), limit) if problem.what else (limit,))


# -- reading ----------------------------------------------------------------------------------


def bounded_text(key: str) -> Check:
    """The check for a text part of the group file, bounded as grus_parts declares it."""
    limit = part(key).text_limit
    assert limit is not None
    return text(limit)


def _moment(value: Any, where: Words) -> datetime:
    """A point in time, read as a MUS file reads it (the year bounds; local time without a zone)."""
    return Moment()(value, where)


def _list(doc: dict[str, Any], key: str, where: Words) -> list[Any]:
    return items(doc.get(key, []), where, part(key).item_limit or 1_000)


def an_object(value: Any, where: Words) -> dict[str, Any]:
    """``value`` as a JSON object, or the reason it is not one (Bad)."""
    if not isinstance(value, dict):
        raise Bad(OBJECT, where)
    return value


def is_group_document(doc: Any) -> bool:
    return isinstance(doc, dict) and doc.get("format") == GROUP_FORMAT


def group_from_document(
    doc: Any, path: Path | str | None = None, origin: Origin = Origin.MUS
) -> tuple[GroupConversation, Edition | None]:
    """Check and build a group conversation, and which document's view it is. Raises MusFileError."""
    if not is_group_document(doc):
        raise MusFileError(BadFile.NOT_CONVERSATION, path, origin=origin)
    checked_version(doc, GROUP_FORMAT_VERSION, path, origin)
    try:
        return _build(doc)
    except Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, exc.words, origin=origin) from None
    except FormError as exc:  # the form's problem: the domain's own (Danish) words
        invalid = Words(da("samtaleformen er ugyldig (%1)"), (exc.problem,))
        raise MusFileError(BadFile.WRONG_TYPES, path, invalid, origin=origin) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, UNKNOWN_SHAPE, origin=origin) from exc


# The file's keys in Danish, for the messages (as domain/shape.py names a MUS file's parts);
# the places are worded below, where they are read.
PLACE_WORDS = {
    "id": da("id'et"),
    "name": da("navnet"),
    "title": da("titlen"),
    "job_title": da("stillingen"),
    "employee_number": da("medarbejdernummeret"),
    "station": da("emnekortet"),
    "author": da("hvem der sagde det"),
    "text": da("teksten"),
    "priority": da("prioriteten"),
    "what": da("teksten"),
    "who": da("hvem"),
    "deadline": da("fristen"),
    "follow_up": da("opfølgningsdatoen"),
    "need": da("behovet"),
    "offered_on": da("datoen for tilbuddet"),
    "answer": da("svaret"),
    "answered_on": da("datoen for svaret"),
    "source": da("forberedelsens fil"),
    "brought_at": da("tidspunktet"),
    "signer": da("underskriverens navn"),
    "signed_at": da("tidspunktet"),
    "width": da("bredden"),
    "height": da("højden"),
    "typed_name": da("det skrevne navn"),
    "kind": da("hændelsen"),
    "at": da("tidspunktet"),
    "by": da("hvem"),
    "note": da("begrundelsen"),
    "document": da("dokumentet"),
    "member": da("deltageren"),
}


def _at(word: str, *values: int | Words) -> Words:
    """A place in the group file: a ``da()`` word or a declared part's name (grus_parts, label()),
    with an item's number or a quoted key."""
    return Words(word, tuple(str(v) if isinstance(v, int) else v for v in values)) if values else place(word)


def _build(doc: dict[str, Any]) -> tuple[GroupConversation, Edition | None]:
    form = GroupForm.from_dict(an_object(doc.get("form"), _at(part("form").what)), "samtalefilens formular")
    c = an_object(doc.get("group"), _at(THE_CONVERSATION))
    line = bounded_text("team")
    leader = record(c.get("leader"), {"name": line, "title": line}, _at(da("lederen")), PLACE_WORDS)
    g = GroupConversation(
        form=form,
        id=ident(c.get("id"), _at(part("id").what)),
        created_at=_moment(c.get("created_at"), _at(part("created_at").what)),
        team=line(c.get("team", ""), _at(da("gruppen"))),
        leader=GroupLeader(**leader),
        date=optional(a_date)(c.get("date"), _at(part("date").what)),
        place=line(c.get("place", ""), _at(part("place").what)),
    )
    member_table = {"id": ident, "name": line, "job_title": line, "employee_number": line}
    for i, raw in enumerate(_list(c, "members", _at(part("members").what)), 1):
        g.members.append(Member(**record(raw, member_table, _at(da("deltager %1"), i), PLACE_WORDS)))
    if len({m.id for m in g.members}) != len(g.members):
        raise Bad(da("to deltagere har samme id"))
    members = {m.id for m in g.members}
    stations = {s.id for s in form.stations}
    authors = members | {"gruppen", "leder"}
    short = bounded_text("contributions")
    for i, raw in enumerate(_list(c, "contributions", _at(da("bidragene"))), 1):
        r = record(
            raw,
            {"id": ident, "station": ident, "author": ident, "text": short},
            _at(da("bidrag %1"), i),
            PLACE_WORDS,
        )
        if r["station"] not in stations or r["author"] not in authors:
            raise Bad(da("bidrag %1 hører til et emnekort eller en person, samtalen ikke har"), str(i))
        g.contributions.append(Contribution(**r, from_preparation=raw.get("from_preparation") is True))
    for station, note in an_object(c.get("notes", {}), _at(part("notes").what)).items():
        if station not in stations:
            raise Bad(da("der er noter til et emnekort, samtaleformen ikke har"))
        g.notes[station] = bounded_text("notes")(note, _at(da("gruppens noter til %1"), named(station)))
    for i, raw in enumerate(_list(c, "needs", _at(da("behovene"))), 1):
        r = record(
            raw,
            {
                "id": ident,
                "station": ident,
                "text": bounded_text("needs"),
                "priority": optional(number(1, 1000)),
            },
            _at(da("behov %1"), i),
            PLACE_WORDS,
        )
        if r["station"] not in stations:
            raise Bad(da("behov %1 hører til et emnekort, samtaleformen ikke har"), str(i))
        g.needs.append(Need(r["station"], r["text"], int(r["priority"]) if r["priority"] else None, r["id"]))
    agreement_table: dict[str, Check] = {
        "id": ident,
        "what": bounded_text("agreements"),
        "who": line,
        "deadline": optional(a_date),
        "follow_up": optional(a_date),
        "need": optional(ident),
    }
    for i, raw in enumerate(_list(c, "agreements", _at(part("agreements").what)), 1):
        g.agreements.append(
            GroupAgreement(**record(raw, agreement_table, _at(da("gruppens aftale %1"), i), PLACE_WORDS))
        )
    item_table: dict[str, Check] = {
        "id": ident,
        "what": bounded_text("plans"),
        "deadline": optional(a_date),
        "follow_up": optional(a_date),
    }
    for mid, raw in an_object(c.get("plans", {}), _at(da("planerne"))).items():
        if mid not in members:
            raise Bad(da("der er en plan til en deltager, samtalen ikke har"))
        plan = an_object(raw, _at(da("en plan")))
        raw_items = items(plan.get("items", []), _at(da("planens punkter")), part("plans").item_limit or 50)
        g.plans[mid] = Plan(
            items=tuple(
                PersonalItem(**record(r, item_table, _at(da("planens punkt %1"), i), PLACE_WORDS))
                for i, r in enumerate(raw_items, 1)
            ),
            note=bounded_text("notes")(plan.get("note", ""), _at(da("noten »Kun mellem os«"))),
        )
    offer_table: dict[str, Check] = {
        "offered_on": optional(a_date),
        "answer": optional(enum(OfferAnswer)),
        "answered_on": optional(a_date),
    }
    for mid, raw in an_object(c.get("offers", {}), _at(da("tilbuddene"))).items():
        if mid not in members:
            raise Bad(da("der er et tilbud til en deltager, samtalen ikke har"))
        g.offers[mid] = IndividualOffer(**record(raw, offer_table, _at(part("offers").what), PLACE_WORDS))
    signers = members | {"leder"}
    for i, raw in enumerate(_list(c, "preparations", _at(da("forberedelserne"))), 1):
        r = record(
            raw,
            {"who": ident, "source": line, "brought_at": _moment},
            _at(da("forberedelse %1"), i),
            PLACE_WORDS,
        )
        if r["who"] not in signers:
            raise Bad(da("forberedelse %1 er fra en person, samtalen ikke har"), str(i))
        g.preparations.append(GroupPreparation(**r))
    for i, raw in enumerate(_list(c, "signatures", _at(da("underskrifterne"))), 1):
        where = _at(da("underskrift %1"), i)
        r = record(
            raw,
            {
                "who": ident,
                "signer": line,
                "signed_at": _moment,
                "width": number(1, 10_000),
                "height": number(1, 10_000),
                "typed_name": line,
            },
            where,
            PLACE_WORDS,
        )
        if r["who"] not in signers or r["who"] in g.signatures:
            raise Bad(da("%1 er fra en person, samtalen ikke har, eller er der to gange"), where)
        strokes = items(raw.get("strokes", []), where, 2_000)
        r["strokes"] = tuple(
            tuple(
                (number(-1, r["width"] + 1)(p[0], where), number(-1, r["height"] + 1)(p[1], where))
                for p in items(s, where, 100_000)
            )
            for s in strokes
        )
        g.signatures[r["who"]] = GroupSignature(**r)
    for i, raw in enumerate(_list(c, "history", _at(da("historikken"))), 1):
        r = record(
            raw,
            {"kind": enum(GroupEventKind), "at": _moment, "by": line, "note": line},
            _at(da("historik %1"), i),
            PLACE_WORDS,
        )
        g.history.append(GroupEvent(**r))
    edition = doc.get("edition")
    if edition is None:
        return g, None
    e = record(
        edition, {"document": enum(Document), "member": optional(ident)}, _at(da("udgaven")), PLACE_WORDS
    )
    if e["member"] is not None and e["member"] not in members:
        raise Bad(da("udgaven er til en deltager, den ikke har"))
    return g, Edition(e["document"], e["member"], g)


def parse_group(
    raw: bytes, path: Path | str | None = None, origin: Origin = Origin.MUS
) -> tuple[GroupConversation, Edition | None]:
    """A group conversation, and which document's view it is (None: the whole conversation)."""
    return group_from_document(decode_json(raw, path, origin), path, origin)


def load(path: Path | str) -> GroupConversation:
    """Read a group conversation file (the whole conversation, not an edition). Raises MusFileError."""
    g, edition = parse_group(read_file(Path(path), limit=MAX_BYTES), path)
    if edition is not None:
        raise MusFileError(
            BadFile.NOT_CONVERSATION,
            path,
            words=da("%1 er en udgave af en gruppesamtale til én deltager, ikke selve samtalen."),
        )
    return g


def participant_conversations(g: GroupConversation, edition: Edition | None = None) -> list[Conversation]:
    """The group conversation as each participant's yearly conversation (for the leader's
    overview and the calendar): everyone, or only the participant an edition is for."""
    form = replace(default_form(), id=g.form.id, title=g.form.title)
    members = [m for m in g.members if edition is None or edition.member is None or m.id == edition.member]
    return [as_participant_conversation(g, m.id, form) for m in members]


# -- autosave: a copy of unsaved work, offered back when a new GRUS is started ---------------------


def _recovery_dir() -> Path:
    return userdirs.recovery_dir() / "grus"  # apart from the conversations' copies


def _recovery_file(group_id: str) -> Path:
    safe = "".join(ch for ch in group_id if ch.isalnum())[:64] or "ukendt"
    return _recovery_dir() / f"{safe}.mus"


def write_recovery(g: GroupConversation) -> bool:
    """Write the automatic copy of unsaved work; False when it could not be written."""
    try:
        _recovery_dir().mkdir(parents=True, exist_ok=True)
        atomic_write(_recovery_file(g.id), dumps(g), keep_backup=False)
    except (OSError, SaveError):
        return False
    return True


def discard_recovery(group_id: str) -> None:
    try:
        _recovery_file(group_id).unlink()
    except OSError:
        pass


def pending_recoveries() -> list[tuple[Path, GroupConversation]]:
    """Automatic copies left by a GRUS window that did not close cleanly, newest first (an
    unreadable copy is left out, never offered)."""
    found = []
    folder = _recovery_dir()
    if not folder.is_dir():
        return []
    for file in folder.glob("*.mus"):
        try:
            found.append((file.stat().st_mtime, file, load(file)))
        except (OSError, MusFileError):
            continue
    return [(file, g) for _, file, g in sorted(found, key=lambda x: x[0], reverse=True)]
