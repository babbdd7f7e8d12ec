"""GRUS documents: the group referat, each participant's HR edition and own copy.

The HR edition of one participant must hold nothing personal of another participant – neither
on its pages nor in its attached data – and no note »Kun mellem os«, not even its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.grus import LEADER, GroupConversation
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.pdf.archive import ATTACHMENT_NAME
from ishoj_mus.pdf.grus_pdf import document_pdf
from ishoj_mus.storage.forms import group_form
from tests.conftest import run_cli
from tests.helpers import loose, loose_pdf_text


def _attached(path: Path) -> str:
    with pikepdf.open(path) as pdf:
        return pdf.attachments[ATTACHMENT_NAME].get_file().read_bytes().decode("utf-8")


def _personal(g: GroupConversation, member_id: str) -> list[str]:
    """Everything that is one participant's own: items, note, words at the cards, offer, number, id."""
    plan = g.plan(member_id)
    member = g.member(member_id)
    said = [c.text for c in g.contributions if c.author == member_id]
    return [*(i.what for i in plan.items), *([plan.note] if plan.note else []), *said, member.employee_number]


@pytest.fixture(scope="module")
def signed_group() -> GroupConversation:
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    return g


@pytest.fixture(scope="module")
def editions(signed_group, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("grus")
    paths = {}
    for m in signed_group.members:
        path = folder / f"{m.id}.pdf"
        path.write_bytes(document_pdf(signed_group, Document.HR, m.id))
        paths[m.id] = path
    return paths


def test_each_hr_edition_holds_no_other_participants_personal_items(signed_group, editions) -> None:
    g = signed_group
    assert len(g.members) >= 4
    for m in g.members:
        text, data = loose_pdf_text(editions[m.id]), _attached(editions[m.id])
        for own in (i.what for i in g.plan(m.id).items):
            assert loose(own) in text and own in data  # the own plan is there
        assert all(loose(a.what) in text for a in g.agreements)  # and the group's agreements
        for other in g.members:
            if other.id == m.id:
                continue
            for secret in _personal(g, other.id):
                assert loose(secret) not in text, (m.name, secret)
                assert secret not in data, (m.name, secret)
            assert other.id not in data
        for said in (c.text for c in g.contributions):
            assert said not in data  # who said what stays out of the personnel file
        if g.plan(m.id).note:
            assert loose(g.plan(m.id).note) not in text and g.plan(m.id).note not in data
        doc = json.loads(data)
        assert doc["edition"] == {"document": "hr", "member": m.id}
        assert [x["id"] for x in doc["group"]["members"]] == [m.id]
        assert set(doc["group"]["plans"]) <= {m.id} and set(doc["group"]["offers"]) <= {m.id}
        assert {s["who"] for s in doc["group"]["signatures"]} == {LEADER, m.id}
        assert all(s["strokes"] == [] for s in doc["group"]["signatures"])  # points never lifted


def test_hr_edition_is_signed_and_says_whose_and_the_offer(signed_group, editions) -> None:
    g = signed_group
    m = g.members[1]  # accepted an individual MUS
    text = loose_pdf_text(editions[m.id])
    assert loose("Til personalesagen") in text and loose(m.name) in text
    assert loose("Individuel samtale ønsket (24.11.2026)") in text
    with pikepdf.open(editions[m.id]) as pdf:
        sigs = [f for f in pdf.Root.AcroForm.Fields if f.get("/FT") == pikepdf.Name.Sig]
    assert len(sigs) == 1  # one PAdES signature over the drawn signatures of leader and participant
    assert "UDKAST" not in text


def test_the_group_referat_has_the_agreed_points_the_participants_and_the_date(
    signed_group, tmp_path
) -> None:
    g = signed_group
    path = tmp_path / "referat.pdf"
    path.write_bytes(document_pdf(g, Document.REFERAT))
    text, data = loose_pdf_text(path), _attached(path)
    assert loose("Referat af gruppeudviklingssamtale (GRUS)") in text and "24.11.2026" in text
    assert all(loose(m.name) in text for m in g.members)
    assert all(loose(a.what) in text for a in g.agreements)
    for m in g.members:  # nobody's own plan or note is in the group's referat
        for secret in _personal(g, m.id):
            assert loose(secret) not in text and secret not in data


def test_own_copy_has_the_own_note_and_words_but_nobody_elses(signed_group, tmp_path) -> None:
    g = signed_group
    m = next(m for m in g.members if g.plan(m.id).note)
    path = tmp_path / "copy.pdf"
    path.write_bytes(document_pdf(g, Document.COPY, m.id))
    text, data = loose_pdf_text(path), _attached(path)
    assert loose(g.plan(m.id).note) in text and loose("journaliseres ikke") in text
    for other in g.members:
        if other.id != m.id:
            for secret in _personal(g, other.id):
                assert loose(secret) not in text and secret not in data


def test_next_years_followup_imports_from_a_participants_hr_edition(signed_group, editions) -> None:
    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.records import Employee
    from ishoj_mus.importing import load_previous_checked, plan_import

    g = signed_group
    m = g.members[2]
    previous = load_previous_checked(editions[m.id])
    assert previous.description.startswith("GRUS 24.11.2026 mellem " + m.name)
    whats = [a.what for a in previous.conversation.agreements]
    assert whats == [a.what for a in g.agreements] + [i.what for i in g.plan(m.id).items]
    current = demo_conversation()
    current.employee = Employee(m.name)
    current.followups.clear()
    plan = plan_import(editions[m.id], current)
    assert len(plan.new) == len(whats) and not plan.other_employee


def test_cli_demo_pdf_participant_plan_and_sheet(tmp_path) -> None:
    out = run_cli("demo", "--form", "grus", "--signed", "-o", str(tmp_path / "g.mus"))
    assert out.returncode == 0 and "5 deltagere" in out.stdout
    out = run_cli(
        "pdf", str(tmp_path / "g.mus"), "--participant", "ali yilmaz", "-o", str(tmp_path / "ali.pdf")
    )
    assert out.returncode == 0 and "HR-udgaven for Ali Yilmaz" in out.stdout and "signeret" in out.stdout
    out = run_cli("verify", str(tmp_path / "ali.pdf"))
    assert out.returncode == 3 and "GRUS" in out.stdout and "Ali Yilmaz" in out.stdout
    out = run_cli("pdf", str(tmp_path / "g.mus"), "-o", str(tmp_path / "referat.pdf"))
    assert out.returncode == 0 and "Gruppens referat" in out.stdout
    out = run_cli(
        "pdf", str(tmp_path / "g.mus"), "--participant", "Nogen Andre", "-o", str(tmp_path / "x.pdf")
    )
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "deltog ikke" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
    out = run_cli(
        "plan", str(tmp_path / "g.mus"), "--participant", "Åse Kristiansen", "-o", str(tmp_path / "p.pdf")
    )
    assert out.returncode == 0 and (tmp_path / "p.pdf").stat().st_size > 1000
    out = run_cli("sheet", "forms/grus.toml", "-o", str(tmp_path / "sheet.pdf"))
    assert out.returncode == 0
    assert loose("Til siden: hvordan hjælper vi hinanden") in loose_pdf_text(tmp_path / "sheet.pdf")
    # The sheet of a group conversation's own form, as for a conversation of two: it was refused
    # as »ikke en samtalefil fra Ishøj MUS«.
    out = run_cli("sheet", str(tmp_path / "g.mus"), "-o", str(tmp_path / "sheet_g.pdf"))
    assert out.returncode == 0, out.stderr
    assert loose("Til siden: hvordan hjælper vi hinanden") in loose_pdf_text(tmp_path / "sheet_g.pdf")


def test_show_prints_the_group_referat_without_anyones_own_plan(tmp_path, signed_group) -> None:
    from ishoj_mus.storage import grus_file

    grus_file.save(signed_group, tmp_path / "g.mus")
    out = run_cli("show", str(tmp_path / "g.mus"))
    assert out.returncode == 0 and "Referat af gruppeudviklingssamtale (GRUS)" in out.stdout
    assert "24.11.2026" in out.stdout and all(m.name in out.stdout for m in signed_group.members)
    assert all(a.what in out.stdout for a in signed_group.agreements)
    for m in signed_group.members:
        assert not any(secret in out.stdout for secret in _personal(signed_group, m.id))


def test_the_hr_edition_carries_filing_metadata_for_the_participant_only(signed_group, editions) -> None:
    from ishoj_mus.pdf.filing_xmp import read_filing_xmp_bytes

    m = signed_group.members[0]
    values = read_filing_xmp_bytes(editions[m.id].read_bytes())
    assert values["documentType"] == "grus" and values["edition"] == "grus_hr"
    assert values["employeeName"] == m.name and values["employeeNumber"] == m.employee_number
    assert values["conversationDate"] == "2026-11-24" and values["form"] == "grus"
    others = {o.name for o in signed_group.members if o.id != m.id}
    assert not others & set(values.values())


def test_cli_says_when_participant_and_copy_do_not_fit_the_file(tmp_path) -> None:
    assert run_cli("demo", "--form", "grus", "-o", str(tmp_path / "g.mus")).returncode == 0
    out = run_cli("pdf", str(tmp_path / "g.mus"), "--copy", "medarbejder", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 2 and "--participant" in out.stderr and out.stderr.count("\n") == 1
    assert run_cli("demo", "-o", str(tmp_path / "mus.mus")).returncode == 0
    out = run_cli(
        "pdf", str(tmp_path / "mus.mus"), "--participant", "Mette Hansen", "-o", str(tmp_path / "y.pdf")
    )
    assert out.returncode == 2 and "samtale på to" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_the_progress_of_the_participants_editions_can_be_shown_in_english(monkeypatch) -> None:
    """The window shows the worker's progress through tr(): a text with a name in it never has a
    translation (and said »Laver Jonas Friiss udgaver …«)."""
    import xml.etree.ElementTree as ET

    from ishoj_mus.pdf import grus_pdf
    from tests.conftest import ROOT

    monkeypatch.setattr(grus_pdf, "document_pdf", lambda *a, **k: b"%PDF")
    g = demo_group_conversation(group_form())
    said: list[str] = []
    grus_pdf.all_documents(g, lambda percent, text: said.append(text))
    assert len(said) == len(g.members)
    ts = ET.parse(ROOT / "resources" / "translations" / "ishoj_mus_en.ts")
    english = {m.findtext("source"): m.findtext("translation") for m in ts.iter("message")}
    assert all(english.get(text) for text in said), said
