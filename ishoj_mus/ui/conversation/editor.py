"""The small protocol every editor on a step page keeps: the page asks, the editor answers."""

from __future__ import annotations

from typing import Protocol


class Editor(Protocol):
    """An editor shows part of the conversation and changes it only through the document it
    is given (``document.push(command)``, a :class:`ConversationDocument`); it never reaches
    into another editor, the view or up into the window."""

    def refresh(self) -> None:
        """Show the model's current value (after any change, an undo, a refusal)."""

    def set_read_only(self, read_only: bool) -> None:
        """A signed conversation is read only until it is reopened."""
