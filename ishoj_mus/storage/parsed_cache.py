"""The shipped forms and framework, kept parsed in the program's cache folder.

Every start that opens a conversation reads the default form and the framework: parsing their
TOML (with the shape check before it) took ≈ 7 ms of CPU each time, reading the kept data back
≈ 0.2 ms. The kept data is the parser's own result as JSON (no format of our own), one file per
source path, and it is used only while the source file's SHA-256 is the one it was made from:
an edited form is parsed again at once. A missing, damaged or unwritable cache only costs the
parse; it never changes what is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import SaveError, atomic_write
from ishoj_mus.storage.bounded import InputRefused, read_regular_file

VERSION = 1  # of the kept files; another version is parsed again
MAX_KEPT_BYTES = 8 * 1024 * 1024


def _kept_file(path: Path) -> Path:
    name = hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return userdirs.cache_dir() / "parsed" / f"{name}.json"


def parsed(path: Path, raw: bytes, parse: Callable[[bytes], dict[str, Any]]) -> dict[str, Any]:
    """``parse(raw)`` – the bytes just read from ``path`` – or the same data kept from an earlier
    parse of the very same bytes. ``parse``'s exceptions are raised as they are; the cache's
    own problems never are."""
    digest = hashlib.sha256(raw).hexdigest()
    try:
        kept_file = _kept_file(path)
    except OSError:  # no cache folder can be made: parse
        return parse(raw)
    kept = _read(kept_file)
    if kept is not None and kept.get("version") == VERSION and kept.get("sha256") == digest:
        data = kept.get("data")
        if isinstance(data, dict):
            return data
    data = parse(raw)
    try:
        text = json.dumps({"version": VERSION, "sha256": digest, "data": data}, ensure_ascii=False)
        kept_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(kept_file, text.encode("utf-8"), keep_backup=False)
    except (TypeError, ValueError, OSError, SaveError):  # a TOML date is not JSON: not kept
        pass
    return data


def _read(kept_file: Path) -> dict[str, Any] | None:
    try:
        kept = json.loads(read_regular_file(kept_file, MAX_KEPT_BYTES))
    except (InputRefused, ValueError, RecursionError):  # none yet, or damaged: parse again
        return None
    return kept if isinstance(kept, dict) else None
