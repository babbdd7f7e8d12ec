"""The ``.mus`` file: versioned UTF-8 JSON carrying the conversation and its form.

Writing lives here; reading is the one validating loader in :mod:`ishoj_mus.storage.loader`,
which checks everything and raises :class:`MusFileError` with a Danish
message for each kind of bad file. Loading never writes. Older versions are migrated one small
step at a time. :func:`dumps` and :func:`load_conversation_bytes` are the whole format – bytes
in, conversation out, and back; a passphrase seal wraps those bytes (:mod:`.sealed`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ishoj_mus import __version__
from ishoj_mus.domain.bounds import Beyond, BoundProblem, bound_problems
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.shape import PART, PARTS
from ishoj_mus.storage.atomic import SaveError, SaveKind, atomic_write, save_error
from ishoj_mus.storage.bounded import ensure_regular
from ishoj_mus.storage.checks import place_words
from ishoj_mus.storage.codec import encode
from ishoj_mus.storage.errors import FORMAT, FORMAT_VERSION, BadFile, MusFileError
from ishoj_mus.storage.loader import load_conversation_bytes, read_file
from ishoj_mus.storage.sealed import (
    MAGIC,
    KeyParams,
    Seal,
    SealError,
    derive_key,
    is_sealed,
    read_params,
    unseal_with_key,
)
from ishoj_mus.storage.sidecars import backup_path_for
from ishoj_mus.storage.strict_json import MAX_BYTES, Notes
from ishoj_mus.text import Words, da, number_words

__all__ = [
    "beyond_words", "check_bounds", "conversation_to_dict", "dumps", "encode_json", "load", "load_sealed",
    "parse", "read_bytes", "save",
]  # fmt: skip


# -- writing: every declared part, by its shape (domain/shape.py, storage/codec.py) ----------


def conversation_to_dict(c: Conversation) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "form": encode(c.form, PART["form"].shape),
        "conversation": {p.stored_as: encode(getattr(c, p.name), p.shape) for p in PARTS if p.name != "form"},
    }


def check_bounds(c: Conversation, path: Path) -> None:
    """The last guard before writing: a value beyond its declared bound would make a file the
    loader refuses. Raises SaveError (BEYOND_BOUNDS) naming the first such value."""
    problems = bound_problems(c)
    if problems:
        first = problems[0]
        raise SaveError(path, SaveKind.BEYOND_BOUNDS, detail=beyond_words(first), elsewhere=len(problems) - 1)


# How a value is beyond its bound (issue 25: in the window's language); %1 where (the file
# checks' place words), %2 the value's size, %3 the most (%3–%4: the years, or least and most).
BEYOND_TEXT = {
    Beyond.LENGTH: da("%1 har %2 tegn; der må højst være %3"),
    Beyond.COUNT: da("%1 har %2 elementer; der må højst være %3"),
    Beyond.POINTS: da("%1 har %2 punkter; der må højst være %3"),
    Beyond.YEAR: da("%1 ligger i år %2; årene %3–%4 kan gemmes"),
    Beyond.VALUE: da("%1 er %2, men skal ligge mellem %3 og %4"),
    Beyond.MISSING: da("%1 mangler"),
}


def beyond_words(problem: BoundProblem) -> Words:
    """A value beyond its bound in words: where, and by how much (numbers the reader's way)."""
    where = place_words(problem.place)
    if problem.beyond == Beyond.YEAR:
        years = (str(int(problem.size)), str(int(problem.least)), str(int(problem.most)))
        return Words(BEYOND_TEXT[Beyond.YEAR], (where, *years))
    size, most, least = (_number(n) for n in (problem.size, problem.most, problem.least))
    values = (where, size, least, most) if problem.beyond == Beyond.VALUE else (where, size, most)
    return Words(BEYOND_TEXT[problem.beyond], values)


def _number(n: float) -> str | Words:
    return number_words(n) if n == int(n) else number_words(n, 3)


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


def save(c: Conversation, path: Path, seal: Seal | None = None) -> None:
    """Save atomically, keeping the previous version as ``.bak``. Raises SaveError.

    With a ``seal`` the file is protected by its passphrase (and so is the ``.bak``: it is a
    copy of the previous, sealed file).
    """
    path = Path(path)
    check_bounds(c, path)
    data = dumps(c)
    if seal is None:
        atomic_write(path, data)
        return
    atomic_write(path, seal.seal(data), keep_backup=_is_sealed_file(path))
    backup = backup_path_for(path)
    if not _is_sealed_file(backup):  # protecting a file: its old, readable backup goes
        try:
            backup.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise save_error(backup, exc) from exc


def _is_sealed_file(path: Path) -> bool:
    try:
        ensure_regular(path)  # a FIFO in the file's place would block the open below
        with open(path, "rb") as fh:
            return is_sealed(fh.read(len(MAGIC)))
    except OSError:
        return False


# -- reading: the one validating loader (loader.py) ------------------------------------------


def parse(raw: bytes, path: Path | str | None = None, notes: Notes | None = None) -> Conversation:
    """Bytes of a plain (not sealed) file → conversation. Raises MusFileError."""
    if is_sealed(raw):
        raise MusFileError(BadFile.SEALED, path)
    return load_conversation_bytes(raw, path, notes=notes)


def load(path: Path | str, notes: Notes | None = None) -> Conversation:
    """Read a ``.mus`` file: regular files only, bounded. Raises MusFileError; never writes."""
    return parse(read_bytes(path), path, notes)


def load_sealed(
    path: Path | str, passphrase: str, notes: Notes | None = None
) -> tuple[Conversation, Seal | None]:
    """Read a ``.mus`` file that may be protected with a passphrase; never changes the file.

    Returns the conversation and the Seal to save it with again (None: not protected).
    A wrong passphrase raises MusFileError(WRONG_PASSPHRASE).
    """
    raw = read_bytes(path)
    if not is_sealed(raw):
        return parse(raw, path, notes), None
    try:
        params = read_params(raw)
    except SealError:
        raise MusFileError(
            BadFile.WRONG_TYPES,
            path,
            da("filen er beskyttet med en adgangskode, men beskyttelsen kan ikke læses"),
        ) from None
    return open_sealed(raw, path, derive_key(passphrase, params), params, notes)


def open_sealed(
    raw: bytes, path: Path | str, key: bytes, params: KeyParams, notes: Notes | None = None
) -> tuple[Conversation, Seal]:
    """A protected file opened with a key already derived (the window derives it off its
    thread). A file cut short is reported as damaged – with its ``.bak`` offered – not as a
    wrong passphrase: the header's check value tells, or, for a file from before the check
    value, the ``.bak`` beside it opening with the same key."""
    try:
        plain, seal = unseal_with_key(raw, key, params)
    except SealError as exc:
        if exc.wrong_passphrase and not (
            params.check is None and _backup_opens_with(Path(path), key, params)
        ):
            raise MusFileError(BadFile.WRONG_PASSPHRASE, path) from None
        raise MusFileError(
            BadFile.WRONG_TYPES, path, da("adgangskoden er rigtig, men indholdet kan ikke læses")
        ) from None
    return parse(plain, path, notes), seal


def _backup_opens_with(path: Path, key: bytes, params: KeyParams) -> bool:
    """The ``.bak`` was sealed with the same salt and costs, and this key opens it."""
    try:
        raw = read_bytes(backup_path_for(path))
        backup = read_params(raw)
        if (backup.salt, backup.n, backup.r, backup.p) != (params.salt, params.n, params.r, params.p):
            return False
        unseal_with_key(raw, key, backup)
    except (MusFileError, SealError):
        return False
    return True


def read_bytes(path: Path | str) -> bytes:
    """The raw bytes of a file: regular files only (no FIFO or device), at most 16 MB plus the
    seal's few bytes. Raises MusFileError."""
    return read_file(Path(path), limit=MAX_BYTES + 64 * 1024)
