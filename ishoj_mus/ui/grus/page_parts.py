"""What the GRUS window's pages share: the page itself (its document, the messages it gives the
status bar, an edit that says why the group refused it) and the labels and editors the pages
are built of."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ishoj_mus.domain.codes import GroupRefused
from ishoj_mus.domain.grus import GroupConversation
from ishoj_mus.domain.grus_parts import LINE
from ishoj_mus.text import fill, group_refusal_text
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument
from ishoj_mus.ui.widgets.i18n import tr


def refusal_text(exc: GroupRefused) -> str:
    """Why the group refused a change, in the window's language (the catalogue's words)."""
    return group_refusal_text(exc, tr)


def clipped(text: str, limit: int, say: Callable[[str], None]) -> str:
    """``text`` cut to ``limit`` characters (the declared bound: the file must open again); says
    so when it had to cut, e.g. after pasting a whole document."""
    if len(text) <= limit:
        return text
    say(fill(tr("Teksten var for lang og er kortet af til %1 tegn."), f"{limit:,}".replace(",", ".")))
    return text[:limit]


class GroupPage(QWidget):
    """A page of the GRUS window: its title and the form's introduction at the top of ``column``;
    ``message`` is shown in the window's status bar."""

    message = Signal(str)

    def __init__(
        self, document: GroupDocument, title: str, intro: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.column = QVBoxLayout(self)
        self.column.addWidget(title_label(title))
        if intro is not None:
            self.column.addWidget(plain_label(intro))

    def edit(self, text: str, change: Callable[[GroupConversation], object], what: GroupChange) -> bool:
        """One undoable change of the part ``what``; False after saying in the status bar why the
        group refused it."""
        try:
            self.document.edit(text, change, what)
        except GroupRefused as exc:
            self.message.emit(refusal_text(exc))
            return False
        return True


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a form's title: the form travels in the file
    label.setObjectName("stepTitle")
    return label


def plain_label(text: str) -> QLabel:
    """A form's text (an introduction, a help): plain, never HTML – the form travels in the file."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def field_heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldHeading")
    return label


class WholePlaceholder(QLineEdit):
    """Never narrower than its placeholder, at every zoom (»Deadline, e.g. 31.0…« was cut in English)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 – Qt API
        hint = super().minimumSizeHint()
        text = (
            self.fontMetrics().horizontalAdvance(self.placeholderText())
            + 4 * self.fontMetrics().averageCharWidth()
        )
        return QSize(max(hint.width(), text), hint.height())


def line_edit(name: str, limit: int = LINE, *, whole_placeholder: bool = False) -> QLineEdit:
    """A one-line editor that takes no more than the file can hold (the declared bound)."""
    edit = WholePlaceholder() if whole_placeholder else QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(limit)
    return edit


class NotesEdit(QPlainTextEdit):
    """Notes saved as one undo step when the focus leaves."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.left.emit()


def notes_edit(name: str, on_left: Callable[[], None]) -> NotesEdit:
    edit = NotesEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.left.connect(on_left)
    return edit
