"""The window warns before signing with a certificate that is not the conversation's leader's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from ishoj_mus.pdf.demo_organisation import DEMO_EMPLOYEE_PASSPHRASE, DEMO_PASSPHRASE, write_demo_organisation
from ishoj_mus.storage.settings import Settings
from ishoj_mus.ui.outputs.certificate import signing_material
from ishoj_mus.ui.outputs.organisation_key import open_certificate
from ishoj_mus.ui.widgets import i18n
from tests.helpers import button_labelled, when_modal


@pytest.fixture(autouse=True)
def danish(qapp):
    """Qt's own words (Annuller) in Danish, as the program installs them at start."""
    i18n.install(qapp, "da")


@pytest.fixture
def organisation(tmp_path, monkeypatch):
    """The demo organisation (its CA, the leader's and an employee's .p12), in use."""
    folder = tmp_path / "org"
    write_demo_organisation(folder)
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(folder / "organisation.toml"))
    return folder


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def employee_settings(organisation) -> Settings:
    """Settings that sign with the employee's certificate (Mette Hansen), not the leader's."""
    settings = Settings()
    settings.pkcs12_path = str(organisation / "medarbejder.p12")
    return settings


def _answer_passphrase(passphrase: str, then=None):
    def answer(box):
        assert isinstance(box, QInputDialog)
        box.setTextValue(passphrase)
        box.accept()
        if then is not None:
            when_modal(then, kind=QMessageBox)

    return answer


def test_the_employees_certificate_is_used_only_after_a_warning(qtbot, organisation, parent):
    settings = employee_settings(organisation)
    seen: list[str] = []

    def cancel(box):
        seen.append(box.text())
        cancel_button = button_labelled(box, "Annuller")
        cancel_button.click()

    when_modal(_answer_passphrase(DEMO_EMPLOYEE_PASSPHRASE, cancel))
    assert signing_material(parent, settings, "Jonas Kristensen", open_certificate=open_certificate) is False
    assert "»Mette Hansen«, men samtalens leder er »Jonas Kristensen«" in seen[0]

    def sign_anyway(box):
        button = button_labelled(box, "Signér &alligevel")
        button.click()

    when_modal(_answer_passphrase(DEMO_EMPLOYEE_PASSPHRASE, sign_anyway))
    material = signing_material(parent, settings, "Jonas Kristensen", open_certificate=open_certificate)
    assert material and material.signer_name() == "Mette Hansen"


def test_the_leaders_own_certificate_signs_without_a_warning(qtbot, organisation, parent):
    when_modal(_answer_passphrase(DEMO_PASSPHRASE))
    material = signing_material(parent, Settings(), "Jonas Kristensen", open_certificate=open_certificate)
    assert material and material.signer_name() == "Jonas Kristensen"


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_escape_and_enter_both_keep_from_signing_with_the_employees_certificate(
    qtbot, organisation, parent, key
):
    """Cancel is the warning's default (issue 25): the usual message box, so Escape cancels and
    Enter does not sign; Alt-free »a« (its mnemonic) would."""
    settings = employee_settings(organisation)
    seen: dict = {}

    def press(box):
        seen["name"], seen["default"] = box.objectName(), box.defaultButton().text()
        seen["details"] = bool(box.detailedText())  # why, behind »Vis detaljer …«
        qtbot.keyClick(box, key)

    when_modal(_answer_passphrase(DEMO_EMPLOYEE_PASSPHRASE, press))
    assert signing_material(parent, settings, "Jonas Kristensen", open_certificate=open_certificate) is False
    assert seen == {"name": "notTheLeadersCertificate", "default": "Annuller", "details": True}

    when_modal(_answer_passphrase(DEMO_EMPLOYEE_PASSPHRASE, lambda box: qtbot.keyClick(box, Qt.Key.Key_A)))
    material = signing_material(parent, settings, "Jonas Kristensen", open_certificate=open_certificate)
    assert material and material.signer_name() == "Mette Hansen"


def test_an_english_window_warns_with_english_buttons(qtbot, organisation, parent):
    settings = employee_settings(organisation)
    seen: dict = {}

    def press(box):
        seen["title"], seen["buttons"] = box.windowTitle(), sorted(b.text() for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    i18n.install(QApplication.instance(), "en")
    try:
        when_modal(_answer_passphrase(DEMO_EMPLOYEE_PASSPHRASE, press))
        assert (
            signing_material(parent, settings, "Jonas Kristensen", open_certificate=open_certificate) is False
        )
    finally:
        i18n.install(QApplication.instance(), "da")
    assert seen["title"] == "The certificate is not the leader’s"
    assert [b for b in seen["buttons"] if "Details" not in b] == ["Cancel", "Sign &anyway"]
