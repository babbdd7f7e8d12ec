"""From conversation to finished file: render, PDF/A-3b, sign – with progress reported.

Heavy: reportlab, pikepdf and pyHanko come with it. The window never imports it (its PDFs are
made in the worker process, ``pdf.worker_main``); their names and writing them are ``pdf.files``.
"""

from __future__ import annotations

from collections.abc import Callable

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.edition import Edition, edition_of
from ishoj_mus.domain.form import Form
from ishoj_mus.pdf.archive import to_pdfa
from ishoj_mus.pdf.documents import render_plan, render_sheet
from ishoj_mus.pdf.filing_xmp import add_filing_xmp, filing_values
from ishoj_mus.pdf.keys import KeyMaterial, user_key_material
from ishoj_mus.pdf.pages import shortened
from ishoj_mus.pdf.signing import sign_pdf
from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.storage.filing import load_filing_settings
from ishoj_mus.storage.hr_profile import load_hr_settings
from ishoj_mus.text import da  # progress texts: Danish here, the window shows them through tr()

Progress = Callable[[int, str], None]  # percent, Danish text


def _noop(percent: int, text: str) -> None:
    pass


def default_hr_edition() -> Edition:
    """The HR edition the organisation profile asks for (referat when there is no profile)."""
    return load_hr_settings().hr_edition()


def summary_pdf(
    conv: Conversation,
    material: KeyMaterial | None = None,
    progress: Progress = _noop,
    edition: Edition | None = None,
) -> bytes:
    """The archival summary; digitally signed when both parties have signed.

    ``edition`` says what the document shows: by default the HR edition the organisation
    profile asks for (``Edition.employee_copy()`` for the employee's own copy). Only what the
    edition shows is rendered and attached. ``material`` is the signing key (KeyMaterial);
    the per-user key is used when None.
    """
    if edition is None:
        edition = default_hr_edition()
    conv = edition_of(conv, edition)

    fingerprint = None
    if conv.is_fully_signed:
        progress(5, da("Henter certifikat …"))
        if material is None:
            material = user_key_material(conv.leader.name)
        fingerprint = material.fingerprint()
    progress(15, da("Sætter referatet op …"))
    personal_key = bool(material is not None and material.personal)
    signed_by = material.signed_by() if material is not None and conv.is_fully_signed else ""
    raw = render_summary(conv, fingerprint, edition, personal_key=personal_key, signed_by=signed_by)
    progress(45, da("Gør PDF'en arkivbestandig (PDF/A-3b) …"))
    archived = to_pdfa(raw, conv, "summary", edition=edition)
    # Filing metadata (document type, KLE, employee, version …) in the XMP, before signing.
    archived = add_filing_xmp(archived, filing_values(conv, edition, load_filing_settings()))
    if not conv.is_fully_signed or material is None:
        progress(100, da("Færdig"))
        return archived
    progress(70, da("Signerer digitalt …"))
    signed = sign_pdf(
        archived,
        material,  # the signature's own strings stay short: PDF/A allows none over 32 767 bytes
        reason=f"{shortened(conv.form.documents.name)} for {shortened(conv.employee.name)}: {edition.name}, underskrevet af medarbejder og leder",
        location=shortened(conv.place),
    )
    progress(100, da("Færdig"))
    return signed


def plan_pdf(conv: Conversation, hr_files_referat: bool | None = None) -> bytes:
    """The development plan; ``hr_files_referat`` (default: the organisation profile's policy)
    decides whether the plan may say the rest of the conversation is in the personnel file."""
    if hr_files_referat is None:
        hr_files_referat = not default_hr_edition().is_plan_only
    return to_pdfa(render_plan(conv, hr_files_referat), None, "plan")


def sheet_pdf(form: Form) -> bytes:
    return to_pdfa(render_sheet(form), None, "sheet")
