"""Autosave and recovery: a copy of unsaved work in the user data folder.

A recovery copy is written shortly after each change (the window decides when), removed on
a clean save or close, and listed at the next start so lost work can be offered back.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage import musfile, userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write


@dataclass(frozen=True)
class Recovery:
    conversation_id: str
    original_path: Path | None
    saved_at: datetime
    employee_name: str
    recovery_file: Path

    def load(self) -> Conversation:
        doc = json.loads(self.recovery_file.read_text(encoding="utf-8"))
        return musfile.parse(json.dumps(doc["document"]).encode("utf-8"), self.recovery_file)


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
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


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
    """Recovery copies left by a session that did not end cleanly, newest first."""
    found: list[Recovery] = []
    for file in userdirs.recovery_dir().glob("*.recovery.json"):
        try:
            doc = json.loads(file.read_text(encoding="utf-8"))
            conv = doc["document"]["conversation"]
            original = doc.get("original_path")
            found.append(
                Recovery(
                    conversation_id=conv["id"],
                    original_path=Path(original) if original else None,
                    saved_at=datetime.fromisoformat(doc["saved_at"]),
                    employee_name=conv["employee"]["name"],
                    recovery_file=file,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a half-written or foreign file: leave it, list the rest
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
