"""A form or organisation profile edited in Windows Notepad and saved as "UTF-8 with BOM" was
refused as "ikke gyldig TOML (fejl i linje 1, kolonne 1)" – the file looked right to the person
who edited it, and nothing said why (issue #24, red team)."""

from __future__ import annotations

from ishoj_mus import paths
from ishoj_mus.storage.organisation import load_profile
from tests.conftest import ROOT, run_cli

BOM = b"\xef\xbb\xbf"


def test_a_form_saved_with_a_bom_is_checked_and_in_order(tmp_path):
    form = tmp_path / "mus.toml"
    form.write_bytes(BOM + (ROOT / "forms" / "mus.toml").read_bytes().replace(b"\n", b"\r\n"))
    out = run_cli("check-form", str(form))
    assert out.returncode == 0, out.stderr
    assert "er i orden" in out.stdout


def test_an_organisation_profile_saved_with_a_bom_loads(tmp_path):
    profile = tmp_path / "organisation.toml"
    text = paths.resource("organisation.example.toml").read_bytes()
    profile.write_bytes(BOM + text.replace(b'anchors = ["ishoj-mus-ca.pem"]', b"anchors = []"))
    assert load_profile(profile).name == "Ishøj Kommune"
