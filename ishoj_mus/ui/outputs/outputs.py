"""The window's outputs: the PDFs it makes from the open conversation (the HR edition, the
employee's copy, the development plan, the preparation sheet), the preview and printing.

Each flow asks what it must (the organisation's HR policy, a file name, the signing key),
runs the PDF work through the :class:`PdfRunner` (never in the GUI thread) and writes the
result. The window only routes its menu actions here; the conversation comes from the
window's current :class:`ConversationDocument`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ishoj_mus.domain.edition import Edition
from ishoj_mus.pdf.files import default_edition_name, default_plan_name, default_sheet_name, write_pdf
from ishoj_mus.pdf.worker import Job
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.form_files import default_form
from ishoj_mus.ui.outputs.certificate import signing_material
from ishoj_mus.ui.outputs.hr_outputs import hr_edition_or_message
from ishoj_mus.ui.outputs.pdf_actions import PdfRunner, plan_job, sheet_job, summary_job
from ishoj_mus.ui.outputs.saved_notice import show_saved
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import save_error_text
from ishoj_mus.ui.widgets.folders import remember, start_folder
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.save_path import ask_save_path, free_suggestion

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument
    from ishoj_mus.ui.outputs.certificate import OpenCertificate


class Outputs(QObject):
    """PDF outputs of the open conversation; ``window`` is the dialogs' parent and knows the
    current document (``window.document``) and the settings. ``runner`` is the window's PDF
    runner (its worker is warmed while people talk, before anyone asks for a PDF)."""

    def __init__(
        self, window: QMainWindow, settings: Settings, runner: PdfRunner, open_certificate: OpenCertificate
    ):
        super().__init__(window)
        self.window, self.settings, self.runner = window, settings, runner
        self.open_certificate = (
            open_certificate  # an organisation's certificate (ui/outputs/organisation_key)
        )
        self.preview: QDialog | None = None  # the last preview shown (ui/outputs/print_support.py)
        self.last_pdf: Path | None = None

    @property
    def document(self) -> ConversationDocument | None:
        return getattr(self.window, "document", None)

    def conversation(self) -> Conversation | None:
        """The open conversation, unless a PDF is being made already."""
        if self.document is None or self.runner.busy():
            return None
        return self.document.conversation

    def pdf_folder(self) -> str:
        path = self.document.path if self.document is not None else None
        return start_folder(
            self.settings.pdf_folder,
            path.parent if path else None,
            self.settings.last_folder,
            self.settings.default_folder,
        )

    # -- the HR edition: save (its preview and printing: ui/outputs/print_support.py) ---------
    def hr_edition_job(self, conv: Conversation) -> Job[bytes] | None:
        """The HR edition's job (signed when the conversation is); None after saying why not."""
        edition = hr_edition_or_message(self.window)
        if edition is None:
            return None
        material = (
            signing_material(
                self.window, self.settings, conv.leader.name, open_certificate=self.open_certificate
            )
            if conv.is_fully_signed
            else None
        )
        if material is False:
            return None
        return summary_job(conv, material, edition)

    def save_pdf(self) -> None:
        """The HR edition, by the organisation's policy, for the personnel file."""
        if self.conversation() is None:
            return
        edition = hr_edition_or_message(self.window)
        if edition is not None:
            self._save_edition(edition, tr("Gem HR-udgaven til personalesagen"))

    def save_employee_copy(self) -> None:
        """Everything, private notes included: the employee's own copy, not for filing."""
        if self.conversation() is not None:
            self._save_edition(Edition.employee_copy(), tr("Gem medarbejderens eksemplar"))

    def _save_edition(self, edition: Edition, title: str) -> None:
        if self.document is None:
            return
        conv = self.document.conversation
        if not conv.is_fully_signed:
            answer = messages.question(
                self.window,
                tr("Ikke underskrevet"),
                tr("Samtalen er ikke underskrevet af begge. PDF'en bliver et UDKAST. Vil du fortsætte?"),
                default=QMessageBox.StandardButton.No,  # Enter must not make the draft (walk F12)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = self._ask_pdf_path(title, default_edition_name(conv, edition))
        if path is None:
            return
        material = (
            signing_material(
                self.window, self.settings, conv.leader.name, open_certificate=self.open_certificate
            )
            if conv.is_fully_signed
            else None
        )
        if material is False:
            return
        self.runner.run(
            title, summary_job(conv, material, edition), lambda data: self.write_pdf(Path(path), data)
        )

    def _ask_pdf_path(self, title: str, name: str) -> Path | None:
        """A free suggestion; a signed referat is replaced only when the person says so, and is
        kept beside it."""
        return ask_save_path(
            self.window, title, free_suggestion(self.pdf_folder(), name), tr("PDF (*.pdf)"), ".pdf"
        )

    def write_pdf(self, path: Path, data: bytes) -> None:
        try:
            write_pdf(data, path)
        except SaveError as exc:
            messages.warning(self.window, tr("PDF'en blev ikke gemt"), save_error_text(exc))
            return
        self.last_pdf = path
        remember(self.settings, path)
        self.settings.save()
        doc = self.document
        show_saved(self.window, path, doc is not None and (doc.path is None or doc.is_modified()))

    # -- the plan and the preparation sheet ---------------------------------------------
    def save_plan(self) -> None:
        conv = self.conversation()
        if conv is None:
            return
        title = tr("Gem udviklingsplan")
        path = self._ask_pdf_path(title, default_plan_name(conv))
        if path is not None:
            self.runner.run(title, plan_job(conv), lambda d: self.write_pdf(Path(path), d))

    def save_sheet(self) -> None:
        """The preparation sheet of the open conversation's form (else the default form)."""
        if self.runner.busy():
            return
        form = self.document.conversation.form if self.document is not None else default_form()
        path = self._ask_pdf_path(tr("Gem forberedelsesark"), default_sheet_name(form))
        if path is None:
            return

        def done(data: bytes) -> None:
            self.write_pdf(Path(path), data)
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))  # print from the PDF viewer

        self.runner.run(tr("Forberedelsesark"), sheet_job(form), done)
