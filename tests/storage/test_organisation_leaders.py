"""The profile's [leaders] and [timestamp]: how a leader's certificate is recognised, and the TSA."""

from __future__ import annotations

import re

import pytest

from ishoj_mus import paths
from ishoj_mus.storage.organisation import OrganisationError, OrganisationProblem, load_profile


@pytest.fixture(scope="module")
def pems(tmp_path_factory):
    from ishoj_mus.pdf.demo_organisation import issue_ca_and_leader

    issued = issue_ca_and_leader("Ishøj Kommune (test)", "Jonas Kristensen", "x")
    return issued.ca_pem, issued.leader_pem


def test_the_example_with_every_leader_and_timestamp_key_switched_on_loads(tmp_path, pems):
    ca, leader = pems
    text = paths.resource("organisation.example.toml").read_text("utf-8")
    # switch on every commented key of the two sections, as IT would
    for key in ("certificates", "fingerprints", "issuers", "policies", "url", "anchors"):
        text = re.sub(rf"^# ({key} = .*)$", r"\1", text, flags=re.M)
    fingerprint = ":".join(["3F"] * 32)
    text = text.replace('"3F:A2:…:9C"', f'"{fingerprint}"')
    profile = tmp_path / "organisation.toml"
    profile.write_text(text, "utf-8")
    (tmp_path / "ledere").mkdir()
    (tmp_path / "ledere" / "jonas-kristensen.pem").write_bytes(leader)
    for name in ("ishoj-mus-ca.pem", "ishoj-leder-ca.pem", "tsa-rod.pem"):
        (tmp_path / name).write_bytes(ca)
    loaded = load_profile(profile)
    rule = loaded.leader_rule
    assert rule.match_name and rule.restricts_certificates
    assert rule.fingerprints == ("3F" * 32,)
    assert rule.policies == ("1.2.208.999.1.2.3",)
    assert len(rule.certificates) == 1 and len(rule.issuers) == 1
    assert loaded.timestamp_url == "http://tsa.ishoj.dk/tsa" and len(loaded.timestamp_anchors) == 1
    # a pinned leader's certificate is a trust anchor as well
    assert rule.certificates[0] in loaded.trust_anchors


def test_without_leaders_any_trusted_certificate_may_be_a_leader_by_name():
    from ishoj_mus.storage.organisation import OrganisationProfile

    rule = OrganisationProfile().leader_rule
    assert rule.match_name and not rule.restricts_certificates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[leaders]\nfingerprints = ["AB:CD"]\n',
            "[leaders] fingerprints: »AB:CD« er ikke et SHA-256-fingeraftryk",
        ),
        ('[leaders]\npolicies = ["leder"]\n', "[leaders] policies: »leder« er ikke en OID"),
        (
            '[leaders]\nissuers = ["mangler.pem"]\n',
            "[leaders] issuers: certifikatet »mangler.pem« kan ikke læses",
        ),
        ("[leaders]\nmatch_name = 'ja'\n", "[leaders] match_name skal være true eller false"),
        ("[leaders]\nname = true\n", "nøglen »name« i [leaders] kendes ikke"),
        ('[timestamp]\nurl = "tsa.ishoj.dk"\n', "[timestamp] url: »tsa.ishoj.dk« er ikke en adresse"),
        ('[timestamp]\nanchors = ["x.pem"]\n', "[timestamp] anchors: certifikatet »x.pem« kan ikke læses"),
    ],
)
def test_a_wrong_leader_or_timestamp_key_is_named_in_danish(tmp_path, text, expected):
    profile = tmp_path / "organisation.toml"
    profile.write_text(text, "utf-8")
    with pytest.raises(OrganisationError) as caught:
        load_profile(profile)
    assert expected in caught.value.message, caught.value.message
    assert str(profile) in caught.value.message
    assert caught.value.code in (
        OrganisationProblem.BAD_VALUE,
        OrganisationProblem.ANCHOR_UNREADABLE,
        OrganisationProblem.WRONG_TYPE,
        OrganisationProblem.UNKNOWN_KEY,
    )


def test_a_file_that_is_no_certificate_is_named_with_its_key(tmp_path):
    (tmp_path / "leder.pem").write_text("ikke et certifikat", "utf-8")
    profile = tmp_path / "organisation.toml"
    profile.write_text('[leaders]\ncertificates = ["leder.pem"]\n', "utf-8")
    with pytest.raises(
        OrganisationError, match=r"\[leaders\] certificates: »leder.pem« er ikke et certifikat"
    ):
        load_profile(profile)
