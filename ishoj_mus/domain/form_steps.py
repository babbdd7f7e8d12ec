"""A form's steps and fields: whose voice a text is in, the kinds of step and field, and the
English beside each Danish text (the form itself, its documents and its parsing are
:mod:`ishoj_mus.domain.form`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ishoj_mus.domain.codes import Voice

PARTIES = (Voice.MEDARBEJDER, Voice.LEDER)


class FieldKind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    SCALE = "scale"
    AGREEMENTS = "agreements"
    FOLLOWUPS = "followups"


class StepKind(StrEnum):
    FIELDS = "fields"
    PARTICIPANTS = "participants"
    SUMMARY = "summary"
    SIGNATURES = "signatures"


TEXT_KINDS = (FieldKind.SHORT_TEXT, FieldKind.LONG_TEXT, FieldKind.CHOICE)


# The English of a form's texts (issue 25): beside every Danish text ``key`` the TOML holds
# ``key_en``. The window shows it with ``--lang en``; the PDFs for HR stay Danish. Kept as
# (key, text) pairs so the frozen items stay hashable. An old snapshot has none: Danish shows.
English = tuple[tuple[str, str], ...]

FORM_TEXTS = ("title", "description")
STEP_TEXTS = ("title", "intro", "help", "private_note_hint")
FIELD_TEXTS = ("label", "help", "low_label", "high_label", "cover")
CHOICE_TEXTS = ("label",)
DOCUMENT_TEXTS = (
    "name",
    "name_in_text",
    "referat_title",
    "plan_title",
    "sheet_title",
    "previous_agreements",
    "carried_note",
)  # fmt: skip  (file_prefix is a file name, not a text)


def en_keys(texts: tuple[str, ...]) -> set[str]:
    """The TOML keys of the English beside ``texts`` (``title`` -> ``title_en``)."""
    return {f"{key}_en" for key in texts}


@dataclass(frozen=True)
class Choice:
    """One option of a choice field."""

    id: str
    label: str
    en: English = ()


@dataclass(frozen=True)
class Field:
    """One question of a step: its kind, who answers it, and what the summary and HR make of it."""

    id: str
    kind: FieldKind
    label: str
    voices: tuple[Voice, ...] = (Voice.FAELLES,)
    required: bool = False  # True when at least one voice must answer before signing
    required_voices: tuple[Voice, ...] | None = None  # which voices; None: all when required
    help: str = ""
    options: tuple[Choice, ...] = ()
    perspective: str | None = None  # scale fields: which perspective the scale is about
    scale_min: int = 1
    scale_max: int = 5
    low_label: str = ""
    high_label: str = ""
    hr: bool = True  # False: the referat edition for HR leaves this field out
    cover: str = ""  # the heading of the field's row on the referat's front page ("" = not there)
    en: English = ()  # label_en, help_en, ... (see FIELD_TEXTS)

    @property
    def voices_required(self) -> tuple[Voice, ...]:
        """The voices that must answer before signing (the form decides, per field)."""
        if not self.required:
            return ()
        if self.required_voices is None:
            return self.voices
        return self.required_voices

    def option_label(self, option_id: str) -> str:
        for option in self.options:
            if option.id == option_id:
                return option.label
        return option_id


@dataclass(frozen=True)
class Step:
    """One step of the conversation: a page of the guided conversation and a section of the summary."""

    id: str
    title: str
    kind: StepKind = StepKind.FIELDS
    intro: str = ""
    help: str = ""
    framework: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    hr: bool = True  # False: the referat edition for HR leaves this step out
    private_note_hint: str = ""  # a calm reminder shown by the step's private note
    minutes: int | None = None  # suggested time on the agenda
    en: English = ()  # title_en, intro_en, ... (see STEP_TEXTS)


def step_to_dict(step: Step) -> dict[str, Any]:
    """A step as the form snapshot in a file writes it (and ``Form.from_dict`` reads it back)."""
    data: dict[str, Any] = {
        "id": step.id,
        "title": step.title,
        "kind": step.kind.value,
        "intro": step.intro,
        "help": step.help,
        "framework": list(step.framework),
        "fields": [field_to_dict(f) for f in step.fields],
        **({"minutes": step.minutes} if step.minutes is not None else {}),
        **{f"{k}_en": v for k, v in step.en if getattr(step, k)},
    }
    if not step.hr:
        data["hr"] = False
    if step.private_note_hint:
        data["private_note_hint"] = step.private_note_hint
    return data


def field_to_dict(f: Field) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f.id,
        "kind": f.kind.value,
        "label": f.label,
        "voices": [v.value for v in f.voices],
        "required": [v.value for v in f.voices_required]
        if f.required_voices is not None and f.required
        else f.required,
        "help": f.help,
    }
    if f.options:
        data["options"] = [
            {"id": o.id, "label": o.label, **{f"{k}_en": v for k, v in o.en}} for o in f.options
        ]
    if f.perspective is not None:
        data["perspective"] = f.perspective
    if f.kind == FieldKind.SCALE:
        data.update(min=f.scale_min, max=f.scale_max, low_label=f.low_label, high_label=f.high_label)
    if not f.hr:
        data["hr"] = False
    if f.cover:
        data["cover"] = f.cover
    data.update({f"{k}_en": v for k, v in f.en if data.get(k)})  # beside a Danish written here
    return data
