"""What the window adds right after its first frame (a room of the start-up seam): the menus'
actions made from the table in ``actions.py``, the window's icon, and the keyboard coming back
after a dialog. Measured (issue 25): importing QAction and QKeySequence creates their enum types
(≈5 ms), QIcon's ≈2 ms; the first frame needs none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence

from ishoj_mus.paths import resource
from ishoj_mus.ui.shell.actions import Action, When, enabled, table
from ishoj_mus.ui.shell.focus_return import FocusReturn

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMenu

    from ishoj_mus.ui.shell.main_window import MainWindow

__all__ = ["FocusReturn", "make_actions", "set_window_icon", "update_actions"]


def make_actions(window: MainWindow, menus: list[QMenu]) -> tuple[Action, ...]:
    """The actions of the table, in its order, into their menus; returns the table."""
    actions = table()
    for spec in actions:
        if spec.menu is None:
            continue  # only asked for by a page (``MainWindow._view_action``)
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        action = QAction(spec.text, window)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
        action.triggered.connect(lambda _checked=False, run=spec.run: run(window))
        menu.addAction(action)
        window.addAction(action)
        action.setObjectName(spec.name)
        if spec.attribute is not None:
            setattr(window, spec.attribute, action)
    return actions


def update_actions(window: MainWindow, actions: tuple[Action, ...]) -> None:
    """Enable each action as the table says for the window as it is now."""
    for spec in actions:
        if spec.attribute is not None and spec.when is not When.ALWAYS:
            getattr(window, spec.attribute).setEnabled(enabled(spec, window))


def set_window_icon(app: QCoreApplication | None) -> None:
    """The program's icon, for its windows and dialogs. Each window sets it right after its
    first frame: the window manager shows the icon as soon as it is set."""
    if not isinstance(app, QGuiApplication) or getattr(app, "_ishoj_icon_set", False):
        return
    icon = resource("icons", "ishoj-mus.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app._ishoj_icon_set = True  # type: ignore[attr-defined]  # once per application
