"""Issue #24, deliver 6: another employee's preparation was brought into this conversation without
a warning. Now the window asks first, naming both."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.preparation import new_preparation
from ishoj_mus.domain.records import Employee
from ishoj_mus.storage import musfile
from ishoj_mus.storage.form_files import default_form
from tests.helpers import button_labelled, open_window, when_modal

M = Voice.MEDARBEJDER


def _peter_s_preparation(tmp_path):
    prep = new_preparation(default_form(), M)
    prep.set_employee(Employee(name="Peter Jensen"))
    prep.set_date(date(2026, 11, 20))
    prep.set_answer("trivsel", M, "Peter trives ikke med vagtplanen")
    path = tmp_path / "Forberedelse_medarbejder_Peter.mus"
    musfile.save(prep, path)
    return path


def _mette_s_conversation():
    conv = Conversation(form=default_form())
    conv.set_employee(Employee(name="Mette Hansen"))
    conv.set_date(date(2026, 11, 19))
    return conv


def test_another_employee_s_preparation_is_asked_about_naming_both(qtbot, tmp_path):
    path = _peter_s_preparation(tmp_path)
    window = open_window(qtbot)
    window.show_conversation(_mette_s_conversation(), None, dirty=True)
    seen: dict = {}

    def cancel(box):
        assert isinstance(box, QMessageBox) and box.objectName() == "preparationElsewhere"
        seen["text"] = box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    assert window.view.preparation_bar.bring_in(path) is False
    assert "Peter Jensen" in seen["text"] and "Mette Hansen" in seen["text"]
    assert "20.11.2026" in seen["text"] and "19.11.2026" in seen["text"]
    assert window.view.conv.answer("trivsel", M) == "" and not window.view.conv.preparations

    def anyway(box):
        button = button_labelled(box, "Hent alligevel")
        button.click()

    when_modal(anyway)
    assert window.view.preparation_bar.bring_in(path) is True
    assert window.view.conv.answer("trivsel", M) == "Peter trives ikke med vagtplanen"
