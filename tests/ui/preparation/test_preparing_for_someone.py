"""Preparing for someone (issue #26): the leader's preparation asks whom it is for, the employee
cannot fill in the leader's scale in his own preparation, and the window's title follows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ishoj_mus.demo import signature_strokes
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import Signature
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.fields import ScaleEditor
from ishoj_mus.ui.preparation.file_name import preparation_file_name
from ishoj_mus.ui.preparation.preparation import PrepareDialog
from tests.helpers import open_window, reactivate, when_modal

LEFT = Qt.MouseButton.LeftButton
M, L = Voice.MEDARBEJDER, Voice.LEDER


def _prepare(qtbot, window, voice: Voice, name: str) -> None:
    def choose(dialog):
        assert isinstance(dialog, PrepareDialog)
        dialog.choices[voice].setChecked(True)
        start = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert not start.isEnabled()  # whom it is for must be said first
        if voice == L:
            assert "medarbejderens navn" in dialog.name_label.text()
        qtbot.keyClicks(dialog.name, name)
        assert start.isEnabled()
        qtbot.mouseClick(start, LEFT)

    when_modal(choose)
    qtbot.mouseClick(window.start_page.prepare_button, LEFT)
    reactivate(qtbot, window)


def test_the_leaders_preparation_is_for_someone_and_its_file_says_so(qtbot):
    window = open_window(qtbot)
    _prepare(qtbot, window, L, "Mads Nielsen")
    conv = window.view.conv
    assert conv.preparation_of == L and conv.employee.name == "Mads Nielsen"
    assert preparation_file_name(conv).startswith("Forberedelse_leder_")
    assert preparation_file_name(conv).endswith("_Mads-Nielsen.mus") or "Nielsen" in preparation_file_name(
        conv
    )
    assert "Mads Nielsen" in window.windowTitle()


def test_the_employee_sees_only_his_own_scale_in_his_preparation(qtbot):
    window = open_window(qtbot)
    _prepare(qtbot, window, M, "Mette Hansen")
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("mere-og-bedre"))
    scale = view.current_page().findChild(ScaleEditor)
    assert {voice for voice, _when in scale.boxes} == {M}


def test_the_title_follows_the_name_typed_in_a_preparation(qtbot):
    window = open_window(qtbot)
    _prepare(qtbot, window, M, "Mette")
    view = window.view
    view.go(0)
    name = view.current_page().emp_name
    name.setFocus()
    qtbot.keyClicks(name, " Hansen")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Mette Hansen – "))


def test_the_title_says_signed_once_both_have_signed(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    document = window.document
    conv = document.conversation
    for role in (M, L):
        signer = conv.signer_name(role)
        document.push(
            commands.Sign(
                conv, Signature(role, signer, datetime.now().astimezone(), signature_strokes(signer))
            )
        )
    assert conv.is_fully_signed
    assert "(underskrevet)" in window.windowTitle() and "delvist" not in window.windowTitle()


def test_the_prepare_dialog_takes_typing_at_once(qtbot):
    """Walk of issue 25: "Forbered dig" opened with focus on the first radio button, so a name
    typed at once went nowhere until Tab. The name field has focus; Enter starts."""
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    typed: dict[str, str] = {}

    def type_at_once(dialog):
        assert isinstance(dialog, PrepareDialog)
        dialog.activateWindow()  # the offscreen platform activates a dialog late
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        focus = QApplication.focusWidget()
        assert focus is not None and dialog.isAncestorOf(focus)
        qtbot.keyClicks(focus, "Mette Hansen")
        typed["name"] = dialog.name.text()
        if dialog.start.isEnabled():
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        else:
            dialog.reject()

    when_modal(type_at_once)
    qtbot.mouseClick(window.start_page.prepare_button, LEFT)
    reactivate(qtbot, window)
    assert typed["name"] == "Mette Hansen"
    conv = window.view.conv
    assert conv.preparation_of == M and conv.employee.name == "Mette Hansen"
