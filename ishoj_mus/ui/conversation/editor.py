"""The small protocol every editor on a step page keeps: the page asks, the editor answers."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument


class Editor(Protocol):
    """An editor shows part of the conversation and changes it only through the document it
    is given (``document.push(command)``, a :class:`ConversationDocument`); it never reaches
    into another editor, the view or up into the window."""

    def refresh(self) -> None:
        """Show the model's current value (after any change, an undo, a refusal)."""

    def set_read_only(self, read_only: bool) -> None:
        """A signed conversation is read only until it is reopened."""


class PageHost(Protocol):
    """What a page and its panels may use of the view that shows them (the
    ``ConversationView``, which makes the pages and so is not imported by them)."""

    @property
    def conv(self) -> Conversation: ...

    @property
    def document(self) -> ConversationDocument: ...

    @property
    def settings(self) -> Settings: ...

    def push(self, command: QUndoCommand) -> bool:
        """One change through the document (False when the conversation refused it)."""

    def request(self, action: ViewAction) -> None:
        """Ask the window for an output (a PDF, the plan)."""

    def signed(self) -> None:
        """A party has just signed (the view shows the lock and says what comes next)."""

    def go_to_topic(self, topic_id: str) -> None:
        """Show an own topic that is a step of its own."""

    def go_to_field(self, step_id: str, field_id: str = "", voice: str = "") -> None:
        """Show a step with the keyboard in one of its fields (the summary's links)."""

    def focus_step_list(self) -> None:
        """The keyboard focus to the list of steps (after a step of one's own was removed)."""


class ViewAction(StrEnum):
    """What a page may ask the window for (``ConversationView.action_requested``); the window's
    action table (``ui/shell/actions.py``) says which of its actions answers each."""

    PREVIEW = "preview"
    SAVE_PDF = "save_pdf"
    SAVE_EMPLOYEE_COPY = "save_employee_copy"
    SAVE_PLAN = "save_plan"
    HIDE_FRAMEWORK = "hide_framework"
