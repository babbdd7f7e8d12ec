"""Reading a file the user pointed at, with bounds: regular files only, and a size limit.

A FIFO, a device (``/dev/zero``), a socket or a folder is refused before it is opened for
reading, so nothing can hang or fill the memory. Regular files are opened non-blocking, checked
again on the open descriptor (a name can be swapped between the two looks), and read up to the
limit plus one byte, so a file that grows while we read is caught too.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path

from ishoj_mus.text import QUOTED, Translate, Words, da, danish, number_words

MIB = 1024 * 1024


class Refusal(StrEnum):
    NOT_FOUND = "not_found"
    NO_ACCESS = "no_access"
    DIRECTORY = "directory"
    NOT_REGULAR = "not_regular"  # FIFO, device, socket
    TOO_LARGE = "too_large"
    OS_ERROR = "os_error"


# Why a file is not read, in words (issue 25: said once; the window words them through tr()):
# %1 the file's name, %2 the size limit.
REFUSED_TEXT = {
    Refusal.NOT_FOUND: da("%1 findes ikke. Tjek stavemåden, eller vælg filen igen."),
    Refusal.NO_ACCESS: da(
        "Du har ikke adgang til at læse %1. Bed ejeren af filen om adgang, eller vælg en kopi."
    ),
    Refusal.DIRECTORY: da("%1 er en mappe, ikke en fil. Vælg en fil i mappen."),
    Refusal.NOT_REGULAR: da(
        "%1 er ikke en almindelig fil (men fx en enhed eller et rør), så den bliver ikke læst. "
        "Vælg en almindelig fil."
    ),
    Refusal.TOO_LARGE: da(
        "%1 er større end %2, som en fil af den slags aldrig bliver, så den bliver ikke læst. "
        "Tjek, at det er den rigtige fil."
    ),
    Refusal.OS_ERROR: da(
        "%1 kan ikke læses lige nu. Prøv igen, eller kopiér filen til din egen computer først."
    ),
}


def refused_words(reason: Refusal, path: Path, limit: int = 0) -> Words:
    """Why ``path`` is not read, and what to do: a whole sentence."""
    return Words(REFUSED_TEXT[reason], (Words(QUOTED, (path.name or str(path),)), size_words(limit)))


def refused_text(reason: Refusal, path: Path, limit: int = 0, translate: Translate = danish) -> str:
    return refused_words(reason, path, limit).text(translate)


class InputRefused(OSError):
    """A file that is not read; ``message`` says why, in Danish, and what to do."""

    def __init__(self, reason: Refusal, path: Path, limit: int = 0, detail: str = ""):
        self.reason = reason
        self.path = Path(path)
        self.limit = limit
        self.detail = detail
        self.words = refused_words(reason, self.path, limit)
        self.message = self.words.text()
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


MB = da("%1 MB")
KB = da("%1 kB")


def size_words(n: int) -> Words:
    """A file size in words, its number written the reader's way (1,5 MB; English 1.5 MB)."""
    if n >= 10 * MIB:  # a limit with a little slack reads "16 MB", not "16,0625 MB"
        return Words(MB, (number_words(round(n / MIB)),))
    if n >= MIB:
        return Words(MB, (number_words(n / MIB, 1),))
    return Words(KB, (number_words(n // 1024),))


def format_size(n: int) -> str:
    """A file size in Danish."""
    return size_words(n).text()


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Raises :class:`InputRefused`."""
    path = Path(path)
    try:
        info = os.stat(path)  # follows symlinks: a link to /dev/zero is a device
    except FileNotFoundError:
        raise InputRefused(Refusal.NOT_FOUND, path) from None
    except PermissionError:
        raise InputRefused(Refusal.NO_ACCESS, path) from None
    except (OSError, ValueError) as exc:
        raise InputRefused(Refusal.OS_ERROR, path, detail=_why(exc)) from None
    _check_kind(info, path, limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputRefused(Refusal.NOT_FOUND, path) from None
    except PermissionError:
        raise InputRefused(Refusal.NO_ACCESS, path) from None
    except IsADirectoryError:
        raise InputRefused(Refusal.DIRECTORY, path) from None
    except OSError as exc:
        raise InputRefused(Refusal.OS_ERROR, path, detail=_why(exc)) from None
    try:
        _check_kind(os.fstat(fd), path, limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, MIB))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        if remaining <= 0:
            raise InputRefused(Refusal.TOO_LARGE, path, limit)
        return b"".join(chunks)
    except InputRefused:
        raise
    except OSError as exc:
        raise InputRefused(Refusal.OS_ERROR, path, detail=_why(exc)) from None
    finally:
        os.close(fd)


def _check_kind(info: os.stat_result, path: Path, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputRefused(Refusal.DIRECTORY, path)
    if not stat.S_ISREG(info.st_mode):
        raise InputRefused(Refusal.NOT_REGULAR, path)
    if info.st_size > limit:
        raise InputRefused(Refusal.TOO_LARGE, path, limit)


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "ukendt fejl"


def ensure_regular(path: Path | str) -> None:
    """Refuse a FIFO, device, socket or folder before anyone opens it. Raises InputRefused."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputRefused(Refusal.NOT_FOUND, path) from None
    except PermissionError:
        raise InputRefused(Refusal.NO_ACCESS, path) from None
    except (OSError, ValueError) as exc:
        raise InputRefused(Refusal.OS_ERROR, path, detail=_why(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputRefused(Refusal.DIRECTORY, path)
    if not stat.S_ISREG(info.st_mode):
        raise InputRefused(Refusal.NOT_REGULAR, path)
