"""The one validating loader: bytes → :class:`Conversation`, for every way data comes in.

``.mus`` files, the automatic recovery copies and the JSON attached to a summary PDF all go
through :func:`load_conversation_bytes`. The only exception it lets out is
:class:`~ishoj_mus.storage.errors.MusFileError`, with a Danish message.

Why hand-written, and table-driven: the checks that matter most cross-reference the data (a
scale value must lie in *that field's* range, an answer must belong to a field of the stored
form, in a voice the field has, a stroke point inside *its* signature box). A JSON-schema
library expresses none of that, and ``jsonschema`` alone costs about 0.2 s to import on these
machines (measured with ``python -X importtime``), against a start-up budget of a few tenths.
The shapes are kept as small tables (``EMPLOYEE``, ``AGREEMENT`` …) of key → check.

The decisions, in one place:

* **Rejected** (the file is left untouched and the message says what is wrong): duplicate keys
  in an object; ``NaN``/``Infinity``; integers of more than 15 digits; numbers that are not
  finite; scale values outside the field's range; stroke points outside their box or too many
  of them; dates outside the years 1900–2999; answers to fields the form does not have; texts
  longer than :data:`MAX_TEXT`; files larger than :data:`MAX_BYTES` or with more than
  :data:`MAX_ELEMENTS` JSON elements, or nested deeper than :data:`MAX_DEPTH`.
* **Repaired** (loading goes on, and a note says so): a lone surrogate becomes U+FFFD (�);
  control characters other than tab and line break are removed; CR LF and CR become LF; a
  time without a time zone is read as local time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from ishoj_mus.domain.behaviours import BehaviourMark, BehaviourMarking, behaviour
from ishoj_mus.domain.conversation import (
    PRIVATE_NOTE_VOICES,
    Agreement,
    Conversation,
    Employee,
    Event,
    EventKind,
    FollowUp,
    FollowUpStatus,
    Leader,
    OwnTopic,
    PreparationInfo,
    Responsible,
    ScaleValue,
    Signature,
)
from ishoj_mus.domain.form import PARTIES, TEXT_KINDS, FieldKind, Form, FormError, Voice
from ishoj_mus.storage.bounded import MIB, InputRefused, Refusal, format_size, read_regular_file
from ishoj_mus.storage.errors import FORMAT, FORMAT_VERSION, BadFile, MusFileError, Origin
from ishoj_mus.text import VOICE_TEXT

MAX_BYTES = 16 * MIB  # a real conversation with its form is about 40 kB
MAX_ELEMENTS = 1_000_000  # JSON arrays, objects and commas together: bounds memory (< 300 MB)
MAX_DEPTH = 32  # the format nests about 8 deep
MAX_TEXT = 200_000  # characters in one answer or comment (about 50 pages)
MAX_LINE = 2_000  # names, titles, places, ids
MAX_ITEMS = 1_000  # agreements, follow-ups, history events
MAX_STROKES = 2_000  # per signature
MAX_POINTS = 100_000  # per signature
MAX_INT_DIGITS = 15
YEARS = (1900, 2999)

Notes = list[str]


class _Bad(Exception):
    """Internal: a value that is wrong at a given place (Danish detail)."""


# -- strict JSON ------------------------------------------------------------------------------


def _pairs_clean(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Duplicate keys refused; used when the text can hold no character that needs cleaning."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Bad(f"nøglen »{_short(key)}« står to gange i samme objekt")
            seen.add(key)
    return result


# JSON escapes that decode to a character the cleaning removes or replaces (\r included: CR
# becomes LF). A false match only costs the slower, cleaning path.
_ESCAPED_BAD = re.compile(r"\\(?:[bfr]|u(?:00[01]|007|008|009|[dD][89a-fA-F])[0-9a-fA-F]?)")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if _BAD_CHARS.search(key):
            key = _clean(key)[0]
        if key in result:
            raise _Bad(f"nøglen »{_short(key)}« står to gange i samme objekt")
        result[key] = value
    return result


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Bad(f"et heltal har over {MAX_INT_DIGITS} cifre")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 40:
        raise _Bad("et tal er skrevet med for mange cifre")
    value = float(text)
    if not math.isfinite(value):
        raise _Bad("et tal er uendelig stort")
    return value


def _constant(text: str) -> Any:
    raise _Bad(f"»{text}« er ikke et tal")


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
        raise MusFileError(BadFile.TOO_LARGE, path, f"over {format_size(MAX_BYTES)}", origin=origin)
    if not raw.strip():
        raise MusFileError(BadFile.EMPTY, path, origin=origin)
    if raw.count(b"[") + raw.count(b"{") + raw.count(b",") > MAX_ELEMENTS:
        raise MusFileError(
            BadFile.TOO_LARGE, path, f"over {MAX_ELEMENTS:,} elementer".replace(",", "."), origin=origin
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
    except _Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, str(exc), origin=origin) from None
    except RecursionError:
        raise MusFileError(
            BadFile.WRONG_TYPES, path, "indholdet er indlejret for dybt", origin=origin
        ) from None
    try:
        return _clean_tree(doc, notes, strings_clean=clean)
    except _Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, str(exc), origin=origin) from None


# -- cleaning strings -------------------------------------------------------------------------

_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean(text: str) -> tuple[str, int]:
    """(cleaned text, number of characters repaired). CR LF/CR → LF is not counted."""
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, controls = _CONTROL.subn("", text)
    return text, surrogates + controls


def _check_depth(doc: Any) -> None:
    level: list[Any] = [doc]
    depth = 0
    while level:
        if depth > MAX_DEPTH:
            raise _Bad("indholdet er indlejret for dybt")
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
            raise _Bad("indholdet er indlejret for dybt")
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


def _short(text: str, n: int = 40) -> str:
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


def text(limit: int = MAX_TEXT) -> Check:
    def check(value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise _Bad(f"{where} skal være tekst")
        if len(value) > limit:
            raise _Bad(f"{where} er længere end {limit:,} tegn".replace(",", "."))
        return value

    return check


def ident(value: Any, where: str) -> str:
    checked: str = text(MAX_LINE)(value, where)
    if not checked.strip():
        raise _Bad(f"{where} er tom")
    return checked


def enum(kind: type[Enum]) -> Check:
    def check(value: Any, where: str) -> Any:
        if not isinstance(value, str):
            raise _Bad(f"{where} skal være tekst")
        try:
            return kind(value)
        except ValueError:
            raise _Bad(f"{where} har den ukendte værdi »{_short(value)}«") from None

    return check


def number(low: float, high: float) -> Check:
    def check(value: Any, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Bad(f"{where} skal være et tal")
        if not (math.isfinite(value) and low <= value <= high):
            raise _Bad(f"{where} skal ligge mellem {low:g} og {high:g}")
        return float(value)

    return check


def a_date(value: Any, where: str) -> date:
    if not isinstance(value, str) or len(value) > 40:
        raise _Bad(f"{where} er ikke en dato")
    try:
        result = date.fromisoformat(value)
    except ValueError:
        raise _Bad(f"{where} er ikke en dato") from None
    if not YEARS[0] <= result.year <= YEARS[1]:
        raise _Bad(f"{where} ligger uden for årene {YEARS[0]}–{YEARS[1]}")
    return result


class _Moment:
    """A point in time; one without a time zone is read as local time (and noted)."""

    def __init__(self) -> None:
        self.naive = 0

    def __call__(self, value: Any, where: str) -> datetime:
        if not isinstance(value, str) or len(value) > 60:
            raise _Bad(f"{where} er ikke et tidspunkt")
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            raise _Bad(f"{where} er ikke et tidspunkt") from None
        if not YEARS[0] <= result.year <= YEARS[1]:
            raise _Bad(f"{where} ligger uden for årene {YEARS[0]}–{YEARS[1]}")
        if result.tzinfo is None or result.utcoffset() is None:
            self.naive += 1
            result = result.astimezone()
        return result


def record(value: Any, table: dict[str, Check], where: str) -> dict[str, Any]:
    """Check an object against a table of key → check; unknown keys are ignored."""
    if not isinstance(value, dict):
        raise _Bad(f"{where} skal være et objekt")
    out: dict[str, Any] = {}
    for key, check in table.items():
        if key not in value:
            if isinstance(check, _Optional):
                out[key] = None
                continue
            raise _Bad(f"{where}: »{key}« mangler")
        out[key] = check(value[key], f"{where}.{key}")
    return out


def items(value: Any, where: str, limit: int = MAX_ITEMS) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f"{where} skal være en liste")
    if len(value) > limit:
        raise _Bad(f"{where} har over {limit} elementer")
    return value


LINE = text(MAX_LINE)
TEXT = text(MAX_TEXT)

EMPLOYEE: dict[str, Check] = {"name": LINE, "job_title": LINE, "workplace": LINE, "employee_number": LINE}
LEADER: dict[str, Check] = {"name": LINE, "title": LINE}
AGREEMENT: dict[str, Check] = {
    "id": ident,
    "what": TEXT,
    "why": TEXT,
    "perspective": optional(ident),
    "responsible": optional(enum(Responsible)),  # None: not chosen yet
    "deadline": optional(a_date),
    "follow_up": optional(a_date),
    "carried_from": optional(ident),
}


def _tables(moment: _Moment) -> dict[str, dict[str, Check]]:
    return {
        "followup": {
            "agreement": lambda v, w: Agreement(**record(v, AGREEMENT, w)),
            "status": optional(enum(FollowUpStatus)),
            "comment": TEXT,
            "source": LINE,
        },
        "signature": {
            "role": enum(Voice),
            "signer": LINE,
            "signed_at": moment,
            "width": number(1, 10_000),
            "height": number(1, 10_000),
            "strokes": lambda v, w: items(v, w, MAX_STROKES),
            "remark": TEXT,
            "typed_name": optional(LINE),
        },
        "event": {
            "kind": enum(EventKind),
            "at": moment,
            "by": LINE,
            "role": optional(enum(Voice)),
            "note": TEXT,
        },
        "conversation": {
            "id": ident,
            "created_at": moment,
            "employee": lambda v, w: Employee(**record(v, EMPLOYEE, w)),
            "leader": lambda v, w: Leader(**record(v, LEADER, w)),
            "date": optional(a_date),
            "place": LINE,
            "answers": _object,
            "scales": _object,
            "followups": items,
            "agreements": items,
            "signatures": lambda v, w: items(v, w, len(PARTIES)),
            "history": items,
            # version 3 and 4 (migrations add them to older files); remark and not_relevant came later
            "private_notes": _object,
            "topics": items,
            "behaviours": _object,
            "agenda": _object,
            "time_used": _object,
            "previous_scales": _object,
            "preparation_of": optional(enum(Voice)),
            "preparations": lambda v, w: items(v, w, len(PARTIES)),
            "not_relevant": optional(items),
            "remark": optional(TEXT),
        },
        "topic": {
            "id": ident,
            "title": LINE,
            "step": optional(ident),
            "voices": lambda v, w: items(v, w, 3),
            "answers": _object,
        },
        "preparation": {
            "voice": enum(Voice),
            "source": LINE,
            "brought_at": moment,
            "revealed": _bool,
        },
    }


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _Bad(f"{where} skal være sand eller falsk")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{where} skal være et objekt")
    return value


def _strokes(
    raw: list[Any], width: float, height: float, where: str
) -> tuple[tuple[tuple[float, float], ...], ...]:
    strokes = []
    total = 0
    slack = 0.5  # the pad rounds to one decimal
    for i, stroke in enumerate(raw, 1):
        if not isinstance(stroke, list):
            raise _Bad(f"{where}, streg {i} skal være en liste af punkter")
        total += len(stroke)
        if total > MAX_POINTS:
            raise _Bad(f"{where} har over {MAX_POINTS:,} punkter".replace(",", "."))
        points = []
        for point in stroke:
            if not (isinstance(point, list) and len(point) == 2):
                raise _Bad(f"{where}, streg {i} har et punkt, der ikke er et talpar")
            x = number(-slack, width + slack)(point[0], f"{where}, streg {i}: x")
            y = number(-slack, height + slack)(point[1], f"{where}, streg {i}: y")
            points.append((x, y))
        strokes.append(tuple(points))
    return tuple(strokes)


# -- the conversation -------------------------------------------------------------------------


def conversation_from_document(
    doc: Any,
    path: Path | str | None = None,
    *,
    origin: Origin = Origin.MUS,
    notes: Notes | None = None,
) -> Conversation:
    """Check and build a conversation from a decoded document (any version we know)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise MusFileError(BadFile.NOT_CONVERSATION, path, origin=origin)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MusFileError(BadFile.WRONG_TYPES, path, "versionsnummeret mangler", origin=origin)
    if version > FORMAT_VERSION:
        raise MusFileError(BadFile.NEWER_VERSION, path, origin=origin)
    try:
        try:
            return _build(migrate(doc), notes)
        except _Bad:
            raise
        except MusFileError:
            raise
        except Exception as exc:  # noqa: BLE001 – the safety net: only the typed error escapes
            raise MusFileError(
                BadFile.WRONG_TYPES, path, "indholdet har en form, programmet ikke kender", origin=origin
            ) from exc
    except _Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, str(exc), origin=origin) from None


def _with_legacy_cover(form: Form) -> Form:
    """Forms saved before the form said what stands on the front page (``cover``) put the
    core task there: the referat of an old conversation stays as it was."""
    if any(f.cover for _, f in form.fields()) or "kerneopgave" not in {f.id for _, f in form.fields()}:
        return form
    steps = tuple(
        replace(
            s, fields=tuple(replace(f, cover="Kerneopgave") if f.id == "kerneopgave" else f for f in s.fields)
        )
        for s in form.steps
    )
    return replace(form, steps=steps)


def _with_legacy_documents(form: Form, form_data: dict[str, Any]) -> Form:
    """Forms saved before the form named its documents (``[documents]``) read as the shipped
    form of the same id names them: an old half-year follow-up is not titled as a MUS."""
    if "documents" in form_data:
        return form
    from ishoj_mus.storage.forms import shipped_documents

    documents = shipped_documents(form.id)
    return form if documents is None else replace(form, documents=documents)


_FORM_CACHE: dict[str, Form] = {}
_FORM_CACHE_SIZE = 8


def _form_from_snapshot(form_data: dict[str, Any]) -> Form:
    """The form a file carries, parsed once per distinct snapshot.

    Every conversation of a year carries the same form; parsing it is a third of a file's load
    time, which the leader's overview pays for hundreds of files. Forms are immutable, so one
    parsed form can be shared by every conversation that carries the same snapshot.
    """
    key = json.dumps(form_data, ensure_ascii=False)  # key order differing only costs a cache miss
    form = _FORM_CACHE.get(key)
    if form is None:
        try:
            form = Form.from_dict(form_data, "samtalens formular")
        except FormError as exc:
            raise _Bad(str(exc)) from None
        if len(_FORM_CACHE) >= _FORM_CACHE_SIZE:
            _FORM_CACHE.pop(next(iter(_FORM_CACHE)))
        _FORM_CACHE[key] = form
    return form


def _build(doc: dict[str, Any], notes: Notes | None) -> Conversation:
    form_data = doc.get("form")
    if not isinstance(form_data, dict):
        raise _Bad("samtalens formular mangler")
    form = _with_legacy_documents(_with_legacy_cover(_form_from_snapshot(form_data)), form_data)
    moment = _Moment()
    tables = _tables(moment)
    c = record(doc.get("conversation"), tables["conversation"], "samtalen")
    conv = Conversation(
        form=form,
        id=c["id"],
        created_at=c["created_at"],
        employee=c["employee"],
        leader=c["leader"],
        date=c["date"],
        place=c["place"],
    )
    fields = {f.id: f for _, f in form.fields()}
    for fid, by_voice in c["answers"].items():
        f = fields.get(fid)
        if f is None or f.kind not in TEXT_KINDS:
            raise _Bad(f"der er svar til feltet »{_short(fid)}«, som formularen ikke har som tekstfelt")
        for voice, answer in _object(by_voice, f"svarene til »{fid}«").items():
            v = enum(Voice)(voice, f"svar »{fid}«")
            if v not in f.voices:
                raise _Bad(f"svar »{fid}« har stemmen »{VOICE_TEXT[v].lower()}«, som feltet ikke har")
            conv.answers.setdefault(fid, {})[v] = TEXT(answer, f"svar »{fid}« ({VOICE_TEXT[v].lower()})")
    for fid, by_voice in c["scales"].items():
        f = fields.get(fid)
        if f is None or f.kind != FieldKind.SCALE:
            raise _Bad(f"der er en skala til feltet »{_short(fid)}«, som formularen ikke har som skala")
        for voice, value in _object(by_voice, f"skalaen »{fid}«").items():
            v = enum(Voice)(voice, f"skala »{fid}«")
            if v not in f.voices:
                raise _Bad(f"skala »{fid}« har stemmen »{VOICE_TEXT[v].lower()}«, som feltet ikke har")
            who = VOICE_TEXT[v].lower()
            value = _object(value, f"skalaen »{fid}« ({who})")
            in_range = optional(_scale(f.scale_min, f.scale_max))
            conv.scales.setdefault(fid, {})[v] = ScaleValue(
                today=in_range(value.get("today"), f"skalaen »{fid}« ({who}, i dag)"),
                future=in_range(value.get("future"), f"skalaen »{fid}« ({who}, fremover)"),
            )
    for i, raw in enumerate(c["followups"], 1):
        conv.followups.append(FollowUp(**record(raw, tables["followup"], f"opfølgning {i}")))
    perspectives = {p.id for p in form.framework.perspectives}
    for i, raw in enumerate(c["agreements"], 1):
        agreement = Agreement(**record(raw, AGREEMENT, f"aftale {i}"))
        if agreement.perspective is not None and agreement.perspective not in perspectives:
            raise _Bad(f"aftale {i} henviser til et perspektiv, rammen ikke har")
        conv.agreements.append(agreement)
    for i, raw in enumerate(c["signatures"], 1):
        where = f"underskrift {i}"
        s = record(raw, tables["signature"], where)
        if s["role"] not in PARTIES:
            raise _Bad(f"{where} er hverken medarbejderens eller lederens")
        if s["role"] in conv.signatures:
            raise _Bad(f"der er to underskrifter fra {VOICE_TEXT[s['role']].lower()}en")
        s["strokes"] = _strokes(s["strokes"], s["width"], s["height"], where)
        s["typed_name"] = s["typed_name"] or ""
        conv.signatures[s["role"]] = Signature(**s)
    for i, raw in enumerate(c["history"], 1):
        conv.history.append(Event(**record(raw, tables["event"], f"historik {i}")))
    _build_later_parts(conv, c, tables)
    if moment.naive and notes is not None:
        notes.append("Tidspunkter uden tidszone er læst som lokal tid.")
    return conv


def _build_later_parts(conv: Conversation, c: dict[str, Any], tables: dict[str, dict[str, Check]]) -> None:
    """Private notes, own topics, behaviour marks, agenda, time, last year's scales, preparations."""
    steps = {step.id for step in conv.form.steps}
    fields = {f.id for _, f in conv.form.fields()}
    for step_id, by_voice in c["private_notes"].items():
        if step_id not in steps:
            raise _Bad(f"der er en privat note til trinnet »{_short(step_id)}«, som formularen ikke har")
        for voice, note in _object(by_voice, f"privat note »{step_id}«").items():
            v = enum(Voice)(voice, f"privat note »{step_id}«")
            if v not in PRIVATE_NOTE_VOICES:
                raise _Bad(f"privat note »{step_id}« har en stemme, der ikke kan skrive noter")
            conv.private_notes.setdefault(step_id, {})[v] = TEXT(note, f"privat note »{step_id}«")
    for i, raw in enumerate(c["topics"], 1):
        where = f"eget emne {i}"
        t = record(raw, tables["topic"], where)
        voices = tuple(enum(Voice)(v, f"{where}, stemme") for v in t["voices"])
        if not voices or len(set(voices)) != len(voices):
            raise _Bad(f"{where} skal have mindst én stemme, hver kun én gang")
        if t["step"] is not None and t["step"] not in steps:
            raise _Bad(f"{where} hører til et trin, formularen ikke har")
        answers = []
        for voice, answer in t["answers"].items():
            v = enum(Voice)(voice, f"{where}, svar")
            if v not in voices:
                raise _Bad(f"{where} har et svar i en stemme, emnet ikke har")
            answers.append((v, TEXT(answer, f"{where}, svar")))
        conv.topics.append(
            OwnTopic(
                id=t["id"],
                title=t["title"],
                step_id=t["step"],
                voices=voices,
                answers=tuple(sorted(answers, key=lambda a: voices.index(a[0]))),
            )
        )
    marking = {"mark": enum(BehaviourMark), "comment": TEXT}
    for ref, by_voice in c["behaviours"].items():
        where = f"adfærd »{_short(ref)}«"
        try:
            behaviour(conv.form.framework, ref)
        except (KeyError, ValueError):
            raise _Bad(f"{where} findes ikke i rammen") from None
        for voice, mark in _object(by_voice, where).items():
            v = enum(Voice)(voice, where)
            if v not in PARTIES:
                raise _Bad(f"{where} har en stemme, der ikke kan markere")
            conv.behaviour_marks.setdefault(ref, {})[v] = BehaviourMarking(**record(mark, marking, where))
    for key, target, limit in (("agenda", conv.agenda, 600), ("time_used", conv.time_used, 10**7)):
        for step_id, value in c[key].items():
            if step_id not in steps:
                raise _Bad(f"{key} nævner trinnet »{_short(step_id)}«, som formularen ikke har")
            target[step_id] = _whole(0, limit)(value, f"{key} for »{step_id}«")
    for pid, by_voice in c["previous_scales"].items():
        where = f"sidste års skala »{_short(pid)}«"
        ident(pid, where)
        for voice, value in _object(by_voice, where).items():
            v = enum(Voice)(voice, where)
            in_range = optional(_whole(0, 10))
            values = _object(value, where)
            conv.previous_scales.setdefault(pid, {})[v] = ScaleValue(
                today=in_range(values.get("today"), f"{where} (i dag)"),
                future=in_range(values.get("future"), f"{where} (fremover)"),
            )
    conv.preparation_of = c["preparation_of"]
    if conv.preparation_of is not None and conv.preparation_of not in PARTIES:
        raise _Bad("en forberedelse tilhører medarbejder eller leder")
    for i, raw in enumerate(c["preparations"], 1):
        where = f"forberedelse {i}"
        prep = PreparationInfo(**record(raw, tables["preparation"], where))
        if prep.voice not in PARTIES:
            raise _Bad(f"{where} tilhører hverken medarbejder eller leder")
        conv.preparations[prep.voice] = prep
    for fid in c["not_relevant"] or []:
        if not isinstance(fid, str) or fid not in fields:
            raise _Bad(f"»ikke relevant« er sat på et felt, formularen ikke har: »{_short(str(fid))}«")
        conv.not_relevant.add(fid)
    conv.remark = c["remark"] or ""


def _scale(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"{where} skal være et helt tal")
        if not low <= value <= high:
            raise _Bad(f"{where} er {value}, men skalaen går fra {low} til {high}")
        return value

    return check


def _whole(low: int, high: int) -> Check:
    def check(value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _Bad(f"{where} skal være et helt tal fra {low} til {high}")
        return value

    return check


# -- migrations -----------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn

    return register


@migration(1)
def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept answers flat as ``"field/voice": text``; version 2 nests them by field."""
    conv = doc.get("conversation")
    if isinstance(conv, dict) and isinstance(conv.get("answers"), dict):
        nested: dict[str, dict[str, Any]] = {}
        for key, answer in conv["answers"].items():
            fid, _, voice = str(key).rpartition("/")
            if voice in nested.setdefault(fid, {}):
                raise _Bad(f"svaret »{_short(str(key))}« står to gange")
            nested[fid][voice] = answer
        conv["answers"] = nested
    doc["version"] = 2
    return doc


@migration(2)
def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds own topics, behaviour marks, the agenda, time used, last year's scales,
    preparations and carried-forward agreements; a version 2 file has none of them."""
    conv = doc.get("conversation")
    if isinstance(conv, dict):
        for key, empty in (
            ("topics", []),
            ("behaviours", {}),
            ("agenda", {}),
            ("time_used", {}),
            ("previous_scales", {}),
            ("preparation_of", None),
            ("preparations", []),
        ):
            conv.setdefault(key, empty)
    doc["version"] = 3
    return doc


@migration(3)
def _v3_to_v4(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds private notes ("Kun mellem os") per step; older files have none."""
    conv = doc.get("conversation")
    if isinstance(conv, dict):
        conv.setdefault("private_notes", {})
    doc["version"] = 4
    return doc


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise _Bad(f"version {version} kan ikke læses")
        doc = step(doc)
        version = doc["version"]
    return doc


# -- the entry points -------------------------------------------------------------------------


def load_conversation_bytes(
    data: bytes,
    source: Path | str | None = None,
    *,
    origin: Origin | None = None,
    notes: Notes | None = None,
) -> Conversation:
    """Bytes of a ``.mus`` file (or of the JSON attached to a PDF) → a checked conversation.

    ``source`` names the file in messages; ``origin`` decides what they advise (by default a
    source ending in ``.pdf`` is a PDF's attachment). ``notes`` collects what was repaired.
    Raises MusFileError only.
    """
    if origin is None:
        origin = Origin.PDF if source and Path(source).suffix.lower() == ".pdf" else Origin.MUS
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise MusFileError(BadFile.NOT_JSON, source, origin=origin)
    doc = decode_json(bytes(data), source, origin, notes)
    return conversation_from_document(doc, source, origin=origin, notes=notes)


def load(path: Path | str, notes: Notes | None = None) -> Conversation:
    """Read a ``.mus`` file: regular files only, bounded. Raises MusFileError; never writes."""
    path = Path(path)
    return load_conversation_bytes(read_file(path), path, origin=Origin.MUS, notes=notes)


def read_file(path: Path, origin: Origin = Origin.MUS, limit: int = MAX_BYTES) -> bytes:
    try:
        return read_regular_file(path, limit)
    except InputRefused as exc:
        kind = {
            Refusal.TOO_LARGE: BadFile.TOO_LARGE,
            Refusal.NOT_REGULAR: BadFile.NOT_REGULAR,
            Refusal.DIRECTORY: BadFile.NOT_CONVERSATION,
        }.get(exc.reason, BadFile.UNREADABLE)
        raise MusFileError(kind, path, exc.message, origin=origin, message=exc.message) from None
