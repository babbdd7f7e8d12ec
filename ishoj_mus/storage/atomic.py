"""Atomic file writes: a temporary file in the same folder, flushed, fsynced, then replaced.

The previous version is kept as ``<name>.bak``. Errors come back as :class:`SaveError`
with a Danish message that says what to do; the old file is never touched by a failure.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path


class SaveError(OSError):
    def __init__(self, path: Path, message: str):
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


def save_error(path: Path, exc: OSError) -> SaveError:
    name = path.name
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = (
            f"Der er ikke plads på disken til at gemme »{name}«. Frigør plads, eller gem et "
            "andet sted. Intet er gået tabt – samtalen er stadig åben."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = (
            f"»{name}« kan ikke gemmes i mappen {path.parent}: mappen eller filen er skrivebeskyttet "
            "eller låst af et andet program. Gem et andet sted. Intet er gået tabt."
        )
    elif exc.errno == errno.ENOENT:
        text = f"Mappen {path.parent} findes ikke. Vælg en anden mappe. Intet er gået tabt."
    else:
        text = (
            f"»{name}« kunne ikke gemmes ({exc.strerror or exc}). Prøv igen, eller gem et andet "
            "sted. Intet er gået tabt."
        )
    return SaveError(path, text)


def atomic_write(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    path = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_backup and path.exists():
            backup = path.with_name(path.name + ".bak")
            backup_tmp = path.with_name(f".{path.name}.bak.tmp")
            shutil.copyfile(path, backup_tmp)
            if hasattr(os, "chmod"):
                os.chmod(backup_tmp, 0o600)
            os.replace(backup_tmp, backup)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent)
    except OSError as exc:
        raise save_error(path, exc) from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


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
