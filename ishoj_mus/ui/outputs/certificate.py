"""Signing with the organisation's certificate: which certificate, its passphrase (asked, never
stored), and a warning before signing with one that is not the conversation's leader's.

Opening the certificate needs cryptography (pdf.keys, pdf.leader_rule): imported in this flow,
once an organisation's certificate is chosen, so that a window that signs with the personal key
never loads it (pdf_light.md: "medium").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ishoj_mus.pdf.errors import SigningError
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.text import visible
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text

if TYPE_CHECKING:
    from ishoj_mus.pdf.keys import KeyMaterial
    from ishoj_mus.storage.settings import Settings


def signing_material(
    parent: QWidget, settings: Settings, leader: str = ""
) -> KeyMaterial | None | Literal[False]:
    """The organisation's certificate when configured (passphrase asked, never stored).

    The user's own choice (Indstillinger) first, then the organisation profile's; None: the
    per-user key, unless the profile requires the organisation's certificate (then False).
    A certificate that ``verify`` would not recognise as ``leader``'s is used only after a warning.
    """
    try:
        profile = load_profile()
    except OrganisationError as exc:
        messages.warning(parent, tr("Organisationsprofilen kan ikke bruges"), organisation_error_text(exc))
        return False
    path = Path(settings.pkcs12_path) if settings.pkcs12_path else profile.signing_certificate
    if path is None:
        if profile.allows_personal_key:
            return None
        messages.warning(
            parent,
            tr("Organisationens certifikat mangler"),
            tr(
                "Organisationen kræver, at referater signeres med organisationens certifikat. "
                "Vælg dit certifikat under Indstillinger, og prøv igen."
            ),
        )
        return False
    from ishoj_mus.pdf.keys import organisation_key_material  # cryptography: see the module's docstring

    passphrase, ok = QInputDialog.getText(
        parent,
        tr("Organisationens certifikat"),
        tr("Adgangskode til %1:").replace("%1", path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    try:
        material = organisation_key_material(path, passphrase)
    except SigningError as exc:
        messages.warning(parent, tr("Certifikatet kunne ikke bruges"), str(exc) + " " + tr("Prøv igen."))
        return False
    if leader and not _signs_as_leader(parent, material, leader):
        return False
    return material


def _signs_as_leader(parent: QWidget, material: KeyMaterial, leader: str) -> bool:
    """Warn before signing with a certificate that is not the conversation's leader's."""
    from ishoj_mus.pdf.leader_rule import leader_mismatch  # cryptography, asn1crypto: as above

    problem = leader_mismatch(material, leader)
    if not problem:
        return True
    box = messages.plain_box(
        QMessageBox.Icon.Warning,
        tr("Certifikatet er ikke lederens"),
        tr(
            "Certifikatet tilhører »%1«, men samtalens leder er »%2«. »ishoj-mus verify« vil kalde "
            "referatet UBEKRÆFTET, så HR ikke kan se, at lederen har underskrevet. Vælg lederens "
            "certifikat under Indstillinger, eller signér alligevel."
        )
        .replace("%1", material.signer_name())
        .replace("%2", visible(leader)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setDetailedText(problem)
    sign = box.addButton(tr("Signér alligevel"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuller"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is sign
