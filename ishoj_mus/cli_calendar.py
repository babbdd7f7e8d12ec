"""``ishoj-mus calendar SOURCE -o FILE.ics``: the agreements' dates as a calendar file (Outlook
…), from a folder, a conversation or a referat (PDF). icalendar is imported by this command only;
reading a folder (its referater through pikepdf) only for a folder (``cli_commands.SCAN_FOLDER``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ishoj_mus import cli_commands
from ishoj_mus.cli_commands import CliError
from ishoj_mus.cli_output import check_output
from ishoj_mus.domain.calendar_events import calendar_events_for_conversation, calendar_events_for_overview
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.overview import ConversationRecord, FileEntry, Overview, SourceKind, build_overview
from ishoj_mus.importing import ImportRefused, load_previous
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.calendar_file import write_calendar
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.grus_head import peek_is_group_file
from ishoj_mus.text import Phrase, phrase


def run(args: argparse.Namespace) -> int:
    output: Path = args.output  # written as NAME.ics (the suffix is added when missing)
    if output.suffix.lower() != ".ics":
        output = output.with_name(output.name + ".ics")
    check_output(args.command, output)
    today = args.today or date.today()
    source: Path = args.source
    problems = 0
    if source.is_dir():
        ov: Overview = cli_commands.load(cli_commands.SCAN_FOLDER)(source, today)[0]
        events = calendar_events_for_overview(ov)
        problems = len(ov.problems)
    elif source.exists() and peek_is_group_file(source):  # a GRUS: every participant, group agreements once
        events = calendar_events_for_overview(_group_overview(source, today))
    elif source.exists():
        events = calendar_events_for_conversation(_load_any(source))
    else:
        raise CliError(
            f"ishoj-mus: {source} findes ikke. Angiv en mappe, en .mus-fil eller et referat (PDF)."
        )
    try:
        count = write_calendar(events, output)
    except SaveError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    if count:
        print(
            f"Kalenderen er skrevet til {output} (datoer: {count}). Importér filen i din kalender (fx Outlook)."
        )
    else:
        print(f"Der er ingen datoer at eksportere; {output} er skrevet uden aftaler.")
    if problems:
        print(f"({phrase(Phrase.UNREADABLE_FILES)}: {problems} – se 'ishoj-mus overview'.)")
    return 0


def _group_overview(path: Path, today: date) -> Overview:
    """A group conversation file as the overview sees it: each participant's conversation."""
    try:
        g = grus_file.load(path)
    except MusFileError as exc:
        raise CliError(f"ishoj-mus: {exc.message}") from None
    entries = [
        FileEntry(str(path), SourceKind.MUS, ConversationRecord.from_conversation(c))
        for c in grus_file.participant_conversations(g)
    ]
    return build_overview(entries, today)


def _load_any(path: Path) -> Conversation:
    """A conversation from a .mus file or from a summary PDF's attached data."""
    try:
        return load_previous(path)
    except (MusFileError, ImportRefused) as exc:  # ImportRefused: a changed or unsigned PDF
        raise CliError(f"ishoj-mus: {exc.message}") from None
