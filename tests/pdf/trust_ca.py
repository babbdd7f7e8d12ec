"""The trust tests' organisation, leader policy and passphrase, and a policy and a timestamper
for the CA hierarchy of tests/pdf/conftest.py's ``ca`` (test_trust_policy, test_redtrust)."""

from __future__ import annotations

import datetime as dt

from ishoj_mus.pdf.timestamping import dummy_timestamper
from ishoj_mus.pdf.verdict import Policy

ORG = "Ishøj Kommune (test)"
LEADER_POLICY = "1.3.6.1.4.1.32473.22.9"
PW = "hemmelig"


def policy(ca, **extra) -> Policy:
    base = dict(trust_roots=(ca["root"].der,), tsa_roots=(ca["root"].der,), leader_policies=(LEADER_POLICY,))
    base.update(extra)
    return Policy(**base)


def stamper(ca, at: dt.datetime | None = None):
    return dummy_timestamper(ca["tsa"].pem, ca["tsa"].key_pem(), at)
