"""Who a certificate names, and whether it is the conversation's leader by the organisation's
rule (the profile's [leaders]: certificates, an issuing CA, a policy, and the name).

A certificate's name is the signer's own claim: shown with control and bidi characters made
visible, never obeyed. Used by verification and, before signing, by the window
(``leader_mismatch``: cryptography and asn1crypto, no pyHanko).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509 as c_x509
from cryptography.hazmat.primitives import serialization

from ishoj_mus.pdf.keys import KeyMaterial
from ishoj_mus.pdf.verdict import Policy
from ishoj_mus.pdf.verify_words import Reason, say
from ishoj_mus.storage.organisation import OrganisationError, load_profile
from ishoj_mus.text import visible


def raw_name(name: Any) -> str:
    """A certificate name's common name (or the whole name) as written: for comparing only."""
    native = name.native
    return str(native.get("common_name") or name.human_friendly)


def shown_name(name: Any) -> str:
    """A certificate's name as shown: it is the signer's own claim, so control and bidi
    characters (which could rewrite the terminal line) are made visible, never obeyed."""
    return visible(raw_name(name), 120)


def leader_problem_for(cert_der: bytes, leader: str, rule: Any) -> str:
    """``leader_problem`` for a certificate about to sign, under the profile's LeaderRule."""
    policy = Policy(
        leader_fingerprints=tuple(rule.fingerprints)
        + tuple(hashlib.sha256(der).hexdigest().upper() for der in rule.certificates),
        leader_issuers=tuple(rule.issuers),
        leader_policies=tuple(rule.policies),
        match_name=bool(rule.match_name),
    )
    return leader_problem(asn1_x509.Certificate.load(cert_der), leader, policy)


def leader_problem(cert: Any, leader: str | None, policy: Policy) -> str:
    if policy.restricts_certificates and not _is_leader_certificate(cert, policy):
        return say(Reason.NOT_LEADER_CERTIFICATE)
    if policy.match_name:
        if not leader:
            return say(Reason.NO_LEADER_NAME)
        common = raw_name(cert.subject)
        if _person(common) != _person(leader):
            return say(Reason.OTHER_NAME, str(visible(common)), str(visible(leader)))
    return ""


def _is_leader_certificate(cert: Any, policy: Policy) -> bool:
    if cert.sha256.hex().upper() in policy.leader_fingerprints:
        return True
    if policy.leader_policies:
        policies = cert.certificate_policies_value
        oids = {p["policy_identifier"].dotted for p in policies} if policies is not None else set()
        if oids & set(policy.leader_policies):
            return True
    if policy.leader_issuers:
        leaf = c_x509.load_der_x509_certificate(cert.dump())
        for der in policy.leader_issuers:
            try:
                leaf.verify_directly_issued_by(c_x509.load_der_x509_certificate(der))
                return True
            except Exception:  # noqa: BLE001 – not issued by this CA
                continue
    return False


def _person(name: str) -> str:
    """A person's name for comparing a certificate with the conversation: case, spacing and a
    trailing »(…)« or », …« (a role or an organisation) aside."""
    text = unicodedata.normalize("NFC", name).casefold()
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    text = text.split(",")[0]
    return " ".join(text.split())


def leader_mismatch(material: KeyMaterial, leader: str) -> str:
    """Why ``verify`` would not recognise this certificate as the conversation's leader (by the
    organisation profile's [leaders] rule), in one Danish sentence; "" when it would. Said in
    the window before signing. The self-made key is named after the leader: no mismatch."""
    if material.personal:
        return ""
    try:
        rule = load_profile().leader_rule
    except OrganisationError:
        return ""  # said when the profile is read for signing
    der = material.certificate().public_bytes(serialization.Encoding.DER)
    return leader_problem_for(der, leader, rule)
