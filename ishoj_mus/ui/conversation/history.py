"""Reopening with a reason, and the conversation's history shown in the window.

Reopening voids both signatures; it asks for a short reason, which goes on record (the
window's history, the .mus file and the PDF). The employee's remark is kept for editing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.records import EventKind
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.moments import format_moment


class ReopenDialog(QDialog):
    """Asks why the conversation is reopened; 'Genåbn' only once a reason is written."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Genåbn samtalen?"))
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Genåbner I samtalen, annullerer I begge underskrifter. Programmet noterer det i samtalens "
                "historik og i referatet, sammen med jeres begrundelse. Medarbejderens bemærkning bliver "
                "stående, så medarbejderen kan rette den."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        label = QLabel(tr("Hvorfor genåbner I samtalen? (kort)"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Begrundelse for at genåbne"))
        self.reason.setPlaceholderText(tr("Fx: Fristen for en aftale var forkert"))
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        keep_within(self.reason, "history.note", most=300)  # a short reason; the rest is said
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Genåbn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def reason_text(self) -> str:
        return self.reason.text().strip()


def history_lines(conv: Conversation) -> list[str]:
    """Each event in one line: when, what, who, and why."""
    lines = []
    for e in conv.history:
        who = e.by + (f" ({voice_label(e.role).lower()})" if e.role else "")
        when = format_moment(e.at)
        if e.kind == EventKind.SIGNED:
            lines.append(fill(tr("%1: Underskrevet af %2."), when, who))
        elif e.kind == EventKind.LOCKED:
            lines.append(fill(tr("%1: Begge har underskrevet; samtalen er låst."), when))
        elif e.kind == EventKind.REOPENED:
            lines.append(fill(tr("%1: Genåbnet af %2. %3"), when, who, e.note).strip())
    return lines


class HistoryView(QLabel):
    """The history as a short list; hidden while there is none."""

    def __init__(self, conv: Conversation, parent: QWidget | None = None):
        super().__init__(parent)
        self.conv = conv
        self.setObjectName("historyView")
        self.setWordWrap(True)
        self.setAccessibleName(tr("Samtalens historik"))
        self.refresh()

    def refresh(self) -> None:
        lines = history_lines(self.conv)
        self.setVisible(bool(lines))
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        self.setText(f"<b>{escape(tr('Historik'))}</b><ul>{items}</ul>")
