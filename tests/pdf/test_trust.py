"""An HR clerk can tell a genuine referat from a forgery: trust anchors, honest verdicts, attacks.

Verdicts: 0 GYLDIG, 1 ÆNDRET, 2 ulæselig, 3 UBEKRÆFTET (see ishoj_mus.pdf.verification).
"""

from __future__ import annotations

import io
import json
import os
import random
import time

import pikepdf
import pytest

from ishoj_mus.pdf import pipeline
from ishoj_mus.pdf.keys import organisation_key_material, user_key_material
from ishoj_mus.pdf.signing import sign_pdf
from ishoj_mus.pdf.verdict import AENDRET, GYLDIG, UBEKRAEFTET, ULAESELIG, verify_bounded
from ishoj_mus.pdf.verification import check_pdf
from tests.conftest import run_cli
from tests.helpers import flat_pdf_text
from tests.pdf import trust_helpers as th


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    issued = th.write_ca(folder)
    ca_der = pikepdf_free_der(issued.ca_pem)
    return folder, ca_der, pikepdf_free_der(issued.leader_pem)


def pikepdf_free_der(pem: bytes) -> bytes:
    from ishoj_mus.storage.organisation import load_certificates

    [(der, _)] = load_certificates(pem)
    return der


@pytest.fixture(scope="module")
def referater(pki, tmp_path_factory):
    """The demo signed with the organisation's leader certificate, and with a self-made key."""
    from ishoj_mus.demo import demo_conversation, sign_demo

    folder, _, _ = pki
    conv = demo_conversation()
    sign_demo(conv)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ISHOJ_MUS_HOME", str(tmp_path_factory.mktemp("home")))
        org = organisation_key_material(folder / "leder.p12", th.PASSPHRASE)
        personal = user_key_material()
        org_pdf = pipeline.summary_pdf(conv, org)
        personal_pdf = pipeline.summary_pdf(conv, personal)
    return conv, org, personal, org_pdf, personal_pdf


# -- the three trust outcomes (Done when, first item) ------------------------------------------


def test_ca_issued_leader_is_gyldig_with_the_ca_and_ubekraeftet_without(referater, pki, tmp_path):
    folder, ca, _ = pki
    _, org, _, org_pdf, _ = referater
    assert check_pdf(org_pdf, [ca]).code == GYLDIG
    assert check_pdf(org_pdf, []).code == UBEKRAEFTET
    path = tmp_path / "referat.pdf"
    path.write_bytes(org_pdf)
    ok = run_cli("verify", str(path), "--trust", str(folder / "ca.pem"))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("GYLDIG:") and "Jonas Kristensen" in ok.stdout
    assert org.fingerprint() in ok.stdout
    assert "Samtale: demo" in ok.stdout and "version 1" in ok.stdout
    unconfirmed = run_cli("verify", str(path))
    assert unconfirmed.returncode == 3, unconfirmed.stderr
    assert unconfirmed.stdout.startswith("UBEKRÆFTET:")
    assert "Ishøj Kommune (test)" in unconfirmed.stdout  # the issuer it claims
    assert org.fingerprint() in unconfirmed.stdout


def test_self_made_key_is_ubekraeftet_even_with_the_ca_trusted(referater, pki, tmp_path):
    folder, ca, _ = pki
    _, _, personal, _, personal_pdf = referater
    verdict = check_pdf(personal_pdf, [ca])
    assert verdict.code == UBEKRAEFTET
    assert "programmet selv har lavet" in verdict.message and personal.fingerprint() in verdict.message
    path = tmp_path / "personligt.pdf"
    path.write_bytes(personal_pdf)
    result = run_cli("verify", str(path), "--trust", str(folder / "ca.pem"))
    assert result.returncode == 3 and "Traceback" not in result.stderr


def test_a_pinned_leader_certificate_is_a_trust_anchor_too(referater, pki):
    _, _, leader = pki
    assert check_pdf(referater[3], [leader]).code == GYLDIG


def test_the_organisation_profile_supplies_the_trust_anchors(referater, pki, tmp_path):
    folder, _, _ = pki
    profile = tmp_path / "organisation.toml"
    profile.write_text(
        f'[organisation]\nname = "Test"\n[trust]\nanchors = ["{folder / "ca.pem"}"]\n', "utf-8"
    )
    path = tmp_path / "r.pdf"
    path.write_bytes(referater[3])
    result = run_cli("verify", str(path), env={"ISHOJ_MUS_ORGANISATION": str(profile)})
    assert result.returncode == 0, result.stdout + result.stderr


def test_pdf_cli_signs_with_certificate_and_passphrase_file(pki, tmp_path):
    folder, _, _ = pki
    src = tmp_path / "s.mus"
    assert run_cli("demo", "--signed", "-o", str(src)).returncode == 0
    out = tmp_path / "out.pdf"
    made = run_cli(
        "pdf", str(src), "-o", str(out), "--certificate", str(folder / "leder.p12"),
        "--passphrase-file", str(folder / "pw.txt"),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert run_cli("verify", str(out), "--trust", str(folder / "ca.pem")).returncode == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("forkert\n", encoding="utf-8")
    bad = run_cli(
        "pdf", str(src), "-o", str(tmp_path / "x.pdf"), "--certificate", str(folder / "leder.p12"),
        "--passphrase-file", str(wrong),
    )  # fmt: skip
    assert bad.returncode == 2 and "forkert adgangskode" in bad.stderr and bad.stderr.count("\n") == 1


# -- PDF/A holds on the final signed file --------------------------------------------------------


@pytest.mark.parametrize("which", [3, 4], ids=["organisation-rsa", "personal-ec"])
def test_signed_file_stays_pdf_17_and_info_agrees_with_xmp(referater, which):
    data = referater[which]
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.Root.get("/Version", "/1.7")) == "/1.7"
        extensions = pdf.Root.get("/Extensions", {})
        assert "/ISO_" not in extensions  # no ISO 32002 (PDF 2.0) marker
        info = pdf.docinfo
        with pdf.open_metadata() as xmp:
            assert xmp["pdfaid:part"] == "3" and xmp["pdfaid:conformance"] == "B"
            assert str(info.Producer) == xmp["pdf:Producer"]
            assert str(info.Title) == xmp["dc:title"]
            assert str(info.Creator) == xmp["xmp:CreatorTool"]
            for key, xkey in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
                assert _pdf_date(str(info[key])) == _xmp_date(xmp[xkey]), key
    # One signer, its certificate embedded, and the signature covers the whole file.
    from pyhanko.pdf_utils.reader import PdfFileReader

    [sig] = PdfFileReader(io.BytesIO(data)).embedded_signatures
    assert sig.signer_cert is not None
    start, length = int(sig.byte_range[2]), int(sig.byte_range[3])
    assert start + length == len(data)


def _pdf_date(text: str):
    import datetime as dt
    import re

    m = re.fullmatch(r"D:(\d{14})(Z|[+-]\d\d'\d\d'?)?", text)
    assert m, text
    zone = (m.group(2) or "Z").replace("'", "")
    zone = "+0000" if zone == "Z" else zone
    return dt.datetime.strptime(m.group(1) + zone, "%Y%m%d%H%M%S%z")


def _xmp_date(text: str):
    import datetime as dt

    return dt.datetime.fromisoformat(text)


def test_personal_key_pdf_says_the_signer_is_not_confirmed(referater, tmp_path):
    text = flat_pdf_text(referater[4])
    assert "ikke bekræftet af organisationen" in text
    assert "ikke bekræftet af organisationen" not in flat_pdf_text(referater[3])
    assert "version 1" in text


# -- the attacks of issue 8 --------------------------------------------------------------------


def test_attack_edited_file_signed_with_own_key_is_not_gyldig(referater, pki, tmp_path, monkeypatch):
    from ishoj_mus.domain.codes import Voice
    from ishoj_mus.storage import musfile

    _, ca, _ = pki
    conv = referater[0]
    doc = musfile.conversation_to_dict(conv)
    forged = musfile.parse(json.dumps(doc).replace("Tak for en god samtale", "Jeg siger op").encode(), "x")
    assert forged.signatures[Voice.MEDARBEJDER].remark.startswith("Jeg siger op")
    monkeypatch.setenv("ISHOJ_MUS_HOME", str(tmp_path / "other-laptop"))
    data = pipeline.summary_pdf(forged)  # the other laptop's own self-made key
    verdict = check_pdf(data, [ca])
    assert verdict.code == UBEKRAEFTET
    assert (
        user_key_material(forged.leader.name).fingerprint() in verdict.message
    )  # the forger's, not the leader's
    assert verdict.signers[0].personal and not verdict.signers[0].trusted


@pytest.mark.parametrize("second", ["self-made", "trusted-leader"])
def test_attack_change_then_second_signature_is_aendret(referater, pki, second):
    _, ca, _ = pki
    _, org, personal, org_pdf, _ = referater
    changed = th.incremental(org_pdf, th.change_page_text)
    key = personal if second == "self-made" else org
    resigned = sign_pdf(changed, key, reason="forfalsket")
    verdict = check_pdf(resigned, [ca])
    assert verdict.code == AENDRET, verdict.message


def test_a_further_signature_alone_changes_nothing_and_is_judged_by_its_signer(referater, pki):
    """Another signature without changes: GYLDIG by a trusted signer (also the same one twice),
    UBEKRÆFTET – never ÆNDRET – by an unknown one: nothing was changed."""
    _, ca, _ = pki
    _, org, personal, org_pdf, _ = referater
    twice = sign_pdf(org_pdf, org, reason="kontrasignatur")
    assert check_pdf(twice, [ca]).code == GYLDIG
    unknown = check_pdf(sign_pdf(org_pdf, personal, reason="ukendt"), [ca])
    assert unknown.code == UBEKRAEFTET, unknown.message
    assert "medunderskriveren (signatur 2)" in unknown.message


def test_attack_changed_padding_in_contents_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    start, end = th.contents_span(data)
    cms_end = start + th.cms_hex_length(data)
    assert end - cms_end > 100  # there is zero padding after the CMS
    forged = bytearray(data)
    forged[cms_end + 40] = ord("7")
    verdict = check_pdf(bytes(forged), [ca])
    assert verdict.code == AENDRET and "efter selve signaturen" in verdict.message


def test_attack_changed_cms_byte_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    start, _ = th.contents_span(data)
    for offset in (60, 400, th.cms_hex_length(data) - 20):
        forged = bytearray(data)
        forged[start + offset] = ord("A") if forged[start + offset] != ord("A") else ord("B")
        assert check_pdf(bytes(forged), [ca]).code in (AENDRET, ULAESELIG), offset


def test_attack_replaced_attachment_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    forged_json = json.dumps({"format": "ishoj-mus", "forfalsket": True}).encode()
    forged = th.incremental(data, lambda w: th.replace_attachment(w, forged_json))
    verdict = check_pdf(forged, [ca])
    assert verdict.code == AENDRET, verdict.message
    assert verdict.attachment is None


def test_attack_stripped_signature_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    unsigned_revision = data[: data.index(b"%%EOF") + 6]  # the file as it was before signing
    assert check_pdf(unsigned_revision, [ca]).code == AENDRET
    stripped = th.incremental(data, th.strip_signature_value)
    assert check_pdf(stripped, [ca]).code == AENDRET


def test_attack_corrupted_xref_and_content_streams_give_a_verdict(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    for marker in (b"/Type /XRef", b"/Type/XRef", b"/FlateDecode"):
        i = data.rfind(marker)
        if i < 0:
            continue
        s = data.index(b"stream", i) + 8
        forged = bytearray(data)
        for k in range(s, s + 40):
            forged[k] ^= 0x5A
        verdict = check_pdf(bytes(forged), [ca])
        assert verdict.code in (AENDRET, ULAESELIG), marker


def test_attack_deep_nesting_is_a_verdict_not_a_recursion_error(referater, pki):
    _, ca, _ = pki
    deep = th.deep_trailer_update(referater[3])
    assert check_pdf(deep, [ca]).code in (AENDRET, ULAESELIG)
    bare = b"%PDF-1.7\n1 0 obj\n" + b"[" * 100_000 + b"]" * 100_000 + b"\nendobj\n%%EOF\n"
    assert check_pdf(bare, [ca]).code in (AENDRET, ULAESELIG)


def test_attacks_through_the_cli_exit_non_zero_with_one_line_and_no_traceback(referater, pki, tmp_path):
    folder, _, _ = pki
    data = referater[3]
    start, _ = th.contents_span(data)
    padded = bytearray(data)
    padded[start + th.cms_hex_length(data) + 40] = ord("7")
    cases = {
        "padding": (bytes(padded), 1),
        "attachment": (th.incremental(data, lambda w: th.replace_attachment(w, b"{}")), 1),
        "deep": (th.deep_trailer_update(data), None),
        "junk": (b"not a pdf at all", 2),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(content)
        result = run_cli("verify", str(path), "--trust", str(folder / "ca.pem"))
        assert result.returncode in ((expected,) if expected else (1, 2)), (name, result)
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, (name, result.stderr)
        assert result.stdout == "", name


# -- bounded: huge files and decompression bombs ------------------------------------------------


def test_a_100_mb_file_is_refused_at_once(tmp_path):
    from ishoj_mus.pdf.judge import load_trust_settings, verify_path

    path = tmp_path / "stor.pdf"
    with path.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(100 * 1024 * 1024)
    settings = load_trust_settings()
    started = time.monotonic()
    result = verify_path(path, settings)  # refused from its size, before a byte is read
    assert time.monotonic() - started < 1
    assert result.exit_code == 2 and "for meget til at være et MUS-referat" in result.message
    result = run_cli("verify", str(path))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "for meget til at være et MUS-referat" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="the memory limit of the child process needs POSIX rlimits")
def test_a_decompression_bomb_is_bounded_in_time_and_memory(referater, pki, tmp_path):
    """Measured in a fresh process, so no other test's child processes count."""
    import subprocess
    import sys

    _, ca, _ = pki
    bomb = th.bomb_update(referater[3], megabytes=400)
    assert len(bomb) < len(referater[3]) + 2 * 1024 * 1024
    (tmp_path / "bomb.pdf").write_bytes(bomb)
    (tmp_path / "ca.der").write_bytes(ca)
    code = (
        "import json, resource, sys\n"
        "from ishoj_mus.pdf.verdict import verify_bounded\n"
        f"v = verify_bounded(open({str(tmp_path / 'bomb.pdf')!r}, 'rb').read(), "
        f"[open({str(tmp_path / 'ca.der')!r}, 'rb').read()])\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([v.code, v.message, r.ru_utime + r.ru_stime, r.ru_maxrss]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    verdict_code, message, cpu, peak_kb = json.loads(out.stdout)
    assert verdict_code in (AENDRET, ULAESELIG), message
    assert cpu < 5.5  # the child's 5 CPU-second limit (wall time depends on the machine's load)
    assert peak_kb < 300 * 1024


def test_bounded_verify_agrees_with_the_in_process_check(referater, pki):
    _, ca, _ = pki
    verdict = verify_bounded(referater[3], [ca])
    assert verdict.code == GYLDIG and verdict.attachment and b"ishoj-mus" in verdict.attachment


# -- fuzz: seeded mutations of a real signed referat ---------------------------------------------


def _mutations(data: bytes, seed: int, count: int):
    rng = random.Random(seed)
    n = len(data)
    for i in range(count):
        kind = i % 6
        buf = bytearray(data)
        if kind == 0:  # flip one bit
            pos = rng.randrange(n)
            buf[pos] ^= 1 << rng.randrange(8)
        elif kind == 1:  # overwrite a short run with random bytes
            pos = rng.randrange(n - 16)
            buf[pos : pos + 16] = bytes(rng.randrange(256) for _ in range(16))
        elif kind == 2:  # delete a run
            pos = rng.randrange(n - 64)
            del buf[pos : pos + rng.randrange(1, 64)]
        elif kind == 3:  # insert random bytes
            pos = rng.randrange(n)
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 32)))
        elif kind == 4:  # truncate
            del buf[rng.randrange(n) :]
        else:  # change one digit somewhere a number lives (offsets, lengths, byte ranges)
            digits = [m for m in range(n) if 48 <= buf[m] <= 57]
            pos = rng.choice(digits)
            buf[pos] = 48 + (buf[pos] - 48 + rng.randrange(1, 10)) % 10
        if bytes(buf) != data:
            yield kind, bytes(buf)


def test_fuzz_no_mutation_is_gyldig_and_each_gets_one_danish_line(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    assert check_pdf(data, [ca]).code == GYLDIG
    seen: dict[int, int] = {}
    started = time.monotonic()
    for kind, mutated in _mutations(data, seed=8, count=240):
        verdict = check_pdf(mutated, [ca])
        assert verdict.code != GYLDIG, kind
        assert verdict.code in (AENDRET, ULAESELIG), kind  # never "unchanged"
        assert verdict.message and "\n" not in verdict.message
        seen[verdict.code] = seen.get(verdict.code, 0) + 1
    assert sum(seen.values()) >= 200
    assert time.monotonic() - started < 45


# -- one conversation, one current referat ---------------------------------------------------------


def test_a_re_signed_referat_says_which_version_it_replaces(pki, tmp_path):
    from datetime import datetime

    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.domain.codes import Voice

    folder, _, _ = pki
    conv = demo_conversation()
    sign_demo(conv)
    first = tmp_path / "v1.pdf"
    first.write_bytes(pipeline.summary_pdf(conv))
    conv.reopen("Jonas Kristensen", Voice.LEDER, datetime(2026, 11, 20, 9, 30).astimezone())
    conv.set_answer("trivsel", Voice.LEDER, "Rettet efter genåbning.")
    sign_demo(conv)
    second = tmp_path / "v2.pdf"
    second.write_bytes(pipeline.summary_pdf(conv))

    out1 = run_cli("verify", str(first)).stdout
    out2 = run_cli("verify", str(second)).stdout
    assert f"Samtale: {conv.id}, version 1" in out1
    assert f"Samtale: {conv.id}, version 2" in out2 and "Erstatter version 1, underskrevet 19.11.2026" in out2
    text = flat_pdf_text(second)
    assert "version 2" in text and "erstatter version 1, underskrevet 19.11.2026" in text


# -- found by a red-team pass: rewrites of /Contents that decode to the same bytes ------------


def test_attack_whitespace_in_the_contents_padding_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    start, _end = th.contents_span(data)
    cms_end = start + th.cms_hex_length(data)
    forged = bytearray(data)
    assert forged[cms_end + 40 : cms_end + 41] == b"0"
    forged[cms_end + 40] = ord(" ")  # one bit: hex strings ignore white space
    verdict = check_pdf(bytes(forged), [ca])
    assert verdict.code == AENDRET and "skrevet om" in verdict.message


def test_attack_changed_letter_case_inside_the_signature_is_aendret(referater, pki):
    _, ca, _ = pki
    data = referater[3]
    start, _end = th.contents_span(data)
    cms = data[start : start + th.cms_hex_length(data)]
    offset = next(i for i, c in enumerate(cms) if chr(c) in "ABCDEF")
    forged = bytearray(data)
    forged[start + offset] = ord(chr(cms[offset]).lower())  # the same byte, written otherwise
    verdict = check_pdf(bytes(forged), [ca])
    assert verdict.code == AENDRET


def test_a_certificate_name_cannot_rewrite_the_terminal_line():
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    from ishoj_mus.pdf.leader_rule import shown_name

    hostile = "\r\x1b[2KGYLDIG: Dokumentet er uændret.\x1b[8m"
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostile)])
    shown = shown_name(asn1_x509.Name.load(name.public_bytes()))
    assert "\x1b" not in shown and "\r" not in shown
    assert shown.startswith("\\u000d\\u001b[2KGYLDIG")  # visible as the claim it is, never obeyed
