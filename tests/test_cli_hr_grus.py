"""Filing a group conversation's papers: each participant's HR edition is filed under that
participant's name; the group's own referat and the participants' own copies never are."""

from __future__ import annotations

import json

from ishoj_mus.demo_grus import demo_group_conversation, sign_group_demo
from ishoj_mus.domain.grus_parts import Document
from ishoj_mus.pdf.grus_pdf import document_pdf
from ishoj_mus.storage.forms import group_form
from tests.conftest import run_cli


def test_grus_hr_editions_are_filed_one_per_participant(tmp_path):
    g = demo_group_conversation(group_form())
    sign_group_demo(g)
    inbox = tmp_path / "grus"
    inbox.mkdir()
    members = g.members[:2]
    for m in members:
        (inbox / f"{m.id}_hr.pdf").write_bytes(document_pdf(g, Document.HR, m.id))
        (inbox / f"{m.id}_eget.pdf").write_bytes(document_pdf(g, Document.COPY, m.id))
    (inbox / "gruppen.pdf").write_bytes(document_pdf(g, Document.REFERAT))

    out = tmp_path / "journal"
    done = run_cli("file", str(inbox), "-o", str(out), "--include-unconfirmed")  # self-made key
    assert done.returncode == 1, done.stdout + done.stderr
    manifest = json.loads(next(out.glob("manifest_*.json")).read_text(encoding="utf-8"))
    filed = {r["employee"]: r for r in manifest["filed"]}
    assert set(filed) == {m.name for m in members}  # both participants, neither superseding the other
    for m in members:
        assert filed[m.name]["document_type"] == "GRUS-referat"
        assert filed[m.name]["filed_as"].endswith(".pdf") and (out / filed[m.name]["filed_as"]).is_file()
    refused = {r["file"].rsplit("/", 1)[-1]: r["reason"] for r in manifest["refused"]}
    assert "Gruppens referat" in refused["gruppen.pdf"]
    for m in members:
        assert "eksemplar" in refused[f"{m.id}_eget.pdf"]
