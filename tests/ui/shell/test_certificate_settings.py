"""Choosing the signing certificate in the window: the profile's or the user's, passphrase asked."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ishoj_mus.pdf.demo_organisation import DEMO_PASSPHRASE, write_demo_organisation
from ishoj_mus.storage.settings import Settings
from ishoj_mus.ui.outputs.certificate import signing_material
from ishoj_mus.ui.outputs.organisation_key import open_certificate
from ishoj_mus.ui.shell.settings_dialog import SettingsDialog
from tests.helpers import when_modal


def test_the_profile_certificate_is_used_with_the_passphrase_asked(qtbot, tmp_path, monkeypatch):
    write_demo_organisation(tmp_path / "org")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(tmp_path / "org" / "organisation.toml"))
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert "Demo Kommune (fiktiv)" in dialog.profile_note.text()
    assert dialog.pkcs12.edit.placeholderText().endswith("leder.p12")

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []

    def answer(box):
        assert isinstance(box, QInputDialog)
        asked.append(box.labelText())
        box.setTextValue(DEMO_PASSPHRASE)
        box.accept()

    when_modal(answer)
    material = signing_material(parent, settings, open_certificate=open_certificate)
    assert material and not material.personal and "leder.p12" in asked[0]
    assert settings.pkcs12_path == "" and DEMO_PASSPHRASE not in repr(vars(settings))  # never stored


def test_a_profile_that_requires_the_organisation_certificate_refuses_the_personal_key(
    qtbot, tmp_path, monkeypatch
):
    profile = tmp_path / "organisation.toml"
    profile.write_text("[signing]\npersonal_key = false\n", encoding="utf-8")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(profile))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def close(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(close)
    assert signing_material(parent, Settings(), open_certificate=open_certificate) is False
    assert "Indstillinger" in seen[0]
