"""Filing metadata in the referat's XMP: what an ESDH reads, signed with the rest of the file."""

from __future__ import annotations

import io
from datetime import datetime

import pikepdf
import pytest
from lxml import etree

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.edition import Edition, HrPolicy
from ishoj_mus.pdf import pipeline
from ishoj_mus.pdf.filing_xmp import NAMESPACE, PREFIX, PROPERTIES, read_filing_xmp_bytes
from ishoj_mus.pdf.verdict import AENDRET
from ishoj_mus.pdf.verification import check_pdf
from tests.pdf.trust_helpers import incremental

PROFILE = """
retention_note = "Opbevares i 5 år efter fratræden."
[filing]
kle = "81.03.00"
facet = "G01"
document_types = { referat = "MUS01", udviklingsplan = "MUS02" }
"""


@pytest.fixture
def profile(tmp_path, monkeypatch):
    path = tmp_path / "organisation.toml"
    path.write_text(PROFILE, encoding="utf-8")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(path))
    return path


@pytest.fixture(scope="module")
def signed_hr(tmp_path_factory):
    """A signed HR edition made under the profile above (module scope: signing is the slow part)."""
    import os

    from ishoj_mus.demo import demo_conversation, sign_demo

    folder = tmp_path_factory.mktemp("xmp")
    path = folder / "organisation.toml"
    path.write_text(PROFILE, encoding="utf-8")
    old = os.environ.get("ISHOJ_MUS_ORGANISATION")
    os.environ["ISHOJ_MUS_ORGANISATION"] = str(path)
    os.environ["ISHOJ_MUS_HOME"] = str(folder / "home")
    try:
        conv = demo_conversation()
        sign_demo(conv)
        return conv, pipeline.summary_pdf(conv)
    finally:
        os.environ["ISHOJ_MUS_ORGANISATION"] = old if old is not None else ""


def test_the_signed_hr_edition_carries_what_hr_files_by(signed_hr):
    conv, data = signed_hr
    values = read_filing_xmp_bytes(data)
    assert values == {
        "documentType": "referat",
        "documentTypeName": "MUS-referat",
        "documentTypeKey": "MUS01",
        "kle": "81.03.00",
        "handlingFacet": "G01",
        "employeeName": "Mette Hansen",
        "employeeNumber": conv.employee.employee_number,
        "leaderName": "Jonas Kristensen",
        "conversationDate": conv.date.isoformat(),
        "conversationId": conv.id,
        "version": "1",
        "edition": "hr_referat",
        "retentionNote": "Opbevares i 5 år efter fratræden.",
        "form": "mus",
    }
    assert check_pdf(data).intact  # the signature still covers the whole file


def test_the_namespace_is_declared_by_a_pdfa_extension_schema(signed_hr):
    _, data = signed_hr
    with pikepdf.open(io.BytesIO(data)) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
    assert f'xmlns:{PREFIX}="{NAMESPACE}"'.encode() in packet  # our prefix, not "ns0"
    root = etree.fromstring(packet)
    schema_ns = "http://www.aiim.org/pdfa/ns/schema#"
    prop_ns = "http://www.aiim.org/pdfa/ns/property#"

    def attr_or_text(element, ns, name):
        found = element.get(f"{{{ns}}}{name}")
        if found is None:
            child = element.find(f"{{{ns}}}{name}")
            found = child.text if child is not None else None
        return found

    schemas = [
        e
        for e in root.iter()
        if attr_or_text(e, schema_ns, "namespaceURI") == NAMESPACE and isinstance(e.tag, str)
    ]
    assert len(schemas) == 1 and attr_or_text(schemas[0], schema_ns, "prefix") == PREFIX
    described = {
        attr_or_text(e, prop_ns, "name"): attr_or_text(e, prop_ns, "valueType")
        for e in schemas[0].iter()
        if isinstance(e.tag, str) and attr_or_text(e, prop_ns, "name")
    }
    assert described == {name: kind for name, kind, _ in PROPERTIES}
    assert set(read_filing_xmp_bytes(data)) <= set(described)


def test_changing_the_metadata_after_signing_is_a_change(signed_hr):
    _, data = signed_hr

    def rewrite(writer):
        from pyhanko.pdf_utils import generic

        meta = writer.root["/Metadata"]
        stream = meta.get_object()
        stream._data = stream.data.replace(b"81.03.00", b"00.01.00")
        stream._encoded_data = None
        writer.update_container(stream)
        _ = generic

    forged = incremental(data, rewrite)
    assert read_filing_xmp_bytes(forged)["kle"] == "00.01.00"
    assert check_pdf(forged).code == AENDRET


def test_plan_policy_employee_copy_and_version_two(profile, signed_demo):
    plan = pipeline.summary_pdf(signed_demo, edition=Edition.hr(HrPolicy.UDVIKLINGSPLAN))
    values = read_filing_xmp_bytes(plan)
    assert (values["documentType"], values["documentTypeKey"], values["edition"]) == (
        "udviklingsplan",
        "MUS02",
        "hr_udviklingsplan",
    )
    copy = read_filing_xmp_bytes(pipeline.summary_pdf(signed_demo, edition=Edition.employee_copy()))
    assert copy["edition"] == "medarbejderens_eksemplar" and "retentionNote" not in copy

    from ishoj_mus.demo import sign_demo

    signed_demo.reopen("Jonas Kristensen", Voice.LEDER, datetime(2026, 11, 20, 9, 30).astimezone())
    sign_demo(signed_demo)
    second = read_filing_xmp_bytes(pipeline.summary_pdf(signed_demo))
    assert second["version"] == "2" and second["replacesSignedAt"].startswith("2026-11-19")


def test_a_half_year_follow_up_is_filed_as_one(profile):
    from ishoj_mus.domain.conversation import new_conversation
    from ishoj_mus.storage.form_files import load_form
    from tests.conftest import ROOT

    form = load_form(ROOT / "forms" / "opfoelgning.toml")
    from ishoj_mus.demo import demo_conversation

    demo = demo_conversation()
    conv = new_conversation(form, demo.employee, demo.leader, demo.date)  # a draft is enough here
    values = read_filing_xmp_bytes(pipeline.summary_pdf(conv))
    assert (values["documentType"], values["documentTypeName"], values["form"]) == (
        "opfoelgning",
        "Halvårsopfølgning",
        "opfoelgning",
    )
