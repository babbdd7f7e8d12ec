"""Signed files are never replaced behind anyone's back: tell one, and keep a copy of it.

A second conversation the same day once suggested the signed conversation's own file name, and
"Ja" replaced it with a draft; only the ``.bak`` survived, until the next save. Now whoever is
about to write over a file asks :func:`signed_file` first (the window names the file as signed
in its question; the command line refuses), and :func:`keep_copy` puts the signed file beside
itself under a free name (``…_underskrevet_2026-11-19.mus``) before it is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ishoj_mus.storage import musfile
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.bounded import InputRefused, read_regular_file
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.free_names import free_path
from ishoj_mus.storage.sealed import Seal, SealError, is_sealed

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation

MAX_PDF_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class SignedFile:
    """A file that holds a signature: a conversation signed by one or both, or a signed PDF."""

    path: Path
    # "protected": a conversation protected with a passphrase this window does not hold – it
    # may be signed, and nobody here can tell, so it is treated as if it were.
    kind: Literal["conversation", "referat", "protected"]
    signed_on: date | None  # the last signature's date (a PDF: unknown)
    signers: tuple[str, ...] = ()
    raw: bytes = b""  # the file's bytes as read (the copy is made of these)
    conversation: Conversation | None = None


def signed_file(path: Path | str, seal: Seal | None = None) -> SignedFile | None:
    """The signed file at ``path``, or None (nothing there, not signed, or not readable – a
    protected conversation only with its ``seal``)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf" or path.suffix.lower() not in (".mus", ".bak"):
        return _signed_pdf(path)
    try:
        raw = musfile.read_bytes(path)
        plain = raw
        if is_sealed(raw):
            if seal is None:
                return SignedFile(path, "protected", None, (), raw)
            try:
                plain = seal.unseal(raw)
            except SealError:  # another passphrase (or salt) than this window's
                return SignedFile(path, "protected", None, (), raw)
        conv = musfile.parse(plain, path)
    except (MusFileError, SealError):
        return None
    if not conv.signatures:
        return None
    last = max(s.signed_at for s in conv.signatures.values())
    signers = tuple(s.signer for s in conv.signatures.values())
    return SignedFile(path, "conversation", _day(last), signers, raw, conv)


def _day(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _signed_pdf(path: Path) -> SignedFile | None:
    try:
        raw = read_regular_file(path, MAX_PDF_BYTES)
    except InputRefused:
        return None
    if not raw.startswith(b"%PDF") or b"/ByteRange" not in raw:
        return None
    return SignedFile(path, "referat", None, (), raw)


def replaced_signed(
    path: Path | str, conv: Conversation, seal: Seal | None = None, *, own_file: bool = False
) -> SignedFile | None:
    """The signed conversation that saving ``conv`` at ``path`` would replace: the file there is
    signed and ``conv`` does not carry the same signatures (a draft, a reopened or another
    conversation), or it is protected with a passphrase we do not hold (it may be signed: a
    signed, protected conversation was replaced by a draft without a word). ``own_file``: the
    file this conversation was opened from (removing its protection writes over it).
    None: nothing signed is lost by the save."""
    found = signed_file(path, seal)
    if found is not None and found.kind == "protected":
        return None if own_file else found
    if found is None or found.kind != "conversation" or found.conversation is None:
        return None
    if found.conversation.id == conv.id and found.conversation.signatures == conv.signatures:
        return None
    return found


def keep_copy(signed: SignedFile) -> Path:
    """The signed file's bytes beside it under a free name; returns where. Raises SaveError."""
    target = kept_path(signed)
    atomic_write(target, signed.raw, keep_backup=False)
    return target


def kept_path(signed: SignedFile) -> Path:
    """Where :func:`keep_copy` puts it: ``NAME_underskrevet_<date>`` (a protected conversation,
    which may or may not be signed: ``NAME_beskyttet_<today>``), the first free name."""
    path = signed.path
    suffix = path.suffix or ".mus"
    when = (signed.signed_on or date.today()).isoformat()
    what = "beskyttet" if signed.kind == "protected" else "underskrevet"
    return free_path(path.parent, f"{path.stem}_{what}_{when}", suffix)
