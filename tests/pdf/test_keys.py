"""The self-made per-user key: its passphrase in the OS credential store where there is one."""

from __future__ import annotations

import shutil

import keyring
import pytest
from keyring.backend import KeyringBackend

from ishoj_mus.pdf import keys
from ishoj_mus.storage import userdirs


class MemoryKeyring(KeyringBackend):
    """A credential store in memory: the tests never touch the machine's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)


def test_tests_use_keyrings_failing_backend_never_the_real_one():
    from keyring.backends import fail

    assert isinstance(keyring.get_keyring(), fail.Keyring)
    assert keys._credential_store() is None


def test_with_a_credential_store_no_passphrase_file_is_written(memory_keyring):
    material = keys.user_key_material()
    folder = userdirs.data_dir() / "signatur"
    assert (folder / "ishoj-mus.p12").exists() and not (folder / "ishoj-mus.key").exists()
    assert list(memory_keyring.secrets.values()) == [material.passphrase.decode()]
    assert keys.user_key_material().fingerprint() == material.fingerprint()  # found again


def test_a_copied_profile_folder_does_not_carry_a_usable_key(memory_keyring, tmp_path, monkeypatch):
    original = keys.user_key_material()
    copy_home = tmp_path / "copied-home"
    shutil.copytree(userdirs.data_dir().parent, copy_home)
    monkeypatch.setenv("ISHOJ_MUS_HOME", str(copy_home))
    memory_keyring.secrets.clear()  # another machine: the credential store did not come along
    fresh = keys.user_key_material()
    assert fresh.fingerprint() != original.fingerprint()
    assert (userdirs.data_dir() / "signatur" / "ishoj-mus.p12.ubrugelig").exists()


def test_an_old_passphrase_file_moves_into_the_credential_store(memory_keyring, monkeypatch):
    monkeypatch.setattr(keys, "_credential_store", lambda: None)
    material = keys.user_key_material()  # made without a store: the file fallback
    secret = userdirs.data_dir() / "signatur" / "ishoj-mus.key"
    assert secret.exists()
    monkeypatch.setattr(keys, "_credential_store", lambda: memory_keyring)
    assert keys.user_key_material().fingerprint() == material.fingerprint()
    assert not secret.exists() and list(memory_keyring.secrets.values()) == [material.passphrase.decode()]
