"""Opening the organisation's certificate to sign with it: its passphrase (asked, never stored),
and a warning before signing with one that is not the conversation's leader's.

A room of its own (the start-up seam's "certificate"): it needs cryptography (pdf.keys,
pdf.leader_rule), which only a window signing with an organisation's certificate loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ishoj_mus.pdf.errors import SigningError
from ishoj_mus.pdf.keys import KeyMaterial, organisation_key_material
from ishoj_mus.pdf.leader_rule import leader_mismatch
from ishoj_mus.text import fill, visible
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr


def open_certificate(parent: QWidget, path: Path, leader: str = "") -> KeyMaterial | Literal[False]:
    """The key in the certificate file at ``path``; False after saying why not (or when the person
    cancels). A certificate that ``verify`` would not recognise as ``leader``'s is used only after a
    warning."""
    passphrase, ok = QInputDialog.getText(
        parent,
        tr("Organisationens certifikat"),
        fill(tr("Adgangskode til %1:"), path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    try:
        material = organisation_key_material(path, passphrase)
    except SigningError as exc:
        messages.warning(
            parent, tr("Certifikatet kunne ikke bruges"), exc.words.text(tr) + " " + tr("Prøv igen.")
        )
        return False
    if leader and not _signs_as_leader(parent, material, leader):
        return False
    return material


def _signs_as_leader(parent: QWidget, material: KeyMaterial, leader: str) -> bool:
    """Warn before signing with a certificate that is not the conversation's leader's."""
    problem = leader_mismatch(material, leader)
    if not problem:
        return True
    text = fill(
        tr(
            "Certifikatet tilhører »%1«, men samtalens leder er »%2«. »ishoj-mus verify« vil kalde "
            "referatet UBEKRÆFTET, så HR ikke kan se, at lederen har underskrevet. Vælg lederens "
            "certifikat under Indstillinger, eller signér alligevel."
        ),
        material.signer_name(),
        visible(leader),
    )
    answer = messages.ask(  # Cancel is the default: Enter and Escape both keep from signing
        parent,
        QMessageBox.Icon.Warning,
        tr("Certifikatet er ikke lederens"),
        text,
        [(tr("Signér &alligevel"), QMessageBox.ButtonRole.AcceptRole)],
        None,
        name="notTheLeadersCertificate",
        details=problem,
    )
    return answer == 0
