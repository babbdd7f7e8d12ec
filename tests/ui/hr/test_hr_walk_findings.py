"""Walk findings on HR's desk (walk-walkb F28): where the folder dialog starts, and our own
conversation files in a checked folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.helpers import open_window, when_modal


def _desk(qtbot, lang=None):
    window = open_window(qtbot, lang=lang)
    window.start_page.hr_button.click()
    return window, window.hr_desk


def test_the_folder_dialog_starts_in_the_documents_folder_not_the_program_s(qtbot, user_home):
    window, view = _desk(qtbot)
    seen: list[Path] = []

    def look(dialog):
        seen.append(Path(dialog.directory().absolutePath()))
        dialog.reject()

    when_modal(look, kind=QFileDialog)
    view.choose_folder()
    documents = user_home / "documents"
    assert seen == [documents.resolve()], (seen, Path.cwd())
    # a folder once checked is where the next dialog starts
    papers = user_home / "papers"
    papers.mkdir()
    (papers / "notes.txt").write_text("not a pdf", encoding="utf-8")

    def choose(dialog):
        dialog.setDirectory(str(papers))
        dialog.selectFile(str(papers))
        dialog.accept()

    when_modal(choose, kind=QFileDialog)
    with qtbot.waitSignal(view.check_finished, timeout=60_000):
        view.choose_folder()
    seen.clear()
    when_modal(look, kind=QFileDialog)
    view.choose_folder()
    assert seen == [papers.resolve()]


def test_our_own_mus_files_in_a_folder_are_skipped_and_said_plainly(qtbot, tmp_path):
    window, view = _desk(qtbot)
    folder = tmp_path / "season"
    folder.mkdir()
    (folder / "MUS_2026-12-07_Berg_Anna.mus").write_text("{}", encoding="utf-8")
    (folder / "Forberedelse_leder_2026-12-07.mus").write_text("{}", encoding="utf-8")
    (folder / "notes.txt").write_text("not a pdf", encoding="utf-8")
    with qtbot.waitSignal(view.check_finished, timeout=60_000):
        view.check_paths([folder])
    files = [row["file"] for row in view.row_texts()]
    assert files == ["notes.txt"]  # no row "ULÆSELIG" for a conversation file
    status = view.status.text()
    assert "2 samtalefiler (.mus) er sprunget over: de er ikke PDF'er." in status, status


def test_the_details_are_in_english_in_the_english_window(qtbot, tmp_path):
    window, view = _desk(qtbot, lang="en")
    try:
        folder = tmp_path / "season"
        folder.mkdir()
        (folder / "notes.txt").write_text("not a pdf", encoding="utf-8")
        with qtbot.waitSignal(view.check_finished, timeout=60_000):
            view.check_paths([folder])
        text = view.details.toPlainText()
        assert "The file is not a PDF." in text, text
        for danish in ("ULÆSELIG", "Ulæselig", "Filen er ikke"):
            assert danish not in text, (danish, text)
    finally:
        from PySide6.QtCore import QCoreApplication

        from ishoj_mus.ui.widgets import i18n

        i18n.install(QCoreApplication.instance(), "da")
