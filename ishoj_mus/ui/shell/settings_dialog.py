"""Per-user settings: language, folders, the organisation's signing certificate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.storage.settings import SETTINGS, Settings, setting
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import language, tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text
from ishoj_mus.ui.widgets.wheel_guard import guard


class _PathRow(QWidget):
    """A path in a line edit with a "Vælg …" button beside it."""

    edit: QLineEdit


class SettingsDialog(QDialog):
    """One row per declared setting of kind choice, folder or file (storage.settings.SETTINGS)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Indstillinger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        labels = {
            "language": tr("Sprog"),
            "zoom": tr("Tekststørrelse"),
            "default_folder": tr("Mappe til samtaler"),
            "pdf_folder": tr("Mappe til PDF'er"),
            "pkcs12_path": tr("Organisationens certifikat (PKCS#12)"),
        }
        shown = {"da": "Dansk", "en": "English"}
        self.rows: dict[str, QComboBox | _PathRow] = {}
        for spec in SETTINGS:
            # The language the window uses (``--lang`` may differ from the saved choice).
            value = language() if spec.name == "language" else getattr(settings, spec.name)
            if spec.kind == "choice":
                box = QComboBox()
                guard(box)
                for choice in spec.choices:
                    box.addItem(
                        shown.get(str(choice), f"{choice} %" if spec.name == "zoom" else str(choice)), choice
                    )
                box.setCurrentIndex(max(0, box.findData(value)))
                row: QComboBox | _PathRow = box
            elif spec.kind in ("folder", "file"):
                row = self._path_row(str(value), folder=spec.kind == "folder")
            else:
                continue  # kept by the program itself
            row.setAccessibleName(labels.get(spec.name, spec.name))
            form.addRow(labels.get(spec.name, spec.name), row)
            self.rows[spec.name] = row
            if spec.name == "language":
                # OK saves a language only when one is chosen in the list: after ``--lang en`` it
                # saved English as the choice for every start although nobody chose it (walk).
                self.language_chosen = False
                if isinstance(row, QComboBox):
                    row.activated.connect(self._language_chosen)
                self.language_note = QLabel(self._language_text())
                self.language_note.setWordWrap(True)
                row.setAccessibleDescription(self.language_note.text())
                form.addRow("", self.language_note)
        layout.addLayout(form)
        pkcs12 = self.rows["pkcs12_path"]
        assert isinstance(pkcs12, _PathRow)
        self.pkcs12 = pkcs12  # the profile's certificate shows as its placeholder
        note = QLabel(
            tr(
                "Uden organisationens certifikat signeres PDF'er med et personligt certifikat, som "
                "programmet laver første gang. Adgangskoden til organisationens certifikat gemmes aldrig."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.profile_note = QLabel(self._profile_text())
        self.profile_note.setWordWrap(True)
        layout.addWidget(self.profile_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """The height its words need at its width, within the screen's room. Qt opens a dialog at
        most two thirds of the screen: at 150 % display scaling (911 × 512 px) that was 341 px and
        the language note was cut (walk 2)."""
        parent = self.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or QApplication.primaryScreen()
        layout = self.layout()
        if screen is None or layout is None:
            return
        room = screen.availableGeometry()  # less room for the frame around it, and its title bar
        width = min(self.sizeHint().width(), room.width() - 16)
        self.resize(
            width, min(max(layout.totalHeightForWidth(width), self.sizeHint().height()), room.height() - 40)
        )

    def _language_text(self) -> str:
        """What a change of language does, and (after ``--lang``) what is saved for next start."""
        text = tr("Et andet sprog gælder fra næste gang, programmet starter.")
        if self.settings.language != language():
            names = {"da": tr("dansk"), "en": tr("engelsk")}
            text += " " + (
                fill(
                    tr(
                        "Programmet er startet på %1 denne gang; det gemte valg er stadig %2. Vælger du et sprog i listen, gemmer OK det."
                    ),
                    names.get(language(), language()),
                    names.get(self.settings.language, self.settings.language),
                )
            )
        return text

    def _language_chosen(self, _index: int) -> None:
        self.language_chosen = True

    def _profile_text(self) -> str:
        """What the organisation profile decides: who signs, and whom ``verify`` trusts."""

        try:
            profile = load_profile()
        except OrganisationError as exc:
            return organisation_error_text(exc)
        if profile.path is None:
            return tr(
                "Der er ingen organisationsprofil på denne computer, så referater signeret med et "
                "personligt certifikat kaldes UBEKRÆFTET, når HR kontrollerer dem."
            )
        text = fill(tr("Organisationsprofil: %1 (%2)."), profile.name, str(profile.path))
        if profile.signing_certificate is not None:
            self.pkcs12.edit.setPlaceholderText(str(profile.signing_certificate))
            text += " " + tr("Uden eget valg bruges profilens certifikat.")
        return text

    def _path_row(self, value: str, folder: bool) -> _PathRow:
        w = _PathRow()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText(tr("(standard)"))
        button = QPushButton(tr("Vælg …"))
        row.addWidget(edit, 1)
        row.addWidget(button)

        def choose() -> None:
            if folder:
                path = QFileDialog.getExistingDirectory(self, tr("Vælg mappe"), edit.text())
            else:
                path, _ = QFileDialog.getOpenFileName(
                    self, tr("Vælg certifikat"), edit.text(), tr("PKCS#12 (*.p12 *.pfx)")
                )
            if path:
                edit.setText(path)

        button.clicked.connect(choose)
        w.edit = edit
        return w

    def _accept(self) -> None:
        for name, row in self.rows.items():
            value = row.currentData() if isinstance(row, QComboBox) else row.edit.text().strip()
            if name == "language" and not self.language_chosen and value == language():
                continue  # the saved choice stays (the list shows the language of this start)
            if setting(name).accepts(value):
                setattr(self.settings, name, value)
        self.accept()
