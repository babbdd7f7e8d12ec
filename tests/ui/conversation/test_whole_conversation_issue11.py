"""Issue 11's whole conversation in the real window: the wheel changes nothing, an empty
agreement blocks signing, "Ikke relevant" is an answer, both sign by keyboard, reopening asks
why, and Ctrl+P prints to a PDF printer; then we look at what ends up in the PDFs."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from ishoj_mus.domain.codes import Voice
from ishoj_mus.text import missing_what
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.not_relevant import NotRelevantToggle
from tests.helpers import (
    open_window,
    print_into,
    printed_pages,
    reactivate,
    sign_by_keyboard,
    value_controls,
    wheel,
    when_modal,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def step_index(conv, step_id: str) -> int:
    return [s.id for s in conv.form.steps].index(step_id)


def test_issue_11_whole_conversation(qtbot, tmp_path):
    from ishoj_mus.pdf.summary import render_summary

    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    conv = view.conv

    # 1. The wheel over every drop-down, date and scale of the plan changes nothing.
    view.go(step_index(conv, "aftaler"))
    page = view.current_page()
    before = copy.deepcopy(conv)
    view.step_list.setFocus()
    for control in value_controls(page):
        if control.isVisibleTo(page) and control.isEnabled():
            page.ensureWidgetVisible(control)
            wheel(control, -1)
    assert conv == before

    # 2. An empty agreement is not done: it is missing, and signing is refused.
    plan = next(e for e in page.editors if isinstance(e, AgreementsEditor))
    qtbot.mouseClick(plan.add, LEFT)
    assert [missing_what(m) for m in conv.missing()][-3:] == [
        f"Aftale {len(conv.agreements)}: Hvad",
        f"Aftale {len(conv.agreements)}: Ansvarlig",
        f"Aftale {len(conv.agreements)}: Frist",
    ]
    assert plan.rows[-1].notice.isVisible()
    view.go(len(conv.form.steps) - 1)
    employee, leader = view.current_page().parties
    when_modal(lambda box: box.accept())  # "Kan ikke underskrive endnu"
    sign_by_keyboard(qtbot, employee, "Mette Hansen")
    assert not conv.signatures
    # ... so they take it out again.
    view.go(step_index(conv, "aftaler"))
    qtbot.mouseClick(plan.rows[-1].remove, LEFT)
    assert conv.missing() == []

    # 3. "Ikke relevant" on a question: an answer, shown as such.
    view.go(step_index(conv, "hele-vejen-rundt"))
    toggle = next(
        e for e in view.current_page().editors if isinstance(e, NotRelevantToggle) and e.field_.id == "nedad"
    )
    qtbot.mouseClick(toggle, LEFT)
    assert conv.is_not_relevant("nedad") and conv.missing() == []

    # 4. Both sign with the keyboard alone.
    view.go(len(conv.form.steps) - 1)
    employee, leader = view.current_page().parties
    sign_by_keyboard(qtbot, employee, "Mette Hansen")
    when_modal(lambda box: box.accept())  # "Samtalen er underskrevet"
    sign_by_keyboard(qtbot, leader, "Jonas Kristensen")
    assert conv.is_fully_signed
    assert all(s.is_typed for s in conv.signatures.values())

    # 5. Reopening asks why; the history says so; then they sign again.
    def give_reason(dialog):
        qtbot.keyClicks(dialog.reason, "Datoen for kurset var forkert")
        qtbot.mouseClick(dialog.ok, LEFT)

    when_modal(give_reason)
    qtbot.mouseClick(view.reopen_button, LEFT)
    assert not conv.signatures and "Datoen for kurset var forkert" in conv.history[-1].note
    view.go(len(conv.form.steps) - 1)
    employee, leader = view.current_page().parties
    sign_by_keyboard(qtbot, employee, "Mette Hansen")
    when_modal(lambda box: box.accept())
    sign_by_keyboard(qtbot, leader, "Jonas Kristensen")
    assert conv.is_fully_signed

    # 6. Ctrl+P prints the referat to a PDF printer.
    target = tmp_path / "udskrift.pdf"
    print_into(qtbot, target)
    reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(target.exists, timeout=60000)
    qtbot.waitUntil(lambda: not window.pdf.busy(), timeout=60000)
    assert len(printed_pages(target)) >= 5

    # What the referat says: Ikke relevant, typed signatures, the reason for reopening.
    import pypdfium2

    document = pypdfium2.PdfDocument(render_summary(conv))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    text = " ".join(text.split())  # lines wrap in the PDF
    assert "Ikke relevant" in text
    assert text.count("ved at skrive navnet (tastatur)") == 2
    assert "Begrundelse: Datoen for kurset var forkert" in text
    assert conv.signatures[Voice.MEDARBEJDER].typed_name == "Mette Hansen"
