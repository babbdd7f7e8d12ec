"""The ``.mus`` file: versioned UTF-8 JSON carrying the conversation and its form.

Loading checks everything and raises :class:`MusFileError` with a Danish message for each
kind of bad file. Loading never writes. Older versions are migrated one small step at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ishoj_mus import __version__
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
from ishoj_mus.domain.form import PARTIES, Form, FormError, Voice
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.sealed import MAGIC, Seal, SealError, is_sealed, unseal

FORMAT = "ishoj-mus"
FORMAT_VERSION = 4
SUFFIX = ".mus"


class BadFile(StrEnum):
    EMPTY = "empty"
    TRUNCATED = "truncated"
    NOT_JSON = "not_json"
    NOT_CONVERSATION = "not_conversation"
    WRONG_TYPES = "wrong_types"
    NEWER_VERSION = "newer_version"
    UNREADABLE = "unreadable"
    SEALED = "sealed"  # protected with a passphrase: open it with load_sealed
    WRONG_PASSPHRASE = "wrong_passphrase"


class MusFileError(Exception):
    """A ``.mus`` file that cannot be opened; ``message`` is for the user, in Danish."""

    def __init__(self, kind: BadFile, path: Path | str | None, detail: str = ""):
        self.kind = kind
        self.path = Path(path) if path else None
        self.detail = detail
        name = f"»{self.path.name}«" if self.path else "Filen"
        texts = {
            BadFile.EMPTY: f"{name} er tom. Den kan være blevet afbrudt under kopiering. "
            "Prøv sikkerhedskopien (.mus.bak) eller en anden kopi.",
            BadFile.TRUNCATED: f"{name} er ufuldstændig – den slutter midt i indholdet. "
            "Prøv sikkerhedskopien (.mus.bak) eller en anden kopi.",
            BadFile.NOT_JSON: f"{name} er ikke en samtalefil fra Ishøj MUS (indholdet kan ikke læses). "
            "Vælg en .mus-fil.",
            BadFile.NOT_CONVERSATION: f"{name} er ikke en MUS-samtale. Vælg en .mus-fil, der er gemt med Ishøj MUS.",
            BadFile.WRONG_TYPES: f"{name} er beskadiget: {detail or 'indholdet har forkert form'}. "
            "Prøv sikkerhedskopien (.mus.bak).",
            BadFile.NEWER_VERSION: f"{name} er gemt med en nyere version af Ishøj MUS. "
            "Opdatér programmet for at åbne den.",
            BadFile.UNREADABLE: f"{name} kan ikke læses ({detail}). Tjek, at filen findes og ikke er "
            "låst af et andet program.",
            BadFile.SEALED: f"{name} er beskyttet med en adgangskode. Åbn den i Ishøj MUS, og skriv "
            "adgangskoden.",
            BadFile.WRONG_PASSPHRASE: f"Adgangskoden passer ikke til {name}. Prøv igen – filen er ikke "
            "ændret. Er adgangskoden glemt, kan samtalen ikke åbnes; der findes ingen anden vej ind.",
        }
        self.message = texts[kind]
        super().__init__(self.message)


# -- writing --------------------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def agreement_to_dict(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "what": a.what,
        "why": a.why,
        "perspective": a.perspective,
        "responsible": a.responsible.value if a.responsible is not None else None,
        "deadline": _iso(a.deadline),
        "follow_up": _iso(a.follow_up),
        "carried_from": a.carried_from,
    }


def conversation_to_dict(c: Conversation) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "form": c.form.to_dict(),
        "conversation": {
            "id": c.id,
            "created_at": _iso(c.created_at),
            "employee": {
                "name": c.employee.name,
                "job_title": c.employee.job_title,
                "workplace": c.employee.workplace,
                "employee_number": c.employee.employee_number,
            },
            "leader": {"name": c.leader.name, "title": c.leader.title},
            "date": _iso(c.date),
            "place": c.place,
            "answers": {
                fid: {v.value: text for v, text in by_voice.items()} for fid, by_voice in c.answers.items()
            },
            "scales": {
                fid: {v.value: {"today": s.today, "future": s.future} for v, s in by_voice.items()}
                for fid, by_voice in c.scales.items()
            },
            "followups": [
                {
                    "agreement": agreement_to_dict(f.agreement),
                    "status": f.status.value if f.status else None,
                    "comment": f.comment,
                    "source": f.source,
                }
                for f in c.followups
            ],
            "agreements": [agreement_to_dict(a) for a in c.agreements],
            "signatures": [
                {
                    "role": s.role.value,
                    "signer": s.signer,
                    "signed_at": _iso(s.signed_at),
                    "width": s.width,
                    "height": s.height,
                    "strokes": [[[x, y] for x, y in stroke] for stroke in s.strokes],
                    "remark": s.remark,
                    "typed_name": s.typed_name,
                }
                for s in c.signatures.values()
            ],
            "history": [
                {
                    "kind": e.kind.value,
                    "at": _iso(e.at),
                    "by": e.by,
                    "role": e.role.value if e.role else None,
                    "note": e.note,
                }
                for e in c.history
            ],
            "private_notes": {
                step_id: {v.value: text for v, text in by_voice.items()}
                for step_id, by_voice in c.private_notes.items()
            },
            "topics": [
                {
                    "id": t.id,
                    "title": t.title,
                    "step": t.step_id,
                    "voices": [v.value for v in t.voices],
                    "answers": {v.value: text for v, text in t.answers},
                }
                for t in c.topics
            ],
            "behaviours": {
                ref: {v.value: {"mark": m.mark.value, "comment": m.comment} for v, m in by_voice.items()}
                for ref, by_voice in c.behaviour_marks.items()
            },
            "agenda": dict(c.agenda),
            "time_used": dict(c.time_used),
            "previous_scales": {
                pid: {v.value: {"today": s.today, "future": s.future} for v, s in by_voice.items()}
                for pid, by_voice in c.previous_scales.items()
            },
            "preparation_of": c.preparation_of.value if c.preparation_of else None,
            "preparations": [
                {
                    "voice": p.voice.value,
                    "source": p.source,
                    "brought_at": _iso(p.brought_at),
                    "revealed": p.revealed,
                }
                for p in c.preparations.values()
            ],
            "not_relevant": sorted(c.not_relevant),
            "remark": c.remark,
        },
    }


def dumps(c: Conversation) -> bytes:
    return json.dumps(conversation_to_dict(c), ensure_ascii=False, indent=1).encode("utf-8")


def save(c: Conversation, path: Path, seal: Seal | None = None) -> None:
    """Save atomically, keeping the previous version as ``.bak``. Raises SaveError.

    With a ``seal`` the file is protected by its passphrase (and so is the ``.bak``: it is a
    copy of the previous, sealed file).
    """
    path = Path(path)
    data = dumps(c)
    if seal is None:
        atomic_write(path, data)
        return
    atomic_write(path, seal.seal(data), keep_backup=_is_sealed_file(path))
    backup = path.with_name(path.name + ".bak")
    if not _is_sealed_file(backup):  # protecting a file: its old, readable backup goes
        try:
            backup.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            from ishoj_mus.storage.atomic import save_error

            raise save_error(backup, exc) from exc


def _is_sealed_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return is_sealed(fh.read(len(MAGIC)))
    except OSError:
        return False


# -- reading --------------------------------------------------------------------------------


_E = TypeVar("_E", bound=Enum)


class _Bad(Exception):
    """Internal: wrong shape at a given place."""


def _get(d: Any, key: str, types: type | tuple[type, ...], where: str, optional: bool = False) -> Any:
    if not isinstance(d, dict):
        raise _Bad(f"{where} skal være et objekt")
    if key not in d:
        if optional:
            return None
        raise _Bad(f"{where}.{key} mangler")
    value = d[key]
    if value is None and optional:
        return None
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise _Bad(f"{where}.{key} har forkert type")
    if not isinstance(value, types):
        raise _Bad(f"{where}.{key} har forkert type")
    return value


def _date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Bad(f"{where} er ikke en dato") from None


def _datetime(value: Any, where: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Bad(f"{where} er ikke et tidspunkt") from None


def _enum(enum: type[_E], value: Any, where: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        raise _Bad(f"{where} har en ukendt værdi") from None


def agreement_from_dict(d: Any, where: str) -> Agreement:
    perspective = _get(d, "perspective", str, where, optional=True)
    responsible = _get(d, "responsible", str, where, optional=True)
    return Agreement(
        id=_get(d, "id", str, where),
        what=_get(d, "what", str, where),
        why=_get(d, "why", str, where),
        perspective=perspective,
        responsible=_enum(Responsible, responsible, f"{where}.responsible")
        if responsible is not None
        else None,
        deadline=_date(_get(d, "deadline", str, where, optional=True), f"{where}.deadline"),
        follow_up=_date(_get(d, "follow_up", str, where, optional=True), f"{where}.follow_up"),
        carried_from=_get(d, "carried_from", str, where, optional=True),
    )


def _int_or_none(d: Any, key: str, where: str) -> int | None:
    value: int | None = _get(d, key, int, where, optional=True)
    return value


def conversation_from_dict(doc: Any, path: Path | str | None = None) -> Conversation:
    """Check and build a conversation from a parsed document (already migrated)."""
    try:
        form_data = _get(doc, "form", dict, "filen")
        try:
            form = Form.from_dict(form_data, "samtalens formular")
        except FormError as exc:
            raise _Bad(str(exc)) from None
        c = _get(doc, "conversation", dict, "filen")
        emp = _get(c, "employee", dict, "samtale")
        lead = _get(c, "leader", dict, "samtale")
        conv = Conversation(
            form=form,
            id=_get(c, "id", str, "samtale"),
            created_at=_datetime(_get(c, "created_at", str, "samtale"), "samtale.created_at"),
            employee=Employee(
                name=_get(emp, "name", str, "medarbejder"),
                job_title=_get(emp, "job_title", str, "medarbejder"),
                workplace=_get(emp, "workplace", str, "medarbejder"),
                employee_number=_get(emp, "employee_number", str, "medarbejder"),
            ),
            leader=Leader(name=_get(lead, "name", str, "leder"), title=_get(lead, "title", str, "leder")),
            date=_date(_get(c, "date", str, "samtale", optional=True), "samtale.date"),
            place=_get(c, "place", str, "samtale"),
        )
        field_ids = {f.id: f for _, f in form.fields()}
        for fid, by_voice in _get(c, "answers", dict, "samtale").items():
            if fid not in field_ids:
                raise _Bad(f"svar til ukendt felt '{fid}'")
            if not isinstance(by_voice, dict):
                raise _Bad(f"svarene til '{fid}' har forkert form")
            for voice, text in by_voice.items():
                v = _enum(Voice, voice, f"svar '{fid}'")
                if v not in field_ids[fid].voices:
                    raise _Bad(f"svar '{fid}' har en stemme, feltet ikke har")
                if not isinstance(text, str):
                    raise _Bad(f"svar '{fid}' er ikke tekst")
                conv.answers.setdefault(fid, {})[v] = text
        for fid, by_voice in _get(c, "scales", dict, "samtale").items():
            if fid not in field_ids or not isinstance(by_voice, dict):
                raise _Bad(f"skala til ukendt felt '{fid}'")
            for voice, value in by_voice.items():
                v = _enum(Voice, voice, f"skala '{fid}'")
                conv.scales.setdefault(fid, {})[v] = ScaleValue(
                    today=_int_or_none(value, "today", f"skala '{fid}'"),
                    future=_int_or_none(value, "future", f"skala '{fid}'"),
                )
        for i, f in enumerate(_get(c, "followups", list, "samtale")):
            where = f"opfølgning {i + 1}"
            status = _get(f, "status", str, where, optional=True)
            conv.followups.append(
                FollowUp(
                    agreement=agreement_from_dict(_get(f, "agreement", dict, where), where),
                    status=_enum(FollowUpStatus, status, where) if status is not None else None,
                    comment=_get(f, "comment", str, where),
                    source=_get(f, "source", str, where),
                )
            )
        for i, a in enumerate(_get(c, "agreements", list, "samtale")):
            conv.agreements.append(agreement_from_dict(a, f"aftale {i + 1}"))
        for i, s in enumerate(_get(c, "signatures", list, "samtale")):
            where = f"underskrift {i + 1}"
            strokes = []
            for stroke in _get(s, "strokes", list, where):
                if not isinstance(stroke, list):
                    raise _Bad(f"{where} har en forkert streg")
                points = []
                for point in stroke:
                    if (
                        not isinstance(point, list)
                        or len(point) != 2
                        or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in point)
                    ):
                        raise _Bad(f"{where} har et forkert punkt")
                    points.append((float(point[0]), float(point[1])))
                strokes.append(tuple(points))
            role = _enum(Voice, _get(s, "role", str, where), where)
            conv.signatures[role] = Signature(
                role=role,
                signer=_get(s, "signer", str, where),
                signed_at=_datetime(_get(s, "signed_at", str, where), where),
                strokes=tuple(strokes),
                width=float(_get(s, "width", (int, float), where)),
                height=float(_get(s, "height", (int, float), where)),
                remark=_get(s, "remark", str, where),
                typed_name=_get(s, "typed_name", str, where, optional=True) or "",
            )
        for i, e in enumerate(_get(c, "history", list, "samtale")):
            where = f"historik {i + 1}"
            role = _get(e, "role", str, where, optional=True)
            conv.history.append(
                Event(
                    kind=_enum(EventKind, _get(e, "kind", str, where), where),
                    at=_datetime(_get(e, "at", str, where), where),
                    by=_get(e, "by", str, where),
                    role=_enum(Voice, role, where) if role is not None else None,
                    note=_get(e, "note", str, where),
                )
            )
        _read_preparation_parts(conv, c)
        step_ids = {step.id for step in form.steps}
        for step_id, by_voice in _get(c, "private_notes", dict, "samtale").items():
            if step_id not in step_ids or not isinstance(by_voice, dict):
                raise _Bad(f"privat note til ukendt trin '{step_id}'")
            for voice, text in by_voice.items():
                v = _enum(Voice, voice, f"privat note '{step_id}'")
                if v not in PRIVATE_NOTE_VOICES or not isinstance(text, str):
                    raise _Bad(f"privat note '{step_id}' har forkert form")
                conv.private_notes.setdefault(step_id, {})[v] = text
        # Added later; older files have neither (they load as before).
        for fid in _get(c, "not_relevant", list, "samtale", optional=True) or []:
            if not isinstance(fid, str) or fid not in field_ids:
                raise _Bad(f"»ikke relevant« for ukendt felt '{fid}'")
            conv.not_relevant.add(fid)
        conv.remark = _get(c, "remark", str, "samtale", optional=True) or ""
        return conv
    except _Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, str(exc)) from None


def _scale_value(value: Any, where: str) -> ScaleValue:
    return ScaleValue(today=_int_or_none(value, "today", where), future=_int_or_none(value, "future", where))


def _read_preparation_parts(conv: Conversation, c: dict[str, Any]) -> None:
    """Own topics, behaviour marks, agenda, time, last year's scales and preparations (version 3)."""
    steps = {s.id for s in conv.form.steps}
    for i, t in enumerate(_get(c, "topics", list, "samtale", optional=True) or []):
        where = f"eget emne {i + 1}"
        voices = tuple(_enum(Voice, v, where) for v in _get(t, "voices", list, where))
        if not voices or len(set(voices)) != len(voices):
            raise _Bad(f"{where} har forkerte stemmer")
        step = _get(t, "step", str, where, optional=True)
        if step is not None and step not in steps:
            raise _Bad(f"{where} hører til et ukendt trin")
        answers = []
        for voice, text in _get(t, "answers", dict, where).items():
            v = _enum(Voice, voice, where)
            if v not in voices or not isinstance(text, str):
                raise _Bad(f"{where} har et forkert svar")
            answers.append((v, text))
        conv.topics.append(
            OwnTopic(
                id=_get(t, "id", str, where),
                title=_get(t, "title", str, where),
                step_id=step,
                voices=voices,
                answers=tuple(sorted(answers, key=lambda a: voices.index(a[0]))),
            )
        )
    for ref, by_voice in (_get(c, "behaviours", dict, "samtale", optional=True) or {}).items():
        where = f"adfærd '{ref}'"
        try:
            behaviour(conv.form.framework, ref)
        except KeyError:
            raise _Bad(f"{where} findes ikke i rammen") from None
        if not isinstance(by_voice, dict):
            raise _Bad(f"{where} har forkert form")
        for voice, m in by_voice.items():
            v = _enum(Voice, voice, where)
            if v not in PARTIES:
                raise _Bad(f"{where} har en stemme, der ikke kan markere")
            conv.behaviour_marks.setdefault(ref, {})[v] = BehaviourMarking(
                mark=_enum(BehaviourMark, _get(m, "mark", str, where), where),
                comment=_get(m, "comment", str, where),
            )
    for key, target, limit in (("agenda", conv.agenda, 600), ("time_used", conv.time_used, 10**7)):
        for step_id, value in (_get(c, key, dict, "samtale", optional=True) or {}).items():
            if step_id not in steps:
                raise _Bad(f"{key} nævner et ukendt trin")
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
                raise _Bad(f"{key} for '{step_id}' er ikke et gyldigt tal")
            target[step_id] = value
    for pid, by_voice in (_get(c, "previous_scales", dict, "samtale", optional=True) or {}).items():
        if not isinstance(by_voice, dict):
            raise _Bad("sidste års skala har forkert form")
        for voice, value in by_voice.items():
            v = _enum(Voice, voice, "sidste års skala")
            conv.previous_scales.setdefault(pid, {})[v] = _scale_value(value, "sidste års skala")
    prep_of = _get(c, "preparation_of", str, "samtale", optional=True)
    if prep_of is not None:
        conv.preparation_of = _enum(Voice, prep_of, "samtale.preparation_of")
        if conv.preparation_of not in PARTIES:
            raise _Bad("en forberedelse tilhører medarbejder eller leder")
    for i, p in enumerate(_get(c, "preparations", list, "samtale", optional=True) or []):
        where = f"forberedelse {i + 1}"
        voice = _enum(Voice, _get(p, "voice", str, where), where)
        if voice not in PARTIES:
            raise _Bad(f"{where} tilhører hverken medarbejder eller leder")
        conv.preparations[voice] = PreparationInfo(
            voice=voice,
            source=_get(p, "source", str, where),
            brought_at=_datetime(_get(p, "brought_at", str, where), where),
            revealed=_get(p, "revealed", bool, where),
        )


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
        for key, text in conv["answers"].items():
            fid, _, voice = str(key).rpartition("/")
            nested.setdefault(fid, {})[voice] = text
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


def migrate(doc: dict[str, Any], path: Path | str | None = None) -> dict[str, Any]:
    version = doc["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MusFileError(BadFile.WRONG_TYPES, path, f"version {version} kan ikke læses")
        doc = step(doc)
        version = doc["version"]
    return doc


# -- loading --------------------------------------------------------------------------------


def parse(raw: bytes, path: Path | str | None = None) -> Conversation:
    if not raw.strip():
        raise MusFileError(BadFile.EMPTY, path)
    if is_sealed(raw):
        raise MusFileError(BadFile.SEALED, path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a multi-byte letter is a truncated file, not a foreign one.
        if exc.start >= len(raw) - 3 and raw.lstrip()[:1] == b"{":
            raise MusFileError(BadFile.TRUNCATED, path) from None
        raise MusFileError(BadFile.NOT_JSON, path) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and exc.pos >= len(text.rstrip()) - 1:
            raise MusFileError(BadFile.TRUNCATED, path) from None
        if text.lstrip().startswith("{") and _looks_cut(text):
            raise MusFileError(BadFile.TRUNCATED, path) from None
        raise MusFileError(BadFile.NOT_JSON, path) from None
    except RecursionError:
        raise MusFileError(BadFile.NOT_JSON, path) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise MusFileError(BadFile.NOT_CONVERSATION, path)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MusFileError(BadFile.WRONG_TYPES, path, "versionsnummeret mangler")
    if version > FORMAT_VERSION:
        raise MusFileError(BadFile.NEWER_VERSION, path)
    return conversation_from_dict(migrate(doc, path), path)


def _looks_cut(text: str) -> bool:
    """A JSON object whose brackets never close was cut short."""
    depth = 0
    in_string = escape = False
    for ch in text:
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth > 0 or in_string


def load(path: Path | str) -> Conversation:
    """Read a ``.mus`` file. Raises MusFileError; never changes the file."""
    return parse(read_bytes(path), path)


def load_sealed(path: Path | str, passphrase: str) -> tuple[Conversation, Seal | None]:
    """Read a ``.mus`` file that may be protected with a passphrase; never changes the file.

    Returns the conversation and the Seal to save it with again (None: not protected).
    A wrong passphrase raises MusFileError(WRONG_PASSPHRASE).
    """
    raw = read_bytes(path)
    if not is_sealed(raw):
        return parse(raw, path), None
    try:
        plain, seal = unseal(raw, passphrase)
    except SealError as exc:
        if exc.wrong_passphrase:
            raise MusFileError(BadFile.WRONG_PASSPHRASE, path) from None
        raise MusFileError(BadFile.WRONG_TYPES, path, "den beskyttede fil er beskadiget") from None
    return parse(plain, path), seal


def read_bytes(path: Path | str) -> bytes:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except IsADirectoryError:
        raise MusFileError(BadFile.NOT_CONVERSATION, path) from None
    except FileNotFoundError:
        raise MusFileError(BadFile.UNREADABLE, path, "filen findes ikke") from None
    except PermissionError:
        raise MusFileError(BadFile.UNREADABLE, path, "ingen adgang") from None
    except OSError as exc:
        raise MusFileError(BadFile.UNREADABLE, path, exc.strerror or "ukendt fejl") from None
    return raw
