"""Reading the leader's folder: in a worker thread, and a conversation from a .mus file or a
summary PDF (a GRUS file: one participant's plan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Signal,
)

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage.overview_scan import FolderMissing, scan
from ishoj_mus.ui.widgets.i18n import tr


def load_any(path: str, participant: str | None = None) -> Conversation:
    """A whole conversation from a .mus file or a summary PDF. Raises MusFileError. From a group
    conversation (GRUS) file: ``participant``'s plan as their conversation."""
    # ishoj_mus.importing (≈25 ms: pdf.verdict, the group domain) loads when a conversation is
    # read (a follow-up, the years side by side), not when the overview opens.
    from ishoj_mus.importing import load_previous_checked

    return load_previous_checked(Path(path), participant=participant).conversation


class FolderScanner(QObject):
    """Reads the folder in a worker thread; the result comes back as a signal."""

    done = Signal(object, object)  # ScanResult | None, error message | None

    def __init__(self, folder: str):
        super().__init__()
        self.folder = folder

    def run(self) -> None:
        # pikepdf (≈0.25 s) loads here, in the reading thread: the overview shows at once, and only
        # the leader's year brings pikepdf into the window's process (pdf_light.md: "medium").
        from ishoj_mus.pdf.attached import read_summary_pdf

        try:
            result = scan(self.folder, read_summary_pdf)
        except FolderMissing:
            self.done.emit(
                None, tr("Mappen %1 findes ikke længere. Vælg en anden mappe.").replace("%1", self.folder)
            )
            return
        except Exception:  # noqa: BLE001 - the view must always come back with something
            self.done.emit(None, tr("Mappen kunne ikke læses. Prøv igen, eller vælg en anden mappe."))
            return
        self.done.emit(result, None)
