"""English mode says in English why last year's agreements are not imported from a PDF that is
too large or while the organisation profile cannot be used – as in the settings and signing
dialogs. The Danish window keeps the storage layer's own words, byte for byte. Each sentence is
worded once, in storage (issue 25, item 3), so the English says what the Danish says: the line and
column of a TOML error, why a value cannot be used, why a file is not read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ishoj_mus.importing import ImportRefusal, ImportRefused, plan_import
from ishoj_mus.storage.organisation import OrganisationProblem
from ishoj_mus.ui.widgets import i18n, import_words, profile_words
from tests.helpers import DANISH, answer_box, followups_editor, open_window


def _huge_pdf(folder: Path) -> Path:
    path = folder / "kæmpe.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(30 * 1024 * 1024)  # sparse: 30 MB on paper, nothing on disk
    return path


def test_an_english_window_says_why_a_too_large_pdf_is_refused(qtbot, tmp_path, demo):
    huge = _huge_pdf(tmp_path)
    window = open_window(qtbot, lang="en")
    try:
        window.open_demo()
        editor = followups_editor(window)
        before = list(window.view.conv.followups)
        seen: list[str] = []
        answer_box(seen)
        assert editor.import_from(str(huge)) is False
        assert seen[-1] == (  # verify's own sentence, in English (issue 25: said once)
            "The agreements are not imported from “kæmpe.pdf”: The file is 30 MB – too large to be the "
            "minutes of a development conversation. Check that it is the right file."
        ), seen
        assert not DANISH.search(seen[-1].replace("kæmpe.pdf", "")), seen[-1]
        assert window.view.conv.followups == before
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_the_danish_window_keeps_the_too_large_message(qtbot, tmp_path, demo):
    huge = _huge_pdf(tmp_path)
    with pytest.raises(ImportRefused) as refused:
        plan_import(huge, demo)
    assert refused.value.code == ImportRefusal.TOO_LARGE
    assert refused.value.message == (
        "Aftalerne hentes ikke fra »kæmpe.pdf«: Filen fylder 30 MB – for meget til at være et "
        "MUS-referat. Kontrollér, at det er den rigtige fil."
    )
    window = open_window(qtbot)
    window.open_demo()
    seen: list[str] = []
    answer_box(seen)
    assert followups_editor(window).import_from(str(huge)) is False
    assert seen == [refused.value.message]


def _profiles(folder: Path) -> dict[OrganisationProblem, tuple[Path, str]]:
    """A broken profile for each problem, and how the English text starts after the file name."""
    (folder / "broken.pem").write_text("not a certificate", encoding="utf-8")
    texts = {
        OrganisationProblem.NOT_TOML: (
            "[organisation\nname = 1",
            "” is not valid TOML (error in line 1, column 14). Correct the file and try again.",
        ),
        OrganisationProblem.UNKNOWN_KEY: (
            '[organisation]\nnavn = "Ishøj"\n',
            "”: the key “navn” in [organisation] is not known. Known keys: name, unit, contact.",
        ),
        OrganisationProblem.WRONG_TYPE: (
            "[signing]\npersonal_key = 1\n",
            "”: [signing] personal_key must be true or false. Correct the file and try again.",
        ),
        OrganisationProblem.BAD_VALUE: (
            '[filing]\nfacet = "g1"\n',
            "”: [filing] facet cannot be used (“g1”): an action facet is written as a capital letter and "
            "two digits, e.g. G01. Correct the file and try again.",
        ),
        OrganisationProblem.ANCHOR_UNREADABLE: (
            '[trust]\nanchors = ["mangler.pem"]\n',
            "”: [trust] anchors: the certificate “mangler.pem” cannot be read: “mangler.pem” does not "
            "exist. Check the spelling, or choose the file again. Correct the path, or ask IT for the file.",
        ),
        OrganisationProblem.ANCHOR_NOT_CERTIFICATE: (
            '[trust]\nanchors = ["broken.pem"]\n',
            "”: [trust] anchors: “broken.pem” is not a certificate in PEM or DER format.",
        ),
    }
    profiles = {}
    for code, (content, english) in texts.items():
        path = folder / f"{code.value}.toml"
        path.write_text(content, encoding="utf-8")
        profiles[code] = (path, english)
    profiles[OrganisationProblem.NOT_FOUND] = (
        folder / "findes_ikke.toml",
        "” (set in ISHOJ_MUS_ORGANISATION) does not exist. Correct the path, or ask IT for the profile.",
    )
    profiles[OrganisationProblem.UNREADABLE] = (
        folder,  # a folder, not a file
        f"” cannot be used: “{folder.name}” is a folder, not a file. Choose a file in the folder. Ask IT for help.",
    )
    return profiles


def test_an_unusable_organisation_profile_is_worded_in_english_and_kept_in_danish(
    qapp, tmp_path, demo, monkeypatch
):
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    profiles = _profiles(tmp_path)
    assert set(profiles) == set(OrganisationProblem)  # every problem is worded
    for code, (profile, english) in profiles.items():
        monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(profile))
        with pytest.raises(ImportRefused) as refused:
            plan_import(pdf, demo)
        exc = refused.value
        assert exc.code == ImportRefusal.ORGANISATION and exc.profile_error is not None
        assert exc.profile_error.code == code, (code, exc.message)
        assert import_words.import_refusal_text(exc) == exc.message  # Danish: the profile's own words
        assert profile_words.organisation_error_text(exc.profile_error) == exc.message
        i18n.install(QCoreApplication.instance(), "en")
        try:
            text = import_words.import_refusal_text(exc)
        finally:
            i18n.install(QCoreApplication.instance(), "da")
        assert text == f"The organisation profile “{profile}{english}", (code, text)
        rest = text.replace(str(profile), "")
        assert not DANISH.search(rest.replace("mangler.pem", "")), (code, text)


def test_the_hr_edition_says_in_english_why_the_profile_cannot_be_used(qtbot, tmp_path, monkeypatch):
    from ishoj_mus.storage.hr_profile import ProfileError, load_hr_settings
    from ishoj_mus.ui.outputs.hr_outputs import hr_edition_or_message

    profile = tmp_path / "organisation.toml"
    profile.write_text('hr_edition = "alt"\n', encoding="utf-8")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(profile))
    with pytest.raises(ProfileError) as broken:
        load_hr_settings()
    assert broken.value.code == OrganisationProblem.WRONG_TYPE

    window = open_window(qtbot, lang="en")
    try:
        seen: list[str] = []
        answer_box(seen)
        assert hr_edition_or_message(window) is None
        assert seen == [  # the HR reader's own sentence, in English (before: the profile's advice)
            f'The organisation profile “{profile}”: hr_edition must be "referat" or "udviklingsplan", '
            "not “alt”. Contact the IT department."
        ], seen
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    seen.clear()
    answer_box(seen)
    assert hr_edition_or_message(window) is None
    assert seen == [broken.value.message]  # Danish: the profile reader's own words
