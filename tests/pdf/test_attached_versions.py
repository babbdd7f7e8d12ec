"""The data attached to a summary PDF have their version numbers and sizes checked before they
are believed (issue #24: attached data claiming version 10^100000 were imported)."""

from __future__ import annotations

import io
import json

import pikepdf
import pytest

from ishoj_mus.demo import demo_conversation
from ishoj_mus.pdf.archive import ATTACHMENT_NAME, attached_conversation, attachment_dict
from ishoj_mus.pdf.attached import read_summary_pdf
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import BadFile, MusFileError


def _pdf(doc: dict, size: object = None) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.attachments[ATTACHMENT_NAME] = pikepdf.AttachedFileSpec(pdf, json.dumps(doc).encode())
    if size is not None:
        pdf.attachments[ATTACHMENT_NAME].get_file().obj.Params.Size = size
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _refused(data: bytes, *words: str) -> MusFileError:
    with pytest.raises(MusFileError) as caught:
        attached_conversation(data, "MUS_2025.pdf")
    for word in words:
        assert word in caught.value.message, caught.value.message
    assert "Hent aftalerne fra sidste års .mus-fil" in caught.value.message
    return caught.value


def test_a_program_version_of_ten_to_the_hundred_thousand_is_refused(tmp_path):
    doc = attachment_dict(demo_conversation())
    doc["app_version"] = "1" + "0" * 100_000
    _refused(_pdf(doc), "programmets versionsnummer")
    path = tmp_path / "MUS_2025.pdf"
    path.write_bytes(_pdf(doc))
    with pytest.raises(MusFileError):  # the overview's reader too
        read_summary_pdf(path)


def test_a_form_version_of_nineteen_thousand_digits_is_refused():
    doc = attachment_dict(demo_conversation())
    doc["form"]["version"] = "1" + "0" * 19_000
    _refused(_pdf(doc), "'version' er på 19.001 tegn")


def test_the_same_claim_in_a_mus_file_is_refused_in_danish(tmp_path):
    doc = musfile.conversation_to_dict(demo_conversation())
    doc["app_version"] = "1" + "0" * 100_000
    path = tmp_path / "mette.mus"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(MusFileError) as caught:
        musfile.load(path)
    assert caught.value.kind == BadFile.WRONG_TYPES
    assert "versionsnummer" in caught.value.message


def test_attached_data_of_another_size_than_claimed_are_refused():
    doc = attachment_dict(demo_conversation())
    _refused(_pdf(doc, size=5), "størrelse")
    _refused(_pdf(doc, size=pikepdf.String("stor")), "størrelse")


def test_a_size_claim_qpdf_cannot_read_is_a_damaged_file_not_a_traceback():
    data = _pdf(attachment_dict(demo_conversation()), size=10**15)
    data = data.replace(b"/Size 1000000000000000", b"/Size 1" + b"0" * 1000)
    err = _refused(data)
    assert err.kind == BadFile.WRONG_TYPES


def test_what_the_program_attaches_is_still_read():
    conv = demo_conversation()
    assert (
        attached_conversation(_pdf(attachment_dict(conv)), "MUS_2025.pdf").employee.name == conv.employee.name
    )
