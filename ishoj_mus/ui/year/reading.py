"""Reading the leader's folder, in a worker thread. (One conversation from a file:
ui/year/loading.py.)"""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    Signal,
)

from ishoj_mus.storage.overview_scan import FolderMissing, scan
from ishoj_mus.ui.widgets.i18n import tr


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
