"""Passphrase protection for conversation files: a thin bytes ↔ bytes layer.

A sealed file is a short readable header line followed by AES-GCM ciphertext:

    ishoj-mus-sealed {"v": 1, "kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "…"}\\n
    <12-byte nonce><ciphertext + 16-byte tag>

The key comes from the passphrase through scrypt (``cryptography``'s implementation; no
home-made crypto). The header is authenticated as associated data, so nobody can lower the
cost parameters unnoticed. The key is derived once when a file is opened or protected and
kept in memory (:class:`Seal`); every write uses a fresh random nonce, so saving and
autosaving cost no key derivation. The ``.bak`` copy and the recovery copy are sealed too
(the backup is a copy of the sealed file; recovery seals its payload with the same Seal).

There is no way around a forgotten passphrase: without it, nobody can read the file.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

MAGIC = b"ishoj-mus-sealed "
_NONCE = 12
_N, _R, _P = 2**15, 8, 1  # ≈ 0.25 s and 32 MB once per opening on an ordinary laptop
_MAX_N = 2**20  # refuse absurd cost parameters from a hostile header


class SealError(ValueError):
    """A sealed file that cannot be opened; ``wrong_passphrase`` tells the two cases apart."""

    def __init__(self, wrong_passphrase: bool, detail: str = ""):
        super().__init__(detail or ("wrong passphrase" if wrong_passphrase else "damaged"))
        self.wrong_passphrase = wrong_passphrase


def is_sealed(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class Seal:
    """A key derived from a passphrase, with the header that says how it was derived."""

    key: bytes = field(repr=False)
    header: bytes

    @classmethod
    def new(cls, passphrase: str) -> Seal:
        """A fresh salt and key for protecting a file with ``passphrase``."""
        if not passphrase:
            raise ValueError("empty passphrase")
        salt = os.urandom(16)
        params = {"v": 1, "kdf": "scrypt", "n": _N, "r": _R, "p": _P, "salt": base64.b64encode(salt).decode()}
        header = MAGIC + json.dumps(params, separators=(", ", ": ")).encode("ascii") + b"\n"
        return cls(_derive(passphrase, salt, _N, _R, _P), header)

    def seal(self, plaintext: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(_NONCE)
        return self.header + nonce + AESGCM(self.key).encrypt(nonce, plaintext, self.header)

    def unseal(self, raw: bytes) -> bytes:
        """Open data sealed with this same key (e.g. the recovery copy of an open file)."""
        header, body = _split(raw)
        if header != self.header:
            raise SealError(True)
        return _decrypt(self.key, header, body)


def _split(raw: bytes) -> tuple[bytes, bytes]:
    if not is_sealed(raw):
        raise SealError(False, "not sealed")
    end = raw.find(b"\n", 0, 1024)
    if end < 0:
        raise SealError(False, "no header")
    return raw[: end + 1], raw[end + 1 :]


def _decrypt(key: bytes, header: bytes, body: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(body) < _NONCE + 16:
        raise SealError(False, "too short")
    try:
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], header)
    except InvalidTag:
        # A wrong passphrase and a damaged file look the same to AES-GCM; a wrong
        # passphrase is by far the likelier, and the message says what to do in both cases.
        raise SealError(True) from None


def unseal(raw: bytes, passphrase: str) -> tuple[bytes, Seal]:
    """The plaintext of a sealed file, and the Seal to save it again with the same key."""
    header, body = _split(raw)
    try:
        params = json.loads(header[len(MAGIC) :])
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt = base64.b64decode(params["salt"], validate=True)
        if params.get("v") != 1 or params.get("kdf") != "scrypt":
            raise ValueError("unknown scheme")
        if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 8):
            raise ValueError("cost parameters out of range")
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError(False, f"header: {exc}") from None
    except RecursionError:  # a header of 1 000 "[" – json's parser gives up by recursion
        raise SealError(False, "header: nested too deeply") from None
    key = _derive(passphrase, salt, n, r, p)
    return _decrypt(key, header, body), Seal(key, header)
