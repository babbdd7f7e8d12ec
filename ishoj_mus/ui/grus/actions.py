"""The GRUS window's actions, declared once (issue 25): menu, text, what they do, whether they
are a switch, and when they are enabled – as the main window's table (``ui/shell/menus.py``).

Their keys are not here: an action's keys are the program's, by its name (``ui/widgets/keys.py``),
so the GRUS window's »Gem«, »Fortryd«, »Gentag«, zoom and »Næste del« have the main window's keys,
and no key means one thing here and another there (``tests/ui/test_keys.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.keys import sequences

# The menus, in the menu bar's order.
FILE, EDIT, VIEW = range(3)


class Window(Protocol):
    """What the actions do to the GRUS window (``GroupWindow``, which makes them from this table)."""

    document: GroupDocument

    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def bring_in_preparations(self) -> None: ...
    def prepare(self) -> None: ...
    def save_pdfs(self) -> None: ...
    def close(self) -> bool: ...
    def zoom(self, direction: int) -> None: ...
    def toggle_contrast(self) -> None: ...
    def go(self, delta: int) -> None: ...


@dataclass(frozen=True)
class Action:
    name: str  # the QAction's object name, and its keys' name in ``keys.KEYS``
    text: str  # already through tr(): the table is made when the actions are
    run: Callable[[Window], object]
    menu: int
    separator_before: bool = False
    checkable: bool = False
    enabled: Callable[[GroupDocument], bool] | None = None  # None: always


def menu_titles() -> list[str]:
    return [tr("&Filer"), tr("&Rediger"), tr("&Vis")]


def table() -> tuple[Action, ...]:
    """Every action of the GRUS window, in menu order (their keys: ``keys.KEYS``, by name)."""
    return (
        Action("save", tr("&Gem"), lambda w: w.save(), FILE),
        Action("saveAs", tr("Gem &som …"), lambda w: w.save_as(), FILE),
        Action(
            "bringInPreparation", tr("&Hent forberedelser …"), lambda w: w.bring_in_preparations(), FILE,
            separator_before=True,
        ),
        Action("prepare", tr("&Forbered dig til GRUS …"), lambda w: w.prepare(), FILE),
        Action(
            "savePdfs", tr("Gem &PDF'er (referat og hver deltagers udgaver) …"), lambda w: w.save_pdfs(), FILE,
            separator_before=True,
        ),
        Action("close", tr("&Luk"), lambda w: w.close(), FILE, separator_before=True),
        Action("undo", tr("&Fortryd"), lambda w: w.document.undo(), EDIT, enabled=GroupDocument.can_undo),
        Action("redo", tr("&Gentag"), lambda w: w.document.redo(), EDIT, enabled=GroupDocument.can_redo),
        Action("zoomIn", tr("Zoom &ind"), lambda w: w.zoom(+1), VIEW),
        Action("zoomOut", tr("Zoom &ud"), lambda w: w.zoom(-1), VIEW),
        Action("zoomReset", tr("Normal &størrelse"), lambda w: w.zoom(0), VIEW),
        Action("highContrast", tr("&Høj kontrast"), lambda w: w.toggle_contrast(), VIEW, checkable=True),
        Action("nextStep", tr("&Næste del"), lambda w: w.go(+1), VIEW, separator_before=True),
        Action("prevStep", tr("&Forrige del"), lambda w: w.go(-1), VIEW),
    )  # fmt: skip


def make_actions(window: QMainWindow, target: Window) -> dict[str, QAction]:
    """The table's actions, in its order, into the window's menus; by name. ``target`` is the
    window as the actions see it (the same ``GroupWindow``)."""
    bar = window.menuBar()
    menus: list[QMenu] = [bar.addMenu(title) for title in menu_titles()]
    made: dict[str, QAction] = {}
    for spec in table():
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        action.setShortcuts(sequences(spec.name))
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda _checked=False, run=spec.run: run(target))
        menu.addAction(action)
        window.addAction(action)
        made[spec.name] = action
    return made


def update_actions(actions: dict[str, QAction], document: GroupDocument) -> None:
    """Enable each action as the table says for the document as it is now."""
    for spec in table():
        if spec.enabled is not None:
            actions[spec.name].setEnabled(spec.enabled(document))
