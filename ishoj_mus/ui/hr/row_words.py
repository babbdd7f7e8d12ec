"""HR's desk: the words of a row's cells (file counts, moments, dates, newer version, filing)."""

from __future__ import annotations

import datetime as dt

from ishoj_mus.pdf.batch import CheckedFile
from ishoj_mus.pdf.hr_filing import BatchRow, Decision, FilingPlan
from ishoj_mus.pdf.verify_result import Judgement
from ishoj_mus.text import fill, visible
from ishoj_mus.ui.hr.texts import not_filed_text
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.moments import format_moment


def file_count(n: int) -> str:
    return tr("1 fil") if n == 1 else fill(tr("%1 filer"), str(n))


def when(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return format_moment(dt.datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return visible(iso)


def date_text(checked: CheckedFile) -> str:
    raw = checked.facts.get("date") or checked.filing.get("conversationDate", "")
    try:
        return dt.date.fromisoformat(raw).strftime("%d.%m.%Y") if raw else ""
    except ValueError:
        return visible(raw)


def newer_text(batch_row: BatchRow) -> str:
    if batch_row.newer is not None:
        return fill(
            tr("Ja: version %1 i »%2«"),
            str(batch_row.newer.result.version),
            visible(batch_row.newer.path.name),
        )
    r = batch_row.result
    return tr("Nej") if r.intact and r.version is not None else ""


def filing_text(plan: FilingPlan | None) -> str:
    if plan is None:
        return ""
    if plan.decision == Decision.FILE:
        if plan.row.result.verdict == Judgement.UBEKRAEFTET:
            return tr("Kun hvis du vælger det")
        if plan.metadata.get("filed_as"):
            return fill(tr("Journaliseret som %1"), plan.name)
        return tr("Kan journaliseres")
    return not_filed_text(plan.code)
