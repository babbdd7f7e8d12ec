"""Last year's agreements followed up ("Siden sidst"): one row per agreement, its status and comment, and importing them."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.codes import FollowUpStatus
from ishoj_mus.domain.form import Form
from ishoj_mus.domain.form_steps import Field
from ishoj_mus.domain.records import DONE_STATUSES
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.forms import available_forms
from ishoj_mus.text import SHIPPED_FORM_TITLES, fill, form_title_text, source_text
from ishoj_mus.ui.conversation import commands, prep_commands
from ishoj_mus.ui.conversation.fields import NO_VALUE, GrowingTextEdit, data_or_none, find
from ishoj_mus.ui.conversation.rows import ItemRow, focus_place, focused_place, refresh_rows
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import file_error_text
from ishoj_mus.ui.widgets.folders import start_folder
from ishoj_mus.ui.widgets.i18n import language, responsible_label, shown_form, status_label, tr
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.passphrase import ask_passphrase
from ishoj_mus.ui.widgets.row_keys import REMOVE, row_key
from ishoj_mus.ui.widgets.undo_keys import pass_undo
from ishoj_mus.ui.widgets.wheel_guard import guard


def _source(source: str) -> str:
    """Where agreements came from: stored in Danish (the file, the PDF), shown in the window's."""
    if language() == "da":
        return source
    shown = source_text(source, tr, _form_name)
    # A half-year follow-up of a conversation not saved to a file (the demo) names it by its
    # form's title and date, "MUS – medarbejderudviklingssamtale 19.11.2026" (domain.years).
    title = next((t for t in SHIPPED_FORM_TITLES if shown == t or shown.startswith(t + " ")), None)
    return shown if title is None else form_title_text(title, tr) + shown[len(title) :]


@cache
def _form_name(name: str) -> str:
    """A shipped form's document name (»MUS«, »Halvårsopfølgning«) in English."""
    for _path, form in available_forms():
        if isinstance(form, Form) and form.documents.name == name:
            return form.in_english().documents.name
    return name


if TYPE_CHECKING:
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument


class FollowupRow(ItemRow):
    def __init__(self, editor: FollowupsEditor, index: int):
        super().__init__()
        self.editor, self.index = editor, index
        self.setObjectName("followupRow")
        self.setStyleSheet("#followupRow { border: 1px solid palette(mid); border-radius: 4px; }")
        self._updating = False
        conv = editor.document.conversation
        fu = conv.followups[index]
        a = fu.agreement
        layout = QVBoxLayout(self)
        title = QLabel(a.what or tr("(uden titel)"))
        title.setStyleSheet("font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        details = [responsible_label(a.responsible)] if a.responsible else []
        if a.why:
            details.insert(0, a.why)
        if a.deadline:
            details.append(fill(tr("frist %1"), a.deadline.strftime("%d.%m.%Y")))
        info = QLabel(" · ".join(details))
        info.setWordWrap(True)
        layout.addWidget(info)
        self.remove = QPushButton(tr("Fjern"))
        self.remove.setAccessibleName(  # the step as the window names it ("Siden MUS" in a follow-up)
            fill(tr("Fjern %1 fra %2"), a.what, editor.step_title())
        )
        self.remove.clicked.connect(lambda: editor.remove(self.index))
        self.remove.setToolTip(tr("Fjern den hentede aftale (Alt+Skift+Delete)"))
        self.remove.setAccessibleDescription(self.remove.toolTip())
        row_key(self, REMOVE, self.remove, self._remove_by_key)  # repeated: no Alt+letter
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        self.status = QComboBox()
        guard(self.status)
        self.status.addItem(tr("– vælg status –"), NO_VALUE)
        for s in FollowUpStatus:
            self.status.addItem(status_label(s), s)
        self.comment = GrowingTextEdit()
        pass_undo(self.comment)
        self.status.setAccessibleName(fill(tr("Status for %1"), a.what))
        self.comment.setAccessibleName(fill(tr("Kommentar til %1"), a.what))
        form.addRow(tr("Status"), self.status)
        form.addRow(tr("Kommentar"), self.comment)
        layout.addLayout(form)
        keep_within(self.comment, "followups.comment")
        carry_row = QHBoxLayout()
        self.carry = QPushButton(tr("Viderefør til årets aftaler"))
        self.carry.setToolTip(tr("Tag aftalen med i årets udviklingsplan – den bliver vist som videreført"))
        self.carry.setAccessibleName(fill(tr("Viderefør %1 til årets aftaler"), a.what))
        self.carry.clicked.connect(self._carry_forward)
        self.carried = QLabel()
        self.carried.setObjectName("helpText")
        # the same height as the button it replaces: nothing below moves under the mouse
        self.carried.setMinimumHeight(self.carry.sizeHint().height())
        carry_row.addWidget(self.carry)
        carry_row.addWidget(self.carried, 1)
        carry_row.addStretch(0)
        layout.addLayout(carry_row)
        self.status.currentIndexChanged.connect(lambda _i: self._edited(""))
        self.comment.textChanged.connect(lambda: self._edited("comment"))
        self.refresh()

    def _edited(self, merge_key: str) -> None:
        if self._updating:
            return
        conv = self.editor.document.conversation
        old = conv.followups[self.index]
        # item data comes back as plain str; the domain makes it a status (or none)
        new = old.assessed(data_or_none(self.status.currentData()), self.comment.toPlainText())
        if new == old:
            return
        if new.status in DONE_STATUSES and new.status != old.status and conv.untouched_carry(old) is not None:
            # Done: it is not carried on any more (one undo brings both back).
            self.editor.document.push(prep_commands.AssessDone(conv, self.index, new))
            return
        self.editor.document.push(commands.ReplaceFollowup(conv, self.index, new, merge_key))

    def _remove_by_key(self) -> None:
        """Alt+Shift+Delete: removed; the focus goes to the same field of the next agreement."""
        place, editor, index = focused_place(self), self.editor, self.index
        editor.remove(index)
        if editor.rows:
            focus_place(editor.rows[min(index, len(editor.rows) - 1)], place)
        else:
            editor.import_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _carry_forward(self) -> None:

        conv = self.editor.document.conversation
        if conv.may_carry_forward(conv.followups[self.index]):
            self.editor.document.push(prep_commands.CarryForward(conv, self.index))
            # The button goes (the agreement is carried): the focus stays in this row, on its
            # comment, instead of jumping to the next agreement's "Fjern".
            row = self.editor.rows[self.index] if self.index < len(self.editor.rows) else self
            row.comment.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        conv = self.editor.document.conversation
        fu = conv.followups[self.index]
        self._updating = True
        self.status.setCurrentIndex(find(self.status, fu.status))
        if self.comment.toPlainText() != fu.comment:
            self.comment.setPlainText(fu.comment)
        carried = conv.carried_forward(fu)
        self.carry.setVisible(carried is None and conv.may_carry_forward(fu))
        self.carry.setEnabled(not conv.is_locked)
        self.carried.setVisible(carried is not None)
        if carried is not None:
            number = conv.agreements.index(carried) + 1
            self.carried.setText(fill(tr("Videreført som aftale %1 i årets udviklingsplan."), str(number)))
        self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        self.status.setEnabled(not read_only)
        self.comment.setReadOnly(read_only)
        self.carry.setEnabled(not read_only)
        self.remove.setEnabled(not read_only)


class FollowupsEditor(QWidget):
    """'Siden sidst': last time's agreements, each with a status and a comment."""

    def __init__(
        self, document: ConversationDocument, field: Field, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document, self.field, self.settings = document, field, settings
        self.rows: list[FollowupRow] = []
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(tr("Hent aftaler fra sidste samtale …"))
        self.import_button.setToolTip(
            tr("Vælg den forrige samtales fil (.mus) eller det underskrevne referat (PDF).")
        )
        self.import_button.clicked.connect(self.choose_and_import)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel(
            tr("Ingen aftaler hentet endnu. Er det jeres første samtale, kan I springe trinnet over.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.origin = QLabel()  # which conversation the agreements came from (date, names, file)
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)
        self.list = QVBoxLayout()
        layout.addLayout(self.list)
        self.refresh()

    def start_folder(self) -> str:
        """Where last year's file is: the folder of this employee's latest other conversation in
        the recent list; else the conversations' folder. Always a folder that exists (a missing
        "Documents" opened the home folder with "Documents" as the file name)."""

        conv, here = self.document.conversation, self.document.path
        name = conv.employee.name.strip().casefold()
        earlier = [
            Path(r.get("path", "")).parent
            for r in self.settings.recent
            if name
            and str(r.get("employee", "")).strip().casefold() == name
            and r.get("path")
            and (here is None or Path(r["path"]) != here)
            and Path(r["path"]).is_file()
        ]
        return start_folder(*earlier[:1], self.settings.default_folder, self.settings.last_folder)

    def step_title(self) -> str:
        """The title of the step this editor is on, in the window's language."""
        form = shown_form(self.document.conversation.form)
        step = next((st for st in form.steps if any(f.id == self.field.id for f in st.fields)), None)
        return step.title if step is not None else tr("Siden sidst")

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Hent aftaler fra sidste samtale"),
            self.start_folder(),
            tr("Samtaler og referater (*.mus *.pdf);;Alle filer (*)"),
        )
        if path:
            self.import_from(path)

    def import_from(self, path: str) -> bool:
        """Import last year's agreements: a changed PDF is refused, another employee's asked."""
        # Here, not at the top: the import machinery (PDF verdicts, the organisation profile, the
        # group conversation: ≈20 ms and ≈4 MB) loaded with the first question page of every
        # conversation. Its codes in a light module would let them go up (perf.md, pdfimports).
        from ishoj_mus.importing import ImportRefused, plan_import
        from ishoj_mus.ui.widgets.import_words import import_refusal_text

        conv = self.document.conversation
        passphrase: str | None = None
        while True:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a PDF is checked first
            try:
                plan = plan_import(Path(path), conv, passphrase)
            except MusFileError as exc:
                QApplication.restoreOverrideCursor()
                if exc.kind == BadFile.WRONG_PASSPHRASE:
                    messages.warning(self, tr("Aftalerne kunne ikke hentes"), file_error_text(exc))
                if exc.kind in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE):
                    passphrase = ask_passphrase(self, Path(path).name)  # last year's file is protected
                    if passphrase is None:
                        return False
                    continue
                messages.warning(self, tr("Aftalerne kunne ikke hentes"), file_error_text(exc))
                return False
            except ImportRefused as exc:
                QApplication.restoreOverrideCursor()
                messages.warning(self, tr("Aftalerne kunne ikke hentes"), import_refusal_text(exc))
                return False
            QApplication.restoreOverrideCursor()
            break
        previous = plan.previous
        if not previous.conversation.agreements:
            messages.information(
                self, tr("Ingen aftaler"), tr("Den valgte samtale indeholder ingen aftaler.")
            )
            return False
        if not plan.new:
            messages.information(
                self,
                tr("Allerede hentet"),
                fill(tr("Aftalerne fra %1 er allerede hentet."), previous.description),
            )
            return False
        if plan.other_employee:
            answer = messages.question(
                self,
                tr("En anden medarbejders samtale"),
                fill(
                    tr(
                        "Aftalerne er fra en samtale med %1, men denne samtale er med %2. Vil I hente dem alligevel?"
                    ),
                    previous.conversation.employee.name,
                    conv.employee.name,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if previous.warning:
            messages.warning(
                self,
                tr("Underskriveren er ikke bekræftet"),
                tr(previous.warning),  # importing's words (marked da(), English in the .ts)
            )
        return self.document.apply_import(plan)

    def remove(self, index: int) -> None:
        conv = self.document.conversation
        remaining = [f for i, f in enumerate(conv.followups) if i != index]
        self.document.push(commands.SetFollowups(conv, remaining, tr("Fjern hentet aftale")))

    def _origin_text(self) -> str:
        counts: dict[str, int] = {}
        for f in self.document.conversation.followups:
            counts[f.source] = counts.get(f.source, 0) + 1
        return "\n".join(
            fill(
                tr("Hentet fra %1: 1 aftale") if n == 1 else tr("Hentet fra %1: %2 aftaler"),
                _source(source) if source else tr("ukendt kilde"),
                str(n),
            )
            for source, n in counts.items()
        )

    def tab_neighbours(self) -> tuple[QWidget | None, QWidget | None]:
        """On »Siden sidst«: the import button, then the rows."""
        return self.import_button, None

    def refresh(self) -> None:
        refresh_rows(
            self,
            [f.agreement.id for f in self.document.conversation.followups],
            lambda i: FollowupRow(self, i),
        )
        text = self._origin_text()
        self.origin.setText(text)
        self.origin.setVisible(bool(text))

    def set_read_only(self, read_only: bool) -> None:
        self.import_button.setEnabled(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)
