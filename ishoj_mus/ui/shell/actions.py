"""The window's actions, declared once (the table itself is ``menus.table``: it names key
sequences and the pages' requests, which the first frame does not load): menu, text, shortcuts,
what they do, when they are enabled, and which of them the conversation's pages may ask for
(``ViewAction``).

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

from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

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
    """An action of the window. Its keys are not here: they are the program's, by its name
    (``ui/widgets/keys.py``, which the first frame does not load), the same in the GRUS window."""

    name: str  # the QAction's object name (tests, accessibility and the key table find it by this)
    text: str  # already through tr(): the table is made when the actions are
    run: Callable[[Window], object]
    menu: int | None = FILE  # None: not in a menu; only asked for by a page
    attribute: str | None = None  # ``window.a_save``: the windows' own code and the tests use it
    when: When = When.ALWAYS
    separator_before: bool = False
    checkable: bool = False
    requested_as: ViewAction | None = None  # a page may ask for it (``view.request(...)``)


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
