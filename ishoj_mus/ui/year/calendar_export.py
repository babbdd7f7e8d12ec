"""The agreements' dates as a calendar file (.ics), from the leader's overview or from one
conversation in the window.

A room of its own (the start-up seam's "calendar"): it writes the file with icalendar (≈40 ms and
≈140 modules to import), which neither the overview nor the conversation needs until a calendar
is exported.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ishoj_mus.domain.calendar_events import CalendarEvent, calendar_events_for_conversation
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.pdf.files import document_prefix, summary_stem
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.calendar_file import write_calendar
from ishoj_mus.storage.file_names import safe_file_name
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import save_error_text
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.save_path import ask_save_path, free_suggestion


def save_calendar(parent: QWidget, events: list[CalendarEvent], suggestion: str, folder: str = "") -> None:
    """Ask where, write the .ics, and say what is in it."""
    if not events:
        messages.information(
            parent,
            tr("Ingen datoer"),
            tr("Ingen åbne aftaler har en frist eller en opfølgningsdato, så der er intet at eksportere."),
        )
        return
    # never over a signed referat unasked (nor over anything else)
    chosen = ask_save_path(
        parent,
        tr("Eksportér kalender"),
        free_suggestion(folder, suggestion),
        tr("Kalenderfil (*.ics)"),
        ".ics",
    )
    if chosen is None:
        return
    path = chosen
    try:
        count = write_calendar(events, path)
    except SaveError as exc:
        messages.warning(parent, tr("Kalenderen blev ikke gemt"), save_error_text(exc))
        return
    messages.information(
        parent,
        tr("Kalenderen er gemt"),
        fill(
            tr(
                "Kalenderen er gemt i %2 med 1 dato. Importér filen i jeres kalender (fx Outlook). Datoen har en "
                "påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. "
                "Eksporterer I igen senere, bliver datoen opdateret i stedet for at komme to gange."
            )
            if count == 1
            else tr(
                "Kalenderen er gemt i %2 med %1 datoer. Importér filen i jeres kalender (fx Outlook). Hver dato har en "
                "påmindelse dagen før. Filen indeholder kun medarbejderens navn og aftalens korte tekst. "
                "Eksporterer I igen senere, bliver datoerne opdateret i stedet for at komme to gange."
            ),
            str(count),
            str(path),
        ),
    )


def export_conversation_calendar(parent: QWidget, conv: Conversation, folder: str) -> None:
    """One conversation's agreements as a calendar file, "Aftaler_<date>_<name>.ics" (at most
    228 bytes, whatever the name), suggested in ``folder``."""
    name = safe_file_name(summary_stem(conv).replace(document_prefix(conv), "Aftaler", 1), ".ics")
    save_calendar(parent, calendar_events_for_conversation(conv), name, folder)
