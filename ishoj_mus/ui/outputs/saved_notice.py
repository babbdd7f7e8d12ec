"""After a PDF is saved: say where it went, with a button that opens the folder.

A bar at the bottom of the window, not a dialog: it does not stop the conversation, and it
stays until it is closed or the next file is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.document import unsaved_conversation_text
from ishoj_mus.ui.widgets.i18n import tr


class SavedNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_folder = QPushButton(tr("Åbn mappen"))
        self.open_folder.setAccessibleName(tr("Åbn mappen med den gemte fil"))
        self.close_button = QPushButton(tr("Luk"))
        self.close_button.setAccessibleName(tr("Luk beskeden om den gemte fil"))
        row.addWidget(self.text, 1)
        row.addWidget(self.open_folder)
        row.addWidget(self.close_button)
        self.folder: Path | None = None
        self.open_folder.clicked.connect(self._open)
        self.close_button.clicked.connect(self.hide)

    def show_path(self, path: Path, conversation_unsaved: bool = False) -> None:
        self.folder = path.parent
        text = fill(tr("PDF'en er gemt som »%1« i mappen %2."), path.name, str(path.parent))
        if conversation_unsaved:  # walk F15: the PDFs are saved, the conversation itself is not
            text += " " + unsaved_conversation_text()
        self.text.setText(text)
        self.text.setAccessibleName(self.text.text())
        self.show()

    def _open(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def show_saved(window: QMainWindow, path: Path, conversation_unsaved: bool = False) -> SavedNotice:
    notice = window.findChild(SavedNotice)
    if notice is None:
        notice = SavedNotice(window)
        window.statusBar().addWidget(notice, 1)
    notice.show_path(Path(path), conversation_unsaved)
    return notice
