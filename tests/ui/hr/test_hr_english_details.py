"""verify's lines about a file are worded once (issue 25, item 3): ``pdf.verify_lines`` makes the
command line's Danish lines and the HR desk's details from the result's fields. The Danish desk
shows the command line's lines byte for byte, the English desk the same lines in English – for
every kind of file in HR's in-tray, GRUS editions, and a check ``--now``, after the result has
crossed from the verify worker as JSON."""

from __future__ import annotations

import datetime as dt
import json
import re

from PySide6.QtCore import QCoreApplication

from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.pdf.batch import result_from_dict
from ishoj_mus.pdf.grus_pdf import document_pdf
from ishoj_mus.pdf.judge import load_trust_settings, verify_path
from ishoj_mus.pdf.verify_result import WIRE_ONLY, FileVerification
from ishoj_mus.storage.forms import group_form
from ishoj_mus.storage.organisation import load_profile
from ishoj_mus.ui.hr import texts
from ishoj_mus.ui.widgets import i18n
from tests.helpers import DANISH

MORE_DANISH = re.compile(
    r"\b(Papir|Medarbejder|Samtalens|Underskrevet|Signatur|Udstedt|bekræftet|Samtale|Erstatter|udgave|"
    r"Kontrolleret|genkendt|eksemplar|af|og|til)\b"
)


def _files(hr_folder, tmp_path):
    paths = sorted(hr_folder.folder.iterdir())
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    for doc in (Document.HR, Document.COPY):
        path = tmp_path / f"grus-{doc.value}.pdf"
        path.write_bytes(document_pdf(g, doc, g.members[0].id))
        paths.append(path)
    return [*paths, tmp_path / "findes-ikke.pdf"]


def _names(r: FileVerification) -> list[str]:
    """What the file itself says (names, ids, certificate fields): shown as the file has it."""
    return [
        *(n for n in (r.employee, r.leader, r.conversation_id, r.edition_for, r.path) if n),
        *(x for s in r.signers for x in (s.name, s.issuer, s.timestamped_by or "")),
        *(s.name for s in r.drawn),
    ]


def _english(results: list[FileVerification]) -> list[list[str]]:
    i18n.install(QCoreApplication.instance(), "en")
    try:
        return [texts.detail_lines(r) for r in results]
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_the_desk_says_verify_s_lines_in_english_and_as_the_command_line_in_danish(qapp, hr_folder, tmp_path):
    profile = load_profile(hr_folder.profile)
    now = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    checked, wired = [], []
    for settings in (load_trust_settings(profile=profile), load_trust_settings(profile=profile, now=now)):
        for path in _files(hr_folder, tmp_path):
            r = verify_path(path, settings)
            checked.append(r)
            wired.append(result_from_dict(json.loads(json.dumps(r.to_dict(wire=True)))))  # the worker's way
    assert len(checked) > 60
    english = _english(wired)
    for r, w, lines in zip(checked, wired, english, strict=True):
        assert texts.detail_lines(w) == r.lines  # the Danish desk: the command line's lines
        assert len(lines) == len(r.lines), (r.lines, lines)
        for line in lines:
            rest = line
            for name in sorted(_names(r), key=len, reverse=True):
                rest = rest.replace(name, "")
            rest = re.sub(r"“[^”]*”", "", rest)
            assert not DANISH.search(rest) and not MORE_DANISH.search(rest), (r.path, line)
            assert "The check's own words" not in line, line
    for r in checked:
        assert not set(WIRE_ONLY) & set(r.to_dict())  # verify --json: its fields as before
    shown = "\n".join(line for lines in english for line in lines)
    for english_words in (
        "  Paper: ",
        "  Employee:                   ",
        "  The conversation's leader:  ",
        "  Signed by:                  ",
        "    Issued by: ",
        ", version 2",
        "  Replaces version 1, signed ",
        "  Signed by the employee: ",
        "  Group development conversation (GRUS): ",
        "(the employee's copy – must not be filed): ",
        "  (Checked as if the time were 01.12.2026 at ",
    ):
        assert english_words in shown, english_words
