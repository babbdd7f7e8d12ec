"""Making PDFs from the window: in a worker thread, with visible progress, never freezing."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.ui.i18n import tr


class _Worker(QObject):
    progress = Signal(int, str)
    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(self, job):
        super().__init__()
        self.job = job

    def run(self):
        try:
            self.finished.emit(self.job(lambda pct, text: self.progress.emit(pct, text)))
        except Exception as exc:  # noqa: BLE001 – shown to the user as a message, never a traceback
            from ishoj_mus.pdf.signing import SigningError
            from ishoj_mus.storage.atomic import SaveError

            if isinstance(exc, (SigningError, SaveError)):
                self.failed.emit(str(exc))
            else:
                self.failed.emit(
                    tr("PDF'en kunne ikke laves (%1). Prøv igen; intet er gået tabt.").replace(
                        "%1", type(exc).__name__
                    )
                )


class PdfRunner(QObject):
    """Runs one PDF job at a time in a thread, with a progress dialog on top of ``parent``.

    The worker's signals arrive at this object's own slots, so they run in the GUI thread.
    """

    def __init__(self, parent):
        super().__init__(parent)
        self.parent_widget = parent
        self.thread: QThread | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._title = ""
        self._on_done = None

    def run(self, title: str, job, on_done) -> None:
        if self.thread is not None:
            return
        dialog = QProgressDialog(tr("Forbereder …"), "", 0, 100, self.parent_widget)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setValue(1)
        self._dialog, self._title, self._on_done = dialog, title, on_done
        thread = QThread(self)
        worker = _Worker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.thread = thread
        thread.start()

    def _progress(self, percent: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setLabelText(text)
            self._dialog.setValue(max(1, percent))

    def _finished(self, data: bytes) -> None:
        on_done = self._on_done
        self._stop()
        on_done(data)

    def _failed(self, message: str) -> None:
        title = self._title
        self._stop()
        QMessageBox.warning(self.parent_widget, title, message)

    def _stop(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
        self.thread = None
        self._worker = None
        self._on_done = None

    def busy(self) -> bool:
        return self.thread is not None


def signing_material(parent, settings):
    """The organisation's certificate when configured (passphrase asked, never stored)."""
    if not settings.pkcs12_path:
        return None
    from ishoj_mus.pdf.signing import SigningError, organisation_key_material

    passphrase, ok = QInputDialog.getText(
        parent,
        tr("Organisationens certifikat"),
        tr("Adgangskode til %1:").replace("%1", Path(settings.pkcs12_path).name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    try:
        return organisation_key_material(Path(settings.pkcs12_path), passphrase)
    except SigningError as exc:
        QMessageBox.warning(parent, tr("Certifikatet kunne ikke bruges"), str(exc) + " " + tr("Prøv igen."))
        return False


def summary_job(conv, material, edition=None):
    """``edition``: the HR edition by policy when None, or ``Edition.employee_copy()``."""
    snapshot = copy.deepcopy(conv)  # the worker never sees later edits

    def job(progress):
        from ishoj_mus.pdf.pipeline import summary_pdf

        return summary_pdf(snapshot, material, progress, edition)

    return job


class PdfPreview(QDialog):
    """A preview of the PDF inside the program: its pages rendered by PDFium, in a scroll area."""

    def __init__(self, data: bytes, title: str, parent=None):
        super().__init__(parent)
        import pypdfium2

        self.setWindowTitle(title)
        self.resize(860, 900)
        layout = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Forhåndsvisning af PDF"))
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        document = pypdfium2.PdfDocument(data)
        self.pages: list[QLabel] = []
        try:
            ratio = self.devicePixelRatioF()
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=1.25 * ratio)
                raw = bitmap.buffer
                width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                qimage = QImage(
                    bytes(raw),
                    width,
                    height,
                    stride,
                    QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_BGRA8888,
                )
                pixmap = QPixmap.fromImage(qimage)
                pixmap.setDevicePixelRatio(ratio)
                label = QLabel()
                label.setPixmap(pixmap)
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label.setAccessibleName(
                    tr("Side %1 af %2").replace("%1", str(index + 1)).replace("%2", str(len(document)))
                )
                column.addWidget(label)
                self.pages.append(label)
                page.close()
        finally:
            document.close()
        scroll.setWidget(pages)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Luk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return len(self.pages)
