"""Trust as a policy (issue 22): the leader's own signature, real CA hierarchies, changes told
apart from countersignatures and timestamps, long-term validity, and which paper it is.

A CA hierarchy is made once per module with ``cryptography`` (EC keys; the TSA is RSA because
pyHanko's test timestamper needs it) and an in-process TSA (pyHanko's DummyTimeStamper); the CLI
cases stamp through a TSA on 127.0.0.1. Never the network.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pikepdf

from ishoj_mus.pdf import demo_organisation as pki
from ishoj_mus.pdf import pipeline
from ishoj_mus.pdf.judge import from_verdict
from ishoj_mus.pdf.keys import KeyMaterial
from ishoj_mus.pdf.signing import sign_pdf
from ishoj_mus.pdf.timestamping import LoopbackTsa, add_document_timestamp
from ishoj_mus.pdf.verdict import AENDRET, GYLDIG, IKKE_UNDERSKREVET, UBEKRAEFTET
from ishoj_mus.pdf.verification import check_pdf
from ishoj_mus.pdf.verify_result import Judgement, Paper
from tests.conftest import run_cli
from tests.pdf.trust_ca import LEADER_POLICY, ORG, PW, policy, stamper

# -- the signer is this conversation's leader ----------------------------------------------------


def test_the_leader_signing_is_gyldig_with_only_the_root_trusted(ca, referat):
    verdict = check_pdf(referat, policy=policy(ca))
    assert verdict.code == GYLDIG, verdict.message
    [signer] = verdict.signers
    assert signer.is_leader and signer.trusted
    assert verdict.leader == "Jonas Kristensen" and verdict.paper == "hr_referat"


def test_the_chain_from_the_pkcs12_is_embedded_in_the_signature(referat):
    from pyhanko.pdf_utils.reader import PdfFileReader

    [sig] = PdfFileReader(io.BytesIO(referat)).embedded_signatures
    names = {c.subject.native["common_name"] for c in sig.other_embedded_certs}
    assert "Test Udstedende CA" in names
    assert sig.signer_cert.subject.native["common_name"] not in names  # not twice


def test_an_employee_certificate_from_the_same_ca_is_not_gyldig(ca, conv):
    forged = pipeline.summary_pdf(conv, ca["keys"]["employee"])
    by_policy = check_pdf(forged, policy=policy(ca))
    assert by_policy.code == UBEKRAEFTET
    assert "ikke genkendt som samtalens leder" in by_policy.message
    assert "ledercertifikat" in by_policy.message
    by_name = check_pdf(forged, policy=policy(ca, leader_policies=()))  # no profile rule: the name decides
    assert by_name.code == UBEKRAEFTET
    assert "»Mette Hansen«, men samtalens leder er »Jonas Kristensen«" in by_name.message


def test_the_employee_renaming_the_leader_in_the_file_still_needs_a_leader_certificate(ca, conv):
    import copy

    from ishoj_mus.domain.records import Leader

    edited = copy.deepcopy(conv)
    edited.leader = Leader("Mette Hansen", "Leder")
    forged = pipeline.summary_pdf(edited, ca["keys"]["employee"])
    assert check_pdf(forged, policy=policy(ca, leader_policies=())).code == GYLDIG  # the name alone: fooled
    verdict = check_pdf(forged, policy=policy(ca))  # the profile's leader policy: not
    assert verdict.code == UBEKRAEFTET and "ledercertifikat" in verdict.message


def test_a_pinned_fingerprint_or_an_issuing_ca_recognises_the_leader(ca, referat):
    from cryptography.hazmat.primitives import hashes

    leader_cert = ca["keys"]["leader"].certificate()
    fingerprint = leader_cert.fingerprint(hashes.SHA256()).hex().upper()
    assert (
        check_pdf(referat, policy=policy(ca, leader_policies=(), leader_fingerprints=(fingerprint,))).code
        == GYLDIG
    )
    assert (
        check_pdf(referat, policy=policy(ca, leader_policies=(), leader_fingerprints=("AB" * 32,))).code
        == UBEKRAEFTET
    )


# -- real chains, RFC 5280 ---------------------------------------------------------------------


def test_a_pkcs12_without_its_chain_gets_the_profiles_issuing_ca(ca, conv, tmp_path, monkeypatch):
    """A leader's .p12 that carries no chain: the profile's leaders' CA goes into the signature,
    and verify finds the path through it for files signed before that, too."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from ishoj_mus.pdf.keys import organisation_key_material

    issuing = ca["issuing_obj"]
    bare = pki.make_person("Jonas Kristensen", ORG, issuing)
    (tmp_path / "leder.p12").write_bytes(pki.pkcs12_for(bare, [], PW))
    old = pipeline.summary_pdf(conv, KeyMaterial(pki.pkcs12_for(bare, [], PW), PW.encode()))
    assert check_pdf(old, policy=policy(ca, leader_policies=())).code == UBEKRAEFTET  # no path to the root
    with_issuer = policy(ca, leader_policies=(), leader_issuers=(issuing.der,))
    assert check_pdf(old, policy=with_issuer).code == GYLDIG
    (tmp_path / "udstedende.pem").write_bytes(issuing.pem)
    profile = tmp_path / "organisation.toml"
    profile.write_text('[leaders]\nissuers = ["udstedende.pem"]\n', "utf-8")
    monkeypatch.setenv("ISHOJ_MUS_ORGANISATION", str(profile))
    material = organisation_key_material(tmp_path / "leder.p12", PW)
    signed = pipeline.summary_pdf(conv, material)
    [sig] = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert [c.subject.native["common_name"] for c in sig.other_embedded_certs] == ["Test Udstedende CA"]
    assert check_pdf(signed, policy=policy(ca, leader_policies=())).code == GYLDIG


def test_a_three_tier_chain_is_gyldig_with_only_the_root_trusted(ca, conv):
    data = pipeline.summary_pdf(conv, ca["keys"]["three_tier"])
    verdict = check_pdf(data, policy=policy(ca))
    assert verdict.code == GYLDIG, verdict.message


def test_a_ca_issued_against_pathlen_zero_is_not_gyldig(ca, conv):
    data = pipeline.summary_pdf(conv, ca["keys"]["pathlen"])
    verdict = check_pdf(data, policy=policy(ca, trust_roots=(ca["strict_root"].der,), leader_policies=()))
    assert verdict.code == UBEKRAEFTET, verdict.message
    assert not verdict.signers[0].trusted


def test_a_certificate_outside_the_issuing_cas_name_constraints_is_not_gyldig(ca, conv):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    only_ishoej = x509.NameConstraints(
        permitted_subtrees=[
            x509.DirectoryName(
                x509.Name(
                    [
                        x509.NameAttribute(NameOID.COUNTRY_NAME, "DK"),
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
                    ]
                )
            )
        ],
        excluded_subtrees=None,
    )
    constrained = pki.make_ca(
        "Test CA kun Ishøj", ORG, ca["root_obj"], path_length=0, extra=[(only_ishoej, True)]
    )
    inside = pki.make_person("Jonas Kristensen", ORG, constrained, policies=[LEADER_POLICY])
    outside = pki.make_person("Jonas Kristensen", "Anden Kommune", constrained, policies=[LEADER_POLICY])
    chain = [constrained, ca["root_obj"]]
    ok = pipeline.summary_pdf(conv, KeyMaterial(pki.pkcs12_for(inside, chain, PW), PW.encode()))
    assert check_pdf(ok, policy=policy(ca)).code == GYLDIG
    bad = pipeline.summary_pdf(conv, KeyMaterial(pki.pkcs12_for(outside, chain, PW), PW.encode()))
    verdict = check_pdf(bad, policy=policy(ca))
    assert verdict.code == UBEKRAEFTET, verdict.message
    assert not verdict.signers[0].trusted


def test_a_certificate_not_for_signing_is_not_gyldig(ca, conv):
    from cryptography import x509

    encipher_only = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    person = pki.make_person(
        "Jonas Kristensen",
        ORG,
        ca["issuing_obj"],
        policies=[LEADER_POLICY],
        key_usage=encipher_only,
        kind="rsa",
    )
    material = KeyMaterial(pki.pkcs12_for(person, [ca["issuing_obj"], ca["root_obj"]], PW), PW.encode())
    verdict = check_pdf(pipeline.summary_pdf(conv, material), policy=policy(ca))
    assert verdict.code == UBEKRAEFTET, verdict.message
    assert "nøglebrug" in verdict.message


# -- changed vs vouched for ----------------------------------------------------------------------


def _visible_countersignature(data: bytes, material: KeyMaterial) -> bytes:
    """A second signature whose stamp (text in a box) is drawn on page 1."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    loaded = signers.SimpleSigner.load_pkcs12_data(
        material.pkcs12, other_certs=[], passphrase=material.passphrase
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Stempel", md_algorithm="sha256")
    spec = fields.SigFieldSpec("Stempel", on_page=0, box=(60, 400, 360, 470))
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=loaded, new_field_spec=spec).sign_pdf(writer, output=out)
    return out.getvalue()


def test_a_trusted_countersignature_that_stamps_page_one_is_aendret(ca, referat):
    stamped = _visible_countersignature(referat, ca["keys"]["leader"])
    verdict = check_pdf(stamped, policy=policy(ca))
    assert verdict.code == AENDRET, verdict.message
    assert "synligt på en side" in verdict.message


def test_an_unknown_countersigner_on_an_intact_referat_is_ubekraeftet_not_aendret(ca, referat, tmp_path):
    from ishoj_mus.pdf.keys import user_key_material

    unknown = sign_pdf(referat, user_key_material("Nogen Andre"), reason="ukendt")
    verdict = check_pdf(unknown, policy=policy(ca))
    assert verdict.code == UBEKRAEFTET, verdict.message
    assert "medunderskriveren (signatur 2)" in verdict.message
    trusted = sign_pdf(referat, ca["keys"]["hr"], reason="modtaget af HR")
    assert (
        check_pdf(trusted, policy=policy(ca)).code == GYLDIG
    )  # a trusted countersigner need not be the leader


# -- timestamps and long-term validity -------------------------------------------------------------


def test_a_document_timestamp_is_gyldig_with_the_tsa_trusted_and_never_aendret(ca, referat):
    stamped = add_document_timestamp(referat, stamper(ca))
    verdict = check_pdf(stamped, policy=policy(ca))
    assert verdict.code == GYLDIG, verdict.message
    [stamp] = [t for t in verdict.timestamps if t.kind == "dokument"]
    assert stamp.trusted and stamp.authority == "Test Tidsstempeltjeneste"
    assert verdict.signers[0].timestamped_by == "Test Tidsstempeltjeneste"
    untrusted_tsa = check_pdf(stamped, policy=policy(ca, tsa_roots=(), trust_roots=(ca["root"].der,)))
    assert untrusted_tsa.code == GYLDIG  # the root anchors timestamps too
    strange = check_pdf(stamped, policy=policy(ca, tsa_roots=(), trust_roots=(ca["strict_root"].der,)))
    assert strange.code == UBEKRAEFTET  # nothing trusted – but still not ÆNDRET


def test_validation_data_added_later_changes_nothing(ca, referat):
    """A DSS update (pyHanko's add_validation_info, as an archive's LTV tool would) is not a change."""
    import asyncio

    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import async_add_validation_info

    from ishoj_mus.pdf.signature_checks import context as validation_context

    [sig] = PdfFileReader(io.BytesIO(referat)).embedded_signatures
    context = validation_context([asn1_x509.Certificate.load(ca["root"].der)], dt.datetime.now(dt.UTC))
    with_dss = asyncio.run(async_add_validation_info(sig, context, output=io.BytesIO())).getvalue()
    assert b"/DSS" in with_dss[len(referat) :]
    verdict = check_pdf(with_dss, policy=policy(ca))
    assert verdict.code == GYLDIG, verdict.message


def test_timestamped_while_valid_stays_gyldig_after_the_certificate_expired(ca, conv):
    data = pipeline.summary_pdf(conv, ca["keys"]["short"])
    stamped = add_document_timestamp(data, stamper(ca))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)  # the leader's certificate expired long ago
    assert check_pdf(stamped, policy=policy(ca)).code == GYLDIG
    verdict = check_pdf(stamped, policy=policy(ca, now=later))
    assert verdict.code == GYLDIG, verdict.message
    unstamped = check_pdf(data, policy=policy(ca, now=later))
    assert unstamped.code == UBEKRAEFTET and "udløbet" in unstamped.message


def test_a_stamp_after_the_certificate_expired_does_not_help(ca, conv):
    data = pipeline.summary_pdf(conv, ca["keys"]["short"])
    too_late = dt.datetime.now(dt.UTC) + dt.timedelta(days=60)
    stamped = add_document_timestamp(data, stamper(ca, too_late))
    verdict = check_pdf(stamped, policy=policy(ca, now=too_late + dt.timedelta(days=1)))
    assert verdict.code == UBEKRAEFTET, verdict.message


def test_timestamp_command_stamps_through_the_profiles_tsa_on_loopback(ca, referat, tmp_path):
    tsa = LoopbackTsa(stamper(ca)).start()
    try:
        (tmp_path / "rod.pem").write_bytes(ca["root"].pem)
        profile = tmp_path / "organisation.toml"
        profile.write_text(
            f'[trust]\nanchors = ["rod.pem"]\n[leaders]\npolicies = ["{LEADER_POLICY}"]\n'
            f'[timestamp]\nurl = "{tsa.url}"\nanchors = ["rod.pem"]\n',
            "utf-8",
        )
        path = tmp_path / "referat.pdf"
        path.write_bytes(referat)
        env = {"ISHOJ_MUS_ORGANISATION": str(profile)}
        done = run_cli("timestamp", str(path), env=env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Tidsstemplet fra »Test Tidsstempeltjeneste«")
        assert "GYLDIG:" in done.stdout
        # 1000 days on, the leader's certificate (825 days) has expired: the stamp keeps it GYLDIG
        later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1000)).isoformat()
        (tmp_path / "ustemplet.pdf").write_bytes(referat)
        judged = run_cli("verify", str(path), env={**env, "ISHOJ_MUS_NOW": later})
        assert judged.returncode == 0, judged.stdout + judged.stderr
        assert "Tidsstemplet " in judged.stdout and "Kontrolleret, som om klokken var" in judged.stdout
        unstamped = run_cli("verify", str(tmp_path / "ustemplet.pdf"), env={**env, "ISHOJ_MUS_NOW": later})
        assert unstamped.returncode == 3 and "udløbet" in unstamped.stdout
        changed = tmp_path / "aendret.pdf"
        changed.write_bytes(referat[:-200] + b"x" * 200)
        refused = run_cli("timestamp", str(changed), env=env)
        assert refused.returncode in (1, 2) and refused.stderr.count("\n") == 1
    finally:
        tsa.stop()


def test_timestamp_without_a_tsa_in_the_profile_is_one_clear_line(referat, tmp_path):
    path = tmp_path / "referat.pdf"
    path.write_bytes(referat)
    done = run_cli("timestamp", str(path))
    assert done.returncode == 2 and "ingen tidsstempeltjeneste" in done.stderr
    assert done.stderr.count("\n") == 1 and path.read_bytes() == referat


# -- which paper it is -----------------------------------------------------------------------------


def test_the_employees_copy_is_named_and_has_its_own_exit_status(ca, conv):
    from ishoj_mus.domain.edition import Edition

    data = pipeline.summary_pdf(conv, ca["keys"]["leader"], edition=Edition.employee_copy())
    result = from_verdict(check_pdf(data, policy=policy(ca)), "kopi.pdf")
    assert result.edition == Paper.EMPLOYEE_COPY and result.verdict == Judgement.GYLDIG
    assert result.exit_code == 4
    assert result.lines[0].startswith("GYLDIG (medarbejderens eksemplar – må ikke journaliseres): ")


def test_plan_sheet_and_draft_are_not_signed_referater_not_aendret(demo, conv):

    cases = {
        "udviklingsplan": pipeline.plan_pdf(conv),
        "forberedelsesark": pipeline.sheet_pdf(conv.form),
        "udkast": pipeline.summary_pdf(demo),
    }
    for paper, data in cases.items():
        verdict = check_pdf(data)
        assert verdict.code == IKKE_UNDERSKREVET, (paper, verdict.message)
        result = from_verdict(verdict, f"{paper}.pdf")
        assert result.edition == Paper(paper) and result.exit_code == 5
        assert result.lines[0].startswith("IKKE UNDERSKREVET: ")


# -- clean output ----------------------------------------------------------------------------------


def test_a_bidi_override_in_names_is_shown_never_obeyed(ca, conv, tmp_path):
    import copy

    from ishoj_mus.domain.records import Employee, Leader

    hostile = copy.deepcopy(conv)
    hostile.employee = Employee("Mette \u202eneslnaH\u202c", "Pædagog")
    hostile.leader = Leader("Jonas\u2066 Kristensen\x1b[2K", "Leder")
    leader = pki.make_person("Jonas\u202e Kristensen", ORG, pki.make_ca("Bidi CA", ORG))
    material = KeyMaterial(pki.pkcs12_for(leader, [], PW), PW.encode())
    data = pipeline.summary_pdf(hostile, material)
    path = tmp_path / "bidi.pdf"
    path.write_bytes(data)
    done = run_cli("verify", str(path))
    out = done.stdout + done.stderr
    assert done.returncode == 3
    for char in ("\u202e", "\u202c", "\u2066", "\x1b"):
        assert char not in out
    assert "»Jonas\\u202e Kristensen«" in out  # the certificate's name, shown as written
    assert "Samtalens leder:   Jonas\\u2066 Kristensen[2K" in out  # (the loader drops the ESC itself)
    assert "Medarbejder:       Mette \\u202eneslnaH\\u202c" in out


# -- the signed file's metadata ---------------------------------------------------------------------


def test_signing_keeps_our_producer_and_dates_and_a_plain_xmp_packet(referat):
    with pikepdf.open(io.BytesIO(referat)) as pdf:
        info = pdf.docinfo
        packet = pdf.Root.Metadata.read_bytes().decode("utf-8")
        with pdf.open_metadata() as xmp:
            assert str(info.Producer) == xmp["pdf:Producer"] and xmp["pdf:Producer"].startswith("Ishøj MUS ")
            modified = dt.datetime.fromisoformat(xmp["xmp:ModifyDate"])
            assert dt.datetime.fromisoformat(xmp["xmp:MetadataDate"]) >= modified
    assert "pyHanko" not in packet
    # dc declared once on its description, not on each property (PDFBox: "Schema is not set: dc")
    assert not re.search(r"<dc:\w+ xmlns:dc=", packet)


def test_the_self_made_certificate_names_the_person_who_signs(conv):
    from cryptography.x509.oid import NameOID

    from ishoj_mus.pdf.keys import user_key_material

    data = pipeline.summary_pdf(conv)
    verdict = check_pdf(data)
    assert verdict.signers[0].name == "Ishøj MUS – Jonas Kristensen"
    cn = (
        user_key_material("Jonas Kristensen")
        .certificate()
        .subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    )
    assert cn[0].value == "Ishøj MUS – Jonas Kristensen"
