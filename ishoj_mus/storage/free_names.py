"""A suggested file name never points at a file that is there: the first free ``_2``, ``_3`` …

Every name is made safe by :func:`ishoj_mus.storage.file_names.safe_file_name` (at most 255 bytes,
no reserved device name, nothing Windows refuses), the number included: a long name is
shortened before ``_2`` is added, never by cutting the number off.
"""

from __future__ import annotations

import os
from pathlib import Path

from ishoj_mus.storage.file_names import safe_file_name
from ishoj_mus.storage.filelock import lock_path_for
from ishoj_mus.storage.sidecars import backup_path_for

MAX_TRIES = 999


def taken(path: Path) -> bool:
    """Something is there: the file, its ``.bak`` (the name was in use) or its lock file."""
    return any(os.path.lexists(p) for p in (path, backup_path_for(path), lock_path_for(path)))


def free_path(folder: Path | str, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix`` made safe, or the first free ``stem_2+suffix``, ``stem_3`` …"""
    folder = Path(folder)
    first = folder / safe_file_name(stem, suffix)
    if not taken(first):
        return first
    for number in range(2, MAX_TRIES + 1):
        candidate = folder / safe_file_name(stem, f"_{number}{suffix}")
        if not taken(candidate):
            return candidate
    return folder / safe_file_name(stem, f"_{os.urandom(4).hex()}{suffix}")


def free_name_for(path: Path | str) -> Path:
    """``path`` if it is free, else the next free name beside it."""
    path = Path(path)
    suffix = "".join(path.suffixes[-1:])
    return free_path(path.parent, path.name[: len(path.name) - len(suffix)], suffix)
