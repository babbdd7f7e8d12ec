"""Reading the leader's folder, in a worker thread. (One conversation from a file:
ui/year/loading.py.)

A summary PDF's attached data is read with ``read_pdf``, handed in: pdf.attached needs pikepdf
(≈0.25 s), which the window loads through the start-up seam in this thread, and only when the
folder holds a PDF.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QObject,
    Signal,
)

from ishoj_mus.storage.overview_scan import FolderMissing, PdfReader, scan
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr


class FolderScanner(QObject):
    """Reads the folder in a worker thread; the result comes back as a signal."""

    done = Signal(object, object)  # ScanResult | None, error message | None

    def __init__(self, folder: str, read_pdf: PdfReader):
        super().__init__()
        self.folder, self.read_pdf = folder, read_pdf

    def run(self) -> None:
        try:
            result = scan(self.folder, self.read_pdf)
        except FolderMissing:
            self.done.emit(None, fill(tr("Mappen %1 findes ikke længere. Vælg en anden mappe."), self.folder))
            return
        except Exception:  # noqa: BLE001 - the view must always come back with something
            self.done.emit(None, tr("Mappen kunne ikke læses. Prøv igen, eller vælg en anden mappe."))
            return
        self.done.emit(result, None)
