"""Signing in the window: drawing on the pads, locking, the PDF preview and file, reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ishoj_mus.pdf.verdict import UBEKRAEFTET
from ishoj_mus.pdf.verification import check_pdf
from ishoj_mus.ui.outputs.print_support import PdfPreview
from tests.helpers import (
    file_dialog_answer,
    message_box_answer,
    open_window,
    reactivate,
    sign,
    when_modal,
)

LEFT = Qt.MouseButton.LeftButton


def test_sign_preview_save_verify_and_reopen(qtbot, tmp_path):
    window = open_window(qtbot)
    window.settings.pdf_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    view.go(len(view.conv.form.steps) - 1)
    page = view.current_page()
    employee, leader = page.parties
    qtbot.mouseClick(employee.remark.viewport(), LEFT)
    qtbot.keyClicks(employee.remark, "Jeg er glad for aftalerne.")
    sign(qtbot, employee, 7)
    assert view.conv.is_locked and not view.conv.is_fully_signed
    assert view.banner.isVisible() and "Mette Hansen" in view.banner_text.text()
    message_box_answer(QMessageBox.StandardButton.Ok)  # "Samtalen er underskrevet"
    sign(qtbot, leader, 11)
    reactivate(qtbot, window)
    conv = view.conv
    assert conv.is_fully_signed
    assert conv.signatures[leader.role].signer == "Jonas Kristensen"
    assert conv.signatures[employee.role].remark == "Jeg er glad for aftalerne."
    assert len(conv.signatures[employee.role].strokes[0]) == 20

    # Locked: the answers cannot be typed into any more.
    view.go(1)
    editor = view.current_page().editors[0].editor
    before = editor.toPlainText()
    qtbot.keyClicks(editor, "xyz")
    assert editor.toPlainText() == before and editor.isReadOnly()

    # Vis PDF: made in the background with progress, then shown inside the program.
    shown = {}

    def look(dialog):
        assert isinstance(dialog, PdfPreview)
        shown["pages"] = dialog.page_count()
        dialog.reject()

    window.a_preview.trigger()
    qtbot.waitUntil(lambda: not window.pdf.busy(), timeout=20000)
    qtbot.waitUntil(
        lambda: window.outputs.preview is not None and window.outputs.preview.isVisible(), timeout=5000
    )
    look(window.outputs.preview)
    assert shown["pages"] >= 5

    # Gem PDF: the suggested name is the HR filing name; the file is signed and intact.
    target = tmp_path / "MUS_2026-11-19_Hansen_Mette_HR.pdf"
    file_dialog_answer(qtbot, target, type_name=False)
    window.a_pdf.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    result = check_pdf(target.read_bytes())
    assert result.code == UBEKRAEFTET, result.message  # intact; the self-made key is not confirmed

    # Genåbn: asks why (no reason, no reopening), then both signatures are void and it is on record.
    def give_reason(dialog):
        from ishoj_mus.ui.conversation.history import ReopenDialog

        assert isinstance(dialog, ReopenDialog)
        assert not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "Fristen var forkert")
        qtbot.mouseClick(dialog.ok, LEFT)

    when_modal(give_reason)
    qtbot.mouseClick(view.reopen_button, LEFT)
    assert not conv.signatures and not view.banner.isVisible()
    assert conv.history[-1].kind.value == "reopened" and "Mette Hansen" in conv.history[-1].note
    assert "Fristen var forkert" in conv.history[-1].note
    assert not editor.isReadOnly()
    # The employee's remark is still there, ready to be edited, and the history shows in the window.
    view.go(len(conv.form.steps) - 1)
    page = view.current_page()
    assert page.parties[0].remark.toPlainText() == "Jeg er glad for aftalerne."
    assert not page.parties[0].remark.isReadOnly()
    assert page.history.isVisible() and "Fristen var forkert" in page.history.text()
    assert "Underskrevet af Mette Hansen" in page.history.text()


def test_summary_lists_missing_answers_and_a_link_takes_you_there(qtbot):
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.records import Employee, Leader
    from ishoj_mus.storage.form_files import default_form

    window = open_window(qtbot)
    conv = Conversation(form=default_form(), employee=Employee("Åse"), leader=Leader("Bo"))
    window.show_conversation(conv, None)
    view = window.view
    summary_index = [s.id for s in conv.form.steps].index("opsummering")
    qtbot.mouseClick(view.next, LEFT)
    view.step_list.setCurrentRow(summary_index)
    page = view.current_page()
    text = page.missing_label.text()
    assert "Der mangler stadig" in text and "Kerneopgaven" in text
    assert text.count("<li>") == len(conv.missing())
    # Keyboard: focus the list, Tab to the first link, Enter follows it.
    page.missing_label.setFocus()
    qtbot.keyClick(page.missing_label, Qt.Key.Key_Tab)
    qtbot.keyClick(page.missing_label, Qt.Key.Key_Return)
    first = conv.missing()[0]
    assert conv.form.steps[view.step_list.currentRow()].id == first.step_id


def test_signing_with_the_keyboard_alone(qtbot):
    """Type the name, tick the confirmation with Space, press Enter: a typed signature."""
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    view.go(len(view.conv.form.steps) - 1)
    employee = view.current_page().parties[0]
    employee.typed.setFocus()
    qtbot.keyClicks(employee.typed, "Mette Hansen")
    assert not employee.sign_button.isEnabled()
    qtbot.keyClick(employee.typed, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is employee.confirm
    qtbot.keyClick(employee.confirm, Qt.Key.Key_Space)
    qtbot.keyClick(employee.confirm, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is employee.sign_button
    qtbot.keyClick(employee.sign_button, Qt.Key.Key_Space)
    signature = view.conv.signatures[employee.role]
    assert signature.is_typed and signature.typed_name == "Mette Hansen" and signature.strokes == ()
    assert "ved at skrive navnet" in employee.status.text()


def test_the_remark_is_undone_like_any_typing_and_marks_the_file_changed(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    document = window.document
    document.undo_stack.setClean()
    view.go(len(view.conv.form.steps) - 1)
    employee = view.current_page().parties[0]
    before = view.conv.remark
    qtbot.mouseClick(employee.remark.viewport(), LEFT)
    qtbot.keyClicks(employee.remark, "Tak")
    assert view.conv.remark.endswith("Tak") and document.is_modified()
    assert window.a_undo.isEnabled()
    window.a_undo.trigger()  # one undo takes back the burst of typing
    assert view.conv.remark == before and not document.is_modified()


def test_enter_clicks_the_focused_sign_and_next_buttons(qtbot):
    """Walk of issue 25: Enter on a focused "Underskriv" or "Næste" did nothing outside a
    dialog (Qt: Space only); keyboard users press Enter. (Enter in the typed name signs, as
    before: the line edit's own meaning; the filter clicks only a focused button.)"""
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    qtbot.waitUntil(lambda: getattr(window, "_focus_return", None) is not None)
    reactivate(qtbot, window)
    view = window.view
    view.go(0)
    view.next.setFocus()
    qtbot.keyClick(view.next, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.step_list.currentRow() == 1)
    view.go(len(view.conv.form.steps) - 1)
    employee = view.current_page().parties[0]
    employee.typed.setFocus()
    qtbot.keyClicks(employee.typed, "Mette Hansen")
    qtbot.keyClick(employee.confirm, Qt.Key.Key_Space)
    assert employee.sign_button.isEnabled()
    employee.sign_button.setFocus()
    qtbot.keyClick(employee.sign_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: employee.role in view.conv.signatures)
    assert view.conv.signatures[employee.role].typed_name == "Mette Hansen"
