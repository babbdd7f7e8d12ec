"""Autosave and recovery: a copy of unsaved work in the user data folder.

A recovery copy is written shortly after each change (the window decides when), removed on
a clean save or close, and listed at the next start so lost work can be offered back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage import musfile, userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write
from ishoj_mus.storage.errors import BadFile, MusFileError, Origin
from ishoj_mus.storage.loader import MAX_BYTES, conversation_from_document, decode_json, read_file


@dataclass(frozen=True)
class Recovery:
    conversation_id: str
    original_path: Path | None
    saved_at: datetime
    employee_name: str
    recovery_file: Path

    def load(self, notes: list[str] | None = None) -> Conversation:
        """The conversation in the copy, through the one validating loader. Raises MusFileError."""
        raw = read_file(self.recovery_file, Origin.RECOVERY, MAX_BYTES + 64 * 1024)
        doc = decode_json(raw, self.recovery_file, Origin.RECOVERY, notes)
        if not isinstance(doc, dict) or "document" not in doc:
            raise MusFileError(BadFile.NOT_CONVERSATION, self.recovery_file, origin=Origin.RECOVERY)
        return conversation_from_document(
            doc["document"], self.recovery_file, origin=Origin.RECOVERY, notes=notes
        )


def _file_for(conversation_id: str) -> Path:
    safe = "".join(ch for ch in conversation_id if ch.isalnum())[:64] or "ukendt"
    return userdirs.recovery_dir() / f"{safe}.recovery.json"


def payload(conversation: Conversation, original_path: Path | None) -> bytes:
    """The recovery copy as bytes – made on the caller's thread, so later edits can't race."""
    doc = {
        "original_path": str(original_path) if original_path else None,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "document": musfile.conversation_to_dict(conversation),
    }
    return musfile.encode_json(doc)


def write_payload(conversation_id: str, data: bytes) -> Path | None:
    """Write a recovery copy; a failure is ignored (the open window still holds the work)."""
    target = _file_for(conversation_id)
    try:
        atomic_write(target, data, keep_backup=False)
    except SaveError:
        return None
    return target


def write(conversation: Conversation, original_path: Path | None) -> Path:
    """Write (or replace) the recovery copy of a conversation. Raises SaveError."""
    target = _file_for(conversation.id)
    atomic_write(target, payload(conversation, original_path), keep_backup=False)
    return target


def discard(conversation_id: str) -> None:
    try:
        os.unlink(_file_for(conversation_id))
    except FileNotFoundError:
        pass


def pending() -> list[Recovery]:
    """Recovery copies left by a session that did not end cleanly, newest first.

    A half-written, foreign or odd file is skipped, never a reason to fail: this runs at every
    start. A time stamp without a time zone is read as local time.
    """
    found: list[Recovery] = []
    for file in userdirs.recovery_dir().glob("*.recovery.json"):
        try:
            doc = decode_json(read_file(file, Origin.RECOVERY, MAX_BYTES + 64 * 1024), file, Origin.RECOVERY)
            conv = doc["document"]["conversation"]
            original = doc.get("original_path")
            saved_at = datetime.fromisoformat(doc["saved_at"])
            if saved_at.tzinfo is None or saved_at.utcoffset() is None:
                saved_at = saved_at.astimezone()
            name, conversation_id = conv["employee"]["name"], conv["id"]
            if not (isinstance(name, str) and isinstance(conversation_id, str)):
                continue
            found.append(
                Recovery(
                    conversation_id=conversation_id,
                    original_path=Path(original) if isinstance(original, str) and original else None,
                    saved_at=saved_at,
                    employee_name=name,
                    recovery_file=file,
                )
            )
        except (MusFileError, OSError, ValueError, KeyError, TypeError, OverflowError):
            continue  # a half-written or foreign file: leave it, list the rest
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
