"""Which answers stand on the referat's front page is the form's choice (``cover`` in the TOML)."""

from __future__ import annotations

import json

import pypdfium2

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import default_form, shipped_framework


def _first_page(conv: Conversation) -> str:
    page = pypdfium2.PdfDocument(render_summary(conv, None))[0]
    return " ".join(page.get_textpage().get_text_range().split())


def test_the_core_task_stands_on_the_front_page_because_the_form_says_so():
    assert default_form().field("kerneopgave").cover == "Kerneopgave"
    assert "Kerneopgave (fælles)" in _first_page(demo_conversation())


def test_another_form_can_put_another_answer_there():
    data = default_form().to_dict()
    for step in data["steps"]:
        for f in step.get("fields", []):
            f.pop("cover", None)
            if f["id"] == "trivsel":
                f["cover"] = "Trivsel"
    form = Form.from_dict(data, "anden.toml", shipped_framework())
    conv = demo_conversation(form)
    text = _first_page(conv)
    assert "Kerneopgave (fælles)" not in text
    assert "Trivsel (medarbejder)" in text


def test_a_conversation_saved_before_cover_existed_keeps_its_front_page(tmp_path):
    path = tmp_path / "gammel.mus"
    musfile.save(demo_conversation(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    for step in doc["form"]["steps"]:
        for f in step.get("fields", []):
            f.pop("cover", None)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    old = musfile.load(path)
    assert "Kerneopgave (fælles)" in _first_page(old)
