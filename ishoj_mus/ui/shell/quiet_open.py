"""Opening a file that asks nothing – a double-click on it at start-up: read it, check it, lock it.

Apart from the file flows (``file_flows.py``: their dialogs, message boxes, passphrases and
saving), so that the conversation a double-click opens is the window's first frame without them;
they load when first used (issue 25). Reads no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus.storage import musfile, recovery, userdirs
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.filelock import FileLock, FileLocked
from ishoj_mus.storage.grus_head import peek_is_group_file

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.recovery import Recovery


def recovery_of(conversation_id: str, path: Path) -> Recovery | None:
    """The recovery copy a crash left of this conversation in the file ``path``, if any (cheap
    when there is none); never the copy of another file with the same conversation."""
    if not any(userdirs.recovery_dir().glob("*.recovery.json")):
        return None
    return recovery.for_file(conversation_id, path)


def open_quietly(path: Path) -> tuple[Conversation, FileLock] | None:
    """``path``'s conversation and our lock on it, when opening it asks nothing: a readable,
    unprotected conversation for two that no one else has open and no crash left a copy of.
    None: nothing is opened or locked (``FileFlows.open_path`` asks, or says why)."""
    if peek_is_group_file(path):
        return None
    try:
        conv = musfile.load(path)
    except MusFileError:
        return None
    if recovery_of(conv.id, path) is not None:
        return None
    try:
        lock = FileLock.acquire(path)
    except FileLocked:
        return None
    return conv, lock
