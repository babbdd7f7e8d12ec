"""Which edition of a conversation a document shows: what HR receives, and the employee's copy.

MUS is confidential between leader and employee; what reaches the personnel file is the
organisation's choice (its HR policy). The filter here is the one place that decides it: it
returns a *copy* of the conversation, with a form cut to match, holding only what the
edition may show. Renderers and the attached data then simply show that copy.

* ``referat``: every answer, follow-up, agreement and signature – except steps and fields the
  form marks ``hr = false`` (e.g. wellbeing details) and every private note.
* ``udviklingsplan``: the fact and date of the conversation, the agreements (the development
  plan), the employee's remark and the signatures. No answers.
* the employee's copy: everything, private notes included; not for filing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from ishoj_mus.domain.behaviours import step_behaviour_groups
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form, FormDocuments
from ishoj_mus.domain.form_steps import FieldKind, Step, StepKind
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.domain.shape import hr_parts


class HrPolicy(StrEnum):
    """What the organisation files: the whole referat, or only the development plan."""

    REFERAT = "referat"
    UDVIKLINGSPLAN = "udviklingsplan"


class EditionKind(StrEnum):
    HR = "hr"
    EMPLOYEE_COPY = "medarbejder"


EMPLOYEE_COPY_MARK = "Medarbejderens eksemplar – journaliseres ikke"
HR_MARK = "Fortroligt – personalesag"


@dataclass(frozen=True)
class Edition:
    """Which edition of a conversation is made (for HR, by the organisation's policy)."""

    kind: EditionKind = EditionKind.HR
    policy: HrPolicy = HrPolicy.REFERAT
    retention_note: str = ""  # shown (never enforced) on the HR edition

    @classmethod
    def hr(cls, policy: HrPolicy = HrPolicy.REFERAT, retention_note: str = "") -> Edition:
        return cls(EditionKind.HR, HrPolicy(policy), retention_note)

    @classmethod
    def employee_copy(cls) -> Edition:
        return cls(EditionKind.EMPLOYEE_COPY)

    @property
    def is_hr(self) -> bool:
        return self.kind == EditionKind.HR

    @property
    def shows_private_notes(self) -> bool:
        return self.kind == EditionKind.EMPLOYEE_COPY

    @property
    def is_plan_only(self) -> bool:
        return self.is_hr and self.policy == HrPolicy.UDVIKLINGSPLAN

    @property
    def mark(self) -> str:
        """The marking on every page (header) and in the metadata."""
        return HR_MARK if self.is_hr else EMPLOYEE_COPY_MARK

    def title(self, documents: FormDocuments) -> str:
        """The document's title, in the words of the conversation's form."""
        return documents.plan_title if self.is_plan_only else documents.referat_title

    @property
    def name(self) -> str:
        """A short name for the edition, e.g. in a file dialog or the preview's title."""
        if not self.is_hr:
            return "Medarbejderens eksemplar"
        if self.is_plan_only:
            return "HR-udgave (udviklingsplan)"
        return "HR-udgave (referat)"

    @property
    def explanation(self) -> str:
        """One or two sentences at the top of the document: what this edition holds."""
        if not self.is_hr:
            return (
                "Hele samtalen, også det, I har skrevet »Kun mellem os«. Det skal ikke "
                "journaliseres: personalesagen får HR-udgaven."
            )
        if self.is_plan_only:
            return (
                "Udgave til personalesagen. Den bekræfter, at samtalen har fundet sted, og indeholder "
                "udviklingsplanen (aftalerne), medarbejderens bemærkning og underskrifterne. Samtalens "
                "øvrige indhold er fortroligt mellem medarbejder og leder."
            )
        return (
            "Udgave til personalesagen. Noterne »Kun mellem os« og de svar, som samtaleformen holder "
            "uden for personalesagen, er ikke med."
        )


def edition_of(conv: Conversation, edition: Edition) -> Conversation:
    """A copy of ``conv`` holding only what ``edition`` shows (the original is untouched).

    The HR edition is an allow-list: it starts empty and receives only the parts the
    declaration (:mod:`ishoj_mus.domain.shape`) gives to HR, each then cut to what the edition's
    form shows. A part declared later reaches HR only when its declaration says so."""
    if not edition.is_hr:
        return copy.deepcopy(conv)
    plan_only = edition.policy == HrPolicy.UDVIKLINGSPLAN
    clone = Conversation(form=_plan_form(conv.form) if plan_only else _referat_form(conv.form))
    for part in hr_parts(plan_only):
        if part.name != "form":
            value = copy.deepcopy(getattr(conv, part.name))
            cut = _CUTS.get(part.name)
            setattr(clone, part.name, value if cut is None else cut(clone.form, value))
    return clone


def _kept_fields(form: Form) -> set[str]:
    return {f.id for _, f in form.fields()}


def _by_field(form: Form, value: dict[str, Any]) -> dict[str, Any]:
    kept = _kept_fields(form)
    return {fid: v for fid, v in value.items() if fid in kept}


def _topics(form: Form, topics: list[OwnTopic]) -> list[OwnTopic]:
    steps = {step.id for step in form.steps}
    return [t for t in topics if t.step_id is None or t.step_id in steps]


def _marks(form: Form, marks: dict[str, Any]) -> dict[str, Any]:
    groups = {g for step in form.steps for g in step_behaviour_groups(form.framework, step.framework)}
    return {ref: m for ref, m in marks.items() if ref.partition(":")[0] in groups}


# How a part shown to HR is cut to the edition's form (a part not named here is shown whole).
_CUTS: dict[str, Callable[[Form, Any], Any]] = {
    "answers": _by_field,
    "scales": _by_field,
    "not_relevant": lambda form, ids: {fid for fid in ids if fid in _kept_fields(form)},
    "followups": lambda form, items: items if form.has_kind(FieldKind.FOLLOWUPS) else [],
    "agreements": lambda form, items: items if form.has_kind(FieldKind.AGREEMENTS) else [],
    "topics": _topics,
    "behaviour_marks": _marks,
}


def _cleared(step: Step, *texts: str) -> Step:
    """``step`` without these texts, in Danish and in English: an English text without its
    Danish one is refused when the attached conversation is read back (``verify``, opening)."""
    cleared: dict[str, Any] = dict.fromkeys(texts, "")
    return replace(step, **cleared, en=tuple((k, v) for k, v in step.en if k not in texts))


def _referat_form(form: Form) -> Form:
    steps = []
    for step in form.steps:
        if not step.hr:
            continue
        fields = tuple(f for f in step.fields if f.hr)
        if step.kind == StepKind.FIELDS and not fields:
            continue
        steps.append(_cleared(replace(step, fields=fields), "private_note_hint"))
    return replace(form, steps=tuple(steps))


def _plan_form(form: Form) -> Form:
    """Who, when and where; the agreements; the signatures. Nothing that was said."""
    steps = []
    for step in form.steps:
        if step.kind in (StepKind.PARTICIPANTS, StepKind.SIGNATURES):
            steps.append(_cleared(replace(step, fields=()), "private_note_hint"))
            continue
        agreements = tuple(f for f in step.fields if f.kind == FieldKind.AGREEMENTS)
        if agreements:
            steps.append(
                _cleared(replace(step, fields=agreements, framework=()), "intro", "help", "private_note_hint")
            )
    return replace(form, steps=tuple(steps))
