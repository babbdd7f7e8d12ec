"""Atomic file writes that leave nothing behind and nothing readable by others.

A save writes ``.<name>.<random>.tmp`` in the same folder – created owner-only (0600) by
``os.open`` from the first byte, flushed, fsynced – and renames it over the file. The previous
version is kept as ``<name>.bak``, made the same way (``.<name>.<random>.bak.tmp`` → rename), so
the backup is never readable by other users either, not even for a moment.

While a temporary file is being written, its writer holds an advisory lock on it. Temporary
files of our own naming whose writer is gone (a crash, a kill, a full disk) are removed on the
next save into that folder and at start-up (:func:`clean_stale`). On Windows an open file
cannot be deleted, which protects a live writer the same way.

Errors come back as :class:`SaveError` with a Danish message (words keyed by its kind) that says what happened and what
to do; the old file is never touched by a failure.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import time
from enum import StrEnum
from pathlib import Path

from ishoj_mus.text import QUOTED, Translate, Words, da, danish

if sys.platform != "win32":
    import fcntl

STALE_AFTER = 3600.0  # seconds: where locks are not supported, an hour-old temp file is stale


class SaveKind(StrEnum):
    """Why a save failed, so the window can word it in its own language."""

    DISK_FULL = "disk_full"
    LOCKED = "locked"  # another program holds the file (Windows sharing/lock violation)
    READ_ONLY_DRIVE = "read_only_drive"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    NOT_WRITABLE = "not_writable"  # the folder or the file is read-only or locked
    NO_FOLDER = "no_folder"
    TEMP_VANISHED = "temp_vanished"
    IS_FOLDER = "is_folder"
    BEYOND_BOUNDS = "beyond_bounds"  # a value beyond its declared bound (``detail`` names it)
    OTHER = "other"


class SaveError(OSError):
    """A save that failed; ``message`` says why and what to do, in Danish (:func:`save_error_text`
    words it in another language). ``words``: a sentence (a ``da()`` template) for this save
    instead of the kind's; ``elsewhere``: BEYOND_BOUNDS – how many more values are beyond."""

    def __init__(
        self,
        path: Path,
        kind: SaveKind = SaveKind.OTHER,
        code: int | None = None,
        detail: str | Words = "",
        *,
        words: str = "",
        elsewhere: int = 0,
    ):
        self.path = path
        self.kind = kind
        self.code = code  # the system's error number (SaveKind.OTHER says it)
        self.detail = detail  # BEYOND_BOUNDS: which value, worded (or Danish)
        self.words = words
        self.elsewhere = elsewhere
        self.message = save_error_text(self)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


# The words for each kind (issue 25: said once; the window passes its tr): %1 the file's name,
# %2 its folder, %3 the system's error number, %4 the value beyond its bound.
SAVE_TEXT = {
    SaveKind.DISK_FULL: da(
        "Der er ikke plads på disken til at gemme %1. Frigør plads, eller gem et andet sted. "
        "Intet er gået tabt – samtalen er stadig åben."
    ),
    SaveKind.LOCKED: da(
        "%1 er låst af et andet program (måske en sikkerhedskopi eller et andet vindue). "
        "Luk det, og prøv igen, eller gem et andet sted. Intet er gået tabt."
    ),
    SaveKind.READ_ONLY_DRIVE: da(
        "Drevet med mappen %2 er skrivebeskyttet, så %1 kan ikke gemmes der. Gem et andet sted. "
        "Intet er gået tabt."
    ),
    SaveKind.FOLDER_NOT_WRITABLE: da(
        "Du har ikke lov til at gemme i mappen %2 (den er skrivebeskyttet for dig). Gem %1 et andet "
        "sted. Intet er gået tabt."
    ),
    SaveKind.NOT_WRITABLE: da(
        "%1 kan ikke gemmes i mappen %2: mappen eller filen er skrivebeskyttet eller låst af et "
        "andet program. Gem et andet sted. Intet er gået tabt."
    ),
    SaveKind.NO_FOLDER: da("Mappen %2 findes ikke. Vælg en anden mappe. Intet er gået tabt."),
    SaveKind.TEMP_VANISHED: da(
        "%1 blev ikke gemt, fordi en midlertidig fil forsvandt undervejs – måske gemmer et andet "
        "vindue den samme fil. Prøv igen. Intet er gået tabt."
    ),
    SaveKind.IS_FOLDER: da("%1 er en mappe. Vælg et andet filnavn. Intet er gået tabt."),
    SaveKind.BEYOND_BOUNDS: da(
        "%1 er ikke gemt: %4. Gør det kortere, og gem igen. Intet er gået tabt – samtalen er stadig åben."
    ),
    SaveKind.OTHER: da(
        "%1 kunne ikke gemmes (systemfejl %3). Prøv igen, eller gem et andet sted. Intet er gået tabt."
    ),
}
ELSEWHERE = da("%1 (og %2 andre steder)")  # the value beyond its bound, and how many more
ELSEWHERE_ONE = da("%1 (og %2 andet sted)")  # … and one more
UNKNOWN = da("ukendt")


def save_error_words(exc: SaveError) -> Words:
    """The failed save as a template and its values (they cross to the window from the PDF worker)."""
    detail: str | Words = exc.detail
    if exc.elsewhere:
        detail = Words(ELSEWHERE_ONE if exc.elsewhere == 1 else ELSEWHERE, (exc.detail, str(exc.elsewhere)))
    return Words(
        exc.words or SAVE_TEXT[exc.kind],
        (
            Words(QUOTED, (exc.path.name,)),
            str(exc.path.parent),
            str(exc.code) if exc.code else Words(UNKNOWN),
            detail,
        ),
    )


def save_error_text(exc: SaveError, translate: Translate = danish) -> str:
    """The failed save in words: Danish (its ``message``), or through the window's ``translate``."""
    return save_error_words(exc).text(translate)


def save_error(path: Path, exc: OSError) -> SaveError:
    """Why a save failed, as a kind the words are chosen by."""
    folder = path.parent
    winerror = getattr(exc, "winerror", None)
    kind = SaveKind.OTHER
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        kind = SaveKind.DISK_FULL
    elif winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        kind = SaveKind.LOCKED
    elif exc.errno == errno.EROFS:
        kind = SaveKind.READ_ONLY_DRIVE
    elif exc.errno in (errno.EACCES, errno.EPERM):
        writable = not folder.is_dir() or os.access(folder, os.W_OK)
        kind = SaveKind.NOT_WRITABLE if writable else SaveKind.FOLDER_NOT_WRITABLE
    elif exc.errno == errno.ENOENT and not folder.is_dir():
        kind = SaveKind.NO_FOLDER
    elif exc.errno == errno.ENOENT:
        kind = SaveKind.TEMP_VANISHED
    elif exc.errno == errno.EISDIR:
        kind = SaveKind.IS_FOLDER
    return SaveError(path, kind, exc.errno)


# ".", ".<16 hex>.bak.tmp": what a temporary name adds to the file's name
_TEMP_EXTRA = len(".") + len(".0123456789abcdef.bak.tmp")


def _temp_stem(name: str) -> str:
    """The file's name as its temporary files carry it: shortened when the whole would not fit
    in a file name (a 229–255-byte name could not be saved at all)."""
    from ishoj_mus.storage.sidecars import fitted  # not before the window's first frame

    return fitted(name, reserve=_TEMP_EXTRA)


def _temp_pattern(name: str) -> re.Pattern[str]:
    # ours: .<name>.<16 hex>.tmp and .<name>.<16 hex>.bak.tmp; older versions: mkstemp's
    # .<name>.<8 chars>.tmp and the fixed .<name>.bak.tmp
    return re.compile(
        rf"\.{re.escape(_temp_stem(name))}\.(?:[0-9a-f]{{16}}\.(?:bak\.)?|[a-z0-9_]{{8}}\.|bak\.)tmp"
    )


def _create_owner_only(path: Path) -> int:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, 0o600)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)  # whatever the umask or the folder's default ACL said
    _hold(fd)
    try:
        gone = os.fstat(fd).st_nlink == 0
    except OSError:
        gone = False
    if gone:  # a clean-up took it before we held it: the caller writes again with a fresh name
        os.close(fd)
        raise FileNotFoundError(errno.ENOENT, "the temporary file was removed", str(path))
    return fd


def _hold(fd: int) -> None:
    """Mark a temporary file as in use (released by the kernel when the process dies)."""
    if sys.platform != "win32":  # Windows: a file another process has open cannot be deleted anyway
        try:
            # Blocking: a cleaner only takes the lock for an instant to test it. With LOCK_NB, a
            # cleaner testing at that instant left our file unlocked for its whole life, and the
            # next clean-up took it while we were still writing it.
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _unlink_quietly(path: Path | None) -> None:
    if path is None:
        return
    try:
        os.unlink(path)
    except OSError:
        pass


def _remove_if_stale(path: Path) -> bool:
    """Remove ``path`` when nobody is writing it any more; True when removed.

    The file is unlinked while its lock is held: a writer that opened it in the same instant
    either waits for our lock and then finds it unlinked (and writes again with a fresh name),
    or holds the lock first and is left alone. Testing the lock, letting go and unlinking
    afterwards took files a writer had locked in between (a flaky two-writers test in CI).
    """
    if sys.platform == "win32":  # deleting a file another process has open fails anyway
        try:
            os.unlink(path)
            return True
        except OSError:
            return False
    else:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return False
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a live writer holds it
            except OSError:  # no locks on this file system: go by age
                try:
                    if time.time() - os.fstat(fd).st_mtime <= STALE_AFTER:
                        return False
                except OSError:
                    return False
            try:
                os.unlink(path)
                return True
            except OSError:
                return False
        finally:
            os.close(fd)


def clean_stale(path: Path) -> int:
    """Remove our own left-over temporary files for ``path`` (never anything else)."""
    path = Path(path)
    pattern = _temp_pattern(path.name)
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
            if _remove_if_stale(Path(entry.path)):
                removed += 1
    return removed


def clean_stale_in(folder: Path) -> int:
    """Remove every left-over temporary file of our naming in ``folder`` (at start-up)."""
    any_name = re.compile(r"\.(.+)\.(?:[0-9a-f]{16}\.(?:bak\.)?|[a-z0-9_]{8}\.|bak\.)tmp")
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = any_name.fullmatch(entry.name)
        if match and entry.is_file(follow_symlinks=False) and _remove_if_stale(Path(entry.path)):
            removed += 1
    return removed


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    path = Path(path)
    clean_stale(path)
    for attempt in range(10):
        try:
            _write_once(path, data, keep_backup)
            return
        except SaveError as exc:
            # Another writer's clean-up took our temp file in the instant between creating and
            # locking it: write again with a fresh one.
            cause = exc.__cause__
            vanished = isinstance(cause, OSError) and cause.errno == errno.ENOENT and path.parent.is_dir()
            if not vanished or attempt == 9:
                raise


def _write_once(path: Path, data: bytes, keep_backup: bool) -> None:
    token = os.urandom(8).hex()
    stem = _temp_stem(path.name)
    tmp = path.with_name(f".{stem}.{token}.tmp")
    backup_tmp = path.with_name(f".{stem}.{token}.bak.tmp")
    leftovers: list[Path] = []
    try:
        fd = _create_owner_only(tmp)
        leftovers.append(tmp)
        open_fd: int | None = fd
        try:
            _write_all(fd, data)
            if keep_backup and path.is_file():
                leftovers.append(backup_tmp)
                _copy_owner_only(path, backup_tmp)
                from ishoj_mus.storage.sidecars import backup_path_for

                os.replace(backup_tmp, backup_path_for(path))
                leftovers.remove(backup_tmp)
            if os.name == "nt":  # Windows renames only closed files
                os.close(fd)
                open_fd = None
            os.replace(tmp, path)  # POSIX: still holding the temp file, so no cleaner takes it
            leftovers.remove(tmp)
        finally:
            if open_fd is not None:
                os.close(open_fd)
        _fsync_dir(path.parent)
    except OSError as exc:
        raise save_error(path, exc) from exc
    finally:
        for leftover in leftovers:
            _unlink_quietly(leftover)


def _copy_owner_only(source: Path, target: Path) -> None:
    fd = _create_owner_only(target)
    try:
        with open(source, "rb") as fh:
            while chunk := fh.read(1024 * 1024):
                _write_all_nosync(fd, chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all_nosync(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
