"""Walk 2 (/tmp/walk2/57-grus-saveas.png): GRUS's file dialogs opened in the program's own
folder (the working directory: on Windows the installation folder) – »Save GRUS« showed forms/,
ishoj_mus/, resources/. They now start where the conversation's file is, else in the
conversations' folder, else in Documents, as the main window's do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage import userdirs
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.preparation import PreparationDialog
from ishoj_mus.ui.grus.window import GroupWindow
from tests.helpers import forget_group_changes


def _asked(monkeypatch) -> list[str]:
    asked: list[str] = []

    def answer(value):
        def ask(_parent, _title, where="", *_rest, **_kw):
            asked.append(str(where))
            return value

        return ask

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer(([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", answer(""))
    return asked


def test_the_group_window_s_dialogs_start_in_the_conversations_folder(qtbot, monkeypatch, tmp_path):
    asked = _asked(monkeypatch)
    monkeypatch.chdir(tmp_path)  # the program's folder: never offered
    folder = tmp_path / "Samtaler"
    folder.mkdir()
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form())), folder=str(folder))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    w.save_as()
    w.bring_in_preparations()
    w.run_pdf = lambda *args, **kwargs: None
    w.save_pdfs()
    assert len(asked) == 3, asked
    assert Path(asked[0]).parent == folder and Path(asked[0]).name.endswith(".mus"), asked
    assert asked[1:] == [str(folder), str(folder)], asked


def test_without_a_folder_they_start_in_documents(qtbot, monkeypatch):
    asked = _asked(monkeypatch)
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    w.bring_in_preparations()
    dialog = PreparationDialog(group_form(), w)
    qtbot.addWidget(dialog)
    dialog.name.setText("Åse Brøndum")
    dialog._save()
    documents = str(userdirs.documents_dir())
    assert asked[0] == documents, asked
    assert Path(asked[1]).parent == Path(documents) and asked[1].endswith(".grus"), asked
