"""Preparing apart: one participant (or the leader) writes a few words to each topic card and
saves them in a file of their own, brought in with everyone else's at the start of the session."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.grus_form import GroupForm
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.file_names import safe_file_name
from ishoj_mus.storage.grus_preparation import save_preparation
from ishoj_mus.ui.grus.page_parts import plain_label
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import save_error_text
from ishoj_mus.ui.widgets.folders import start_folder
from ishoj_mus.ui.widgets.i18n import shown_form, tr


class PreparationDialog(QDialog):
    def __init__(self, form: GroupForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(tr("Forbered dig til GRUS"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(shown_form(form).preparation_intro))
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Dit navn"))
        top = QFormLayout()
        top.addRow(tr("Dit navn (som i samtalen)"), self.name)
        layout.addLayout(top)
        inner = QWidget()
        cards = QVBoxLayout(inner)
        self.answers: dict[str, QPlainTextEdit] = {}
        for s in shown_form(form).stations:
            heading = QLabel(f"<b>{escape(s.title)}</b><br>" + "<br>".join(escape(q) for q in s.questions))
            heading.setTextFormat(Qt.TextFormat.RichText)
            heading.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(s.title)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            cards.addWidget(heading)
            cards.addWidget(edit)
            self.answers[s.id] = edit
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Gem forberedelsen …"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def texts(self) -> dict[str, str]:
        return {sid: edit.toPlainText() for sid, edit in self.answers.items()}

    def save_to(self, path: Path) -> bool:
        try:
            save_preparation(path, self.form, self.name.text(), self.texts())
        except SaveError as exc:
            messages.warning(self, tr("Ikke gemt"), save_error_text(exc))
            return False
        return True

    def _save(self) -> None:
        if not self.name.text().strip():
            messages.information(self, tr("Navn mangler"), tr("Skriv dit navn, som det står i samtalen."))
            return
        # A name with »/« or »:« must not make the suggestion a path into a folder that is not there.
        suggestion = safe_file_name(f"GRUS_forberedelse_{'_'.join(self.name.text().split())}", ".grus")
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Gem forberedelsen"),
            str(Path(start_folder()) / suggestion),
            tr("Forberedelser (*.grus)"),
        )
        if name and self.save_to(Path(name)):
            self.accept()
