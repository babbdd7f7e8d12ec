"""Bring last year's agreements in, from a .mus file or from the signed summary PDF."""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.domain.conversation import Conversation, FollowUp, followups_from
from ishoj_mus.storage import musfile
from ishoj_mus.storage.musfile import BadFile, MusFileError


def load_previous(path: Path) -> Conversation:
    """Open last year's conversation from a .mus file or a summary PDF. Raises MusFileError."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError as exc:
        raise MusFileError(BadFile.UNREADABLE, path, exc.strerror or "ukendt fejl") from None
    if head.startswith(b"%PDF"):
        from ishoj_mus.pdf.archive import attached_conversation

        return attached_conversation(path.read_bytes(), path.name)
    return musfile.load(path)


def previous_followups(path: Path) -> list[FollowUp]:
    return followups_from(load_previous(path), Path(path).name)
