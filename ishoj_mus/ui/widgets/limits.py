"""Every editor keeps within the bound its part declares (``domain/shape.py``) and says so.

The window cannot make what the loader refuses: a one-line editor holds at most its part's
characters (Qt cuts a paste there), a text box refuses keys and cuts a paste at the limit, and
a date stays within the years a file can hold. When input was cut or refused, a calm line under
the editor says so (and how much there is room for); it goes again when the text is shorter.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolTip,
    QWidget,
)

from ishoj_mus.domain import shape
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr

QT_LINE_MOST = 32_767  # QLineEdit's own ceiling


def number_text(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def limit_text(most: int) -> str:
    return fill(tr("Her er plads til højst %1 tegn – resten kom ikke med."), number_text(most))


class LimitNotice(QLabel):
    """The line under an editor that says its limit was reached."""

    def __init__(self, most: int, parent: QWidget | None = None):
        super().__init__(limit_text(most), parent)
        self.setObjectName("limitNotice")
        self.setWordWrap(True)
        self.setStyleSheet("#limitNotice { color: palette(window-text); font-style: italic; }")
        self.setAccessibleName(self.text())
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()


def keep_within(editor: QLineEdit | QPlainTextEdit, path: str, most: int = 0) -> LimitNotice:
    """Bound ``editor`` to the limit of the part at ``path`` (``"answers"``, ``"employee.name"``,
    ``"agreements.what"`` …), or to ``most`` when an editor asks for less (never more). Call it
    once the editor is in its layout: the notice goes below it."""
    most = min(most, shape.limit(path)) if most else shape.limit(path)
    notice = LimitNotice(most)
    _place_below(editor, notice)
    if isinstance(editor, QLineEdit):
        editor.setMaxLength(min(most, QT_LINE_MOST))

        def line_changed(text: str) -> None:
            _show(editor, notice, len(text) >= editor.maxLength())

        editor.textChanged.connect(line_changed)
        editor.inputRejected.connect(lambda: _show(editor, notice, True))
    else:
        set_limit = getattr(editor, "set_limit", None)
        if set_limit is None:
            raise TypeError("a text box needs set_limit (GrowingTextEdit)")
        set_limit(most, lambda cut: _show(editor, notice, cut))
    return notice


def _show(editor: QWidget, notice: LimitNotice, on: bool) -> None:
    parent = notice.parentWidget()
    if parent is None:  # no layout to stand in: say it where the editor is
        if on:
            QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), notice.text(), editor)
        return
    if notice.isVisibleTo(parent) != on:
        notice.setVisible(on)
        if on:  # below a long text the line would be out of sight: bring it into view
            QTimer.singleShot(0, lambda: _into_view(notice))


def _into_view(notice: LimitNotice) -> None:
    widget = notice.parentWidget()
    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    if isinstance(widget, QScrollArea) and notice.isVisible():
        widget.ensureWidgetVisible(notice)
    elif isinstance(notice.window(), QDialog):  # a dialog grows to show the wrapped line whole
        dialog = notice.window()
        dialog.resize(dialog.width(), max(dialog.height(), dialog.sizeHint().height()))


def _place_below(editor: QWidget, notice: LimitNotice) -> None:
    parent = editor.parentWidget()
    layout = _holding(parent.layout(), editor) if parent is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(editor) + 1, notice)
    elif isinstance(layout, QFormLayout):
        position: tuple[int, object] = layout.getWidgetPosition(editor)  # type: ignore[assignment] # PySide6 stub says object
        layout.insertRow(position[0] + 1, "", notice)


def _holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (or nested layout) that holds ``widget`` directly."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _holding(inner, widget)
        if found is not None:
            return found
    return None


def bound_dates(edit: QDateEdit) -> None:
    """A date editor offers only the years a conversation file can hold (shape.YEARS)."""
    low, high = shape.YEARS
    edit.setMinimumDate(max(edit.minimumDate(), QDate(low, 1, 1)))
    edit.setMaximumDate(min(edit.maximumDate(), QDate(high, 12, 31)))
