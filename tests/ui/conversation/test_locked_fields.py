"""Locked text fields (a signed conversation): skipped by Tab, look read-only, keep their text
selectable and copyable, and say why typing does nothing instead of swallowing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QToolTip

from tests.helpers import open_window, reactivate, sign_demo_in

LEFT = Qt.MouseButton.LeftButton


def _go(view, step_id: str):
    index = [s.id for s in view.conv.form.steps].index(step_id)
    view.go(index)
    return view.current_page()


def _background(field):
    """The colour the field is filled with, just inside its bottom right corner (no text there)."""
    target = field.viewport() if isinstance(field, QPlainTextEdit) else field
    image = target.grab().toImage()
    return image.pixelColor(image.width() - 4, image.height() - 4).name()


def test_locked_text_fields_are_skipped_by_tab_look_read_only_and_say_why(qtbot):
    window = open_window(qtbot)
    qtbot.mouseClick(window.start_page.demo_button, LEFT)
    view = window.view
    page = _go(view, "kerneopgaven")
    answer = next(f for f in page.findChildren(QPlainTextEdit) if f.isVisibleTo(page) and f.toPlainText())
    base, window_colour = (
        answer.palette().color(r).name() for r in (QPalette.ColorRole.Base, QPalette.ColorRole.Window)
    )
    assert base != window_colour
    assert _background(answer) == base  # editable: the white of a text box
    editing_policy = answer.focusPolicy()
    assert editing_policy & Qt.FocusPolicy.TabFocus

    sign_demo_in(view.document)  # what signing does (without its "both have signed" message box)
    QApplication.processEvents()
    assert view.conv.is_locked and answer.isReadOnly()
    found = page.findChildren(QPlainTextEdit) + page.findChildren(QLineEdit)
    fields = [f for f in found if f.isVisibleTo(page)]
    assert len(fields) >= 4
    for field in fields:
        assert field.isReadOnly(), field.accessibleName()
        assert not field.focusPolicy() & Qt.FocusPolicy.TabFocus, field.accessibleName()
    assert _background(answer) == window_colour  # the read-only look, applied when it locked

    # Tab walks the page without ever stopping in a locked text field.
    reactivate(qtbot, window)
    view.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.step_list.hasFocus)
    stops = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
        assert stops[-1] is not None
    assert not any(isinstance(w, (QPlainTextEdit, QLineEdit)) and w.isReadOnly() for w in stops)
    assert any(page.isAncestorOf(w) for w in stops)  # it did walk the page

    # A click still puts the cursor there: the text can be selected and copied ...
    text = answer.toPlainText()
    qtbot.mouseClick(answer.viewport(), LEFT)
    assert answer.hasFocus()
    qtbot.keyClick(answer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(answer, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text
    # ... and typing changes nothing, but says why.
    qtbot.keyClicks(answer, "hej")
    assert answer.toPlainText() == text
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "låst" in QToolTip.text()
    QToolTip.hideText()
