"""HR's desk: the words of a row's cells (file counts, moments, dates, newer version, filing)."""

from __future__ import annotations

import datetime as dt

from ishoj_mus.pdf.batch import CheckedFile
from ishoj_mus.pdf.hr_filing import BatchRow, Decision, FilingPlan
from ishoj_mus.pdf.verify_result import Judgement, Paper
from ishoj_mus.pdf.verify_words import Reason
from ishoj_mus.text import fill, visible
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
    if plan.row.result.edition in (Paper.EMPLOYEE_COPY, Paper.GRUS_COPY):
        return tr("Nej: medarbejderens eksemplar")
    if plan.row.result.edition == Paper.GRUS_REFERAT:
        return tr("Nej: gruppens referat")
    if plan.row.newer is not None:
        return tr("Nej: nyere version i bunken")
    if plan.row.duplicate_of is not None:
        return tr("Nej: samme fil som en anden")
    if plan.code in (Reason.FILE_NAME_TAKEN, Reason.FILE_NAME_TAKEN_COPY):
        return tr("Nej: findes allerede i mappen")
    verdict = plan.row.result.verdict
    if verdict == Judgement.UBEKRAEFTET:
        return tr("Nej: UBEKRÆFTET")
    if verdict == Judgement.AENDRET:
        return tr("Nej: ændret efter underskrivningen")
    if verdict == Judgement.ULAESELIG:
        return tr("Nej: kan ikke læses")
    return tr("Nej: ikke et underskrevet referat")
