"""``ishoj-mus overview`` and ``due``: the leader's year on the command line (``calendar`` is
``ishoj_mus.cli_calendar``'s).

Bad files are listed with their reason and never make the exit status non-zero on their own;
a missing folder is one line and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ishoj_mus.cli_commands import CliError
from ishoj_mus.domain.overview import (
    UNREADABLE_FOLDER,
    DueItem,
    EmployeeRow,
    FileEntry,
    Overview,
    build_overview,
    due_items,
    shown_path,
)
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage.overview_scan import FolderMissing, scan
from ishoj_mus.text import DATE_KIND_TEXT, OVERVIEW_STATE_TEXT, Phrase, phrase, responsible_text


def _fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "–"


def scan_folder(folder: Path, today: date) -> tuple[Overview, Path]:
    try:
        result = scan(folder, read_summary_pdf)
    except FolderMissing as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    return build_overview(result.entries, today), Path(folder).expanduser().resolve()


def _rel(path: str, root: Path) -> str:
    """The path below the folder, as text (a name that is not UTF-8 shows U+FFFD: the JSON stays
    valid and the terminal gets no encoding error)."""
    try:
        return shown_path(str(Path(path).relative_to(root)))
    except ValueError:
        return shown_path(path)


def _write(text: str) -> None:
    """Out as text: a file name that is not UTF-8 (in a path or inside a reason) shows U+FFFD."""
    sys.stdout.write(shown_path(text))


def _files(problems: tuple[FileEntry, ...]) -> tuple[FileEntry, ...]:
    return tuple(p for p in problems if p.problem_code != UNREADABLE_FOLDER)


def _flags(row: EmployeeRow) -> list[str]:
    flags = []
    if row.overdue:
        flags.append(f"{len(row.overdue)} overskredet")
    if row.stale:
        flags.append(phrase(Phrase.STALE))
    return flags


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for r in [header, ["-" * w for w in widths], *rows]:
        lines.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _clean(text: str, limit: int = 40) -> str:
    """One line, printable, and not wider than ``limit`` for the table."""
    text = "".join(ch if ch.isprintable() else " " for ch in " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _problems_text(problems: tuple[FileEntry, ...], root: Path) -> str:
    lines = []
    folders = [p for p in problems if p.problem_code == UNREADABLE_FOLDER]
    if folders:
        lines.append(
            f"\nMapper, der ikke kunne læses ({len(folders)}) – samtalerne i dem er ikke med. Bed om "
            "adgang, eller flyt samtalerne:"
        )
        lines += [
            f"  {_clean(_rel(p.path, root) if p.path != str(root) else str(root), 80)}" for p in folders
        ]
    files = _files(problems)
    if files:
        lines.append(f"\n{phrase(Phrase.UNREADABLE_FILES)} ({len(files)}):")
        for p in files:
            lines.append(f"  {_clean(_rel(p.path, root), 80)}: {p.problem}")
    return "\n".join(lines)


def overview_text(ov: Overview, root: Path) -> str:
    header = [
        "Medarbejder",
        "Seneste samtale",
        "Status",
        "Aftaler",
        "Næste frist",
        "Næste opfølgning",
        "Bemærk",
    ]
    rows = []
    for r in ov.rows:
        latest = r.latest.record
        state = OVERVIEW_STATE_TEXT[latest.state]
        if r.latest.source.kind.value == "pdf":
            state += " (PDF)"
        rows.append(
            [
                _clean(r.name or phrase(Phrase.NO_NAME), 30),
                _fmt(latest.date),
                state,
                str(r.agreement_count),
                _fmt(r.next_deadline),
                _fmt(r.next_follow_up),
                ", ".join(_flags(r)),
            ]
        )
    out = [
        f"Samtaler i {shown_path(str(root))} pr. {_fmt(ov.today)} – medarbejdere: {len(ov.rows)}, filer: {ov.file_count}."
    ]
    if rows:
        out.append(_table(header, rows))
    else:
        out.append("Der er ingen samtaler i mappen.")
    out.append(_problems_text(ov.problems, root))
    return "\n".join(x for x in out if x) + "\n"


def _agreement_json(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "what": a.what,
        "responsible": a.responsible.value if a.responsible else None,
        "deadline": a.deadline.isoformat() if a.deadline else None,
        "follow_up": a.follow_up.isoformat() if a.follow_up else None,
    }


def overview_json(ov: Overview, root: Path) -> dict[str, Any]:
    employees = []
    for r in ov.rows:
        latest = r.latest.record
        employees.append(
            {
                "name": r.name,
                "employee_number": r.employee.employee_number,
                "job_title": r.employee.job_title,
                "workplace": r.employee.workplace,
                "last_conversation": latest.date.isoformat() if latest.date else None,
                "state": latest.state.value,
                "form": latest.form_id,
                "agreements": r.agreement_count,
                "next_deadline": r.next_deadline.isoformat() if r.next_deadline else None,
                "next_follow_up": r.next_follow_up.isoformat() if r.next_follow_up else None,
                "overdue": [_agreement_json(o.agreement) for o in r.overdue],
                "no_conversation_in_12_months": r.stale,
                "conversations": [
                    {
                        "id": c.record.id,
                        "date": c.record.date.isoformat() if c.record.date else None,
                        "state": c.record.state.value,
                        "form": c.record.form_id,
                        "files": [_rel(p, root) for p in c.paths],
                        "pdf_signatures": c.source.pdf_signatures,
                    }
                    for c in r.conversations
                ],
            }
        )
    return {
        "folder": shown_path(str(root)),
        "today": ov.today.isoformat(),
        "files": ov.file_count,
        "employees": employees,
        "problems": [
            {"file": _rel(p.path, root), "reason": p.problem, "code": p.problem_code}
            for p in _files(ov.problems)
        ],
        "unreadable_folders": [
            {"folder": _rel(p.path, root), "reason": p.problem} for p in ov.unreadable_folders
        ],
    }


def due_text(items: list[DueItem], start: date, end: date) -> str:
    if not items:
        return f"Ingen aftaler har frist eller opfølgning fra {_fmt(start)} til {_fmt(end)}.\n"
    header = ["Dato", "Hvad", "Medarbejder", "Aftale", "Ansvarlig"]
    rows = [
        [
            _fmt(d.when) + (" !" if d.overdue and d.kind.value == "deadline" else ""),
            DATE_KIND_TEXT[d.kind],
            _clean(d.employee_name or phrase(Phrase.NO_NAME), 30),
            _clean(d.agreement.what, 50),
            responsible_text(d.responsible).lower() if d.responsible else phrase(Phrase.NOT_CHOSEN),
        ]
        for d in items
    ]
    return f"Frister og opfølgninger fra {_fmt(start)} til {_fmt(end)}:\n" + _table(header, rows) + "\n"


def run(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    if args.command == "overview":
        ov, root = scan_folder(args.folder, today)
        if args.json:
            _write(json.dumps(overview_json(ov, root), ensure_ascii=False, indent=1) + "\n")
        else:
            _write(overview_text(ov, root))
        return 0
    if args.command == "due":
        start = args.start or today
        end = args.end or start + timedelta(days=90)
        if end < start:
            raise CliError("ishoj-mus: slutdatoen ligger før startdatoen. Byt om på --from og --to.")
        ov, root = scan_folder(args.folder, today)
        items = due_items(ov, start, end)
        if args.json:
            doc = [
                {
                    "date": d.when.isoformat(),
                    "kind": d.kind.value,
                    "employee": d.employee_name,
                    "agreement": _agreement_json(d.agreement),
                    "responsible": d.responsible.value if d.responsible else None,
                    "overdue": d.overdue,
                    "file": _rel(d.item.source.path, root),
                }
                for d in items
            ]
            _write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        else:
            _write(due_text(items, start, end))
            if ov.problems:
                _write(
                    f"(Filer eller mapper, der ikke kunne læses: {len(ov.problems)} – se 'ishoj-mus overview'.)\n"
                )
        return 0
    raise CliError(f"ishoj-mus: ukendt kommando {args.command}")
