"""HR's desk: the filing flow – the batch's filing plans, and "Klargør til journalisering …"
(``ishoj_mus.pdf.hr_filing``): what may be filed is copied into a folder with a manifest,
UBEKRÆFTEDE files only after an explicit choice. ``HrDeskView`` is made of this and its table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from ishoj_mus.pdf.hr_filing import (
    BatchRow,
    Decision,
    FilingError,
    FilingOutcome,
    FilingPlan,
    file_batch,
    plan_filing,
)
from ishoj_mus.pdf.verify_result import Judgement
from ishoj_mus.storage.filing import FilingSettings, load_filing_settings
from ishoj_mus.storage.organisation import OrganisationError
from ishoj_mus.text import fill
from ishoj_mus.ui.hr.row_words import file_count
from ishoj_mus.ui.hr.texts import detail_reason
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr


class FilingSteps(QWidget):
    # What the filing flow uses of the desk (``HrDeskView`` has them).
    rows: list[BatchRow]
    plans: list[FilingPlan]
    settings: FilingSettings
    last_outcome: FilingOutcome
    status: QLabel

    if TYPE_CHECKING:

        def busy(self) -> bool: ...

        def _show_plans(self, plans: list[FilingPlan]) -> None: ...

        def _fit_columns(self, remeasure: bool = False) -> None: ...

    def _refresh_plans(self, folder: Path | None = None) -> None:
        try:
            self.settings = load_filing_settings()
        except OrganisationError:
            self.settings = FilingSettings()
        target = folder or Path("/nonexistent-filing-folder")
        self.plans = plan_filing(self.rows, self.settings, target, include_unconfirmed=True)
        self._show_plans(self.plans)

    # -- filing -----------------------------------------------------------------------------
    def prepare_filing(self) -> None:
        if self.busy() or not self.rows:
            return
        fileable = [p for p in self.plans if p.decision == Decision.FILE]
        unconfirmed = [p for p in fileable if p.row.result.verdict == Judgement.UBEKRAEFTET]
        if not fileable:
            messages.information(
                self,
                tr("Klargør til journalisering"),
                tr("Ingen af filerne kan journaliseres. Se kolonnen »Journalisering«."),
            )
            return
        include_unconfirmed = False
        if unconfirmed:
            answer = self.ask_include_unconfirmed(len(unconfirmed))
            if answer is None:
                return
            include_unconfirmed = answer
        folder = self.ask_filing_folder()
        if not folder:
            return
        try:
            outcome = file_batch(
                self.rows, Path(folder), self.settings, include_unconfirmed=include_unconfirmed
            )
        except FilingError as exc:
            messages.warning(self, tr("Klargør til journalisering"), detail_reason(str(exc)))
            return
        self.last_outcome = outcome
        plans = outcome.filed + outcome.refused
        self._show_plans(plans)
        self._fit_columns()
        self.plans = plans
        filed, refused = len(outcome.filed), len(outcome.refused)
        text = fill(
            tr(
                "%1 lagt i %2, klar til journalisering. %3 er ikke med (se kolonnen »Journalisering«). Manifestet ligger i mappen: %4"
            ),
            file_count(filed),
            str(outcome.folder),
            str(refused),
            outcome.manifest_csv.name if outcome.manifest_csv else "",
        )
        self.status.setText(text)
        self.filing_done(text)

    def ask_include_unconfirmed(self, count: int) -> bool | None:
        """Whether UBEKRÆFTEDE HR editions go along (None: cancel). An explicit choice; the
        default button files only the valid ones."""
        text = (
            fill(
                tr(
                    "%1 af filerne er UBEKRÆFTEDE: uændrede, men underskriveren er ikke bekræftet som "
                    "samtalens leder. Skal de journaliseres sammen med de gyldige?"
                ),
                str(count),
            )
            if count != 1
            else tr(
                "1 af filerne er UBEKRÆFTET: uændret, men underskriveren er ikke bekræftet som "
                "samtalens leder. Skal den journaliseres sammen med de gyldige?"
            )
        )
        buttons = [
            (tr("Kun de &gyldige"), QMessageBox.ButtonRole.AcceptRole),
            (tr("&Også de ubekræftede"), QMessageBox.ButtonRole.DestructiveRole),
        ]
        answer = messages.ask(self, QMessageBox.Icon.Warning, tr("UBEKRÆFTEDE referater"), text, buttons)
        return None if answer is None else answer == 1

    def ask_filing_folder(self) -> str:
        """The filing folder (a dialog; tests replace this)."""
        return QFileDialog.getExistingDirectory(self, tr("Vælg mappen til journalisering"))

    def filing_done(self, text: str) -> None:
        messages.information(self, tr("Klargør til journalisering"), text)
