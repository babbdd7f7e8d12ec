"""The ``.mus`` file: versioned UTF-8 JSON carrying the conversation and its form.

Writing lives here; reading is the one validating loader in :mod:`ishoj_mus.storage.loader`
(re-exported here), which checks everything and raises :class:`MusFileError` with a Danish
message for each kind of bad file. Loading never writes. Older versions are migrated one small
step at a time. The pair :func:`dumps` / :func:`load_conversation_bytes` is the whole format:
bytes in, conversation out, and back.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ishoj_mus import __version__
from ishoj_mus.domain.conversation import Agreement, Conversation
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.errors import FORMAT, FORMAT_VERSION, SUFFIX, BadFile, MusFileError, Origin
from ishoj_mus.storage.loader import (
    MIGRATIONS,
    Notes,
    conversation_from_document,
    load,
    load_conversation_bytes,
    migrate,
)

__all__ = [
    "FORMAT", "FORMAT_VERSION", "SUFFIX", "BadFile", "MusFileError", "Origin", "MIGRATIONS",
    "conversation_from_document", "conversation_to_dict", "dumps", "encode_json", "load", "load_conversation_bytes",
    "migrate", "parse", "save",
]  # fmt: skip


# -- writing --------------------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def agreement_to_dict(a: Agreement) -> dict[str, Any]:
    return {
        "id": a.id,
        "what": a.what,
        "why": a.why,
        "perspective": a.perspective,
        "responsible": a.responsible.value,
        "deadline": _iso(a.deadline),
        "follow_up": _iso(a.follow_up),
    }


def conversation_to_dict(c: Conversation) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "form": c.form.to_dict(),
        "conversation": {
            "id": c.id,
            "created_at": _iso(c.created_at),
            "employee": {
                "name": c.employee.name,
                "job_title": c.employee.job_title,
                "workplace": c.employee.workplace,
                "employee_number": c.employee.employee_number,
            },
            "leader": {"name": c.leader.name, "title": c.leader.title},
            "date": _iso(c.date),
            "place": c.place,
            "answers": {
                fid: {v.value: text for v, text in by_voice.items()} for fid, by_voice in c.answers.items()
            },
            "scales": {
                fid: {v.value: {"today": s.today, "future": s.future} for v, s in by_voice.items()}
                for fid, by_voice in c.scales.items()
            },
            "followups": [
                {
                    "agreement": agreement_to_dict(f.agreement),
                    "status": f.status.value if f.status else None,
                    "comment": f.comment,
                    "source": f.source,
                }
                for f in c.followups
            ],
            "agreements": [agreement_to_dict(a) for a in c.agreements],
            "signatures": [
                {
                    "role": s.role.value,
                    "signer": s.signer,
                    "signed_at": _iso(s.signed_at),
                    "width": s.width,
                    "height": s.height,
                    "strokes": [[[x, y] for x, y in stroke] for stroke in s.strokes],
                    "remark": s.remark,
                }
                for s in c.signatures.values()
            ],
            "history": [
                {
                    "kind": e.kind.value,
                    "at": _iso(e.at),
                    "by": e.by,
                    "role": e.role.value if e.role else None,
                    "note": e.note,
                }
                for e in c.history
            ],
        },
    }


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(c: Conversation) -> bytes:
    return encode_json(conversation_to_dict(c), indent=1)


def encode_json(doc: Any, indent: int | None = None) -> bytes:
    """UTF-8 JSON. A lone surrogate (it cannot be written as UTF-8) becomes U+FFFD, as on loading,
    so a save or an autosave never fails on what an import or a paste brought in."""
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def save(c: Conversation, path: Path) -> None:
    """Save atomically, keeping the previous version as ``.bak``. Raises SaveError."""
    atomic_write(Path(path), dumps(c))


# -- reading: one validating loader (see loader.py) --------------------------------------------


def parse(raw: bytes, path: Path | str | None = None, notes: Notes | None = None) -> Conversation:
    """Bytes → conversation; kept for callers that name the source positionally."""
    return load_conversation_bytes(raw, path, notes=notes)
