"""The summary PDF an HR clerk files: complete, archival, signed and tamper-evident."""

import io
import json
import shutil
import subprocess

import pikepdf
import pikepdf.pdfa
import pytest

from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.pdf import files, pipeline
from ishoj_mus.pdf.archive import ATTACHMENT_NAME, attached_conversation
from ishoj_mus.pdf.keys import user_key_material
from ishoj_mus.pdf.verdict import UBEKRAEFTET
from ishoj_mus.pdf.verification import check_pdf
from tests import helpers
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory):
    import os

    home = tmp_path_factory.mktemp("home")
    os.environ["ISHOJ_MUS_HOME"] = str(home)
    from ishoj_mus.demo import demo_conversation, sign_demo

    conv = demo_conversation()
    sign_demo(conv)
    material = user_key_material()
    return conv, pipeline.summary_pdf(conv, material), material.fingerprint()


@pytest.fixture(scope="module")
def draft_pdf():
    from ishoj_mus.demo import demo_conversation

    conv = demo_conversation()
    return conv, pipeline.summary_pdf(conv)


def test_text_holds_every_answer_both_names_and_the_framework(signed_pdf, tmp_path):
    conv, data, fp = signed_pdf
    text = helpers.flat_pdf_text(data)
    loose = helpers.loose(text)
    for _, f in conv.form.fields():
        if f.kind in (FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT):
            for v in f.voices:
                # The HR edition (the default) leaves out what the form marks hr = false.
                assert (helpers.loose(conv.answer(f.id, v)) in loose) == f.hr, (f.id, v)
    assert "Mette Hansen" in text and "Jonas Kristensen" in text
    for ref in {r for s in conv.form.steps for r in s.framework}:
        for item in conv.form.framework.resolve(ref):
            for key, quote in vars(item).items():
                if key == "id":
                    continue
                for q in quote if isinstance(quote, tuple) else [quote]:
                    if isinstance(q, str) and len(q) > 12:
                        assert helpers.loose(q) in loose, q
    for a in conv.agreements:
        assert helpers.loose(a.what) in loose
    for fu in conv.followups:
        assert helpers.loose(fu.comment) in loose
    assert all(letter in text for letter in "æøå") and "Børnehuset Solsikken" in text and "Ishøj" in text
    assert "Fortroligt – personalesag" in text
    pages = pikepdf.open(io.BytesIO(data)).pages
    assert f"Side 1 af {len(pages)}" in text and f"Side {len(pages)} af {len(pages)}" in text
    assert "UDKAST" not in text
    assert "Tak for en god samtale" in text  # the employee's remark


def test_unsigned_summary_says_udkast_on_every_page(draft_pdf, tmp_path):
    _, data = draft_pdf
    n = len(pikepdf.open(io.BytesIO(data)).pages)
    for page in range(1, n + 1):
        assert "UDKAST" in helpers.pdf_text(data, page, page), page


def test_every_font_is_embedded_and_metadata_is_set(signed_pdf):
    _, data, fp = signed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = {}
        for page in pdf.pages:
            for _name, font in page.Resources.get("/Font", {}).items():
                fonts[str(font.get("/BaseFont"))] = font
        assert fonts
        for base, font in fonts.items():
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and ("/FontFile2" in descriptor or "/FontFile" in descriptor), base
        assert str(pdf.Root.Lang) == "da-DK"
        info = pdf.docinfo
        assert "Mette Hansen" in str(info.Title)
        assert str(info.Author) == "Jonas Kristensen"
        assert "Fortroligt" in str(info.Subject)
        assert "MUS" in str(info.Keywords)


def test_unsigned_pdf_passes_pdfa_3b_validation(draft_pdf):
    _, data = draft_pdf
    report = pikepdf.pdfa.validate_written(io.BytesIO(data), "3b")
    # pikepdf's validator knows only the predefined XMP schemas and does not read extension
    # schemas: the filing metadata (ishojmus, declared by its pdfaExtension schema as ISO 19005-3
    # §6.6.2.3 allows; tests/pdf/test_filing_xmp.py checks the declaration) is all it may report.
    others = [f for f in report.findings if not _declared_filing_metadata(f)]
    assert not others, report.summary()
    assert any("ishojmus:employeeName" in f.message for f in report.findings)


def _declared_filing_metadata(finding) -> bool:
    from ishoj_mus.pdf.filing_xmp import NAMESPACE, PREFIX

    return finding.rule == "ISO_19005_3:6.6.2.3.1-1" and (
        f"{PREFIX}:" in finding.message
        or NAMESPACE in finding.message
        or any(ns in finding.message for ns in ("pdfaExtension", "pdfaSchema", "pdfaProperty"))
    )


def test_attached_json_is_data_and_loads_back_equal(signed_pdf):
    conv, data, fp = signed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        spec = pdf.attachments[ATTACHMENT_NAME]
        assert spec.obj.AFRelationship == pikepdf.Name.Data
        assert len(pdf.Root.AF) == 1
        assert json.loads(spec.get_file().read_bytes())["format"] == "ishoj-mus"
    # The attachment is the HR edition as shown, without the signatures' stroke data.
    from dataclasses import replace

    from ishoj_mus.domain.edition import Edition, edition_of

    expected = edition_of(conv, Edition.hr())
    expected.signatures = {role: replace(s, strokes=()) for role, s in expected.signatures.items()}
    assert attached_conversation(data) == expected


def test_pyhanko_validates_the_signature_and_it_covers_the_whole_file(signed_pdf):
    _, data, fp = signed_pdf
    result = check_pdf(data)
    assert result.code == UBEKRAEFTET, result.message  # intact; the self-made key is not confirmed
    [sig] = result.signers
    assert sig.personal and not sig.trusted
    assert sig.fingerprint == fp


def test_the_pdf_states_the_certificate_fingerprint(signed_pdf, tmp_path):
    _, data, fp = signed_pdf
    assert fp in helpers.flat_pdf_text(data).replace(" ", "") or fp in helpers.flat_pdf_text(data)


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig not installed")
def test_pdfsig_reports_valid_and_total_document_signed(signed_pdf, tmp_path):
    _, data, fp = signed_pdf
    path = tmp_path / "s.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    blocks = out.split("Signature #")[1:]
    assert blocks
    assert all("Signature is Valid" in b for b in blocks)
    assert "Total document signed" in blocks[-1]


def _one_byte_changed(data: bytes) -> bytes:
    i = data.find(b"/Producer")
    assert i > 0
    changed = bytearray(data)
    j = data.index(b"(", i) + 2
    changed[j] = ord("X") if changed[j] != ord("X") else ord("Y")
    return bytes(changed)


def test_verify_cli_intact_changed_appended_unreadable(signed_pdf, tmp_path):
    _, data, fp = signed_pdf
    good = tmp_path / "MUS_2026-11-19_Hansen_Mette.pdf"
    good.write_bytes(data)
    ok = run_cli("verify", str(good))
    assert ok.returncode == 3, ok.stderr  # intact, signed with the self-made key: UBEKRÆFTET
    assert "Mette Hansen" in ok.stdout and "Jonas Kristensen" in ok.stdout
    assert fp in ok.stdout

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(_one_byte_changed(data))
    result = run_cli("verify", str(changed))
    assert result.returncode == 1 and "ÆNDRET" in result.stderr

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(data + b"\n%% appended\n")
    result = run_cli("verify", str(appended))
    assert result.returncode == 1, result.stdout

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    w.root["/Lang"] = __import__("pyhanko.pdf_utils.generic", fromlist=["x"]).TextStringObject("en-GB")
    w.update_root()
    out = io.BytesIO()
    w.write(out)
    revision = tmp_path / "revision.pdf"
    revision.write_bytes(out.getvalue())
    result = run_cli("verify", str(revision))
    assert result.returncode == 1 and "tilføjet" in result.stderr

    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    result = run_cli("verify", str(junk))
    assert result.returncode == 2 and result.stderr.count("\n") == 1


def test_default_file_names(signed_pdf):
    conv, _, _ = signed_pdf
    assert files.default_summary_name(conv) == "MUS_2026-11-19_Hansen_Mette.pdf"
    assert files.default_plan_name(conv) == "Udviklingsplan_2026-11-19_Hansen_Mette.pdf"


def test_organisation_certificate_signs_and_a_wrong_passphrase_is_a_clear_message(tmp_path, signed_pdf):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from ishoj_mus.pdf.errors import SigningError
    from ishoj_mus.pdf.keys import organisation_key_material

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ishøj Kommune HR")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256())
    )  # fmt: skip
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"org", key, cert, None, serialization.BestAvailableEncryption(b"hemmelig")
        )
    )
    with pytest.raises(SigningError, match="forkert adgangskode"):
        organisation_key_material(p12, "forkert")
    material = organisation_key_material(p12, "hemmelig")
    conv, _, _ = signed_pdf
    data = pipeline.summary_pdf(conv, material)
    result = check_pdf(data)
    assert result.code == UBEKRAEFTET  # its own self-signed certificate: not a trust anchor
    assert result.signers[0].name == "Ishøj Kommune HR"
    assert result.signers[0].fingerprint == material.fingerprint()
    assert b"hemmelig" not in data


def test_a_reopened_conversation_says_so_in_the_pdf(tmp_path, signed_demo):
    from datetime import datetime

    from ishoj_mus.demo import sign_demo
    from ishoj_mus.domain.codes import Voice

    signed_demo.reopen("Jonas Kristensen", Voice.LEDER, datetime(2026, 11, 20, 9, 30).astimezone())
    signed_demo.set_answer("trivsel", Voice.LEDER, "Rettet efter genåbning.")
    sign_demo(signed_demo)
    text = helpers.flat_pdf_text(pipeline.summary_pdf(signed_demo))
    assert "Genåbnet af Jonas Kristensen" in text and "Underskrifter annulleret" in text
    assert "Rettet efter genåbning." in text


def test_later_pdfs_sign_in_the_room_measured_for_the_first():
    """pyHanko measures the room for a signature by making a trial signature; the room is
    remembered per certificate (half the signing work), and a room that turns out too small
    is measured again: every signature still checks out."""
    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.pdf import signing

    conv = demo_conversation()
    sign_demo(conv)
    material = user_key_material()
    key = signing._loaded_signer(material.pkcs12, material.passphrase).signing_cert.sha256
    first = pipeline.summary_pdf(conv, material)
    assert check_pdf(first).code == UBEKRAEFTET
    assert signing._RESERVED.get(key), "the room of the first signature is remembered"
    again = pipeline.summary_pdf(conv, material)
    assert check_pdf(again).code == UBEKRAEFTET  # intact; the self-made key is not confirmed
    signing._RESERVED[key] = 100  # too small for any signature
    third = pipeline.summary_pdf(conv, material)
    assert check_pdf(third).code == UBEKRAEFTET
    assert signing._RESERVED[key] > 100
