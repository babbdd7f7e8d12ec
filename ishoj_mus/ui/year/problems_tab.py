"""The overview's tab "Filer, der ikke kunne læses": which files were not read, and why."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ishoj_mus.domain.overview import UNREADABLE_FOLDER, Overview, shown_path
from ishoj_mus.text import Phrase, phrase
from ishoj_mus.ui.widgets.file_words import file_problem_text
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.year.tables import make_table


class ProblemsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        explain = QLabel(
            tr(
                "Disse filer i mappen kunne ikke læses som samtaler. De er ikke ændret. "
                "Her står hvorfor, og hvad I kan gøre."
            )
        )
        explain.setWordWrap(True)
        lay.addWidget(explain)
        self.problem_model = QStandardItemModel(0, 2, self)
        self.problem_model.setHorizontalHeaderLabels([tr("Fil"), tr("Hvorfor")])
        self.problem_table = make_table(phrase(Phrase.UNREADABLE_FILES, tr))
        self.problem_table.setModel(self.problem_model)
        self.problem_table.setWordWrap(True)
        header = self.problem_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.problem_table.resizeRowsToContents())
        lay.addWidget(self.problem_table, 1)

    def fill(self, overview: Overview | None, folder: str) -> int:
        """The unreadable files of ``overview``; returns how many."""
        self.problem_model.setRowCount(0)
        problems = overview.problems if overview else ()
        root = Path(folder) if folder else None
        for p in problems:
            shown = p.path
            if root is not None:
                try:
                    shown = str(Path(p.path).relative_to(root.resolve()))
                except ValueError:
                    pass
            if p.problem_code == UNREADABLE_FOLDER:
                shown = (shown if shown != "." else p.path) + os.sep
            name = QStandardItem(shown_path(shown))  # a name that is not UTF-8 shows U+FFFD
            name.setToolTip(shown_path(p.path))
            text = shown_path(file_problem_text(p))
            reason = QStandardItem(text)
            reason.setToolTip(text)
            self.problem_model.appendRow([name, reason])
        self.problem_table.resizeColumnToContents(0)
        self.problem_table.resizeRowsToContents()
        return len(problems)
