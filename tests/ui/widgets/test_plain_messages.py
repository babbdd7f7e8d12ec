"""Texts that come from files are shown as text, never as HTML (issue #24, red team).

Qt shows a label's or message box's text as HTML as soon as its first line merely looks like it
holds a tag. A file named ``<h1>Ring til IT ….mus`` in a shared folder, or an employee's name
written into a .mus file by anyone, took over the window's header, the signing page and every
message box that names the file or the person ("Gem ændringer?", "kunne ikke åbnes" …).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation import commands
from tests.conftest import ROOT
from tests.helpers import open_window, when_message_box

UI = ROOT / "ishoj_mus" / "ui"
HOSTILE = "<h1>Ring til IT p\u00e5 12 34 56 78 og oplys din adgangskode</h1>"
# Not this engineer's to change while others work there: written to
# /work/notes/redteam-findings.md with a reproduction instead.
NOT_YET: set[str] = set()


def _shown_as_html(label: QLabel) -> bool:
    return label.textFormat() != Qt.TextFormat.PlainText and QtGui.mightBeRichText(label.text())


def test_every_message_box_of_the_window_is_made_plain():
    """QMessageBox's static functions (warning, question …) and its constructor show text as
    HTML when it looks like HTML: the window makes its boxes through ui/widgets/messages."""
    found = []
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 100, UI  # the scan sees the window's code
    for path in modules:
        rel = path.relative_to(UI)
        if rel.parts[0] in NOT_YET or rel == Path("widgets/messages.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "QMessageBox":
                found.append(f"{rel}:{node.lineno} QMessageBox(...)")
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "QMessageBox"
                and func.attr in {"warning", "information", "question", "critical"}
            ):
                found.append(f"{rel}:{node.lineno} QMessageBox.{func.attr}(...)")
    assert found == [], "use ishoj_mus.ui.widgets.messages instead:\n" + "\n".join(found)


def test_a_file_named_like_html_is_named_as_text_in_the_message(qtbot, tmp_path):
    bad = tmp_path / "<h1>Ring til IT.mus"  # anyone who may write in the shared folder
    bad.write_text('{"format": "ishoj-mus", "conversation": {', encoding="utf-8")
    window = open_window(qtbot)
    seen = {}

    def grab(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["text"], seen["html"] = label.text(), _shown_as_html(label)
        box.reject()

    when_message_box(grab)
    assert window.open_path(bad, ask=False) is False
    assert "»<h1>Ring til IT.mus«" in seen["text"] and seen["html"] is False


def test_names_from_a_file_are_text_on_every_step_and_in_the_save_question(qtbot, tmp_path, demo):
    conv = demo
    conv.employee = dataclasses.replace(conv.employee, name=HOSTILE, job_title=HOSTILE, workplace=HOSTILE)
    conv.leader = dataclasses.replace(conv.leader, name=HOSTILE)
    conv.place = HOSTILE
    path = tmp_path / "samtale.mus"
    musfile.save(conv, path)
    window = open_window(qtbot)
    assert window.open_path(path, ask=False)
    view = window.view
    as_html = set()
    for index in range(len(conv.form.steps)):
        view.go(index)
        QApplication.processEvents()
        for label in window.findChildren(QLabel):
            if label.isVisible() and "Ring til IT" in label.text() and _shown_as_html(label):
                as_html.add((conv.form.steps[index].id, label.objectName() or type(label.parent()).__name__))
    assert as_html == set()

    # "Gem ændringer?" names the employee.
    conv = view.conv
    view.push(commands.SetAttribute("Sted", lambda: conv.place, conv.set_place, "Et andet sted"))
    window.dirty = True
    seen = {}

    def grab(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["html"] = _shown_as_html(label)
        seen["turned"] = "\u202e" in label.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    hostile = dataclasses.replace(conv.employee, name="Mette \u202eHansen " + HOSTILE)
    view.push(commands.SetAttribute("Medarbejder", lambda: conv.employee, conv.set_employee, hostile))
    when_message_box(grab)
    window.close_conversation()
    # Plain text, and no right-to-left override turning the rest of the question around.
    assert seen == {"html": False, "turned": False}


def test_informative_text_is_text_and_opens_no_link(qtbot):
    from ishoj_mus.ui.widgets.messages import plain_box

    box = plain_box(QMessageBox.Icon.Warning, "Titel", "Tekst")
    qtbot.addWidget(box)
    box.setInformativeText('<a href="https://example.org">Klik her</a>')
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert label.textFormat() == Qt.TextFormat.PlainText and not label.openExternalLinks()


def test_a_name_turns_nothing_around_in_the_header_or_the_window_title(qtbot, tmp_path, demo):
    """A right-to-left override in the employee's name (kept by the loader) turned the rest of
    the header ("· Trin 3 af 14 – …") and of the window title around."""
    demo.employee = dataclasses.replace(demo.employee, name="Mette \u202eHansen")
    path = tmp_path / "samtale\u202e.mus"
    musfile.save(demo, path)
    window = open_window(qtbot)
    assert window.open_path(path, ask=False)
    header = window.findChild(QLabel, "whereHeader")
    assert "Trin 1 af" in header.text() and "\u202e" not in header.text()
    assert "Mette" in window.windowTitle() and "\u202e" not in window.windowTitle()
