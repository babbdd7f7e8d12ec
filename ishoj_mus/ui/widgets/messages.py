"""Message boxes that show their text as plain text, never as HTML.

Qt shows a message box's text as HTML when the first line merely looks like it holds a tag
(``Qt::mightBeRichText``): a file named ``<h1>Ring til IT … .mus`` in a shared folder, or an
employee's name written into a .mus file by anyone, took over the box – its words, its size, its
colours. Every message box of the window is made here (tests/ui/widgets/test_plain_messages.py keeps it
so): the same calls as ``QMessageBox``'s static functions, with the text as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ishoj_mus.ui.widgets.bidi import unturned

Button = QMessageBox.StandardButton
_plain = unturned  # a message box's text: no name in it turns the rest around


class PlainMessageBox(QMessageBox):
    """A message box whose text and informative text are plain text. (Qt's informative text
    has no format of its own: it is shown as HTML when it looks like HTML, with links that
    open in the browser.)"""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(_plain(text))

    def setInformativeText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setInformativeText(_plain(text))
        label = self.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setOpenExternalLinks(False)


def plain_box(
    icon: QMessageBox.Icon = QMessageBox.Icon.NoIcon,
    title: str = "",
    text: str = "",
    buttons: Button = Button.NoButton,
    parent: QWidget | None = None,
) -> PlainMessageBox:
    """A ``QMessageBox(icon, title, text, buttons, parent)`` whose text (and informative and
    detailed text) is plain text."""
    box = PlainMessageBox(icon, title, _plain(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _ask(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> Button:
    box = plain_box(icon, title, text, buttons, parent)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    result = box.exec()
    return Button(result)


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def information(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Information, parent, title, text, buttons, default)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    return _ask(QMessageBox.Icon.Question, parent, title, text, buttons, default)


def ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Sequence[tuple[str, QMessageBox.ButtonRole]],
    default: int | None = 0,
    *,
    cancel: bool = True,
    name: str = "",
    details: str = "",
) -> int | None:
    """Ask with named buttons (plain text, as the other helpers here): ``buttons`` are
    ``(label, role)`` in the order shown, then a Cancel button when ``cancel``. ``default`` is
    the index of the default button, or None for Cancel. ``name`` is the box's object name (tests
    find it by it); ``details`` its detailed text (behind »Vis detaljer …«). Returns the index of
    the button clicked, or None: Cancel, Escape or closed."""
    box = plain_box(icon, title, text, parent=parent)
    if name:
        box.setObjectName(name)
    if details:
        box.setDetailedText(details)
    added = [box.addButton(label, role) for label, role in buttons]
    cancel_button = box.addButton(Button.Cancel) if cancel else None
    default_button = cancel_button if default is None else added[default]
    if default_button is not None:
        box.setDefaultButton(default_button)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(added) if button is clicked), None)
