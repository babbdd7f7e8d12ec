"""Preview and print: the preview fits a laptop screen and zooms; Ctrl+P prints through the
system's print dialog; a saved PDF says where it went; save dialogs start in a known folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import open_window, print_into, printed_pages, reactivate

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def test_preview_fits_the_screen_zooms_and_closes(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    window.a_preview.trigger()
    qtbot.waitUntil(
        lambda: window.outputs.preview is not None and window.outputs.preview.isVisible(), timeout=30000
    )
    preview = window.outputs.preview
    room = preview.screen().availableGeometry()
    assert preview.height() <= room.height() * 0.9 + 1
    width = preview.pages[0].pixmap().width()
    qtbot.mouseClick(preview.zoom_in, LEFT)
    assert preview.pages[0].pixmap().width() > width and preview.zoom_label.text() == "125 %"
    qtbot.mouseClick(preview.zoom_out, LEFT)
    qtbot.mouseClick(preview.zoom_out, LEFT)
    assert preview.pages[0].pixmap().width() < width
    assert preview.close_button.isVisible()
    qtbot.mouseClick(preview.close_button, LEFT)
    assert not preview.isVisible()


def test_ctrl_p_prints_the_referat_through_the_print_dialog(qtbot, tmp_path):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    target = tmp_path / "udskrift.pdf"
    print_into(qtbot, target)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(target.exists, timeout=30000)
    qtbot.waitUntil(lambda: not window.pdf.busy(), timeout=30000)
    pages = printed_pages(target)
    assert len(pages) >= 5
    # every printed page carries the rendered referat, not a blank sheet
    for page in pages:
        assert page.convert("L").getextrema()[0] < 100


def test_saved_pdf_says_where_with_a_button_to_open_the_folder(qtbot, tmp_path):
    from tests.helpers import file_dialog_answer

    window = open_window(qtbot)
    window.settings.pdf_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    target = tmp_path / "plan.pdf"
    file_dialog_answer(qtbot, target)
    window.a_plan.trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    from ishoj_mus.ui.outputs.saved_notice import SavedNotice

    notice = window.findChild(SavedNotice)
    qtbot.waitUntil(lambda: notice is not None and notice.isVisible())
    assert "plan.pdf" in notice.text.text() and str(tmp_path) in notice.text.text()
    assert notice.open_folder.text() == "Åbn mappen" and notice.folder == tmp_path
    assert window.settings.last_folder == str(tmp_path)


def test_save_dialogs_never_start_in_the_program_folder(qtbot, tmp_path, monkeypatch):
    from ishoj_mus.storage import userdirs
    from ishoj_mus.ui.widgets.folders import start_folder

    missing = tmp_path / "findes-ikke"
    monkeypatch.setattr(userdirs, "documents_dir", lambda: missing)
    assert start_folder("", "relativ/mappe", missing) == str(Path.home())
    window = open_window(qtbot)
    window.settings.pdf_folder = ""
    window.settings.default_folder = str(missing)
    assert window.outputs.pdf_folder() == str(Path.home())
    window.settings.last_folder = str(tmp_path)
    assert window.outputs.pdf_folder() == str(tmp_path) == window.default_folder()
    reactivate(qtbot, window)
    assert QApplication.activeWindow() is window
