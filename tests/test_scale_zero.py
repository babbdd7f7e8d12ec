"""A scale that starts at 0: 0 is an answer (missing() counts it), and every rendering says 0."""

from __future__ import annotations

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import FieldKind
from ishoj_mus.domain.records import Employee, Leader, ScaleValue
from ishoj_mus.storage.form_files import default_form, shipped_framework


@pytest.fixture
def conv() -> Conversation:
    data = default_form().to_dict()
    for step in data["steps"]:
        for f in step.get("fields", []):
            if f["kind"] == FieldKind.SCALE.value:
                f["min"] = 0
    form = Form.from_dict(data, "nul.toml", shipped_framework())
    conv = Conversation(form=form, employee=Employee("Åse"), leader=Leader("Bo"))
    scale = form.scale_fields()[0]
    conv.set_scale(scale.id, Voice.MEDARBEJDER, ScaleValue(0, 3))
    return conv


def _scale_missing(conv: Conversation) -> bool:
    scale = conv.form.scale_fields()[0]
    return any(m.field_id == scale.id and m.voice == Voice.MEDARBEJDER for m in conv.missing())


def test_zero_counts_as_answered(conv):
    assert not _scale_missing(conv)


def test_the_text_says_zero(conv):
    from ishoj_mus.show import summary_text

    assert "medarbejder i dag 0, fremover 3" in summary_text(conv)


def test_the_window_summary_says_zero(conv, qapp):
    from ishoj_mus.ui.conversation.summary_html import summary_html

    assert "Medarbejder: 0 → 3" in summary_html(conv)


def test_the_pdf_says_zero(conv):
    import pypdfium2

    from ishoj_mus.pdf.summary import render_summary

    pdf = pypdfium2.PdfDocument(render_summary(conv, None))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "i dag 0, fremover 3" in " ".join(text.split())
