"""The window's actions, declared once: menu, text, shortcuts, what they do, when they are
enabled, and which of them the conversation's pages may ask for (``ViewAction``).

The window makes them from this table right after its first frame (start-up, issue 15: the
menus' titles come first, the 31 actions and their key sequences after), and enables them
from the same table whenever the open conversation or its undo stack changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject

from ishoj_mus.ui.shell import startup
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

    from ishoj_mus.ui.conversation.conversation_view import ConversationView
    from ishoj_mus.ui.conversation.document import ConversationDocument
    from ishoj_mus.ui.conversation.editor import ViewAction
    from ishoj_mus.ui.outputs.outputs import Outputs


class Window(Protocol):
    """What the actions do to the window (the ``MainWindow``, which makes them from this table)."""

    view: ConversationView | None
    document: ConversationDocument | None

    @property
    def outputs(self) -> Outputs: ...

    def new_conversation(self) -> None: ...
    def open_dialog(self) -> None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def protect(self) -> None: ...
    def show_overview(self) -> None: ...
    def show_hr_desk(self) -> None: ...
    def start_followup(self) -> None: ...
    def export_calendar(self) -> None: ...
    def new_preparation(self) -> None: ...
    def bring_in_preparation(self) -> None: ...
    def reveal_preparations(self) -> None: ...
    def close_conversation(self) -> None: ...
    def close(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def step(self, delta: int) -> None: ...
    def zoom(self, direction: int) -> None: ...
    def toggle_framework(self) -> None: ...
    def set_framework_shown(self, shown: bool) -> None: ...
    def open_settings(self) -> None: ...
    def show_guide(self) -> None: ...
    def start_tour(self) -> None: ...
    def about(self) -> None: ...


# The menus, in the menu bar's order.
FILE, EDIT, VIEW, SETTINGS, HELP = range(5)


def menu_titles() -> list[str]:
    return [tr("&Filer"), tr("&Rediger"), tr("&Vis"), tr("&Indstillinger"), tr("&Hjælp")]


class HasActions(Protocol):
    """The window, as far as its lazily made actions go."""

    _actions: dict[str, QAction]

    def ensure_actions(self) -> None: ...


def menu_action(name: str) -> property:
    """``window.a_save`` and the like: made with the menus right after the first frame, or at
    once when something asks for one sooner."""

    def get(window: HasActions) -> QAction:
        window.ensure_actions()
        return window._actions[name]

    def put(window: HasActions, action: QAction) -> None:
        window._actions[name] = action

    return property(get, put)


class KeysBeforeActions(QObject):
    """Until the menu actions exist: a key pressed in the window makes them first.

    Qt offers a key to the focused widget as a ShortcutOverride event and only then looks it
    up among the shortcuts, so Ctrl+O pressed the moment the window appears still opens the
    file dialog."""

    def __init__(self, window: HasActions) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the window is a QObject
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            self.window.ensure_actions()
        return False


class MenuActions:
    """The window's named actions (``window.a_save``), each an entry of :func:`table` with an
    ``attribute``; made right after the first frame, or at once when one is asked for."""

    # The menus' actions (start-up, issue 15: 31 actions and their key sequences cost ≈5 ms
    # before the first frame; the menus' titles are there from the start).
    a_new = menu_action("a_new")
    a_open = menu_action("a_open")
    a_save = menu_action("a_save")
    a_save_as = menu_action("a_save_as")
    a_protect = menu_action("a_protect")
    a_preview = menu_action("a_preview")
    a_print = menu_action("a_print")
    a_pdf = menu_action("a_pdf")
    a_copy = menu_action("a_copy")
    a_plan = menu_action("a_plan")
    a_sheet = menu_action("a_sheet")
    a_followup = menu_action("a_followup")
    a_calendar = menu_action("a_calendar")
    a_prepare = menu_action("a_prepare")
    a_bring_in = menu_action("a_bring_in")
    a_reveal = menu_action("a_reveal")
    a_close = menu_action("a_close")
    a_quit = menu_action("a_quit")
    a_undo = menu_action("a_undo")
    a_redo = menu_action("a_redo")
    a_next = menu_action("a_next")
    a_prev = menu_action("a_prev")
    a_zoom_in = menu_action("a_zoom_in")
    a_zoom_out = menu_action("a_zoom_out")
    a_zoom_reset = menu_action("a_zoom_reset")
    a_framework = menu_action("a_framework")
    a_tour = menu_action("a_tour")


class When(Enum):
    """When an action is enabled."""

    ALWAYS = "always"
    CONVERSATION = "conversation"  # a conversation (or a preparation) is open
    NOT_PREPARATION = "not_preparation"  # a conversation is open, and it is not a preparation
    CAN_UNDO = "can_undo"
    CAN_REDO = "can_redo"


@dataclass(frozen=True)
class Action:
    name: str  # the QAction's object name (tests and accessibility find it by this)
    text: str  # already through tr(): the table is made when the actions are
    run: Callable[[Window], object]
    menu: int | None = FILE  # None: not in a menu; only asked for by a page
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    attribute: str | None = None  # ``window.a_save``: the windows' own code and the tests use it
    when: When = When.ALWAYS
    separator_before: bool = False
    checkable: bool = False
    requested_as: ViewAction | None = None  # a page may ask for it (``view.request(...)``)


def table() -> tuple[Action, ...]:
    """Every action of the window, in menu order."""
    from PySide6.QtGui import QKeySequence

    from ishoj_mus.ui.conversation.editor import ViewAction

    key = QKeySequence.StandardKey
    c, np = When.CONVERSATION, When.NOT_PREPARATION
    return (
        Action("new", tr("&Ny samtale …"), lambda w: w.new_conversation(), FILE, (key.New,), "a_new"),
        Action("open", tr("Å&bn …"), lambda w: w.open_dialog(), FILE, (key.Open,), "a_open"),
        Action("save", tr("&Gem"), lambda w: w.save(), FILE, (key.Save,), "a_save", c),
        Action("saveAs", tr("Gem &som …"), lambda w: w.save_as(), FILE, ("Ctrl+Shift+S",), "a_save_as", c),
        Action("protect", tr("&Beskyt med adgangskode …"), lambda w: w.protect(), FILE, (), "a_protect", c),
        Action(
            "preview", tr("&Vis PDF"), lambda w: startup.opener("printing", "preview_pdf")(w.outputs),
            FILE, ("Ctrl+Shift+P",), "a_preview", c, separator_before=True, requested_as=ViewAction.PREVIEW,
        ),
        Action(
            "print", tr("&Udskriv referatet …"), lambda w: startup.opener("printing", "print_referat")(w.outputs),
            FILE, (key.Print,), "a_print", c,
        ),
        Action(
            "savePdf", tr("Gem &HR-udgaven (PDF) …"), lambda w: w.outputs.save_pdf(), FILE, (), "a_pdf", c,
            requested_as=ViewAction.SAVE_PDF,
        ),
        Action(
            "saveCopy", tr("Gem &medarbejderens eksemplar (PDF) …"), lambda w: w.outputs.save_employee_copy(),
            FILE, (), "a_copy", c, requested_as=ViewAction.SAVE_EMPLOYEE_COPY,
        ),
        Action(
            "savePlan", tr("Gem &udviklingsplan …"), lambda w: w.outputs.save_plan(), FILE, (), "a_plan", c,
            requested_as=ViewAction.SAVE_PLAN,
        ),
        Action("sheet", tr("Udskriv &forberedelsesark …"), lambda w: w.outputs.save_sheet(), FILE, (), "a_sheet"),
        Action(
            "overview", tr("&Overblik over samtaler …"), lambda w: w.show_overview(), FILE, ("Ctrl+Shift+O",),
            separator_before=True,
        ),
        Action("hrDesk", tr("&Kontrollér referater …"), lambda w: w.show_hr_desk(), FILE, ("Ctrl+Shift+K",)),
        Action("followup", tr("Start &halvårsopfølgning …"), lambda w: w.start_followup(), FILE, (), "a_followup", c),
        Action("calendar", tr("Eksportér &kalender …"), lambda w: w.export_calendar(), FILE, (), "a_calendar", c),
        Action(
            "prepare", tr("&Forbered dig …"), lambda w: w.new_preparation(), FILE, (), "a_prepare",
            separator_before=True,
        ),
        Action(
            "bringInPreparation", tr("&Hent forberedelse …"), lambda w: w.bring_in_preparation(), FILE, (),
            "a_bring_in", np,
        ),
        Action(
            "revealPreparations", tr("Vis &begges forberedelse"), lambda w: w.reveal_preparations(), FILE, (),
            "a_reveal", np,
        ),
        Action(
            "close", tr("&Luk samtalen"), lambda w: w.close_conversation(), FILE, ("Ctrl+W", "Ctrl+F4"),
            "a_close", c, separator_before=True,
        ),
        Action("quit", tr("&Afslut"), lambda w: w.close(), FILE, ("Ctrl+Q",), "a_quit"),
        Action("undo", tr("&Fortryd"), lambda w: w.undo(), EDIT, (key.Undo,), "a_undo", When.CAN_UNDO),
        Action(
            "redo", tr("&Gentag"), lambda w: w.redo(), EDIT, ("Ctrl+Y", "Ctrl+Shift+Z"), "a_redo", When.CAN_REDO
        ),
        Action(
            "nextStep", tr("&Næste trin"), lambda w: w.step(+1), VIEW, ("Ctrl+PgDown", "Alt+Right"), "a_next", c
        ),
        Action("prevStep", tr("&Forrige trin"), lambda w: w.step(-1), VIEW, ("Ctrl+PgUp", "Alt+Left"), "a_prev", c),
        Action(
            "zoomIn", tr("Zoom &ind"), lambda w: w.zoom(+1), VIEW, (key.ZoomIn, "Ctrl+="), "a_zoom_in",
            separator_before=True,
        ),
        Action("zoomOut", tr("Zoom &ud"), lambda w: w.zoom(-1), VIEW, (key.ZoomOut,), "a_zoom_out"),
        Action("zoomReset", tr("&Normal størrelse"), lambda w: w.zoom(0), VIEW, ("Ctrl+0",), "a_zoom_reset"),
        Action(
            "framework", tr("Vis &rammen"), lambda w: w.toggle_framework(), VIEW, ("F9",), "a_framework",
            separator_before=True, checkable=True,
        ),
        Action(
            "hideFramework", "", lambda w: w.set_framework_shown(False), None,
            requested_as=ViewAction.HIDE_FRAMEWORK,
        ),
        Action("settings", tr("&Indstillinger …"), lambda w: w.open_settings(), SETTINGS, (key.Preferences,)),
        Action("guide", tr("&Sådan holder I samtalen"), lambda w: w.show_guide(), HELP, ("F1",)),
        Action("tour", tr("&Rundvisning i vinduet"), lambda w: w.start_tour(), HELP, (), "a_tour", c),
        Action("about", tr("&Om Ishøj MUS"), lambda w: w.about(), HELP, separator_before=True),
    )  # fmt: skip


def enabled(action: Action, window: Window) -> bool:
    view, document = window.view, window.document
    if action.when is When.CONVERSATION:
        return view is not None
    if action.when is When.NOT_PREPARATION:
        return view is not None and view.conv.preparation_of is None
    if action.when is When.CAN_UNDO:
        return document is not None and document.can_undo()
    if action.when is When.CAN_REDO:
        return document is not None and document.can_redo()
    return True
