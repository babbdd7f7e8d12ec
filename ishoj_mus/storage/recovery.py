"""Autosave and recovery: a copy of unsaved work in the user data folder.

A recovery copy is written shortly after each change (the window decides when), removed on
a clean save or close, and listed at the next start so lost work can be offered back.

A copy belongs to the file it was made for: its name carries the conversation's id and the
file's path, so two copies of one ``.mus`` file (the same id) never offer or replace each
other's unsaved work. A copy written before that (``<id>.recovery.json``) is still listed and
found by the path it names (issue 25).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage import musfile, userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write, clean_stale_in
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.loader import conversation_from_document, read_file
from ishoj_mus.storage.sealed import Seal, SealError, unseal
from ishoj_mus.storage.strict_json import MAX_BYTES, decode_json

# A recovery copy holds a whole conversation, base64-encoded when sealed.
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_RECOVERY_BYTES = 2 * MAX_BYTES


def _read(file: Path, notes: list[str] | None = None) -> dict[str, Any]:
    """The copy's outer JSON, strictly and boundedly decoded. Raises MusFileError."""
    doc = decode_json(read_file(file, Origin.RECOVERY, MAX_RECOVERY_BYTES), file, Origin.RECOVERY, notes)
    if not isinstance(doc, dict):
        raise MusFileError(BadFile.NOT_CONVERSATION, file, origin=Origin.RECOVERY)
    return doc


@dataclass(frozen=True)
class Recovery:
    """An automatic copy of unsaved work, offered back after the program stopped unexpectedly."""

    conversation_id: str
    original_path: Path | None
    saved_at: datetime
    employee_name: str  # empty for a conversation protected with a passphrase
    recovery_file: Path
    sealed: bool = False

    def discard(self) -> None:
        """Delete this copy (and no other copy of the same conversation)."""
        remove(self.recovery_file)

    def load(self, notes: list[str] | None = None) -> Conversation:
        """The conversation in the copy, through the one validating loader. Raises MusFileError."""
        doc = _read(self.recovery_file, notes)
        if "sealed" in doc:
            raise MusFileError(BadFile.SEALED, self.original_path or self.recovery_file)
        if "document" not in doc:
            raise MusFileError(BadFile.NOT_CONVERSATION, self.recovery_file, origin=Origin.RECOVERY)
        return conversation_from_document(
            doc["document"], self.recovery_file, origin=Origin.RECOVERY, notes=notes
        )

    def load_sealed(self, passphrase: str) -> tuple[Conversation, Seal | None]:
        """The copy of a protected conversation (and its Seal); MusFileError for a wrong passphrase."""
        doc = _read(self.recovery_file)
        if "sealed" not in doc:
            return self.load(), None
        where = self.original_path or self.recovery_file
        try:
            if not isinstance(doc["sealed"], str):
                raise MusFileError(BadFile.WRONG_TYPES, where, origin=Origin.RECOVERY)
            plain, seal = unseal(base64.b64decode(doc["sealed"]), passphrase)
        except (SealError, binascii.Error, ValueError) as exc:
            wrong = isinstance(exc, SealError) and exc.wrong_passphrase
            kind = BadFile.WRONG_PASSPHRASE if wrong else BadFile.WRONG_TYPES
            raise MusFileError(kind, where, origin=Origin.RECOVERY) from None
        return musfile.parse(plain, where), seal


def _key(path: Path) -> str:
    """A path as compared: absolute, with the platform's case rules, its exact bytes."""
    return os.path.normcase(os.path.abspath(os.fsencode(path))).hex()


def _file_for(conversation_id: str, original_path: Path | None = None) -> Path:
    safe = "".join(ch for ch in conversation_id if ch.isalnum())[:64] or "ukendt"
    if original_path is not None:  # the copy of this file, not of another copy of it
        safe += "-" + hashlib.sha256(_key(original_path).encode("ascii")).hexdigest()[:16]
    return userdirs.recovery_dir() / f"{safe}.recovery.json"


def same_file(a: Path, b: Path) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def payload(conversation: Conversation, original_path: Path | None, seal: Seal | None = None) -> bytes:
    """The recovery copy as bytes – made on the caller's thread, so later edits can't race.

    With a ``seal`` (a conversation protected with a passphrase) the conversation is sealed
    too, and the copy names neither the employee nor anything written.
    """
    doc: dict[str, object] = {
        "original_path": str(original_path) if original_path else None,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    if original_path is not None and _SURROGATE.search(str(original_path)):
        # A name that is not UTF-8: JSON keeps it only as U+FFFD, and the copy would be restored
        # under a name that is not there – its bytes too, so it goes back onto its own file.
        doc["original_path_bytes"] = base64.b64encode(os.fsencode(original_path)).decode("ascii")
    if seal is None:
        doc["document"] = musfile.conversation_to_dict(conversation)
    else:
        doc["conversation_id"] = conversation.id
        doc["sealed"] = base64.b64encode(seal.seal(musfile.dumps(conversation))).decode("ascii")
    return musfile.encode_json(doc)


def try_write_payload(
    conversation_id: str, data: bytes, original_path: Path | None = None
) -> SaveError | None:
    """Write a recovery copy; the error when it could not be written (the window says so)."""
    try:
        atomic_write(_file_for(conversation_id, original_path), data, keep_backup=False)
    except SaveError as exc:
        return exc
    return None


def write_payload(conversation_id: str, data: bytes, original_path: Path | None = None) -> Path | None:
    """Write a recovery copy; a failure is ignored (the open window still holds the work)."""
    target = _file_for(conversation_id, original_path)
    try:
        atomic_write(target, data, keep_backup=False)
    except SaveError:
        return None
    return target


def write(conversation: Conversation, original_path: Path | None, seal: Seal | None = None) -> Path:
    """Write (or replace) the recovery copy of a conversation. Raises SaveError."""
    target = _file_for(conversation.id, original_path)
    atomic_write(target, payload(conversation, original_path, seal), keep_backup=False)
    return target


def file_for(conversation_id: str, original_path: Path | None) -> Path:
    """Where the copy of this conversation, made for the file ``original_path``, is kept."""
    return _file_for(conversation_id, original_path)


def discard(conversation_id: str, original_path: Path | None = None) -> None:
    """Remove the copy made for ``original_path`` (None: of a conversation in no file yet)."""
    remove(_file_for(conversation_id, original_path))


def remove(recovery_file: Path) -> None:
    try:
        os.unlink(recovery_file)
    except FileNotFoundError:
        pass


def for_file(conversation_id: str, path: Path) -> Recovery | None:
    """The copy of unsaved work to offer when ``path`` (holding this conversation) is opened.

    The copy made for this very file; else one whose own file is gone (the file was moved or
    renamed since) or that was made before the conversation had a file. Never the copy of
    another file with the same conversation in it (a copy made in the file manager).
    """
    mine = [r for r in pending() if r.conversation_id == conversation_id]
    for r in mine:
        if r.original_path is not None and same_file(r.original_path, path):
            return r
    for r in mine:
        if r.original_path is None or not os.path.lexists(r.original_path):
            return r
    return None


def pending() -> list[Recovery]:
    """Recovery copies left by a session that did not end cleanly, newest first.

    A half-written, foreign or odd file is skipped, never a reason to fail: this runs at every
    start. A time stamp without a time zone is read as local time.
    """
    clean_stale_in(userdirs.recovery_dir())  # temp files of autosaves a crash cut short
    found: list[Recovery] = []
    for file in userdirs.recovery_dir().glob("*.recovery.json"):
        try:
            doc = _read(file)
            original = doc.get("original_path")
            exact = doc.get("original_path_bytes")
            if isinstance(exact, str):
                original = os.fsdecode(base64.b64decode(exact, validate=True))
            sealed = "sealed" in doc
            conv = {} if sealed else doc["document"]["conversation"]
            conversation_id = doc["conversation_id"] if sealed else conv["id"]
            name = "" if sealed else conv["employee"]["name"]
            saved_at = datetime.fromisoformat(doc["saved_at"])
            if saved_at.tzinfo is None or saved_at.utcoffset() is None:
                saved_at = saved_at.astimezone()
            if not (isinstance(name, str) and isinstance(conversation_id, str)):
                continue
            found.append(
                Recovery(
                    conversation_id=conversation_id,
                    original_path=Path(original) if isinstance(original, str) and original else None,
                    saved_at=saved_at,
                    employee_name=name,
                    recovery_file=file,
                    sealed=sealed,
                )
            )
        except (MusFileError, OSError, ValueError, KeyError, TypeError, OverflowError):
            continue  # a half-written or foreign file: leave it, list the rest
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
