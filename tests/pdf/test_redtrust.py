"""Attacks on ``verify`` as an HR clerk's adversaries would try them (issue 22, red team).

Each test is one class of attack on a genuine, leader-signed referat; the CA hierarchy and the
helpers are tests/pdf/conftest.py's and trust_ca.py's.
"""

from __future__ import annotations

import io
import json

import pytest

from ishoj_mus.pdf.timestamping import add_document_timestamp
from ishoj_mus.pdf.verdict import AENDRET, GYLDIG
from ishoj_mus.pdf.verification import check_pdf
from tests.pdf.trust_ca import policy, stamper

pytestmark = pytest.mark.usefixtures("ca")


def _with_info(data: bytes, **changes: str) -> bytes:
    """``data`` with Info entries changed in an incremental update (nothing else)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    info = writer.trailer["/Info"].get_object()
    for key, value in changes.items():
        info[generic.NameObject("/" + key)] = generic.TextStringObject(value)
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "changes",
    [
        {"Title": "Referat af MUS – Anders Andersen – 19.11.2026"},  # filed under another employee
        {"Author": "Anne Leder"},
        {"Keywords": "MUS, referat, medarbejderens eksemplar"},
        {"Subject": "Referat – aftalt lønforhøjelse"},
    ],
)
def test_document_properties_changed_after_signing_are_aendret(ca, referat, changes):
    """Archives index a referat by its Info (title, author, keywords) and viewers show the title;
    pyHanko's difference analysis does not look at the trailer's Info, so a change there was GYLDIG."""
    changed = _with_info(referat, **changes)
    verdict = check_pdf(changed, policy=policy(ca))
    assert verdict.code == AENDRET, verdict.message
    assert "egenskaber" in verdict.message


def test_a_timestamp_that_rewrites_dates_and_producer_is_still_gyldig(ca, referat):
    touched = _with_info(referat, ModDate="D:20300101120000Z", Producer="Arkivets LTV-værktøj 2.1")
    assert check_pdf(touched, policy=policy(ca)).code == GYLDIG
    stamped = add_document_timestamp(touched, stamper(ca))
    assert check_pdf(stamped, policy=policy(ca)).code == GYLDIG


@pytest.mark.parametrize("policy_name", ["REFERAT", "UDVIKLINGSPLAN"])
def test_every_hr_edition_of_the_shipped_form_reads_back(policy_name):
    """The HR editions leave out texts (the private-note hint; the plan also intros and help):
    their English twins must go too, or the attached conversation cannot be read back and a
    genuine referat verified UBEKRÆFTET ('ingen samtaledata med lederens navn')."""
    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.domain.edition import Edition, HrPolicy, edition_of
    from ishoj_mus.storage.musfile import conversation_to_dict, parse

    c = demo_conversation()
    sign_demo(c)
    assert any(dict(s.en).get("private_note_hint") for s in c.form.steps)  # the shipped form has English
    hr = edition_of(c, Edition.hr(HrPolicy[policy_name]))
    back = parse(json.dumps(conversation_to_dict(hr)).encode(), "x.mus")
    assert back.leader.name == c.leader.name


def _with_xmp(data: bytes, old: str, new: str) -> bytes:
    """``data`` with one text of its XMP packet replaced in an incremental update; the Info
    dictionary and everything else as signed (pyHanko's own metadata update switched off)."""
    import pikepdf
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with pikepdf.open(io.BytesIO(data)) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
    changed = packet.replace(old.encode(), new.encode())
    assert changed != packet

    class Writer(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            pass

    writer = Writer(io.BytesIO(data))
    stream = generic.StreamObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Metadata"),
            generic.NameObject("/Subtype"): generic.NameObject("/XML"),
        },
        stream_data=changed,
    )
    writer.root["/Metadata"] = writer.add_object(stream)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Mette Hansen – ", "Anders Andersen – "),  # dc:title: filed and shown under another employee
        ("HR-udgave (referat). Fortroligt", "Medarbejderens eksemplar. Journaliseres ikke"),  # dc:description
        ("<rdf:li>Jonas Kristensen</rdf:li>", "<rdf:li>Anne Leder</rdf:li>"),  # dc:creator
    ],
)
def test_xmp_metadata_changed_after_signing_is_aendret(ca, referat, old, new):
    """pyHanko's difference analysis accepts any well-formed new XMP packet, and only the filing
    properties were compared: dc:title, dc:description and dc:creator could be rewritten, GYLDIG."""
    verdict = check_pdf(_with_xmp(referat, old, new), policy=policy(ca))
    assert verdict.code == AENDRET, verdict.message
    assert "egenskaber" in verdict.message


def test_a_draft_plan_or_sheet_signed_digitally_by_the_leader_is_not_gyldig(ca, conv, demo):
    """The program never signs these, but any PDF tool can: a draft (the employee has not signed
    the conversation) carrying the leader's trusted signature verified GYLDIG, exit 0 – filed as
    if both had agreed. It is 'not a signed referat' (5), whoever signed it."""
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.judge import from_verdict
    from ishoj_mus.pdf.signing import sign_pdf
    from ishoj_mus.pdf.verdict import IKKE_UNDERSKREVET

    leader = ca["keys"]["leader"]
    cases = {
        "udkast": pipeline.summary_pdf(demo),
        "udviklingsplan": pipeline.plan_pdf(conv),
        "forberedelsesark": pipeline.sheet_pdf(conv.form),
    }
    for paper, data in cases.items():
        verdict = check_pdf(sign_pdf(data, leader, reason="Godkendt"), policy=policy(ca))
        assert verdict.code == IKKE_UNDERSKREVET, (paper, verdict.code, verdict.message)
        assert from_verdict(verdict, f"{paper}.pdf").exit_code == 5


def test_any_pdf_signed_with_a_leaders_certificate_is_not_a_signed_referat(ca):
    """With `match_name = false` (a profile that pins the leaders' certificates), a letter made
    in any program and signed with a leader's certificate verified GYLDIG 'bekræftet … som
    samtalens leder', exit 0: there is no conversation in it at all."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from reportlab.pdfgen import canvas

    from ishoj_mus.pdf.verdict import IKKE_UNDERSKREVET

    letter = io.BytesIO()
    page = canvas.Canvas(letter)
    page.drawString(72, 720, "Referat: Mette Hansen har accepteret en lavere løn.")
    page.save()
    material = ca["keys"]["leader"]
    signer = signers.SimpleSigner.load_pkcs12_data(
        material.pkcs12, other_certs=[], passphrase=material.passphrase
    )
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="Underskrift"), signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(letter.getvalue())), output=out
    )
    for match_name in (False, True):
        verdict = check_pdf(out.getvalue(), policy=policy(ca, match_name=match_name))
        assert verdict.code == IKKE_UNDERSKREVET, (match_name, verdict.message)
        assert "ingen samtaledata" in verdict.message


def test_a_ca_named_like_the_organisations_is_called_an_imitation(ca, conv):
    """Someone makes her own root and issuing CA with the organisation's names and a leader
    certificate under them. UBEKRÆFTET already, but the reason said 'certifikatkæden bryder
    reglerne for certifikater (RFC 5280, fx en CA's pathLen …)' – a technical fault of the
    organisation's CA to a clerk, not a forgery."""
    from ishoj_mus.pdf import demo_organisation as pki
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.keys import KeyMaterial
    from ishoj_mus.pdf.verdict import UBEKRAEFTET
    from tests.pdf.trust_ca import LEADER_POLICY, ORG

    fake_root = pki.make_ca("Test Rod-CA", ORG, path_length=2)  # the organisation's names
    fake_issuing = pki.make_ca("Test Udstedende CA", ORG, fake_root, path_length=0)
    leader = pki.make_person("Jonas Kristensen", ORG, fake_issuing, policies=[LEADER_POLICY])
    material = KeyMaterial(pki.pkcs12_for(leader, [fake_issuing, fake_root], "pw"), b"pw")
    verdict = check_pdf(pipeline.summary_pdf(conv, material), policy=policy(ca))
    assert verdict.code == UBEKRAEFTET, verdict.message
    assert "efterligning" in verdict.message


@pytest.mark.parametrize("tail", [b"%" + b"A" * 2000 + b"\n", b"%" + b"A" * 3_000_000])
def test_data_appended_after_the_last_eof_is_aendret_not_unreadable(ca, referat, tail):
    """A few bytes at the end were ÆNDRET, but a longer tail (pyHanko looks for %%EOF near the
    end only) made a genuine, changed referat 'ULÆSELIG: PDF-filen er beskadiget' (exit 2)."""
    verdict = check_pdf(referat + tail, policy=policy(ca))
    assert verdict.code == AENDRET, verdict.message
    assert "tilføjet data sidst i filen" in verdict.message


def test_a_certificate_pyhanko_refuses_is_not_called_a_wrong_passphrase(conv):
    """A .p12 opened with the right passphrase whose CA name pyHanko refuses (control and bidi characters):
    signing said 'forkert adgangskode eller beskadiget fil' – the leader tries the passphrase
    again and again."""
    from ishoj_mus.pdf import demo_organisation as pki
    from ishoj_mus.pdf import pipeline
    from ishoj_mus.pdf.errors import SigningError
    from ishoj_mus.pdf.keys import KeyMaterial

    root = pki.make_ca("Rod", "Org", path_length=2)
    issuing = pki.make_ca("Udstedende \x1b[31m\u202e\u2066\x07CA", "Org", root, path_length=0)
    leader = pki.make_person("Jonas Kristensen", "Org", issuing)
    material = KeyMaterial(pki.pkcs12_for(leader, [issuing, root], "pw"), b"pw")
    with pytest.raises(SigningError) as caught:
        pipeline.summary_pdf(conv, material)
    assert "adgangskoden er rigtig" in str(caught.value)
    wrong = KeyMaterial(material.pkcs12, b"forkert")
    with pytest.raises(SigningError, match="forkert adgangskode"):
        pipeline.summary_pdf(conv, wrong)
