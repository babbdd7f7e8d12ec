"""Every control a keyboard can reach has a name a screen reader can say.

Walks Qt's accessibility tree (QAccessible, the same interface AT-SPI and UI Automation read)
of the real window, on every step and in the dialogs, and fails on any focusable control
without a name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.helpers import open_window


def nameless(root: QWidget) -> list[str]:
    found = []

    def walk(iface, depth=0):
        if iface is None or not iface.isValid() or depth > 60:
            return
        obj = iface.object()
        widget = obj if isinstance(obj, QWidget) else None
        state = iface.state()
        if (
            widget is not None
            and widget.isVisibleTo(root)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and state.focusable
            and not iface.text(QAccessible.Text.Name).strip()
        ):
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}"
            )
        for i in range(iface.childCount()):
            walk(iface.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def test_every_focusable_control_has_an_accessible_name(qtbot, demo):
    window = open_window(qtbot)
    assert nameless(window.start_page) == []
    window.show_conversation(demo, None)
    view = window.view
    problems = {}
    for index in range(view.step_list.count()):
        view.go(index)
        page = view.current_page()
        missing = nameless(page)
        if missing:
            problems[demo.form.steps[index].id] = missing
    missing = nameless(window)
    if missing:
        problems["window"] = missing
    assert problems == {}


def test_dialogs_name_their_controls(qtbot):
    from ishoj_mus.ui.conversation.history import ReopenDialog
    from ishoj_mus.ui.shell.new_dialog import NewConversationDialog

    window = open_window(qtbot)
    for dialog in (NewConversationDialog(window), ReopenDialog(window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert nameless(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_the_walk_finds_a_nameless_control(qtbot):
    """The check itself: a date field without a name is caught, one with a name is not."""
    from PySide6.QtWidgets import QDateEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    unnamed, named = QDateEdit(), QDateEdit()
    named.setAccessibleName("Frist")
    layout.addWidget(unnamed)
    layout.addWidget(named)
    root.show()
    qtbot.waitExposed(root)
    assert nameless(root) == ["QDateEdit '' in QWidget"]
