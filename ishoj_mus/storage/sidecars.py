"""The names of the files kept beside a file – its temporary copies while saving, its ``.bak``,
its lock file – always fit in a file name, however long the file's own name is.

A file name may have 255 bytes (UTF-8; Windows counts 255 UTF-16 units, never more than the
UTF-8 bytes). The program's own default names stay at 228 bytes, but a person may choose a longer
name in the file dialog or receive one by mail. Before, every name beside such a file was longer
than 255 bytes: a file of 229–255 bytes opened but could never be saved again ("systemfejl 36.
Prøv igen"), and one of 248 bytes or more was opened without a lock, so two people could edit it.

A name that fits is used as it always was (nothing changes for files saved before). One that
does not keeps its beginning, cut at a character boundary, and a short fingerprint of the whole
name, so two long names that begin alike never share a ``.bak`` or a lock.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

MAX_NAME_BYTES = 255


def fitted(name: str, prefix: str = "", suffix: str = "", reserve: int = 0) -> str:
    """``prefix + name + suffix`` when it fits in a file name (with ``reserve`` bytes to spare);
    otherwise ``name`` shortened to its beginning and ``~`` + 8 hex digits of its fingerprint."""
    room = MAX_NAME_BYTES - reserve - len(prefix.encode("utf-8")) - len(suffix.encode("utf-8"))
    whole = name.encode("utf-8", "surrogateescape")
    if len(whole) <= room:
        return prefix + name + suffix
    mark = "~" + hashlib.sha256(whole).hexdigest()[:8]
    keep = room - len(mark)
    start = whole[:keep].decode("utf-8", "ignore")  # a character cut in half is left out
    return prefix + start + mark + suffix


def backup_path_for(path: Path) -> Path:
    """``NAME.bak`` beside ``path`` (shortened only when ``NAME.bak`` is too long a name)."""
    path = Path(path)
    return path.with_name(fitted(path.name, suffix=".bak"))
