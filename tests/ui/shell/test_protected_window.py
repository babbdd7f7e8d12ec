"""A conversation protected with a passphrase: it opens, saves, autosaves and recovers, and no
file it leaves on disk holds a word of what was typed. A wrong passphrase changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile, recovery
from ishoj_mus.storage.sealed import is_sealed
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.widgets.passphrase import AskPassphrase, ProtectDialog
from tests.helpers import file_dialog_answer, followups_editor, open_window, reactivate, when_modal

PASS = "solsikke-2026"
TYPED = "Hemmelig sætning om haven"
LEFT = Qt.MouseButton.LeftButton


def all_bytes(*folders: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for folder in folders for p in folder.rglob("*") if p.is_file()]


def assert_nothing_readable(folders, conv) -> None:
    needles = [
        TYPED,
        conv.employee.name,
        conv.leader.name,
        conv.private_note("trivsel", Voice.MEDARBEJDER)[:30],
        conv.answer("balance", Voice.MEDARBEJDER)[:30],
    ]
    files = all_bytes(*folders)
    assert files
    for path, raw in files:
        for needle in needles:
            for form in (needle.encode("utf-8"), needle.encode("ascii", "backslashreplace")):
                assert form not in raw, (path, needle)


def answer_passphrase(qtbot, passphrase: str | None):
    def handle(dialog):
        assert isinstance(dialog, AskPassphrase), type(dialog)
        if passphrase is None:
            dialog.reject()
            return
        qtbot.keyClicks(dialog.edit, passphrase)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    when_modal(handle, kind=AskPassphrase)


def test_protected_conversation_opens_saves_autosaves_and_recovers(qtbot, tmp_path, user_home):
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    conv = window.view.conv
    target = tmp_path / "samtale.mus"

    # Protect: the dialog explains the forgotten-passphrase case; then the file is saved.
    def protect(dialog):
        assert isinstance(dialog, ProtectDialog), type(dialog)
        first, second = dialog.findChildren(QLineEdit)[:2]
        assert "ingen bagdør" in " ".join(lbl.text() for lbl in dialog.findChildren(type(dialog.problem)))
        qtbot.keyClicks(first, PASS)
        qtbot.keyClicks(second, PASS[:-1])
        assert not dialog.ok.isEnabled() and "ikke ens" in dialog.problem.text()
        qtbot.keyClicks(second, PASS[-1])
        assert dialog.ok.isEnabled()
        file_dialog_answer(qtbot, target)
        qtbot.mouseClick(dialog.ok, LEFT)

    when_modal(protect)
    window.protect()
    reactivate(qtbot, window)
    assert window.seal is not None and window.path == target and not window.dirty
    assert is_sealed(target.read_bytes())

    # Type, and let autosave write the recovery copy (sealed).
    view = window.view
    view.go([s.id for s in conv.form.steps].index("udvikling"))
    editor = view.current_page().editors[0].editor
    editor.setFocus()
    qtbot.keyClicks(editor, " " + TYPED)
    assert TYPED in conv.answer(view.current_page().editors[0].field.id, Voice.MEDARBEJDER)
    qtbot.waitUntil(lambda: any(recovery.pending()), timeout=10000)
    window.flush_autosave()
    [rec] = recovery.pending()
    assert rec.sealed
    assert_nothing_readable([tmp_path, user_home], conv)

    # Save (Ctrl+S): the file and its .bak are sealed; still nothing readable anywhere.
    window.save()
    assert (tmp_path / "samtale.mus.bak").exists() and is_sealed((tmp_path / "samtale.mus.bak").read_bytes())
    assert_nothing_readable([tmp_path, user_home], conv)
    saved = musfile.load_sealed(target, PASS)[0]
    assert saved == conv

    # A crash after more typing: the next start offers the copy, asks for the passphrase.
    qtbot.keyClicks(editor, " Mere.")
    qtbot.waitUntil(lambda: window.dirty, timeout=2000)
    window.document.autosave()
    window.flush_autosave()
    assert_nothing_readable([tmp_path, user_home], conv)
    window.dirty = False  # the "crash": this window never saves again

    second = open_window(qtbot)
    items = [
        second.start_page.recovery_list.item(i).text() for i in range(second.start_page.recovery_list.count())
    ]
    assert any("beskyttet med adgangskode" in t for t in items), items
    [rec] = recovery.pending()
    messages: list[str] = []
    # wrong passphrase first: a clear message, then asked again
    state = {"tries": 0}

    def ask(dialog):
        state["tries"] += 1
        if state["tries"] == 1:
            when_modal(kind=QMessageBox, handler=message_then_ask_again)
            qtbot.keyClicks(dialog.edit, "forkert-kode")
        else:
            qtbot.keyClicks(dialog.edit, PASS)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    def message_then_ask_again(box):
        messages.append(box.text())
        when_modal(kind=AskPassphrase, handler=ask)
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(kind=AskPassphrase, handler=ask)
    second.restore(rec)
    assert state["tries"] == 2 and messages and "passer ikke" in messages[0]
    restored = second.view.conv
    assert restored.answer(view.current_page().editors[0].field.id, Voice.MEDARBEJDER).endswith(
        TYPED + " Mere."
    )
    assert second.seal is not None and second.path == target
    second.save()
    assert musfile.load_sealed(target, PASS)[0] == restored
    assert_nothing_readable([tmp_path, user_home], restored)
    second.dirty = False


def test_opening_asks_and_a_wrong_passphrase_changes_nothing(qtbot, tmp_path, demo):
    from ishoj_mus.storage.sealed import Seal

    folder = tmp_path / "mapper"
    folder.mkdir()
    target = folder / "samtale.mus"
    musfile.save(demo, target, Seal.new(PASS))
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    window = open_window(qtbot)

    messages: list[str] = []

    def wrong(dialog):
        when_modal(kind=QMessageBox, handler=then_cancel)
        qtbot.keyClicks(dialog.edit, "forkert-kode")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    def then_cancel(box):
        messages.append(box.text())
        when_modal(kind=AskPassphrase, handler=lambda dialog: dialog.reject())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(kind=AskPassphrase, handler=wrong)
    assert window.open_path(target) is False
    assert window.view is None and "passer ikke" in messages[0]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["samtale.mus"]
    reactivate(qtbot, window)

    answer_passphrase(qtbot, PASS)
    assert window.open_path(target) is True
    assert window.view.conv == demo and window.seal is not None
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before  # opening only reads


def test_last_years_protected_file_can_be_imported_with_its_passphrase(qtbot, tmp_path, demo):
    from ishoj_mus.storage.sealed import Seal

    last_year = tmp_path / "sidste_aar.mus"
    musfile.save(demo, last_year, Seal.new(PASS))
    window = open_window(qtbot)
    window.open_demo()
    conv = window.view.conv
    assert window.document.push(commands.SetFollowups(conv, [], "set-up"))
    editor = followups_editor(window)
    messages: list[str] = []

    def wrong(dialog):
        when_modal(kind=QMessageBox, handler=then_right)
        qtbot.keyClicks(dialog.edit, "forkert-kode")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    def then_right(box):
        messages.append(box.text())

        def right(dialog):
            qtbot.keyClicks(dialog.edit, PASS)
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

        when_modal(kind=AskPassphrase, handler=right)
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal(kind=AskPassphrase, handler=wrong)
    assert editor.import_from(str(last_year)) is True
    assert "passer ikke" in messages[0]
    assert [f.agreement for f in conv.followups] == demo.agreements
