"""Signing with the organisation's certificate: which certificate – the user's choice, the
organisation profile's, or the personal key.

Opening the chosen certificate needs cryptography (ui/outputs/organisation_key.py); it is handed
in (``open_certificate``) rather than imported, so a window that signs with the personal key never
loads cryptography: the window hands it in through the start-up seam ("certificate").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QWidget

from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.profile_words import organisation_error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from ishoj_mus.pdf.keys import KeyMaterial
    from ishoj_mus.storage.settings import Settings

    # (parent, the certificate's file, the conversation's leader) -> the key, or False (told why)
    OpenCertificate = Callable[[QWidget, Path, str], KeyMaterial | Literal[False]]


def signing_material(
    parent: QWidget, settings: Settings, leader: str = "", *, open_certificate: OpenCertificate
) -> KeyMaterial | None | Literal[False]:
    """The organisation's certificate when configured, opened by ``open_certificate``.

    The user's own choice (Indstillinger) first, then the organisation profile's; None: the
    per-user key, unless the profile requires the organisation's certificate (then False).
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
    return open_certificate(parent, path, leader)
