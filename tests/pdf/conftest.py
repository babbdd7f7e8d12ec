"""Fixtures of the trust tests (test_trust_policy, test_redtrust): a CA hierarchy made once per
module, the demo conversation signed, and its referat signed by the leader."""

from __future__ import annotations

import datetime as dt

import pytest

from ishoj_mus.pdf import demo_organisation as pki
from ishoj_mus.pdf import pipeline
from ishoj_mus.pdf.keys import KeyMaterial
from tests.pdf.trust_ca import LEADER_POLICY, ORG, PW


@pytest.fixture(scope="module")
def ca():
    """root → issuing CA → leader, employee; root → policy CA → issuing CA 2 → leader (three
    tiers); a root with pathLen 0 that wrongly issued a CA; a TSA; a leader whose certificate
    expires in 30 days."""
    root = pki.make_ca("Test Rod-CA", ORG, path_length=2)
    issuing = pki.make_ca("Test Udstedende CA", ORG, root, path_length=0)
    policy_ca = pki.make_ca("Test Politik-CA", ORG, root, path_length=1)
    issuing2 = pki.make_ca("Test Udstedende CA 2", ORG, policy_ca, path_length=0)
    strict_root = pki.make_ca("Test Rod-CA pathLen 0", ORG, path_length=0)
    wrong_ca = pki.make_ca("Test CA uden lov", ORG, strict_root)
    now = dt.datetime.now(dt.UTC)
    people = {
        "leader": (
            pki.make_person("Jonas Kristensen", ORG, issuing, policies=[LEADER_POLICY]),
            [issuing, root],
        ),
        "employee": (pki.make_person("Mette Hansen", ORG, issuing), [issuing, root]),
        "three_tier": (
            pki.make_person("Jonas Kristensen", ORG, issuing2, policies=[LEADER_POLICY]),
            [issuing2, policy_ca, root],
        ),
        "pathlen": (pki.make_person("Jonas Kristensen", ORG, wrong_ca), [wrong_ca, strict_root]),
        "short": (
            pki.make_person(
                "Jonas Kristensen",
                ORG,
                issuing,
                policies=[LEADER_POLICY],
                not_before=now - dt.timedelta(days=700),
                not_after=now + dt.timedelta(days=30),
            ),
            [issuing, root],
        ),
        "hr": (pki.make_person("Hanne HR", ORG, issuing), [issuing, root]),
    }
    keys = {
        name: KeyMaterial(pki.pkcs12_for(p, chain, PW), PW.encode()) for name, (p, chain) in people.items()
    }
    tsa = pki.make_tsa("Test Tidsstempeltjeneste", ORG, root)
    return {
        "root": root,
        "strict_root": strict_root,
        "tsa": tsa,
        "keys": keys,
        "root_obj": root,
        "issuing_obj": issuing,
    }


@pytest.fixture(scope="module")
def conv():
    from ishoj_mus.demo import demo_conversation, sign_demo

    c = demo_conversation()
    sign_demo(c)
    return c


@pytest.fixture(scope="module")
def referat(ca, conv):
    return pipeline.summary_pdf(conv, ca["keys"]["leader"])
