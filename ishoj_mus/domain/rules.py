"""What the conversation finds missing or worth a second look (``Missing``, ``Notice``): records
of codes, which the CLI, the PDFs and the window word (the domain says no sentences). The codes,
and the refusals that carry them, are in :mod:`ishoj_mus.domain.codes`."""

from __future__ import annotations

from dataclasses import dataclass

from ishoj_mus.domain.codes import MissingCode, Voice

AGREEMENT_PART_CODES = {
    "what": MissingCode.AGREEMENT_WHAT,
    "responsible": MissingCode.AGREEMENT_RESPONSIBLE,
    "deadline": MissingCode.AGREEMENT_DEADLINE,
}


@dataclass(frozen=True)
class Missing:
    """A required answer that is not there yet, and where to find it.

    ``code`` says what is missing; ``label`` is the form's wording of the question (for
    ``ANSWER``) or the agreement a follow-up status is missing for; else "".
    """

    step_id: str
    step_title: str
    field_id: str | None
    voice: Voice | None
    label: str
    item: int | None = None  # the agreement's index, when the gap is in an agreement
    code: MissingCode = MissingCode.ANSWER


@dataclass(frozen=True)
class Notice:
    """Something worth a second look that does not block signing (a code, not a sentence)."""

    code: str  # "deadline_before_date" | "follow_up_before_date"
    step_id: str
    field_id: str
    item: int  # the agreement's index
