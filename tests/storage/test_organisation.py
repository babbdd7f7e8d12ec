"""The organisation profile: found where IT puts it, read with clear Danish errors."""

from __future__ import annotations

import shutil

import pytest

from ishoj_mus import paths
from ishoj_mus.storage import organisation_words
from ishoj_mus.storage.organisation import OrganisationError, find_profile, load_profile
from tests.conftest import run_cli


def test_the_commented_example_is_a_valid_profile(tmp_path, ca_pem):
    profile = tmp_path / "organisation.toml"
    shutil.copy(paths.resource("organisation.example.toml"), profile)
    (tmp_path / "ishoj-mus-ca.pem").write_bytes(ca_pem)
    loaded = load_profile(profile)
    assert loaded.name == "Ishøj Kommune"
    assert len(loaded.trust_anchors) == 1 and "Ishøj Kommune (test)" in loaded.anchor_names[0]
    assert loaded.value("", "hr_edition") == "referat"
    assert loaded.allows_personal_key and loaded.signing_certificate is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[trust]\nanchors = ["mangler.pem"]\n',
            "[trust] anchors: certifikatet »mangler.pem« kan ikke læses",
        ),
        ("[trust]\nanchor = []\n", "nøglen »anchor« i [trust] kendes ikke"),
        ("[signing]\npersonal_key = 'ja'\n", "[signing] personal_key skal være true eller false"),
        ("[organisation\nname = 1\n", "er ikke gyldig TOML"),
        ("retention_note = 3\n", "retention_note skal være en tekst"),
    ],
)
def test_a_wrong_profile_names_the_file_and_the_key(tmp_path, text, expected):
    profile = tmp_path / "organisation.toml"
    profile.write_text(text, encoding="utf-8")
    with pytest.raises(OrganisationError) as info:
        load_profile(profile)
    assert expected in info.value.message and str(profile) in info.value.message


def test_a_certificate_that_is_not_one_is_named(tmp_path):
    (tmp_path / "ca.pem").write_text("ikke et certifikat", encoding="utf-8")
    profile = tmp_path / "organisation.toml"
    profile.write_text('[trust]\nanchors = ["ca.pem"]\n', encoding="utf-8")
    with pytest.raises(OrganisationError, match="»ca.pem« er ikke et certifikat"):
        load_profile(profile)


def test_sections_a_later_version_adds_are_kept_not_refused(tmp_path):
    profile = tmp_path / "organisation.toml"
    profile.write_text('new_top = 1\n[forms]\nfolder = "x"\n', encoding="utf-8")
    loaded = load_profile(profile)
    assert set(loaded.other_sections) == {"new_top", "forms"}
    assert loaded.section("forms") == {"folder": "x"}


def test_found_first_by_variable_then_beside_the_program_then_site_folder(tmp_path, monkeypatch):
    beside, site = tmp_path / "program", tmp_path / "home" / "site"
    beside.mkdir()
    site.mkdir(parents=True)
    monkeypatch.setattr(paths, "program_dir", lambda: beside)
    monkeypatch.setenv("ISHOJ_MUS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(organisation_words.ENV_VAR)
    assert find_profile() is None
    (site / "organisation.toml").write_text("", encoding="utf-8")
    assert find_profile() == site / "organisation.toml"
    (beside / "organisation.toml").write_text("", encoding="utf-8")
    assert find_profile() == beside / "organisation.toml"
    named = tmp_path / "named.toml"
    monkeypatch.setenv(organisation_words.ENV_VAR, str(named))
    assert find_profile() == named
    with pytest.raises(OrganisationError, match="findes ikke"):
        load_profile()
    monkeypatch.setenv(organisation_words.ENV_VAR, "")
    assert find_profile() is None and load_profile().trust_anchors == ()


def test_verify_with_a_broken_profile_is_one_clear_line(tmp_path):
    profile = tmp_path / "organisation.toml"
    profile.write_text('[trust]\nanchors = ["væk.pem"]\n', encoding="utf-8")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    result = run_cli("verify", str(pdf), env={"ISHOJ_MUS_ORGANISATION": str(profile)})
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "væk.pem" in result.stderr and "Traceback" not in result.stderr


def test_demo_organisation_writes_a_profile_that_loads(tmp_path):
    result = run_cli("demo-organisation", str(tmp_path / "org"))
    assert result.returncode == 0, result.stderr
    loaded = load_profile(tmp_path / "org" / "organisation.toml")
    assert len(loaded.trust_anchors) == 1
    assert loaded.signing_certificate == tmp_path / "org" / "leder.p12"
