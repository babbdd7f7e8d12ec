"""HR's desk: the check of many files, off the GUI thread (``batch.check_files`` in a QThread)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ishoj_mus.pdf.batch import check_files
from ishoj_mus.pdf.judge import TrustSettingsError
from ishoj_mus.ui.hr.texts import detail_reason
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text


class Checker(QObject):
    """Runs ``batch.check_files`` in a QThread; one signal per file, one at the end."""

    checked = Signal(int, int, object)  # done, total, CheckedFile
    finished = Signal(object, object)  # list[CheckedFile], error message | None

    def __init__(self, paths: list[Path], extra_trust: list[Path], now: str | None):
        super().__init__()
        self.paths = paths
        self.extra_trust = extra_trust
        self.now = now
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            results = check_files(
                self.paths,
                self.extra_trust,
                now=self.now,
                progress=lambda done, total, item: self.checked.emit(done, total, item),
                cancelled=self.stop.is_set,
                background=True,
            )
        except TrustSettingsError as exc:
            error = detail_reason(exc.message)
            if exc.organisation_error is not None:
                error = organisation_error_text(exc.organisation_error)
            self.finished.emit([], error)
            return
        except Exception:  # noqa: BLE001 – the view must always come back with something
            self.finished.emit([], tr("Kontrollen kunne ikke gennemføres. Prøv igen."))
            return
        self.finished.emit(results, None)
