"""Where a file dialog starts: a folder the person knows, never the program's own folder.

A dialog given a folder that does not exist (a fresh Windows profile without "Dokumenter", a
removed USB stick) silently opens in the working directory, which for an installed program is
its own, often read-only, folder. So every candidate is checked, and the last resort is home.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus.storage import userdirs

if TYPE_CHECKING:
    from ishoj_mus.storage.settings import Settings


def _usable(folder: str | Path | None) -> Path | None:
    if not folder:
        return None
    path = Path(folder).expanduser()
    return path if path.is_absolute() and path.is_dir() else None


def start_folder(*candidates: str | Path | None) -> str:
    """The first usable of ``candidates``, else the documents folder, else the home folder."""
    for candidate in (*candidates, userdirs.documents_dir(), Path.home()):
        path = _usable(candidate)
        if path is not None:
            return str(path)
    return str(Path.home())


def remember(settings: Settings, saved_file: str | Path) -> None:
    """The folder a file was just saved in is where the next save dialog starts."""
    settings.last_folder = str(Path(saved_file).parent)
