"""HR's desk: the details pane's text – everything the check says about one file."""

from __future__ import annotations

from ishoj_mus.pdf.hr_filing import BatchRow, FilingPlan
from ishoj_mus.text import fill, visible
from ishoj_mus.ui.hr.row_words import filing_text
from ishoj_mus.ui.hr.texts import detail_lines, filing_reason, verdict_hint, verdict_text
from ishoj_mus.ui.widgets.i18n import language, tr


def details_text(row: BatchRow, plans: list[FilingPlan]) -> str:
    """The file's path, its verdict, verify's own lines, the batch's versions, the filing data
    in the file and the filing plan, and the file's SHA-256."""
    r = row.result
    lines = [visible(str(row.checked.path)), verdict_text(r) + " – " + verdict_hint(r), ""]
    lines += detail_lines(r)  # verify's own lines, in the window's language
    plan = next((p for p in plans if p.row.checked is row.checked), None)
    if row.newer is not None:
        lines.append(
            fill(
                tr("Nyere version i bunken: version %1 i »%2«."),
                str(row.newer.result.version),
                visible(row.newer.path.name),
            )
        )
    if row.replaces is not None:
        lines.append(
            fill(
                tr("Erstatter version %1 i »%2«, som også er i bunken."),
                str(row.replaces.result.version),
                visible(row.replaces.path.name),
            )
        )
    if row.checked.filing:
        lines.append("")
        lines.append(tr("Journaliseringsdata i filen (XMP):"))
        for key, value in sorted(row.checked.filing.items()):
            lines.append(f"  {key}: {visible(value)}")
    if plan is not None:
        lines.append("")
        # Why not (as in Danish, in the window's language), else the name it is filed under;
        # neither: nothing after it (it ended in a bare dash, "No: cannot be read –", issue 25).
        reason = plan.reason if language() == "da" or not plan.reason else filing_reason(plan.reason, r)
        after = f": {reason}" if reason else f" – {plan.name}" if plan.name else ""
        lines.append(filing_text(plan) + after)
    if row.checked.sha256:
        lines.append(fill(tr("SHA-256 af filen: %1"), row.checked.sha256))
    return "\n".join(lines)
