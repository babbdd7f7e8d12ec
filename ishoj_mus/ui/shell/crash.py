"""Nothing vanishes: an unexpected error anywhere in the window becomes a calm Danish dialog.

The global exception hook (``sys.excepthook`` – PySide6 hands exceptions raised in slots to
it – and ``threading.excepthook``) keeps the recovery copy of the open conversation, writes a
local log entry without personal data (:mod:`ishoj_mus.storage.applog`), and shows a dialog
that says the work is kept and where the log is. An error in another thread is reported to
the window's thread through a signal.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ishoj_mus.storage import applog
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr


def message(log: str | None) -> str:
    text = tr(
        "Der skete en uventet fejl i programmet. Dit arbejde er ikke tabt: en automatisk kopi er "
        "gemt, og den bliver tilbudt, næste gang du starter programmet. Gem gerne samtalen nu. "
        "Ser noget forkert ud, så luk programmet, og start det igen."
    )
    if log:
        text += "\n\n" + fill(tr("Fejlen er skrevet i logfilen (uden navne og svar): %1"), log)
    return text


class CrashReporter(QObject):
    """Owns the hook; lives in the window's thread."""

    reported = Signal(str)

    def __init__(self, window: QWidget, keep_work: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.keep_work = keep_work
        self.showing = False
        self.dialog: QMessageBox | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def hook(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
            return
        log = applog.log_exception(exc_type, tb)
        try:
            self.keep_work()
        except Exception as second:  # noqa: BLE001 – keeping the work must not raise a second dialog
            applog.log_exception(type(second), second.__traceback__, "automatisk kopi efter fejl")
        self.reported.emit(str(log) if log else "")

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, log: str) -> None:
        if self.showing:  # one dialog at a time; the log has every error
            return
        self.showing = True
        box = messages.plain_box(
            QMessageBox.Icon.Warning, tr("Der skete en uventet fejl"), message(log or None)
        )
        box.setParent(self.window, box.windowFlags())
        box.setObjectName("crashDialog")
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    def _closed(self, _result: int) -> None:
        self.showing = False
        self.dialog = None


def install(window: QWidget, keep_work: Callable[[], None]) -> CrashReporter:
    reporter = CrashReporter(window, keep_work)
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    return reporter
