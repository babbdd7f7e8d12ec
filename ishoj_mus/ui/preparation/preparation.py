"""Prepare apart, talk together: "Forbered dig" on the start screen, and in the conversation
"Hent forberedelse" and "Vis begges forberedelse"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.storage import musfile
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import file_error_text
from ishoj_mus.ui.widgets.folders import start_folder
from ishoj_mus.ui.widgets.i18n import capitalised, tr, voice_definite, voice_label, voice_possessive

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.preparation import BringInPlan, Occasion, Resolution
    from ishoj_mus.ui.conversation.editor import PageHost


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
            tr(
                "<b>Din forberedelse som %1.</b> Du ser kun dine egne spørgsmål. Gem forberedelsen (Ctrl+S), "
                "og hent den ind i samtalen med »Hent forberedelse«."
            ).replace("%1", voice_label(conv.preparation_of).lower() if conv.preparation_of else "")
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)

    def refresh(self) -> None:
        """Nothing changes in a preparation's banner."""


class PreparationBar(QFrame):
    """In a conversation: bring preparations in, and show both when you are ready."""

    def __init__(self, view: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
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
        self.bring = QPushButton(tr("Hent forberedelse …"))
        self.bring.setToolTip(tr("Hent medarbejderens eller lederens egen forberedelse ind i samtalen"))
        self.bring.clicked.connect(self.choose_and_bring_in)
        self.reveal = QPushButton(tr("Vis begges forberedelse"))
        self.reveal.setToolTip(tr("Vis de hentede forberedelser – når I begge er klar"))
        self.reveal.clicked.connect(self.reveal_both)
        column.addWidget(self.text)
        row.addWidget(self.bring)
        row.addWidget(self.reveal)
        row.addStretch(1)
        column.addLayout(row)
        self.refresh()
        view.document.changed.connect(self._changed)  # ended with this bar (a bound slot)

    def _changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        conv = self.view.conv
        hidden = conv.hidden_voices()
        brought = [v for v in PARTIES if v in conv.preparations]
        if hidden:
            names = tr(" og ").join(voice_possessive(v) for v in hidden)
            self.text.setText(
                (
                    tr("%1 forberedelse er hentet og skjult, indtil I viser den.")
                    if len(hidden) == 1
                    else tr("%1 forberedelser er hentet og skjult, indtil I viser dem.")
                ).replace("%1", capitalised(names))
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
                tr("Kun %1 forberedelse er hentet. Vil I vise den nu?").replace(
                    "%1", tr(" og ").join(voice_possessive(v) for v in conv.hidden_voices())
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
        """Load, ask about typed text in the way (naming fields, never showing hidden texts), apply."""
        # Not on the path that opens a conversation (the bar is built then; ≈5 ms):
        from ishoj_mus.domain.preparation import PreparationError, Resolution, merged_content, plan_bring_in

        conv = self.view.conv
        try:
            prep = musfile.load(path)
            plan = plan_bring_in(conv, prep, path.name)
        except MusFileError as exc:
            messages.warning(self.window(), tr("Forberedelsen kunne ikke hentes"), file_error_text(exc))
            return False
        except PreparationError as exc:
            messages.warning(self.window(), tr("Forberedelsen kunne ikke hentes"), str(exc))
            return False
        whose = voice_possessive(plan.voice)
        if (plan.other_employee or plan.other_conversation) and not self._other_anyway(plan, path):
            return False
        if plan.is_empty:
            messages.information(
                self.window(),
                tr("Forberedelsen er tom"),
                tr("Der er ingen svar i %1 forberedelse. Intet er ændret.").replace("%1", whose),
            )
            return False
        if plan.replaces_earlier:
            answer = messages.question(
                self.window(),
                tr("Hent igen?"),
                tr("%1 forberedelse er allerede hentet. Vil I hente denne fil også?").replace(
                    "%1", capitalised(whose)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        resolution = Resolution.KEEP
        if plan.conflicts:
            asked = self._ask(plan)
            if asked is None:
                return False
            resolution = asked
        content = merged_content(conv, plan, resolution)
        if not self.view.push(
            prep_commands.SetVoiceContent(
                conv, plan.voice, content, tr("Hent %1 forberedelse").replace("%1", whose)
            )
        ):
            return False  # refused (and said why): nothing was brought in
        note = (
            tr("%1 forberedelse er hentet: %2.")
            .replace("%1", capitalised(whose))
            .replace("%2", _brought_in(plan))
        )
        if plan.skipped:
            note += " " + tr(
                "%1 svar hører til spørgsmål, som denne samtale ikke har, og blev ikke hentet."
            ).replace("%1", str(len(plan.skipped)))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(note, 8000)
        return True

    def _other_anyway(self, plan: BringInPlan, path: Path) -> bool:
        """The preparation was made for another employee or another conversation: say both, and
        bring it in only on "Hent alligevel" (Annullér is the default)."""

        def occasion(o: Occasion | None) -> str:
            if o is None:
                return ""
            who = o.employee or tr("(uden navn)")
            when = o.when.strftime("%d.%m.%Y") if o.when else tr("uden dato")
            return tr("%1 med %2, %3").replace("%1", o.form_title).replace("%2", who).replace("%3", when)

        if plan.other_employee:
            head = tr("Forberedelsen %1 er lavet til en anden medarbejder.")
        else:
            head = tr("Forberedelsen %1 er lavet til en anden samtale.")
        text = (
            head.replace("%1", f"»{path.name}«")
            + "\n\n"
            + tr("Forberedelsen: %1").replace("%1", occasion(plan.prepared_for))
            + "\n"
            + tr("Denne samtale: %1").replace("%1", occasion(plan.this_conversation))
            + "\n\n"
            + tr("Vil I hente den ind i denne samtale alligevel?")
        )
        box = messages.plain_box(QMessageBox.Icon.Warning, tr("En anden samtale"), text, parent=self.window())
        box.setObjectName("preparationElsewhere")
        box.setTextFormat(Qt.TextFormat.PlainText)
        anyway = box.addButton(tr("Hent alligevel"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is anyway

    def _ask(self, plan: BringInPlan) -> Resolution | None:
        from ishoj_mus.domain.preparation import Resolution

        box = messages.plain_box(parent=self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Der står allerede tekst"))
        fields = "\n".join(f"• {c.label}" for c in plan.conflicts)
        box.setText(
            (
                tr("%1 har allerede skrevet i 1 felt i samtalen, som forberedelsen også har svar til:")
                if len(plan.conflicts) == 1
                else tr(
                    "%1 har allerede skrevet i %2 felter i samtalen, som forberedelsen også har svar til:"
                )
            )
            .replace("%1", voice_definite(plan.voice))
            .replace("%2", str(len(plan.conflicts)))
            + "\n\n"
            + fields
            + "\n\n"
            + tr("Hvad vil I gøre med dem? (De øvrige svar hentes under alle omstændigheder.)")
        )
        keep = box.addButton(tr("Behold det skrevne"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(tr("Behold begge"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(tr("Brug forberedelsen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        choices: list[tuple[QAbstractButton, Resolution]] = [
            (keep, Resolution.KEEP),
            (both, Resolution.APPEND),
            (replace, Resolution.REPLACE),
        ]
        return next((resolution for button, resolution in choices if button is clicked), None)


def preparation_header(view: PageHost) -> QWidget:
    """What stands above a conversation's steps: in a preparation, whose it is; otherwise the
    bar that brings preparations in and shows both (``ConversationView``'s preparation_header)."""
    # Made inside the view: a widget without a parent that is shown (setVisible) becomes a window
    # of its own for a moment, which cost ≈14 ms of the conversation's first frame (uiperf).
    parent = view if isinstance(view, QWidget) else None
    if view.conv.preparation_of is not None:
        return PreparationBanner(view.conv, parent)
    return PreparationBar(view, parent)


def _counted(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%1", str(n))


def _brought_in(plan: BringInPlan) -> str:
    """What a preparation brought in, counted right in both languages (walk F8: "1 answers",
    and the two scale values brought in with it were not counted)."""
    parts = [_counted(len(plan.answers), tr("1 svar"), tr("%1 svar"))]
    if plan.scales:
        parts.append(_counted(len(plan.scales), tr("1 værdi på en skala"), tr("%1 værdier på skalaer")))
    if plan.marks:
        parts.append(_counted(len(plan.marks), tr("1 markering af adfærd"), tr("%1 markeringer af adfærd")))
    if plan.topics:
        parts.append(_counted(len(plan.topics), tr("1 eget emne"), tr("%1 egne emner")))
    return ", ".join(parts)
