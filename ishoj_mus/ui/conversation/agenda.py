"""A rough agenda and a gentle timer: planned vs used minutes for the step and the whole
conversation. It only shows; it never stops or hurries anyone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import StepKind
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.widgets.i18n import shown_form, tr
from ishoj_mus.ui.widgets.wheel_guard import guard

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.document import ConversationDocument

TICK_MS = 5000


def minutes_text(seconds: int) -> str:
    return str(round(seconds / 60))


class AgendaDialog(QDialog):
    """Minutes per step for this conversation; the form's suggestion is the starting point."""

    def __init__(self, conv: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conv = conv
        self.setWindowTitle(tr("Dagsorden"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Sådan fordeler I tiden. Minuttallene er et forslag – ret dem, så de passer til jeres "
                "samtale. Uret viser kun, hvor I er; det stopper ingenting."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget()
        form = QFormLayout(inner)
        self.spins: dict[str, QSpinBox] = {}
        # Own topics are on the agenda too, with the step whose minutes they share (they were
        # left out, so the agenda did not match the step list).
        own_step_before = conv.own_steps_before()
        self.topic_rows: list[QLabel] = []
        for step in shown_form(conv.form).steps:  # the titles in the window's language
            if step.id == own_step_before:
                for topic in (t for t in conv.topics if t.step_id is None):
                    self._topic_row(form, topic.title, step.title)
            spin = QSpinBox()
            guard(spin)
            spin.setRange(0, 120)
            spin.setSuffix(tr(" min"))
            spin.setValue(conv.planned_minutes(step.id) or 0)
            spin.setAccessibleName(fill(tr("Minutter til %1"), step.title))
            spin.valueChanged.connect(self._update_total)
            form.addRow(step.title, spin)
            self.spins[step.id] = spin
            for topic in (t for t in conv.topics if t.step_id == step.id):
                self._topic_row(form, topic.title, step.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        # As wide as its rows: the dialog took its width from the intro, and the English step
        # titles ("Innovating welfare together with others") were cut off behind a sideways
        # scroll bar (walk of issue 25, 24-agenda.png). Only the height scrolls.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.sizeHint().width() + bar + 2 * scroll.frameWidth())
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.total = QLabel()
        row.addWidget(self.total, 1)
        self.reset = QPushButton(tr("Brug samtaleformens forslag"))
        self.reset.clicked.connect(self._reset)
        row.addWidget(self.reset)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_total()

    def _topic_row(self, form: QFormLayout, title: str, shares_with: str) -> None:
        note = QLabel(fill(tr("tæller med i »%1«"), shares_with))
        note.setObjectName("helpText")
        name = fill(tr("Eget emne: %1"), title)
        note.setAccessibleName(f"{name}, {note.text()}")
        form.addRow(name, note)
        self.topic_rows.append(note)

    def _reset(self) -> None:
        for step in self.conv.form.steps:
            self.spins[step.id].setValue(step.minutes or 0)

    def _update_total(self, *_: object) -> None:
        total = sum(s.value() for s in self.spins.values())
        self.total.setText(fill(tr("I alt %1 min"), str(total)))

    def agenda(self) -> dict[str, int]:
        """Only what differs from the form's suggestion is this conversation's own."""
        return {
            step.id: self.spins[step.id].value()
            for step in self.conv.form.steps
            if self.spins[step.id].value() != (step.minutes or 0)
        }


class AgendaTimer(QWidget):
    """'Trinnet 3 af 5 min · Samtalen 12 af 60 min' in the header, counting while the window is used."""

    def __init__(self, document: ConversationDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("agendaTimer")
        self.label.setAccessibleName(tr("Tid brugt og planlagt"))
        self.pause = QPushButton(tr("Pau&se"))
        self.pause.setCheckable(True)
        self.pause.setToolTip(tr("Stop uret et øjeblik, fx i en pause"))
        self.pause.toggled.connect(self._paused)
        self.agenda_button = QPushButton(tr("&Dagsorden …"))
        self.agenda_button.setToolTip(tr("Se og ret, hvor mange minutter I vil bruge på hvert trin"))
        self.agenda_button.clicked.connect(self.edit_agenda)
        row.addWidget(self.label)
        row.addWidget(self.pause)
        row.addWidget(self.agenda_button)
        self._carry_ms = 0
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.step_id: str | None = None
        self.step_shown = True
        self.refresh()

    def _paused(self, paused: bool) -> None:
        self.tick()
        self.pause.setText(tr("Fort&sæt") if paused else tr("Pau&se"))  # one letter: Alt+S

    def set_step(self, step_id: str | None, shown: bool = True) -> None:
        """The step changed: book the time so far on the step that was showing. ``shown``
        False: count on ``step_id`` but show only the conversation's time (an own topic)."""
        self.tick()
        self.step_id = step_id
        self.step_shown = shown
        self.refresh()

    def tick(self) -> None:
        ms = self.clock.restart() + self._carry_ms
        seconds, self._carry_ms = divmod(ms, 1000)  # whole seconds; the rest carries over
        conv = self.document.conversation
        counting = (
            self.step_id is not None
            and not self.pause.isChecked()
            and not conv.is_locked
            and self.isVisible()  # not while the leader looks at the overview instead
            and QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if counting and seconds > 0 and self.step_id is not None:
            conv.add_time(self.step_id, seconds)
        self.refresh()

    def refresh(self) -> None:
        conv = self.document.conversation
        parts = []
        step_kind = conv.form.step(self.step_id).kind if self.step_id else None
        if self.step_id and self.step_shown and step_kind not in (StepKind.SUMMARY,):
            planned = conv.planned_minutes(self.step_id)
            used = minutes_text(conv.used_seconds(self.step_id))
            parts.append(
                fill(tr("Trin %1/%2 min"), used, str(planned)) if planned else fill(tr("Trin %1 min"), used)
            )
        total = conv.planned_total()
        used_total = minutes_text(conv.used_seconds())
        parts.append(  # a form without minutes (the half-year follow-up) said "0/0 min"
            fill(tr("Samtalen %1/%2 min"), used_total, str(total))
            if total
            else fill(tr("Samtalen %1 min"), used_total)
        )
        over = (
            self.step_id is not None
            and self.step_shown
            and bool(conv.planned_minutes(self.step_id))
            and (conv.used_seconds(self.step_id) > 60 * (conv.planned_minutes(self.step_id) or 0) + 59)
        )
        if over and self.step_id is not None:  # said in words, not by colour alone
            extra = round(conv.used_seconds(self.step_id) / 60) - (conv.planned_minutes(self.step_id) or 0)
            parts[0] += " " + fill(tr("(%1 min over)"), str(max(1, extra)))
        self.label.setText(" · ".join(parts))
        # A gentle hint only: a softer colour, never a warning or a sound.
        self.label.setToolTip(
            tr("I har brugt lidt mere tid end planlagt på trinnet. Det er helt i orden.") if over else ""
        )
        self.label.setStyleSheet("color: palette(link);" if over else "")
        self.agenda_button.setEnabled(not conv.is_locked)
        self.pause.setEnabled(not conv.is_locked)  # a signed conversation's clock stands still

    def edit_agenda(self) -> None:
        conv = self.document.conversation
        dialog = AgendaDialog(conv, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            agenda = dialog.agenda()
            if agenda != conv.agenda:
                self.document.push(prep_commands.SetAgenda(conv, agenda))
            self.refresh()
