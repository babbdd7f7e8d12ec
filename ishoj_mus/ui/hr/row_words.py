"""HR's desk: the words of a row's cells (file counts, moments, dates, newer version, filing)."""

from __future__ import annotations

import datetime as dt

from ishoj_mus.pdf.batch import CheckedFile
from ishoj_mus.pdf.hr_filing import BatchRow, Decision, FilingPlan
from ishoj_mus.pdf.verify_result import Judgement
from ishoj_mus.text import fill, visible
from ishoj_mus.ui.hr.texts import not_filed_text, paper_text, verdict_text
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


def row_cells(batch_row: BatchRow, plan: FilingPlan | None) -> dict[str, str]:
    """What each column of HR's table says of a checked file (by column key)."""
    r = batch_row.result
    signer = r.leader_signer
    stamp = next((t for t in r.timestamps if t.trusted), r.timestamps[0] if r.timestamps else None)
    version = ""
    if r.version is not None:
        version = str(r.version)
        if r.replaces_signed_at:
            version = fill(
                tr("%1 (erstatter %2, underskrevet %3)"),
                str(r.version),
                str(r.version - 1),
                when(r.replaces_signed_at),
            )
    is_leader = ""
    if signer is not None:
        is_leader = tr("Ja") if signer.is_leader else tr("NEJ")
    if r.verdict == Judgement.AENDRET:
        is_leader = "–"  # a changed file's signer is not judged
    return {
        "verdict": verdict_text(r),
        "paper": paper_text(r.edition),
        "employee": r.employee or "",
        "filing": filing_text(plan),
        "leader": r.leader or "",
        "date": date_text(batch_row.checked),
        "signer": signer.name if signer else "",
        "is_leader": is_leader,
        "version": version,
        "newer": newer_text(batch_row),
        "timestamp": fill(tr("%1 fra %2"), when(stamp.at), stamp.authority) if stamp else "",
        "file": visible(batch_row.checked.path.name),
    }
