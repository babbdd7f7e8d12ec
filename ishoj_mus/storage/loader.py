"""The one validating loader: bytes → :class:`Conversation`, for every way data comes in.

``.mus`` files, the automatic recovery copies and the JSON attached to a summary PDF all go
through :func:`load_conversation_bytes`. The only exception it lets out is
:class:`~ishoj_mus.storage.errors.MusFileError`, with a Danish message.

The pieces: strict, bounded JSON (:mod:`.strict_json`); older versions migrated
(:mod:`.migrations`); every part read by its declared shape and bounds (:mod:`.codec` over
:mod:`ishoj_mus.domain.shape` – the same declaration saving and the editors use); and here what
a shape cannot say, because it crosses the data: an answer must belong to a field of the stored
form, in a voice the field has; a scale value must lie in *that field's* range; a stroke point
inside *its* signature box. Why hand-written rather than a JSON-schema library: those
cross-references, and ``jsonschema`` alone costs about 0.2 s to import (start-up budget).

Rejected (the file is left untouched and the message says what is wrong): see
:mod:`.strict_json`, plus values outside their declared bounds (texts longer than
:data:`~ishoj_mus.domain.shape.TEXT_LENGTH`, dates outside the years 1900–2999 …). Repaired (loading goes on, and a note
says so): see :mod:`.strict_json`; a time without a time zone is read as local time.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ishoj_mus.domain.behaviours import behaviour
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form, FormError
from ishoj_mus.domain.form_steps import PARTIES, TEXT_KINDS, FieldKind
from ishoj_mus.domain.shape import PARTS, POINTS, Writers
from ishoj_mus.storage.bounded import InputRefused, Refusal, read_regular_file
from ishoj_mus.storage.checks import OBJECT, Bad, named, place, short
from ishoj_mus.storage.codec import THE_CONVERSATION, Reader, in_box
from ishoj_mus.storage.errors import FORMAT, FORMAT_VERSION, BadFile, MusFileError, Origin
from ishoj_mus.storage.migrations import migrate
from ishoj_mus.storage.strict_json import MAX_BYTES, Notes, decode_json
from ishoj_mus.text import QUOTED, Words, da, number_words

__all__ = [
    "checked_version", "conversation_from_document", "load", "load_conversation_bytes",
    "read_file",
]  # fmt: skip

# What a file may say about the program and the form that wrote it: a short version number.
_VERSION_TEXT = re.compile(r"[0-9A-Za-z.+_-]{1,40}")


# -- the conversation -------------------------------------------------------------------------


def checked_version(doc: dict[str, Any], newest: int, path: Path | str | None, origin: Origin) -> int:
    """The document's format version: a whole number from 1 to ``newest`` (the MUS file's and
    the group file's alike). Raises MusFileError."""
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MusFileError(BadFile.WRONG_TYPES, path, da("versionsnummeret mangler"), origin=origin)
    if version > newest:
        raise MusFileError(BadFile.NEWER_VERSION, path, origin=origin)
    return version


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
    checked_version(doc, FORMAT_VERSION, path, origin)
    app_version = doc.get("app_version")
    if app_version is not None and not (
        isinstance(app_version, str) and _VERSION_TEXT.fullmatch(app_version)
    ):
        raise MusFileError(
            BadFile.WRONG_TYPES,
            path,
            da("programmets versionsnummer er ikke et versionsnummer"),
            origin=origin,
        )
    try:
        try:
            return _build(migrate(doc), notes)
        except Bad:
            raise
        except MusFileError:
            raise
        except Exception as exc:  # noqa: BLE001 – the safety net: only the typed error escapes
            raise MusFileError(BadFile.WRONG_TYPES, path, UNKNOWN_SHAPE, origin=origin) from exc
    except Bad as exc:
        raise MusFileError(BadFile.WRONG_TYPES, path, exc.words, origin=origin) from None


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
    from ishoj_mus.storage.form_files import shipped_documents

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
            raise Bad(AS_WRITTEN, str(exc)) from None  # the form's own words (domain, Danish)
        if len(_FORM_CACHE) >= _FORM_CACHE_SIZE:
            _FORM_CACHE.pop(next(iter(_FORM_CACHE)))
        _FORM_CACHE[key] = form
    return form


def _build(doc: dict[str, Any], notes: Notes | None) -> Conversation:
    form_data = doc.get("form")
    if not isinstance(form_data, dict):
        raise Bad(da("samtalens formular mangler"))
    form = _with_legacy_documents(_with_legacy_cover(_form_from_snapshot(form_data)), form_data)
    reader = Reader()
    c = doc.get("conversation")
    if not isinstance(c, dict):
        raise Bad(OBJECT, place(THE_CONVERSATION))
    values = {p.name: reader.part(c, p, None) for p in PARTS if p.name != "form"}
    _cross_check(form, values)
    conv = Conversation(form=form)
    for name, value in values.items():
        setattr(conv, name, value)
    if reader.moment.naive and notes is not None:
        notes.append("Tidspunkter uden tidszone er læst som lokal tid.")
    return conv


def _cross_check(form: Form, v: dict[str, Any]) -> None:
    """What the declared shapes cannot say: every reference must name something of this form,
    in a voice that may write it, within that field's range."""
    fields = {f.id: f for _, f in form.fields()}
    steps = {step.id for step in form.steps}
    for fid, by_voice in v["answers"].items():
        f = fields.get(fid)
        if f is None or f.kind not in TEXT_KINDS:
            raise Bad(
                da("der er svar til feltet %1, som formularen ikke har som tekstfelt"), named(short(fid))
            )
        for voice in by_voice:
            if voice not in f.voices:
                raise Bad(da("svar %1 har stemmen %2, som feltet ikke har"), named(fid), _voice(voice))
    for fid, by_voice in v["scales"].items():
        f = fields.get(fid)
        if f is None or f.kind != FieldKind.SCALE:
            raise Bad(
                da("der er en skala til feltet %1, som formularen ikke har som skala"), named(short(fid))
            )
        for voice, value in by_voice.items():
            if voice not in f.voices:
                raise Bad(da("skala %1 har stemmen %2, som feltet ikke har"), named(fid), _voice(voice))
            for n, when in ((value.today, da("i dag")), (value.future, da("fremover"))):
                if n is not None and not f.scale_min <= n <= f.scale_max:
                    raise Bad(
                        da("skalaen %1 (%2, %3) er %4, men skalaen går fra %5 til %6"),
                        named(fid),
                        Words(_WHO[voice]),
                        Words(when),
                        *map(str, (n, f.scale_min, f.scale_max)),
                    )
    perspectives = {p.id for p in form.framework.perspectives}
    for i, agreement in enumerate(v["agreements"], 1):
        if agreement.perspective is not None and agreement.perspective not in perspectives:
            raise Bad(da("aftale %1 henviser til et perspektiv, rammen ikke har"), str(i))
    for role, signature in v["signatures"].items():
        where = Words(_SIGNATURE_FROM[role])
        if role not in _voices(Writers.SIGNER):
            raise Bad(da("%1 er hverken medarbejderens eller lederens"), where)
        if sum(len(stroke) for stroke in signature.strokes) > POINTS:
            raise Bad(da("%1 har over %2 punkter"), where, number_words(POINTS))
        for stroke in signature.strokes:
            if not all(in_box(x, y, signature.width, signature.height) for x, y in stroke):
                raise Bad(da("%1 har et punkt uden for sin boks"), where)
    for step_id, by_voice in v["private_notes"].items():
        if step_id not in steps:
            raise Bad(
                da("der er en privat note til trinnet %1, som formularen ikke har"), named(short(step_id))
            )
        if set(by_voice) - set(_voices(Writers.PARTIES)):
            raise Bad(
                da("den private note til trinnet %1 er skrevet af en anden end medarbejderen eller lederen"),
                named(step_id),
            )
    for i, topic in enumerate(v["topics"], 1):
        where = Words(da("eget emne %1"), (str(i),))
        if not topic.voices or len(set(topic.voices)) != len(topic.voices):
            raise Bad(da("%1 skal sige, hvem der svarer: mindst én, og hver kun én gang"), where)
        if topic.step_id is not None and topic.step_id not in steps:
            raise Bad(da("%1 hører til et trin, formularen ikke har"), where)
        if any(voice not in topic.voices for voice, _ in topic.answers):
            raise Bad(da("%1 har et svar fra en, der ikke svarer i emnet"), where)
    v["topics"] = [
        replace(t, answers=tuple(sorted(t.answers, key=lambda a: t.voices.index(a[0])))) for t in v["topics"]
    ]
    for ref, by_voice in v["behaviour_marks"].items():
        where = Words(da("adfærd %1"), (named(short(ref)),))
        try:
            behaviour(form.framework, ref)
        except (KeyError, ValueError):
            raise Bad(da("%1 findes ikke i rammen"), where) from None
        if set(by_voice) - set(_voices(Writers.PARTIES)):
            raise Bad(da("%1 er markeret af en anden end medarbejderen eller lederen"), where)
    for key in ("agenda", "time_used"):
        for step_id in v[key]:
            if step_id not in steps:
                raise Bad(da("%1 nævner trinnet %2, som formularen ikke har"), key, named(short(step_id)))
    owners = {v["preparation_of"]} - {None} | set(v["preparations"])
    if owners - set(PARTIES):
        raise Bad(da("en forberedelse tilhører hverken medarbejder eller leder"))
    for fid in v["not_relevant"]:
        if fid not in fields:
            raise Bad(da("»ikke relevant« er sat på et felt, formularen ikke har: %1"), named(short(fid)))


UNKNOWN_SHAPE = da("indholdet har en form, programmet ikke kender")
AS_WRITTEN = "%1"  # a detail worded elsewhere, shown as it is
# A voice in the cross-checks' details: who (lower case), quoted, and whose signature it is.
_WHO = {Voice.MEDARBEJDER: da("medarbejder"), Voice.LEDER: da("leder"), Voice.FAELLES: da("fælles")}
_SIGNATURE_FROM = {
    Voice.MEDARBEJDER: da("underskriften fra medarbejderen"),
    Voice.LEDER: da("underskriften fra lederen"),
    Voice.FAELLES: da("en fælles underskrift"),  # (not a signer: only the first check meets it)
}


def _voice(voice: Voice) -> Words:
    return Words(QUOTED, (Words(_WHO[voice]),))


def _voices(writers: Writers) -> tuple[Voice, ...]:
    return PARTIES if writers in (Writers.PARTIES, Writers.SIGNER) else tuple(Voice)


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
        raise MusFileError(
            kind, path, exc.message, origin=origin, refusal=exc.reason, limit=exc.limit
        ) from None
