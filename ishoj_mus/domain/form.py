"""Conversation forms as data: steps, fields, voices and the framework each step shows.

A form is read from TOML (``forms/*.toml``) or from the snapshot stored in a ``.mus`` file;
both go through :meth:`Form.from_dict`, which checks everything and names the file, the step
and the field of the first problem it finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import (
    CHOICE_TEXTS,
    DOCUMENT_TEXTS,
    FIELD_TEXTS,
    FORM_TEXTS,
    PARTIES,
    STEP_TEXTS,
    Choice,
    English,
    Field,
    FieldKind,
    Step,
    StepKind,
    en_keys,
    step_to_dict,
)
from ishoj_mus.domain.framework import Framework


@dataclass(frozen=True)
class FormDocuments:
    """What the form's documents call themselves (``[documents]`` in the TOML).

    A half-year follow-up is not a "medarbejderudviklingssamtale", and a group conversation
    names its own documents: every title, header, file name and wording that says which kind of
    conversation a document is comes from here. The defaults are the yearly MUS's words, so a
    form (or an old file's form snapshot) without the table reads as before.
    """

    name: str = "MUS"  # page headers, the window's title, PDF keywords
    name_in_text: str = "MUS"  # in running text: "Aftalt ved MUS", "et uddrag af MUS"
    file_prefix: str = "MUS"  # default file names: MUS_2026-11-19_Hansen_Mette.pdf
    referat_title: str = "Referat af medarbejderudviklingssamtale (MUS)"
    plan_title: str = "Udviklingsplan og bekræftelse af MUS"  # HR edition of only the plan
    sheet_title: str = "Forberedelsesark til MUS"
    previous_agreements: str = "sidste års aftaler"  # what the follow-ups look back on
    carried_note: str = "videreført fra sidste år"  # an agreement carried on from a follow-up

    def to_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Form:
    """A conversation form: its steps in order, the framework it quotes and what its documents are called."""

    id: str
    title: str
    version: str
    description: str
    steps: tuple[Step, ...]
    framework: Framework = field(repr=False, compare=True, default=None)  # type: ignore[assignment]  # a default only because later fields have one: from_dict always gives it
    documents: FormDocuments = FormDocuments()
    en: English = ()  # title_en, description_en
    documents_en: English = ()  # [documents] name_en, referat_title_en, ...

    def in_english(self) -> Form:
        """The form as an English window shows it: each text with an English has it, the rest
        (an old snapshot without English) stays Danish. Ids, kinds and the framework are the same."""
        base: Form = _swapped(self, FORM_TEXTS)
        return replace(
            base,
            steps=tuple(
                replace(
                    _swapped(s, STEP_TEXTS),
                    fields=tuple(
                        replace(
                            _swapped(f, FIELD_TEXTS),
                            options=tuple(_swapped(o, CHOICE_TEXTS) for o in f.options),
                        )
                        for f in s.fields
                    ),
                )
                for s in self.steps
            ),
            documents=replace(self.documents, **dict(self.documents_en)),
        )

    def english_gaps(self) -> list[str]:
        """Each Danish text without its English, named by place and key (empty: all there)."""
        gaps = _gaps(self, FORM_TEXTS, "formularen")
        documents = dict(self.documents_en)
        gaps += [
            f"[documents]: '{key}_en' mangler"
            for key in DOCUMENT_TEXTS
            if getattr(self.documents, key) != getattr(FormDocuments(), key) and key not in documents
        ]
        for s in self.steps:
            gaps += _gaps(s, STEP_TEXTS, f"trin '{s.id}'")
            for f in s.fields:
                gaps += _gaps(f, FIELD_TEXTS, f"trin '{s.id}', felt '{f.id}'")
                for o in f.options:
                    gaps += _gaps(o, CHOICE_TEXTS, f"trin '{s.id}', felt '{f.id}', valget '{o.id}'")
        return gaps

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def fields(self) -> list[tuple[Step, Field]]:
        return [(step, f) for step in self.steps for f in step.fields]

    def field(self, field_id: str) -> Field:
        for _, f in self.fields():
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def step_of(self, field_id: str) -> Step:
        for step, f in self.fields():
            if f.id == field_id:
                return step
        raise KeyError(field_id)

    def has_kind(self, kind: FieldKind) -> bool:
        return any(f.kind == kind for _, f in self.fields())

    def scale_fields(self) -> list[Field]:
        return [f for _, f in self.fields() if f.kind == FieldKind.SCALE]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "description": self.description,
            "steps": [step_to_dict(s) for s in self.steps],
            "framework": self.framework.to_dict(),
            "documents": self.documents.to_dict() | {f"{k}_en": v for k, v in self.documents_en},
            **{f"{k}_en": v for k, v in self.en},
        }

    @classmethod
    def from_dict(cls, data: Any, source: str, framework: Framework | None = None) -> Form:
        """Check and build a form. ``framework`` is used when the data carries none."""
        where = Where(source)
        if not isinstance(data, dict):
            raise where.error("formularen skal være en tabel")
        if "framework" in data:
            try:
                framework = Framework.from_dict(data["framework"])
            except (KeyError, TypeError, ValueError) as exc:
                raise where.error(f"rammeteksten er ugyldig ({exc})") from None
        if framework is None:
            raise where.error("der er ingen rammetekst at henvise til")
        steps_data = where.get(data, "steps", list)
        if not steps_data:
            raise where.error("formularen har ingen trin")
        steps: list[Step] = []
        seen_steps: set[str] = set()
        seen_fields: set[str] = set()
        for index, step_data in enumerate(steps_data, start=1):
            step = _parse_step(step_data, where.at_step(step_data, index), framework, seen_fields)
            if step.id in seen_steps:
                raise where.at_step(step_data, index).error("trinnets id bruges allerede af et andet trin")
            seen_steps.add(step.id)
            steps.append(step)
        for kind in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS):
            holders = [(s, f) for s in steps for f in s.fields if f.kind == kind]
            if len(holders) > 1:
                s, f = holders[1]
                raise where.at(s.id, f.id).error(f"en formular kan kun have ét felt af typen '{kind}'")
        for s in steps:
            for f in s.fields:
                if f.kind == FieldKind.AGREEMENTS and not (s.hr and f.hr):
                    raise where.at(s.id, f.id).error(
                        "aftalerne er udviklingsplanen og går altid til HR; fjern 'hr = false'"
                    )
        version = str(where.get(data, "version", (str, int, float)))
        if not version.strip() or len(version) > MAX_VERSION:
            raise where.error(
                f"'version' er på {len(version):_} tegn; et versionsnummer skal have 1 til "
                f"{MAX_VERSION} tegn".replace("_", ".")
            )
        return cls(
            id=where.get(data, "id", str),
            title=where.get(data, "title", str),
            version=version,
            description=where.get(data, "description", str, ""),
            steps=tuple(steps),
            framework=framework,
            documents=_parse_documents(data, where),
            en=_english(data, FORM_TEXTS, where),
            documents_en=_english(
                where.get(data, "documents", dict, {}), DOCUMENT_TEXTS, where, "documents."
            ),
        )


def _swapped(item: Any, texts: tuple[str, ...]) -> Any:
    english: dict[str, str] = dict(getattr(item, "en"))  # noqa: B009
    # a text an edition cut (the HR edition drops hints) stays cut
    return replace(item, **{key: english[key] for key in texts if key in english and getattr(item, key)})


def _gaps(item: Any, texts: tuple[str, ...], place: str) -> list[str]:
    english = dict(item.en)
    return [f"{place}: '{key}_en' mangler" for key in texts if getattr(item, key) and key not in english]


def _english(data: dict[str, Any], texts: tuple[str, ...], where: Where, prefix: str = "") -> English:
    """The ``key_en`` texts beside the Danish ones, each a non-empty text. An English whose
    Danish is left out (a form without a cover line) is never shown and not written back."""
    pairs: list[tuple[str, str]] = []
    for key in texts:
        if f"{key}_en" not in data:
            continue
        value = where.get(data, f"{key}_en", str)
        if not value.strip():
            raise where.error(f"'{prefix}{key}_en' er tom")
        pairs.append((key, value.strip() if prefix else value))
    return tuple(pairs)


# A question, a help or an intro text: a 240 000-character label took the preparation sheet 21 s.
MAX_FORM_TEXT = 20_000
MAX_VERSION = 100  # a form's version number: it stands on the cover and in every file made with it


GROUP_KIND = "grus"  # a group form's ``kind`` (domain/grus_form.py); a form for two has none


def is_group_form_data(data: Any) -> bool:
    """Whether parsed form data is a group form (GRUS), which ``Form.from_dict`` does not read."""
    return isinstance(data, dict) and data.get("kind") == GROUP_KIND


class FormError(ValueError):
    """A form that cannot be used; the message names file, step and field."""

    def __init__(self, source: str, step: str | None, field_id: str | None, problem: str):
        self.source, self.step, self.field, self.problem = source, step, field_id, problem
        place = source
        if step:
            place += f", trin '{step}'"
        if field_id:
            place += f", felt '{field_id}'"
        super().__init__(f"{place}: {problem}")


# -- parsing helpers ---------------------------------------------------------------------


class Where:
    """Where a problem is in a form file (file, step, field); ``get`` reads a key of a table
    with its type and length checked. Also the group form's (``grus_form``)."""

    def __init__(self, source: str, step: str | None = None, field_id: str | None = None):
        self.source, self.step, self.field = source, step, field_id

    def at_step(self, data: Any, index: int) -> Where:
        name = (
            data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else f"nr. {index}"
        )
        return Where(self.source, name)

    def at_field(self, data: Any, index: int) -> Where:
        name = (
            data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else f"nr. {index}"
        )
        return Where(self.source, self.step, name)

    def at(self, step: str, field_id: str | None = None) -> Where:
        return Where(self.source, step, field_id)

    def error(self, problem: str) -> FormError:
        return FormError(self.source, self.step, self.field, problem)

    def framework_refs(self, data: dict[str, Any], framework: Framework) -> list[str]:
        """The table's ``framework`` list: texts that each name a passage of the framework. Used by
        the conversation's steps and the group's topic cards alike, so the words live once."""
        refs: list[str] = self.get(data, "framework", list, [])
        for ref in refs:
            if not isinstance(ref, str):
                raise self.error("'framework' skal være en liste af tekster")
            try:
                framework.resolve(ref)
            except KeyError as exc:
                raise self.error(str(exc.args[0])) from None
        return refs

    _MISSING = object()

    def get(
        self, data: dict[str, Any], key: str, types: type | tuple[type, ...], default: Any = _MISSING
    ) -> Any:
        if key not in data:
            if default is self._MISSING:
                raise self.error(f"'{key}' mangler")
            return default
        value = data[key]
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            raise self.error(f"'{key}' har forkert type")
        if not isinstance(value, types):
            raise self.error(f"'{key}' har forkert type ({type(value).__name__})")
        if isinstance(value, str) and len(value) > MAX_FORM_TEXT:
            raise self.error(
                f"'{key}' er på {len(value):_} tegn, men en tekst i en formular må højst være på "
                f"{MAX_FORM_TEXT:_} tegn. Gør teksten kortere".replace("_", ".")
            )
        return value


_STEP_KEYS = {
    "id",
    "title",
    "kind",
    "intro",
    "help",
    "framework",
    "fields",
    "minutes",
    "hr",
    "private_note_hint",
} | en_keys(STEP_TEXTS)
_FIELD_KEYS = {
    "id", "kind", "label", "voices", "required", "help", "options", "perspective",
    "min", "max", "low_label", "high_label", "hr", "cover",
} | en_keys(FIELD_TEXTS)  # fmt: skip


_DOCUMENT_KEYS = {f.name for f in fields(FormDocuments)} | en_keys(DOCUMENT_TEXTS)


def _parse_documents(data: dict[str, Any], where: Where) -> FormDocuments:
    """``[documents]``: every key optional (the MUS's words), every value a non-empty text."""
    table = where.get(data, "documents", dict, {})
    unknown = set(table) - _DOCUMENT_KEYS
    if unknown:
        raise where.error(f"ukendt nøgle i [documents]: {', '.join(sorted(unknown))}")
    values: dict[str, str] = {}
    for key in sorted(set(table) - en_keys(DOCUMENT_TEXTS)):
        value = where.get(table, key, str)
        if not value.strip():
            raise where.error(f"'documents.{key}' er tom")
        if key == "file_prefix" and re.search(r'[\\/:*?"<>|\s]', value):
            raise where.error("'documents.file_prefix' må ikke indeholde mellemrum eller \\ / : * ? \" < > |")
        values[key] = value.strip()
    return FormDocuments(**values)


def _parse_step(data: Any, where: Where, framework: Framework, seen_fields: set[str]) -> Step:
    if not isinstance(data, dict):
        raise where.error("et trin skal være en tabel")
    unknown = set(data) - _STEP_KEYS
    if unknown:
        raise where.error(f"ukendt nøgle: {', '.join(sorted(unknown))}")
    step_id = where.get(data, "id", str)
    if not step_id.strip():
        raise where.error("trinnet mangler et id")
    kind_text = where.get(data, "kind", str, "fields")
    try:
        kind = StepKind(kind_text)
    except ValueError:
        raise where.error(f"ukendt trintype '{kind_text}'") from None
    refs = where.framework_refs(data, framework)
    fields = []
    for index, field_data in enumerate(where.get(data, "fields", list, []), start=1):
        fw = where.at_field(field_data, index)
        f = _parse_field(field_data, fw, framework)
        if f.id in seen_fields:
            raise fw.error("feltets id bruges allerede i formularen")
        seen_fields.add(f.id)
        fields.append(f)
    if kind == StepKind.FIELDS and not fields:
        raise where.error("trinnet har ingen felter")
    minutes = where.get(data, "minutes", int, None)
    if minutes is not None and not 0 <= minutes <= 600:
        raise where.error("'minutes' skal ligge mellem 0 og 600")
    return Step(
        id=step_id,
        title=where.get(data, "title", str),
        kind=kind,
        intro=where.get(data, "intro", str, ""),
        help=where.get(data, "help", str, ""),
        framework=tuple(refs),
        fields=tuple(fields),
        hr=where.get(data, "hr", bool, True),
        private_note_hint=where.get(data, "private_note_hint", str, ""),
        minutes=minutes,
        en=_english(data, STEP_TEXTS, where),
    )


def _parse_field(data: Any, where: Where, framework: Framework) -> Field:
    if not isinstance(data, dict):
        raise where.error("et felt skal være en tabel")
    unknown = set(data) - _FIELD_KEYS
    if unknown:
        raise where.error(f"ukendt nøgle: {', '.join(sorted(unknown))}")
    field_id = where.get(data, "id", str)
    if not field_id.strip():
        raise where.error("feltet mangler et id")
    kind_text = where.get(data, "kind", str)
    try:
        kind = FieldKind(kind_text)
    except ValueError:
        raise where.error(f"ukendt felttype '{kind_text}'") from None
    voices_data = where.get(data, "voices", list, ["faelles"])
    try:
        voices = tuple(Voice(v) for v in voices_data)
    except ValueError:
        raise where.error("'voices' må kun indeholde 'medarbejder', 'leder' og 'faelles'") from None
    if not voices or len(set(voices)) != len(voices):
        raise where.error("'voices' skal nævne mindst én stemme, hver kun én gang")
    options: list[Choice] = []
    for option in where.get(data, "options", list, []):
        if not (
            isinstance(option, dict)
            and isinstance(option.get("id"), str)
            and isinstance(option.get("label"), str)
        ):
            raise where.error("hvert valg i 'options' skal have 'id' og 'label'")
        if set(option) - {"id", "label", "label_en"}:
            raise where.error(
                f"ukendt nøgle i et valg: {', '.join(sorted(set(option) - {'id', 'label', 'label_en'}))}"
            )
        options.append(Choice(option["id"], option["label"], _english(option, CHOICE_TEXTS, where)))
    if kind == FieldKind.CHOICE and len(options) < 2:
        raise where.error("et valgfelt skal have mindst to valgmuligheder")
    perspective = where.get(data, "perspective", str, None)
    scale_min = where.get(data, "min", int, 1)
    scale_max = where.get(data, "max", int, 5)
    if kind == FieldKind.SCALE:
        if perspective is None:
            raise where.error("en skala skal nævne sit perspektiv")
        if set(voices) - set(PARTIES):
            raise where.error("en skala udfyldes af medarbejder og/eller leder, ikke fælles")
        if not 0 <= scale_min < scale_max <= 10:
            raise where.error("skalaens 'min' og 'max' skal ligge mellem 0 og 10, min under max")
    if perspective is not None:
        try:
            framework.perspective(perspective)
        except KeyError as exc:
            raise where.error(str(exc.args[0])) from None
    if kind in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS) and voices != (Voice.FAELLES,):
        raise where.error("aftaler og opfølgning er fælles; 'voices' skal være [\"faelles\"]")
    required, required_voices = _parse_required(data, where, voices)
    return Field(
        id=field_id,
        kind=kind,
        label=where.get(data, "label", str),
        voices=voices,
        required=required,
        required_voices=required_voices,
        help=where.get(data, "help", str, ""),
        options=tuple(options),
        perspective=perspective,
        scale_min=scale_min,
        scale_max=scale_max,
        low_label=where.get(data, "low_label", str, ""),
        high_label=where.get(data, "high_label", str, ""),
        hr=where.get(data, "hr", bool, True),
        cover=where.get(data, "cover", str, ""),
        en=_english(data, FIELD_TEXTS, where),
    )


def _parse_required(
    data: dict[str, Any], where: Where, voices: tuple[Voice, ...]
) -> tuple[bool, tuple[Voice, ...] | None]:
    """``required`` is true (every voice), false, or the list of voices that must answer."""
    value = where.get(data, "required", (bool, list), False)
    if isinstance(value, bool):
        return value, None
    try:
        chosen = tuple(Voice(v) for v in value)
    except (ValueError, TypeError):
        raise where.error("'required' må kun nævne 'medarbejder', 'leder' og 'faelles'") from None
    if set(chosen) - set(voices) or len(set(chosen)) != len(chosen):
        raise where.error("'required' må kun nævne feltets egne stemmer, hver kun én gang")
    if not chosen:
        return False, None
    return True, tuple(v for v in voices if v in chosen)
