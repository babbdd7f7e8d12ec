"""The PDF's progress texts come from the PDF side in Danish; an English window shows them in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from ishoj_mus.ui.outputs.pdf_actions import PdfRunner
from ishoj_mus.ui.widgets import i18n


def test_an_english_window_shows_the_pdf_progress_in_english(qtbot):
    i18n.install(QCoreApplication.instance(), "en")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        runner = PdfRunner(parent)
        runner._dialog = QProgressDialog(parent)
        shown = []
        for percent, text in [(5, "Henter certifikat …"), (45, "Gør PDF'en arkivbestandig (PDF/A-3b) …"),
                              (70, "Signerer digitalt …"), (100, "Færdig")]:  # fmt: skip
            runner._progress(percent, text)
            shown.append(runner._dialog.labelText())
        assert shown == [
            "Fetching the certificate …",
            "Making the PDF fit for archiving (PDF/A-3b) …",
            "Signing digitally …",
            "Done",
        ]
        runner._dialog = None
    finally:
        i18n.install(QCoreApplication.instance(), "da")
