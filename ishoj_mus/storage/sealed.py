"""Passphrase protection for conversation files: a thin bytes ↔ bytes layer.

A sealed file is a short readable header line followed by AES-GCM ciphertext:

    ishoj-mus-sealed {"v": 1, "kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "…", "check": "…"}\\n
    <12-byte nonce><ciphertext + 16-byte tag>

The key comes from the passphrase through scrypt (``cryptography``'s implementation; no
home-made crypto). The header is authenticated as associated data, so nobody can lower the
cost parameters unnoticed. The key is derived once when a file is opened or protected and
kept in memory (:class:`Seal`); every write uses a fresh random nonce, so saving and
autosaving cost no key derivation. The ``.bak`` copy and the recovery copy are sealed too
(the backup is a copy of the sealed file; recovery seals its payload with the same Seal).

Only cost parameters in fixed ranges are accepted (:data:`ACCEPTED_N`, :data:`ACCEPTED_R`,
:data:`ACCEPTED_P`: at most 128 MB and about a second), whatever a header says; a header asking
for more is a damaged file, never a MemoryError or a gigabyte. ``check`` is a short key check
value (HMAC of a fixed text under the key): with it, a wrong passphrase and a damaged file – cut
short on a USB stick – are told apart. Older files without it are told apart by their ``.bak``
(:func:`ishoj_mus.storage.musfile.load_sealed`). Older versions of the program ignore the key.

There is no way around a forgotten passphrase: without it, nobody can read the file.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field

MAGIC = b"ishoj-mus-sealed "
_NONCE = 12
_N, _R, _P = 2**15, 8, 1  # ≈ 0.25 s and 32 MB once per opening on an ordinary laptop
# What a header may ask for (memory is 128·n·r bytes, time grows with n·r·p): 16–128 MB, ≤ 1 s.
ACCEPTED_N = frozenset(2**k for k in range(14, 18))
ACCEPTED_R = frozenset({8})
ACCEPTED_P = frozenset({1, 2})
_SALT_BYTES = range(16, 65)
_CHECK_TEXT = b"ishoj-mus key check v1"


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
        key = _derive(passphrase, salt, _N, _R, _P)
        return cls(key, _header(salt, _N, _R, _P, key))

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


def _check_value(key: bytes) -> str:
    return base64.b64encode(hmac.new(key, _CHECK_TEXT, hashlib.sha256).digest()[:16]).decode("ascii")


def _header(salt: bytes, n: int, r: int, p: int, key: bytes) -> bytes:
    params = {
        "v": 1, "kdf": "scrypt", "n": n, "r": r, "p": p,
        "salt": base64.b64encode(salt).decode("ascii"), "check": _check_value(key),
    }  # fmt: skip
    return MAGIC + json.dumps(params, separators=(", ", ": ")).encode("ascii") + b"\n"


@dataclass(frozen=True)
class KeyParams:
    """A sealed file's header, checked: what it takes to derive its key."""

    salt: bytes
    n: int
    r: int
    p: int
    check: str | None  # None: a file from before the check value


def read_params(raw: bytes) -> KeyParams:
    """The header's parameters, within the accepted ranges. Raises SealError (damaged)."""
    header, _ = _split(raw)
    try:
        params = json.loads(header[len(MAGIC) :])
        if not isinstance(params, dict) or params.get("v") != 1 or params.get("kdf") != "scrypt":
            raise ValueError("unknown scheme")
        n, r, p = params["n"], params["r"], params["p"]
        if not all(type(x) is int for x in (n, r, p)):
            raise ValueError("cost parameters are not whole numbers")
        if n not in ACCEPTED_N or r not in ACCEPTED_R or p not in ACCEPTED_P:
            raise ValueError("cost parameters out of the accepted ranges")
        salt = base64.b64decode(params["salt"], validate=True)
        if len(salt) not in _SALT_BYTES:
            raise ValueError("salt length")
        check = params.get("check")
        if check is not None and not isinstance(check, str):
            raise ValueError("check value")
    except (ValueError, KeyError, TypeError) as exc:
        raise SealError(False, f"header: {exc}") from None
    except RecursionError:  # a header of 1 000 "[" – json's parser gives up by recursion
        raise SealError(False, "header: nested too deeply") from None
    return KeyParams(salt, n, r, p, check)


def derive_key(passphrase: str, params: KeyParams) -> bytes:
    """The slow part (≈ 0.25 s; up to ≈ 1 s for the dearest accepted header): call it off the
    window's thread."""
    return _derive(passphrase, params.salt, params.n, params.r, params.p)


def unseal_with_key(raw: bytes, key: bytes, params: KeyParams) -> tuple[bytes, Seal]:
    """The plaintext and the Seal to save it again with. Raises SealError: ``wrong_passphrase``
    only when the key is wrong; a file cut short or changed with the right key is damaged."""
    header, body = _split(raw)
    if params.check is not None and not hmac.compare_digest(params.check, _check_value(key)):
        raise SealError(True)
    try:
        plain = _decrypt(key, header, body)
    except SealError as exc:
        if params.check is not None:  # the key is right: the file is damaged
            raise SealError(False, "damaged: the key is right, the content is not") from None
        raise exc
    # Saved again with a check value from now on (same salt and key, so the .bak still opens).
    return plain, Seal(key, _header(params.salt, params.n, params.r, params.p, key))


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
    params = read_params(raw)
    return unseal_with_key(raw, derive_key(passphrase, params), params)
