"""Asking for a conversation's passphrase, and protecting a conversation with one.

Honest about the one thing a passphrase cannot do: a forgotten passphrase cannot be
recovered, by anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.storage.sealed import Seal
from ishoj_mus.text import fill
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.storage.sealed import Seal

MIN_LENGTH = 8
T = TypeVar("T")


def forgotten_text() -> str:
    return tr(
        "Glemmer I adgangskoden, kan samtalen ikke åbnes igen. Hverken IT eller andre kan hjælpe – "
        "der findes ingen bagdør. Skriv den ned, og gem den et sikkert sted."
    )


class AskPassphrase(QDialog):
    """The passphrase for a protected file (or its recovery copy)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Samtalen er beskyttet"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(
            fill(tr("»%1« er beskyttet med en adgangskode. Skriv adgangskoden for at åbne den."), name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(tr("Adgangskode"))
        layout.addWidget(self.edit)
        note = QLabel(
            tr(
                "Er adgangskoden glemt, kan samtalen ikke åbnes. Hverken IT eller andre kan hjælpe – "
                "der findes ingen bagdør."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("helpText")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Åbn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(parent: QWidget | None, name: str) -> str | None:
    dialog = AskPassphrase(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


class ProtectDialog(QDialog):
    """Choose (or remove) the passphrase that protects the conversation file."""

    REMOVE = 2

    def __init__(self, protected: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Beskyt samtalen med en adgangskode"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Med en adgangskode kan ingen læse samtalefilen uden koden – heller ikke "
                "sikkerhedskopien eller den automatiske kopi. Det er en god idé på en computer, som "
                "flere deler. PDF'erne beskyttes ikke: de er til HR og til medarbejderen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(forgotten_text())
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold;")
        layout.addWidget(warning)
        form = QFormLayout()
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit, name in ((self.first, tr("Adgangskode")), (self.second, tr("Gentag adgangskoden"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._check)
            form.addRow(name, edit)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Beskyt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuller"))
        self.remove: QPushButton | None = None
        if protected:
            self.remove = self.buttons.addButton(
                tr("Fjern beskyttelsen"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove.clicked.connect(lambda: self.done(self.REMOVE))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self, *_: object) -> None:
        a, b = self.first.text(), self.second.text()
        problem = ""
        if a and len(a) < MIN_LENGTH:
            problem = fill(tr("Brug mindst %1 tegn."), str(MIN_LENGTH))
        elif b and a != b:
            problem = tr("De to adgangskoder er ikke ens.")
        self.problem.setText(problem)
        self.ok.setEnabled(len(a) >= MIN_LENGTH and a == b)

    def passphrase(self) -> str:
        return self.first.text()


def derive_seal(passphrase: str, parent: QWidget | None = None) -> Seal:
    """A new key with the program's own, fixed cost (≈ 0.25 s, more on a slow or busy machine),
    made off the window's thread like every other key (:func:`off_thread`): the window keeps
    drawing, and a progress line shows when it takes long."""

    return off_thread(parent, tr("Beskytter samtalen …"), partial(Seal.new, passphrase))


def off_thread(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """``work()`` on a helper thread while the window keeps drawing and shows that it works.

    For the key derivation (scrypt: up to about a second and 128 MB for the dearest header a
    file may have): the window's thread only waits in its own event loop, so it repaints and
    the progress dialog moves. ``work`` must not touch widgets. Its exception is raised here.
    """

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="passphrase")
    try:
        future = pool.submit(work)
        if not future.done():
            progress = QProgressDialog(label, "", 0, 0, parent)
            progress.setObjectName("passphraseProgress")
            progress.setWindowTitle(tr("Et øjeblik"))
            progress.setCancelButton(None)  # scrypt cannot be stopped halfway; it ends by itself
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(200)  # a quick key shows no flicker of a dialog
            progress.setValue(0)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                while not future.done():  # the window's events go on while the key is made
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                    wait([future], timeout=0.015)
            finally:
                QGuiApplication.restoreOverrideCursor()
                progress.reset()
                progress.close()
                progress.deleteLater()
        return future.result()
    finally:
        pool.shutdown(wait=True)
