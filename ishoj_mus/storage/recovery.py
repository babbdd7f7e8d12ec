"""Autosave and recovery: a copy of unsaved work in the user data folder.

A recovery copy is written shortly after each change (the window decides when), removed on
a clean save or close, and listed at the next start so lost work can be offered back.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.storage import musfile, userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write
from ishoj_mus.storage.sealed import Seal, SealError, unseal


@dataclass(frozen=True)
class Recovery:
    conversation_id: str
    original_path: Path | None
    saved_at: datetime
    employee_name: str  # empty for a conversation protected with a passphrase
    recovery_file: Path
    sealed: bool = False

    def load(self) -> Conversation:
        doc = json.loads(self.recovery_file.read_text(encoding="utf-8"))
        if "sealed" in doc:
            raise musfile.MusFileError(musfile.BadFile.SEALED, self.original_path or self.recovery_file)
        return musfile.parse(json.dumps(doc["document"]).encode("utf-8"), self.recovery_file)

    def load_sealed(self, passphrase: str) -> tuple[Conversation, Seal | None]:
        """The copy of a protected conversation (and its Seal); MusFileError for a wrong passphrase."""
        doc = json.loads(self.recovery_file.read_text(encoding="utf-8"))
        if "sealed" not in doc:
            return self.load(), None
        where = self.original_path or self.recovery_file
        try:
            plain, seal = unseal(base64.b64decode(doc["sealed"]), passphrase)
        except SealError as exc:
            kind = musfile.BadFile.WRONG_PASSPHRASE if exc.wrong_passphrase else musfile.BadFile.WRONG_TYPES
            raise musfile.MusFileError(kind, where) from None
        return musfile.parse(plain, where), seal


def _file_for(conversation_id: str) -> Path:
    safe = "".join(ch for ch in conversation_id if ch.isalnum())[:64] or "ukendt"
    return userdirs.recovery_dir() / f"{safe}.recovery.json"


def payload(conversation: Conversation, original_path: Path | None, seal: Seal | None = None) -> bytes:
    """The recovery copy as bytes – made on the caller's thread, so later edits can't race.

    With a ``seal`` (a conversation protected with a passphrase) the conversation is sealed
    too, and the copy names neither the employee nor anything written.
    """
    doc: dict[str, object] = {
        "original_path": str(original_path) if original_path else None,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    if seal is None:
        doc["document"] = musfile.conversation_to_dict(conversation)
    else:
        doc["conversation_id"] = conversation.id
        doc["sealed"] = base64.b64encode(seal.seal(musfile.dumps(conversation))).decode("ascii")
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def write_payload(conversation_id: str, data: bytes) -> Path | None:
    """Write a recovery copy; a failure is ignored (the open window still holds the work)."""
    target = _file_for(conversation_id)
    try:
        atomic_write(target, data, keep_backup=False)
    except SaveError:
        return None
    return target


def write(conversation: Conversation, original_path: Path | None, seal: Seal | None = None) -> Path:
    """Write (or replace) the recovery copy of a conversation. Raises SaveError."""
    target = _file_for(conversation.id)
    atomic_write(target, payload(conversation, original_path, seal), keep_backup=False)
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
            original = doc.get("original_path")
            sealed = "sealed" in doc
            conv = {} if sealed else doc["document"]["conversation"]
            found.append(
                Recovery(
                    conversation_id=doc["conversation_id"] if sealed else conv["id"],
                    original_path=Path(original) if original else None,
                    saved_at=datetime.fromisoformat(doc["saved_at"]),
                    employee_name="" if sealed else conv["employee"]["name"],
                    recovery_file=file,
                    sealed=sealed,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a half-written or foreign file: leave it, list the rest
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
