"""Making PDFs from the window: in the PDF worker process (or a thread), with visible progress,
never freezing.

The worker (``ishoj_mus.pdf.worker``) is started in the background once the window is idle and
warms the PDF stack while people type, so the first PDF is quick and the window's own process
never loads reportlab, pikepdf or pyHanko. It is ended after ten minutes without edits or PDFs
and started again on the next edit. Jobs that are not ``Job`` objects (or when the worker cannot start) run
in a thread of this process, as before.
"""

from __future__ import annotations

import atexit
import copy
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QProgressDialog,
    QWidget,
)
from shiboken6 import isValid

from ishoj_mus.pdf import jobs
from ishoj_mus.pdf.errors import known_error_words
from ishoj_mus.pdf.worker import (
    Done,
    Failed,
    Job,
    Ready,
    Request,
    decode_frames,
    encode,
    reported,
    worker_command,
)
from ishoj_mus.pdf.worker import Progress as Advanced
from ishoj_mus.storage import applog
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.edition import Edition
    from ishoj_mus.domain.form import Form
    from ishoj_mus.pdf.jobs import ProgressFn as Progress
    from ishoj_mus.pdf.keys import KeyMaterial

R = TypeVar("R")

# What a PDF job is: one for the worker process, or a function run in a thread here.
PdfJob = Job[object] | Callable[[jobs.ProgressFn], object]

IDLE_MS = 10 * 60 * 1000  # a worker with nothing to do for this long is ended


# The runners alive, so that a worker still running when the program ends is ended first (below).
_RUNNERS: weakref.WeakSet[PdfRunner] = weakref.WeakSet()


@atexit.register
def _stop_workers_at_exit() -> None:
    """The program ends without its windows being closed (a script, or the window still open):
    end the workers before Qt destroys the windows, or a worker's end would reach a
    half-destroyed runner (a traceback on stderr, and "QProcess: Destroyed while ... running")."""
    for runner in list(_RUNNERS):
        if isValid(runner):
            runner.stop_worker()


def worker_enabled() -> bool:
    """``ISHOJ_MUS_PDF_WORKER=0`` makes PDFs in a thread of the window's process instead."""
    return os.environ.get("ISHOJ_MUS_PDF_WORKER", "1") != "0"


def _unexpected(name: str) -> str:
    """A calm message. A class name (``ValueError``) goes to the local log, never into the dialog."""
    if not name.isidentifier():  # a Danish reason, e.g. "PDF-processen stoppede uventet"
        return fill(tr("PDF'en kunne ikke laves (%1). Prøv igen; intet er gået tabt."), name)
    log = applog.log_note(f"PDF: {name}")
    text = tr("PDF'en kunne ikke laves på grund af en uventet fejl. Intet er gået tabt – prøv igen.")
    if log is not None:
        text += " " + fill(tr("Fejlen er skrevet i logfilen (uden navne og svar): %1"), str(log))
    return text


def _known(failed: Failed) -> str:
    """An error the user can act on, in the window's language (the catalogue's words)."""
    return failed.message if failed.words is None else failed.words.text(tr)


class _Worker(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, job: PdfJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            self.finished.emit(self.job(lambda pct, text: self.progress.emit(pct, text)))
        except Exception as exc:  # noqa: BLE001 – shown to the user as a message, never a traceback
            words = known_error_words(exc)
            self.failed.emit(_unexpected(type(exc).__name__) if words is None else words.text(tr))


class PdfRunner(QObject):
    """Runs one PDF job at a time, with a progress dialog on top of ``parent``.

    ``Job`` objects go to the worker process; anything else (a plain callable) runs in a thread.
    Either way, progress and the result arrive at this object's own slots in the GUI thread,
    and ``on_done`` gets the job's result (bytes for one PDF).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self._thread: QThread | None = None  # not self.thread: that is QObject.thread()
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._title = ""
        self._on_done: Callable[[object], None] | None = None  # the job's own, given its result
        self._on_failed: Callable[[str], None] | None = None
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._ready = False
        self._job_number = 0
        self._current: int | None = None  # the job the worker process is doing
        self._pending: PdfJob | None = None  # that job, to run here if the worker cannot start
        self._cannot_start = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._idle_timeout)
        _RUNNERS.add(self)
        app = QCoreApplication.instance()
        if app is not None:  # the program ends (its last window closed, or it was told to quit)
            app.aboutToQuit.connect(self.stop_worker)

    # -- the worker process -----------------------------------------------------------
    def warm(self) -> None:
        """Start the worker in the background (it imports and warms the PDF stack)."""
        if self._process is None and worker_enabled() and not self._cannot_start:
            self._start_worker()
        self._idle.start()

    def keep_alive(self) -> None:
        """People are still at it (an edit): end the worker ten minutes after the last edit or
        PDF, not ten minutes after it started – it was ended and started again every ten
        minutes of a long conversation (≈1 s of CPU each time)."""
        if self._process is not None:
            self._idle.start()

    def ready(self) -> bool:
        """The worker is running and has warmed up."""
        return self._process is not None and self._ready

    def worker_alive(self) -> bool:
        return self._process is not None

    def _start_worker(self) -> None:
        command = worker_command()
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        env = QProcessEnvironment.systemEnvironment()
        if command[1:2] == ["-m"]:  # found from a plain checkout too, not only when installed
            package_root = str(Path(__file__).resolve().parents[2])
            extra = env.value("PYTHONPATH")
            env.insert("PYTHONPATH", package_root + (os.pathsep + extra if extra else ""))
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(lambda p=process: self._read(p))
        process.finished.connect(lambda *_, p=process: self._worker_gone(p))
        process.errorOccurred.connect(lambda error, p=process: self._worker_error(p, error))
        self._process, self._ready = process, False
        self._buffer.clear()
        process.start()

    def stop_worker(self) -> None:
        """End the worker (closing its input ends it; killed if it does not end)."""
        process, self._process, self._ready = self._process, None, False
        if process is None or not isValid(process):
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(3000):
                process.kill()
                process.waitForFinished(2000)
        process.deleteLater()

    def _idle_timeout(self) -> None:
        if not self.busy():
            self.stop_worker()

    def _read(self, process: QProcess) -> None:
        if process is not self._process or not isValid(process):
            return
        self._buffer += process.readAllStandardOutput().data()
        for message in decode_frames(self._buffer):
            if isinstance(message, Ready):
                self._ready = True
                continue
            if self._current is None or message.id != self._current:
                continue
            if isinstance(message, Advanced):
                self._progress(message.percent, message.text)
            elif isinstance(message, Done):
                self._finished(message.result)
            elif isinstance(message, Failed):
                self._failed(_known(message) if message.known else _unexpected(message.message))

    def _worker_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if (
            process is not self._process
            or not isValid(process)
            or error != QProcess.ProcessError.FailedToStart
        ):
            return
        self._cannot_start = True  # e.g. no Python to run it: PDFs are made in this process
        self._process = None
        process.deleteLater()
        if self._current is not None:
            self._current = None
            self._run_in_thread(self._pending)

    def _worker_gone(self, process: QProcess) -> None:
        if process is not self._process:
            return  # ended on purpose
        self._process, self._ready = None, False
        if not (isValid(process) and isValid(self)):
            return  # the program is ending and Qt is destroying the window: nothing to tell
        process.deleteLater()
        if self._current is not None:
            self._failed(_unexpected(tr("PDF-processen stoppede uventet")))

    # -- jobs -------------------------------------------------------------------------
    def run(
        self,
        title: str,
        job: Job[R] | Callable[[Progress], R],
        on_done: Callable[[R], None],
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """``on_done`` gets the job's result (mypy: of the job's result type); ``on_failed`` gets
        the message (in the window's language) instead of a warning box (the self-test)."""
        if self.busy():
            return

        def done(result: object) -> None:
            # The result of this job, from the worker (unpickled) or the thread: an ``R``.
            on_done(cast("R", result))

        dialog = QProgressDialog(tr("Forbereder …"), "", 0, 100, self.parent_widget)
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setValue(1)
        self._dialog, self._title, self._on_done = dialog, title, done
        self._on_failed = on_failed
        self._idle.stop()
        if isinstance(job, Job) and worker_enabled() and not self._cannot_start:
            try:
                frame = None
                self._job_number += 1
                frame = encode(Request(self._job_number, job))
            except Exception:  # noqa: BLE001 – cannot be sent: made in this process instead
                pass
            if frame is not None:
                if self._process is None:
                    self._start_worker()
                if self._process is not None:
                    self._current, self._pending = self._job_number, job
                    self._process.write(frame)
                    return
        self._run_in_thread(job)

    def _run_in_thread(self, job: PdfJob | None) -> None:
        assert job is not None
        thread = QThread(self)
        worker = _Worker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._thread = thread
        thread.start()

    def _progress(self, percent: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setLabelText(
                tr(text)
            )  # the PDF side's Danish (marked da()), in the window's language
            self._dialog.setValue(max(1, percent))

    def _finished(self, data: object) -> None:
        on_done = self._on_done
        self._stop()
        if on_done is not None:
            on_done(data)

    def _failed(self, message: str) -> None:
        title, on_failed = self._title, self._on_failed
        self._stop()
        if on_failed is not None:
            on_failed(message)
        else:
            messages.warning(self.parent_widget, title, message)

    def _stop(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread = None
        self._worker = None
        self._on_done = None
        self._current, self._pending = None, None
        if self._process is not None:
            self._idle.start()

    def busy(self) -> bool:
        return self._thread is not None or self._current is not None


def summary_job(
    conv: Conversation, material: KeyMaterial | None, edition: Edition | None = None
) -> Job[bytes]:
    """The signed summary of a snapshot of ``conv`` (the worker never sees later edits).

    ``edition``: the HR edition by policy when None, or ``Edition.employee_copy()``.
    """
    return Job.of(jobs.SUMMARY, copy.deepcopy(conv), material, progress=reported, edition=edition)


def plan_job(conv: Conversation) -> Job[bytes]:
    return Job.of(jobs.PLAN, copy.deepcopy(conv))


def sheet_job(form: Form) -> Job[bytes]:
    return Job.of(jobs.SHEET, form)


_IMAGE_FORMATS = {
    1: QImage.Format.Format_Grayscale8,
    3: QImage.Format.Format_RGB888,
    4: QImage.Format.Format_RGBA8888,
}


def bitmap_image(bitmap: Any) -> QImage:
    """A PDFium bitmap rendered with ``rev_byteorder=True`` (RGB/RGBA byte order) as a QImage.

    There is no BGRA format in QImage, so the byte order is asked of PDFium instead. The image
    is a copy: it outlives the bitmap's buffer.
    """
    image = QImage(
        bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, _IMAGE_FORMATS[bitmap.n_channels]
    )
    return image.copy()
