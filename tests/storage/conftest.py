"""Fixtures of the storage tests."""

from __future__ import annotations

import pytest

from ishoj_mus.pdf.demo_organisation import issue_ca_and_leader


@pytest.fixture(scope="session")
def ca_pem() -> bytes:
    """An organisation's CA certificate (PEM), as IT puts it beside the profile."""
    return issue_ca_and_leader("Ishøj Kommune (test)", "Leder", "x").ca_pem
