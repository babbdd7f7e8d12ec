"""The typed result of one file's judgement (ishoj_mus.pdf.verify_result), as hrdesk uses it."""

from __future__ import annotations

import json

import pytest

from ishoj_mus.pdf.judge import load_trust_settings, verify_path
from ishoj_mus.pdf.verify_result import Judgement, Paper
from ishoj_mus.storage.organisation import OrganisationProfile
from tests.pdf import trust_helpers as th


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.keys import organisation_key_material

    folder = tmp_path_factory.mktemp("pki")
    th.write_ca(folder)
    conv = demo_conversation()
    sign_demo(conv)
    org = organisation_key_material(folder / "leder.p12", th.PASSPHRASE)
    path = folder / "referat.pdf"
    path.write_bytes(pipeline.summary_pdf(conv, org))
    return folder, path


def test_one_file_gives_verdict_exit_code_paper_people_and_lines(signed):
    folder, path = signed
    settings = load_trust_settings([folder / "ca.pem"], profile=OrganisationProfile())
    result = verify_path(path, settings)
    assert result.verdict == Judgement.GYLDIG and result.exit_code == 0
    assert result.edition == Paper.HR_REFERAT
    assert result.leader == "Jonas Kristensen" and result.employee == "Mette Hansen"
    [signer] = result.signers
    assert signer.is_leader and signer.trusted and signer.reason == ""
    assert result.conversation_id and result.version == 1
    assert result.lines[0].startswith("GYLDIG: ")
    doc = json.loads(result.to_json())
    assert doc["verdict"] == "GYLDIG" and doc["edition"] == "hr_referat" and "attachment" not in doc


def test_a_missing_file_is_ulaeselig_not_an_exception(tmp_path):
    settings = load_trust_settings(profile=OrganisationProfile())
    result = verify_path(tmp_path / "findes-ikke.pdf", settings)
    assert result.verdict == Judgement.ULAESELIG and result.exit_code == 2
    assert result.lines == [f"ULÆSELIG: »findes-ikke.pdf«: {result.message}"]
