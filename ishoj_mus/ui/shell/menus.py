"""What the window adds right after its first frame (a room of the start-up seam): the menus'
actions made from the table in ``actions.py``, the window's icon, the keyboard coming back
after a dialog, and the system's colour scheme (asking for it creates Qt's ~90 enum types). Measured (issue 25): importing QAction and QKeySequence creates their enum types
(≈5 ms), QIcon's ≈2 ms; the first frame needs none of them."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon

from ishoj_mus.paths import resource
from ishoj_mus.ui.conversation.editor import ViewAction
from ishoj_mus.ui.shell import startup
from ishoj_mus.ui.shell.actions import EDIT, FILE, HELP, SETTINGS, VIEW, Action, When, enabled
from ishoj_mus.ui.shell.focus_return import FocusReturn
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.keys import keys, sequences
from ishoj_mus.ui.widgets.theme import apply_theme, is_dark, stylesheet

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMenu

    from ishoj_mus.ui.shell.main_window import MainWindow

__all__ = [
    "FocusReturn",
    "follow_colour_scheme",
    "make_actions",
    "set_window_icon",
    "table",
    "update_actions",
]


def table() -> tuple[Action, ...]:
    """Every action of the window, in menu order (their keys: ``keys.KEYS``, by name)."""
    c, np = When.CONVERSATION, When.NOT_PREPARATION
    return (
        Action("new", tr("&Ny samtale …"), lambda w: w.new_conversation(), FILE, "a_new"),
        Action("open", tr("Å&bn …"), lambda w: w.open_dialog(), FILE, "a_open"),
        Action("save", tr("&Gem"), lambda w: w.save(), FILE, "a_save", c),
        Action("saveAs", tr("Gem &som …"), lambda w: w.save_as(), FILE, "a_save_as", c),
        Action("protect", tr("Besk&yt med adgangskode …"), lambda w: w.protect(), FILE, "a_protect", c),
        Action(
            "preview", tr("&Vis PDF"), lambda w: startup.printing.preview_pdf(w.outputs),
            FILE, "a_preview", c, separator_before=True, requested_as=ViewAction.PREVIEW,
        ),
        Action(
            "print", tr("&Udskriv referatet …"), lambda w: startup.printing.print_referat(w.outputs),
            FILE, "a_print", c,
        ),
        Action(
            "savePdf", tr("Gem &HR-udgaven (PDF) …"), lambda w: w.outputs.save_pdf(), FILE, "a_pdf", c,
            requested_as=ViewAction.SAVE_PDF,
        ),
        Action(
            "saveCopy", tr("Gem &medarbejderens eksemplar (PDF) …"), lambda w: w.outputs.save_employee_copy(),
            FILE, "a_copy", c, requested_as=ViewAction.SAVE_EMPLOYEE_COPY,
        ),
        Action(
            "savePlan", tr("Gem udviklings&plan …"), lambda w: w.outputs.save_plan(), FILE, "a_plan", c,
            requested_as=ViewAction.SAVE_PLAN,
        ),
        Action("sheet", tr("Udskr&iv forberedelsesark …"), lambda w: w.outputs.save_sheet(), FILE, "a_sheet"),
        Action(
            "overview", tr("&Overblik over samtaler …"), lambda w: w.show_overview(), FILE,
            separator_before=True,
        ),
        Action("hrDesk", tr("&Kontrollér referater …"), lambda w: w.show_hr_desk(), FILE),
        Action("followup", tr("S&tart halvårsopfølgning …"), lambda w: w.start_followup(), FILE, "a_followup", c),
        Action("calendar", tr("Eksportér kalen&der …"), lambda w: w.export_calendar(), FILE, "a_calendar", c),
        Action(
            "prepare", tr("&Forbered dig …"), lambda w: w.new_preparation(), FILE, "a_prepare",
            separator_before=True,
        ),
        Action(
            "bringInPreparation", tr("Hent fo&rberedelse …"), lambda w: w.bring_in_preparation(), FILE,
            "a_bring_in", np,
        ),
        Action(
            "revealPreparations", tr("Vis b&egges forberedelse"), lambda w: w.reveal_preparations(), FILE,
            "a_reveal", np,
        ),
        Action(
            "close", tr("&Luk samtalen"), lambda w: w.close_conversation(), FILE,
            "a_close", c, separator_before=True,
        ),
        Action("quit", tr("&Afslut"), lambda w: w.close(), FILE, "a_quit"),
        Action("undo", tr("&Fortryd"), lambda w: w.undo(), EDIT, "a_undo", When.CAN_UNDO),
        Action(
            "redo", tr("&Gentag"), lambda w: w.redo(), EDIT, "a_redo", When.CAN_REDO
        ),
        Action(
            "nextStep", tr("&Næste trin"), lambda w: w.step(+1), VIEW, "a_next", c
        ),
        Action("prevStep", tr("&Forrige trin"), lambda w: w.step(-1), VIEW, "a_prev", c),
        Action(
            "zoomIn", tr("Zoom &ind"), lambda w: w.zoom(+1), VIEW, "a_zoom_in",
            separator_before=True,
        ),
        Action("zoomOut", tr("Zoom &ud"), lambda w: w.zoom(-1), VIEW, "a_zoom_out"),
        Action("zoomReset", tr("Normal &størrelse"), lambda w: w.zoom(0), VIEW, "a_zoom_reset"),
        Action(
            "framework", tr("Vis &rammen"), lambda w: w.toggle_framework(), VIEW, "a_framework",
            separator_before=True, checkable=True,
        ),
        Action(
            "hideFramework", "", lambda w: w.set_framework_shown(False), None,
            requested_as=ViewAction.HIDE_FRAMEWORK,
        ),
        Action("settings", tr("&Indstillinger …"), lambda w: w.open_settings(), SETTINGS),
        Action("guide", tr("&Sådan holder I samtalen"), lambda w: w.show_guide(), HELP),
        Action("tour", tr("&Rundvisning i vinduet"), lambda w: w.start_tour(), HELP, "a_tour", c),
        Action("about", tr("&Om Ishøj MUS"), lambda w: w.about(), HELP, separator_before=True),
    )  # fmt: skip


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
        if keys(spec.name):
            action.setShortcuts(sequences(spec.name))
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


def follow_colour_scheme(app: QApplication) -> None:
    """Once the window is on screen: the system's colour scheme, where its palette did not say."""

    if os.environ.get("ISHOJ_MUS_THEME", "").lower() in ("light", "dark"):
        return
    hints = QGuiApplication.styleHints()
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark and not is_dark():
        apply_theme(app, dark=True, style=False)
        if app.styleSheet():  # the dark additions (field outlines) belong to the sheet too
            app.setStyleSheet(stylesheet(app.font().pointSizeF()))
