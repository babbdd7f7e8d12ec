"""The window's words for what goes wrong with a file (storage's codes): a file that cannot be
opened, one the overview could not read, one open elsewhere, one not saved. Each sentence lives
once, in the storage layer's catalogue beside its code (issue 25); the window words it through
:func:`~ishoj_mus.ui.widgets.i18n.tr` (Danish: the error's own message, byte for byte)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from ishoj_mus.storage import atomic, errors, filelock, scan_words
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.domain.overview import FileEntry
    from ishoj_mus.storage.atomic import SaveError
    from ishoj_mus.storage.errors import MusFileError
    from ishoj_mus.storage.filelock import FileLocked


def file_error_text(exc: MusFileError) -> str:
    """A ``MusFileError`` in the window's language."""
    return errors.file_error_text(exc, tr)


def file_problem_text(entry: FileEntry) -> str:
    """Why the overview could not read a file (``FileEntry.problem_code``), in the window's language."""
    return scan_words.problem_text(entry, tr)


def lock_text(exc: FileLocked) -> str:
    """A ``FileLocked`` (the file is open elsewhere) in the window's language: who and since when,
    the time written the window's way (Danish "27.11.2026 kl. 09.12", English "27 November 2026, 09:12")."""
    since = ""
    if exc.owner is not None:
        since = QLocale().toString(  # type: ignore[call-overload]  # PySide6 takes a datetime as a QDateTime
            exc.owner.since.astimezone().replace(tzinfo=None), tr("dd.MM.yyyy 'kl.' HH.mm")
        )
    return filelock.lock_text(exc, tr, since)


def save_error_text(exc: SaveError) -> str:
    """A ``SaveError`` in the window's language."""
    return atomic.save_error_text(exc, tr)
