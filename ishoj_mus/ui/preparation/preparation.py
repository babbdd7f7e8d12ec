"""Prepare apart, talk together: "Forbered dig" on the start screen, and in the conversation
"Hent forberedelse" and "Vis begges forberedelse"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.folders import start_folder
from ishoj_mus.ui.widgets.i18n import capitalised, tr, voice_label, voice_possessive

if TYPE_CHECKING:
    from collections.abc import Callable

    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.ui.conversation.editor import PageHost

    # (the conversation's view, the dialogs' parent, the preparation's file) -> brought in? The
    # flow is ui/preparation/bring_in.py, handed in (the start-up seam's "bring_in"): it brings the
    # domain's rules for preparations, which a conversation does not need when it opens.
    BringIn = Callable[[PageHost, QWidget, Path], bool]


class PrepareDialog(QDialog):
    """Who is preparing? (The form is the default MUS form.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Forbered dig"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Forbered dig til samtalen ved at svare på spørgsmålene alene, i dit eget tempo. Du ser kun "
                "dine egne felter. Gem forberedelsen som en fil, og tag den med til samtalen: Der henter I "
                "den ind, og den vises først, når I begge er klar til at se hinandens svar."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(tr("Jeg forbereder mig som")))
        self.group = QButtonGroup(self)
        self.choices: dict[Voice, QRadioButton] = {}
        for voice in PARTIES:
            button = QRadioButton(voice_label(voice).lower())
            self.group.addButton(button)
            layout.addWidget(button)
            self.choices[voice] = button
        self.group_button = QRadioButton(tr("deltager eller leder i en gruppeudviklingssamtale (GRUS)"))
        self.group.addButton(self.group_button)
        layout.addWidget(self.group_button)
        # Whom it is for: the leader prepares for many conversations a day, and each was saved
        # as Forberedelse_leder_<dato>_ukendt.mus.
        self.name_label = QLabel()
        self.name = QLineEdit()
        self.name_label.setBuddy(self.name)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start.setText(tr("Begynd forberedelsen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.buttonToggled.connect(lambda _b, _on: self._update())
        self.name.textChanged.connect(lambda _t: self._update())
        self.choices[Voice.MEDARBEJDER].setChecked(True)
        self._update()
        # Typing starts with the name (the role is already chosen: "medarbejder"); with focus
        # on the first radio button, typed text went nowhere until Tab (walk of issue 25).
        self.name.setFocus()

    def _update(self) -> None:
        group = self.group_button.isChecked()  # a GRUS preparation asks its own questions
        self.name_label.setVisible(not group)
        self.name.setVisible(not group)
        if group:
            self.start.setEnabled(True)
            return
        leader = self.choices[Voice.LEDER].isChecked()
        self.name_label.setText(
            tr("Hvem forbereder du dig til? (medarbejderens navn)") if leader else tr("Dit navn")
        )
        self.name.setAccessibleName(self.name_label.text())
        self.start.setEnabled(bool(self.name.text().strip()))

    def voice(self) -> Voice:
        return next((v for v, b in self.choices.items() if b.isChecked()), Voice.MEDARBEJDER)

    def for_group(self) -> bool:
        """A GRUS preparation (its own small file) rather than one for a conversation for two."""
        return self.group_button.isChecked()

    def employee_name(self) -> str:
        """The employee the preparation is for (the employee's own name, or whom the leader meets)."""
        return self.name.text().strip()


class PreparationBanner(QFrame):
    """In a preparation: whose it is, and what to do with it."""

    def __init__(self, conv: Conversation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparationBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        text = QLabel(
            fill(
                tr(
                    "<b>Din forberedelse som %1.</b> Du ser kun dine egne spørgsmål. Gem forberedelsen (Ctrl+S), "
                    "og hent den ind i samtalen med »Hent forberedelse«."
                ),
                voice_label(conv.preparation_of).lower() if conv.preparation_of else "",
            )
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)

    def refresh(self) -> None:
        """Nothing changes in a preparation's banner."""


class PreparationBar(QFrame):
    """In a conversation: bring preparations in, and show both when you are ready."""

    def __init__(self, view: PageHost, parent: QWidget | None = None, *, bring_in: BringIn) -> None:
        super().__init__(parent)
        self.view = view
        self._bring_in = bring_in
        self.setObjectName("preparationBar")
        # Text above the buttons: at 150 % zoom a single row would make the window wider than a
        # 1366 px screen.
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 4, 12, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("Forberedelse"))
        self.bring = QPushButton(tr("Hen&t forberedelse …"))
        self.bring.setToolTip(tr("Hent medarbejderens eller lederens egen forberedelse ind i samtalen"))
        self.bring.clicked.connect(self.choose_and_bring_in)
        self.reveal = QPushButton(tr("Vis &begges forberedelse"))
        self.reveal.setToolTip(tr("Vis de hentede forberedelser – når I begge er klar"))
        self.reveal.clicked.connect(self.reveal_both)
        column.addWidget(self.text)
        row.addWidget(self.bring)
        row.addWidget(self.reveal)
        row.addStretch(1)
        column.addLayout(row)
        self.refresh()
        view.document.changed.connect(self._changed)  # ended with this bar (a bound slot)

    def _changed(self, change: Change) -> None:
        """What the bar shows changes with the preparations and the lock only (not on each key)."""
        if change.part in (Part.PREPARATION, Part.SIGNATURES):
            self.refresh()

    def refresh(self) -> None:
        conv = self.view.conv
        hidden = conv.hidden_voices()
        brought = [v for v in PARTIES if v in conv.preparations]
        if hidden:
            names = tr(" og ").join(voice_possessive(v) for v in hidden)
            self.text.setText(
                fill(
                    tr("%1 forberedelse er hentet og skjult, indtil I viser den.")
                    if len(hidden) == 1
                    else tr("%1 forberedelser er hentet og skjult, indtil I viser dem."),
                    capitalised(names),
                )
            )
        elif brought:
            self.text.setText(tr("Forberedelserne er vist."))
        else:
            self.text.setText(tr("Har I forberedt jer hver for sig? Hent forberedelserne ind her."))
        locked = conv.is_locked
        self.bring.setEnabled(not locked)
        self.reveal.setVisible(bool(hidden))
        self.reveal.setEnabled(not locked)
        self.setVisible(not locked and (len(brought) < len(PARTIES) or bool(hidden)))

    def reveal_both(self) -> None:
        conv = self.view.conv
        if not conv.hidden_voices():
            return
        missing = [v for v in PARTIES if v not in conv.preparations]
        if missing:
            answer = messages.question(
                self.window(),
                tr("Vis forberedelsen?"),
                fill(
                    tr("Kun %1 forberedelse er hentet. Vil I vise den nu?"),
                    tr(" og ").join(voice_possessive(v) for v in conv.hidden_voices()),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.view.push(prep_commands.RevealPreparations(conv))

    def choose_and_bring_in(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window(),
            tr("Hent forberedelse"),
            start_folder(self.view.settings.default_folder, self.view.settings.last_folder),
            tr("MUS-forberedelser (*.mus);;Alle filer (*)"),
        )
        if path:
            self.bring_in(Path(path))

    def bring_in(self, path: Path) -> bool:
        """Bring the preparation at ``path`` in (ui/preparation/bring_in.py); False when it was not."""
        return self._bring_in(self.view, self.window(), path)


def preparation_header(view: PageHost, *, bring_in: BringIn) -> QWidget:
    """What stands above a conversation's steps: in a preparation, whose it is; otherwise the
    bar that brings preparations in (with ``bring_in``) and shows both."""
    # Made inside the view: a widget without a parent that is shown (setVisible) becomes a window
    # of its own for a moment, which cost ≈14 ms of the conversation's first frame (uiperf).
    parent = view if isinstance(view, QWidget) else None
    if view.conv.preparation_of is not None:
        return PreparationBanner(view.conv, parent)
    return PreparationBar(view, parent, bring_in=bring_in)
