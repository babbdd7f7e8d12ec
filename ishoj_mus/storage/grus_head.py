"""Whether a file is a group conversation (GRUS), told from its first bytes.

Apart from :mod:`ishoj_mus.storage.grus_file` so that opening a conversation for two (the window,
the CLI, the overview) can ask without importing the group conversation's domain.
"""

from __future__ import annotations

from pathlib import Path

GROUP_FORMAT = "ishoj-mus-grus"


HEAD_BYTES = 256  # our writer puts the format first: it stands in the first bytes


def is_group_head(head: bytes) -> bool:
    """Whether a file's (or an attachment's) first bytes name the group format – however the JSON
    is spaced. The one sniff the window, the CLI, the overview, importing and verify share."""
    return f'"{GROUP_FORMAT}"'.encode() in head[:HEAD_BYTES]


def peek_is_group_file(path: Path | str) -> bool:
    """Whether a file is a group conversation (:func:`is_group_head`). Reads at most
    ``HEAD_BYTES`` of a regular file; any problem: False."""
    try:
        path = Path(path)
        if not path.is_file():
            return False
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return False
    return is_group_head(head)
