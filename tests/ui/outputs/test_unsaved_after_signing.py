"""Walk F15: after both sign and the PDFs are saved, the program says plainly that the
conversation file itself is not saved yet (next year's import needs it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import open_window, sign_by_keyboard, when_modal

NOT_SAVED = "Selve samtalen er ikke gemt endnu"


def test_signing_and_saving_pdfs_say_the_conversation_is_not_saved(qtbot, tmp_path):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    view = window.view
    conv = view.conv
    view.go(len(conv.form.steps) - 1)
    employee, leader = view.current_page().parties
    sign_by_keyboard(qtbot, employee, "Mette Hansen")
    said: list[str] = []

    def read(box):
        said.append(box.text())
        box.accept()

    when_modal(read)
    sign_by_keyboard(qtbot, leader, "Jonas Kristensen")
    assert conv.is_fully_signed
    assert said and "Begge har underskrevet" in said[0] and NOT_SAVED in said[0], said

    pdf = tmp_path / "HR.pdf"
    window.outputs.write_pdf(pdf, b"%PDF-1.4\n%%EOF\n")
    notice = window.findChild(__import__("ishoj_mus.ui.outputs.saved_notice", fromlist=["x"]).SavedNotice)
    assert NOT_SAVED in notice.text.text() and "Filer > Gem" in notice.text.text()

    # once the conversation is saved, the notice says only where the PDF went
    view.document.save(tmp_path / "MUS.mus")
    window.outputs.write_pdf(tmp_path / "HR2.pdf", b"%PDF-1.4\n%%EOF\n")
    assert NOT_SAVED not in notice.text.text()
