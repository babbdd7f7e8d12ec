"""Issue #24, deliver 5: the window derived a protected file's key on its own thread (frozen
meanwhile, up to a gigabyte for a hostile header), and a protected file cut short said the
passphrase was wrong ("ingen anden vej ind") although its .bak opened with it."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ishoj_mus.storage import musfile, sealed
from ishoj_mus.storage.sealed import Seal
from ishoj_mus.ui.widgets.passphrase import AskPassphrase
from tests.helpers import button_labelled, open_window, when_modal

PASS = "solsikke-2026"


def _type_passphrase(qtbot):
    def handle(dialog):
        assert isinstance(dialog, AskPassphrase), type(dialog)
        qtbot.keyClicks(dialog.edit, PASS)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    when_modal(handle, kind=AskPassphrase)


def test_the_key_is_derived_off_the_window_s_thread_with_progress(qtbot, tmp_path, demo, monkeypatch):
    path = tmp_path / "samtale.mus"
    musfile.save(demo, path, Seal.new(PASS))
    window = open_window(qtbot)
    seen: dict = {}
    window_ran = threading.Event()
    real = sealed._derive

    def watched(*args):
        seen["on_window_thread"] = threading.current_thread() is threading.main_thread()
        # Only a window thread that keeps running its events can show the progress dialog,
        # whose handler below lets the derivation go on.
        seen["window_kept_running"] = window_ran.wait(10)
        return real(*args)

    def progress(dialog):
        seen["progress"] = dialog.labelText()
        window_ran.set()

    monkeypatch.setattr(sealed, "_derive", watched)
    _type_passphrase(qtbot)
    when_modal(progress, kind=QProgressDialog)
    assert window.open_path(path, ask=False) is True
    assert seen == {
        "on_window_thread": False,
        "window_kept_running": True,
        "progress": "Åbner den beskyttede samtale …",
    }
    assert window.document.conversation == demo and window.document.seal is not None


def test_a_protected_file_cut_short_offers_its_backup(qtbot, tmp_path, demo):
    path = tmp_path / "samtale.mus"
    seal = Seal.new(PASS)
    musfile.save(demo, path, seal)
    musfile.save(demo, path, seal)  # the first is the .bak now
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) - 500])  # a copy that stopped halfway
    window = open_window(qtbot)
    seen: dict = {}

    def offer(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "damagedOfferBackup", box.objectName()
        seen["text"] = box.text()
        button = button_labelled(box, "Åbn sikkerhedskopien")
        button.click()

    _type_passphrase(qtbot)
    when_modal(offer, kind=QMessageBox)
    assert window.open_path(path, ask=False) is True
    assert "beskadiget" in seen["text"] and "adgangskoden er rigtig" in seen["text"]
    assert "ingen anden vej ind" not in seen["text"] and "samtale.mus.bak" in seen["text"]
    assert window.document.conversation == demo
    assert window.path is None and window.dirty  # saved under a new name, never over the .bak
    assert "samtale.mus.bak" in window.statusBar().currentMessage()


def test_protecting_with_a_new_passphrase_derives_off_the_window_s_thread(qtbot, tmp_path, monkeypatch):
    """Left over by "files": protecting derived the new key on the window's thread (frozen, no
    repaint, for ≈0.25 s – seconds on a busy machine)."""
    from PySide6.QtWidgets import QLineEdit

    from ishoj_mus.ui.widgets.passphrase import ProtectDialog
    from tests.helpers import file_dialog_answer, reactivate

    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "samtale.mus"
    seen: dict = {}
    window_ran = threading.Event()
    real = sealed._derive

    def watched(*args):
        seen["on_window_thread"] = threading.current_thread() is threading.main_thread()
        seen["window_kept_running"] = window_ran.wait(10)
        return real(*args)

    def progress(dialog):
        seen["progress"] = dialog.labelText()
        window_ran.set()

    def protect(dialog):
        assert isinstance(dialog, ProtectDialog), type(dialog)
        first, second = dialog.findChildren(QLineEdit)[:2]
        qtbot.keyClicks(first, PASS)
        qtbot.keyClicks(second, PASS)
        when_modal(progress, kind=QProgressDialog)
        file_dialog_answer(qtbot, target)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(sealed, "_derive", watched)
    when_modal(protect)
    window.protect()
    reactivate(qtbot, window)
    assert seen == {
        "on_window_thread": False,
        "window_kept_running": True,
        "progress": "Beskytter samtalen …",
    }
    assert window.path == target and not window.dirty and window.document.seal is not None
    assert musfile.load_sealed(target, PASS)[0] == window.document.conversation
