"""Who has a conversation file open: a small lock file beside it, ``.~lock.<name>#``.

The lock says who (login name), on which computer and since when, so a second window – or a
second computer on a shared drive – can tell the person and offer to open the file read-only
instead of letting the last writer silently win. A lock left by a program that is gone (same
computer, process no longer running) is taken over quietly; one from another computer cannot
be checked, so the person decides. The lock file holds no conversation data.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ishoj_mus.storage.atomic import clean_stale
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.sidecars import fitted
from ishoj_mus.text import Translate, da, danish, fill, format_datetime, quoted

if sys.platform == "win32":
    import ctypes
    import socket

    def _this_computer() -> str:
        return socket.gethostname()

else:  # the same name as socket.gethostname(), without importing socket (≈ 3 ms, issue 25)

    def _this_computer() -> str:
        return os.uname().nodename


def lock_path_for(path: Path) -> Path:
    return path.with_name(fitted(path.name, ".~lock.", "#"))


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: what the lock file says, to name the person and to tell a stale lock."""

    user: str
    host: str
    pid: int
    since: datetime
    token: str

    def describe(self, translate: Translate = danish, since: str = "") -> str:
        """Who, where and since when ("hanne på computeren PC-HR-07 siden 27.11.2026 kl. 09.12");
        ``since``: the time as the reader writes it (default: Danish)."""
        return fill(
            translate(OWNER),
            self.user or translate(SOMEONE),
            self.host or translate(UNKNOWN_COMPUTER),
            since or format_datetime(self.since.astimezone()),
        )


# The words (issue 25: said once; the window passes its tr and its own way to write the time).
OWNER = da("%1 på computeren %2 siden %3")  # who, which computer, since when
SOMEONE = da("en anden bruger")
UNKNOWN_COMPUTER = da("ukendt")
OPEN_BY = da("%1 er åbnet af %2.")  # the file, and who (OWNER)
OPEN_ELSEWHERE = da("%1 er åbnet et andet sted.")  # the lock cannot be read
READ_ONLY_INSTEAD = da(
    "Åbn den skrivebeskyttet, og gem dine ændringer under et nyt navn, eller luk den først det andet sted."
)


class FileLocked(Exception):
    """The file is open somewhere else; ``owner`` says where (None: unreadable lock)."""

    def __init__(self, path: Path, owner: LockOwner | None):
        self.path = path
        self.owner = owner
        self.message = lock_text(self)
        super().__init__(self.message)


def lock_text(exc: FileLocked, translate: Translate = danish, since: str = "") -> str:
    """Who has the file open and since when, and what to do. ``since``: the time as the reader
    writes it (default: Danish, "27.11.2026 kl. 09.12")."""
    name = quoted(exc.path.name, translate)
    owner = exc.owner
    if owner is None:
        where = fill(translate(OPEN_ELSEWHERE), name)
    else:
        where = fill(translate(OPEN_BY), name, owner.describe(translate, since))
    return f"{where} {translate(READ_ONLY_INSTEAD)}"


def _me(token: str) -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 – no login name available
        user = ""
    return {
        "app": "Ishøj MUS",
        "user": user,
        "host": _this_computer(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        "token": token,
    }


MAX_LOCK_BYTES = 4096
MAX_FIELD_CHARS = 64  # a login name or a computer name; longer is cut, with "…"
# Control characters (an escape sequence reaches a terminal raw), bidi and invisible characters
# (they reverse or hide what is read): anyone who can write in a shared folder writes this file.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


def plain_field(value: object, limit: int = MAX_FIELD_CHARS) -> str:
    """A lock file's text field as plain, bounded text: every control, bidi or invisible
    character becomes "\ufffd", and at most ``limit`` characters are kept."""
    text = _UNSAFE.sub("\ufffd", value if isinstance(value, str) else str(value)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock on ``path`` (None: no lock, or one that cannot be read).

    Read as bounded plain text: at most 4 kB, and the user and computer names through
    :func:`plain_field`. Windows show them as plain text, never as HTML."""
    try:
        doc = json.loads(read_regular_file(lock_path_for(path), MAX_LOCK_BYTES))
        since = datetime.fromisoformat(doc["since"])
        if since.tzinfo is None:
            since = since.astimezone()
        return LockOwner(
            plain_field(doc["user"]),
            plain_field(doc["host"]),
            int(doc["pid"]),
            since,
            plain_field(doc["token"]),
        )
    except (InputRefused, ValueError, KeyError, TypeError, OverflowError, RecursionError):
        return None  # RecursionError: 4 000 "[" – anyone on a shared drive can write this file


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def held_elsewhere(path: Path) -> LockOwner | None:
    """Who else has ``path`` open (a window here or on another computer); None: nobody.

    A lock of a program that is gone (this computer, process not running) or of this very
    process counts as nobody. A lock file that cannot be read is reported with an unknown owner
    by ``FileLocked`` in ``FileLock.acquire``; here it counts as nobody, so a read-only look at
    the file is never stopped by a broken lock file.
    """
    owner = read_owner(Path(path))
    if owner is None:
        return None
    if owner.host == _this_computer() and (owner.pid == os.getpid() or not _alive(owner.pid)):
        return None
    return owner


def refuse_if_held(path: Path) -> None:
    """For a program that is about to write ``path`` without opening it (the command line)."""
    path = Path(path)
    if not os.path.lexists(lock_path_for(path)):
        return
    owner = held_elsewhere(path)
    if owner is None and read_owner(path) is None:
        raise FileLocked(path, None)  # a lock we cannot read: someone may still have it open
    if owner is not None:
        raise FileLocked(path, owner)


class FileLock:
    """Our lock on one conversation file."""

    def __init__(self, path: Path, token: str):
        self.path = Path(path)
        self.token = token

    @classmethod
    def acquire(cls, path: Path, *, take_over: bool = False) -> FileLock:
        """Lock ``path`` for this window. Raises FileLocked when it is open elsewhere."""
        path = Path(path)
        clean_stale(path)  # temp files a crash left beside it
        token = os.urandom(8).hex()
        data = json.dumps(_me(token), ensure_ascii=False).encode("utf-8")
        lock = lock_path_for(path)
        for _ in range(2):
            try:
                fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
            except FileExistsError:
                owner = read_owner(path)
                here = owner is not None and owner.host == _this_computer()
                stale = here and owner is not None and (owner.pid == os.getpid() or not _alive(owner.pid))
                if not (take_over or stale):
                    raise FileLocked(path, owner) from None
                try:
                    os.unlink(lock)
                except FileNotFoundError:
                    pass
                continue
            except OSError:
                return cls(path, "")  # a folder we cannot write a lock in: no lock, as before
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            return cls(path, token)
        raise FileLocked(path, read_owner(path))

    def still_ours(self) -> bool:
        """False when someone else has taken the file over since we opened it."""
        if not self.token:
            return True
        owner = read_owner(self.path)
        return owner is None or owner.token == self.token

    def holder(self) -> LockOwner | None:
        return read_owner(self.path)

    def release(self) -> None:
        if not self.token:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.token == self.token:
            try:
                os.unlink(lock_path_for(self.path))
            except OSError:
                pass
        self.token = ""
