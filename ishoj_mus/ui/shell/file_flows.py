"""The window's file flows: open (with the passphrase of a protected file), save and save as,
restore from a recovery copy, protect with a passphrase, and what to do when the file is locked
elsewhere. The window holds the lock on its open file; a file given at start-up that asks
nothing is opened by ``quiet_open.py``, without these flows.

Each flow asks what it must (a file name, a passphrase, what to do when the file is open
elsewhere, whether to save changes), lets the :class:`ConversationDocument` do the work and
says how it went. The window routes its menu actions and the start page's choices here and
shows the conversation it is given; of the file's state it holds only the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.errors import BadFile, MusFileError
from ishoj_mus.storage.filelock import FileLock, FileLocked
from ishoj_mus.storage.grus_head import peek_is_group_file
from ishoj_mus.storage.sidecars import backup_path_for
from ishoj_mus.text import Phrase, fill, phrase, quoted
from ishoj_mus.ui.shell.file_saving import FileHost, SavingFlows
from ishoj_mus.ui.shell.quiet_open import recovery_of
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import file_error_text, lock_text, save_error_text
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.moments import format_moment
from ishoj_mus.ui.widgets.passphrase import ask_passphrase, off_thread

if TYPE_CHECKING:
    from ishoj_mus.storage.recovery import Recovery
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument

T = TypeVar("T")


class FileFlows(SavingFlows, QObject):
    """File flows of the window ``host`` (also the dialogs' parent)."""

    saved = Signal()  # the conversation was written (the title follows)

    def __init__(self, host: FileHost, settings: Settings):
        super().__init__(host if isinstance(host, QObject) else None)
        self.host, self.settings = host, settings
        self.opened_backup: Path | None = None  # the last protected file opened was damaged: its .bak
        self._autosave_warned = False
        self._autosave_box: QMessageBox | None = None

    def _read_only_note(self, path: Path) -> None:
        self.host.statusBar().showMessage(
            fill(tr("%1 er åbnet skrivebeskyttet. Gem dine ændringer under et nyt navn."), path.name)
        )

    # -- open -------------------------------------------------------------------------
    def open_dialog(self) -> None:
        """Ask for a file (after "Gem ændringer?") and open it."""
        if not self.may_leave():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Åbn samtale"),
            self.default_folder(),
            tr("MUS-samtaler (*.mus);;Alle filer (*)"),
        )
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.may_leave():
            return False

        if peek_is_group_file(path):  # a group conversation opens in its own window
            return bool(self.host.open_group(path))
        seal = None
        try:
            conv = musfile.load(path)
        except MusFileError as exc:
            if exc.kind != BadFile.SEALED:
                messages.warning(self.parent_widget, tr("Samtalen kunne ikke åbnes"), file_error_text(exc))
                self.settings.forget(path)
                self.host.refresh_start_page()
                return False
            opened = self._open_protected(
                path.name, lambda pw: musfile.load_sealed(path, pw), backup=backup_path_for(path)
            )
            if opened is None:
                return False
            conv, seal = opened
            if self.opened_backup is not None:  # the file is damaged: its backup, saved under a new name
                self.host.show_conversation(conv, None, dirty=True, seal=seal)
                self.host.statusBar().showMessage(
                    fill(
                        tr("Sikkerhedskopien %1 er åbnet. Gem samtalen under et nyt navn."),
                        quoted(self.opened_backup.name, tr),
                    )
                )
                return True
        rec = recovery_of(conv.id, path)
        if rec is not None:  # a crash left unsaved work of this conversation: never lost unseen
            choice = self._offer_recovery(rec, path)
            if choice is None:
                return False
            if choice:
                return self.restore(rec, path)
        lock = self._lock_or_ask(path)
        if lock is False:
            return False
        self.host.show_conversation(conv, path if lock is not None else None, seal=seal)
        self.host.set_lock(lock or None)
        if lock is None:
            self._read_only_note(path)
            return True
        self.host.remember_file()
        return True

    def _open_protected(self, name: str, load: Callable[[str], T], backup: Path | None = None) -> T | None:
        """Ask for the passphrase until it fits or the user gives up; the file is only read.

        The key is derived off the window's thread, with progress shown. A damaged file (cut
        short: the passphrase is right) offers its ``backup`` when there is one; opening it sets
        ``opened_backup``."""

        self.opened_backup = None
        while True:
            passphrase = ask_passphrase(self.parent_widget, name)
            if passphrase is None:
                return None
            try:
                return off_thread(
                    self.parent_widget, tr("Åbner den beskyttede samtale …"), partial(load, passphrase)
                )
            except MusFileError as exc:
                if exc.kind == BadFile.WRONG_PASSPHRASE:
                    messages.warning(
                        self.parent_widget, tr("Samtalen kunne ikke åbnes"), file_error_text(exc)
                    )
                    continue
                if backup is None or not backup.is_file():
                    messages.warning(
                        self.parent_widget, tr("Samtalen kunne ikke åbnes"), file_error_text(exc)
                    )
                    return None
                if not self._offer_backup(exc, backup):
                    return None
                try:
                    opened = off_thread(
                        self.parent_widget,
                        tr("Åbner sikkerhedskopien …"),
                        partial(musfile.load_sealed, backup, passphrase),
                    )
                except MusFileError as second:
                    messages.warning(
                        self.parent_widget, tr("Samtalen kunne ikke åbnes"), file_error_text(second)
                    )
                    return None
                self.opened_backup = backup
                return opened  # type: ignore[return-value]  # the same (Conversation, Seal) as load

    def _offer_backup(self, exc: MusFileError, backup: Path) -> bool:
        """The protected file is damaged: say so, and offer its backup (True: open it)."""
        answer = messages.ask(
            self.parent_widget,
            QMessageBox.Icon.Warning,
            tr("Samtalen kunne ikke åbnes"),
            file_error_text(exc)
            + "\n\n"
            + fill(tr("Vil du åbne sikkerhedskopien %1?"), quoted(backup.name, tr)),
            [(tr("Åbn &sikkerhedskopien"), QMessageBox.ButtonRole.AcceptRole)],
            name="damagedOfferBackup",
        )
        return answer == 0

    # -- the lock on the open file ------------------------------------------------------
    def _lock_or_ask(self, path: Path) -> FileLock | None | Literal[False]:
        """Our lock on ``path``; None: open read-only; False: cancelled. Asks when open elsewhere."""

        try:
            return FileLock.acquire(path)
        except FileLocked as exc:
            answer = messages.ask(
                self.parent_widget,
                QMessageBox.Icon.Information,
                tr("Samtalen er åbnet et andet sted"),
                lock_text(exc),  # the lock file's names are anyone's text: ask shows plain text
                [
                    (tr("Åbn &skrivebeskyttet"), QMessageBox.ButtonRole.AcceptRole),
                    (tr("Å&bn alligevel"), QMessageBox.ButtonRole.DestructiveRole),
                ],
                name="fileLocked",
            )
            if answer == 0:
                return None
            if answer == 1:
                return FileLock.acquire(path, take_over=True)
            return False

    # -- recovery copies ----------------------------------------------------------------
    def _offer_recovery(self, rec: Recovery, path: Path) -> bool | None:
        """The file has a recovery copy: restore it (True), or discard it and open the file
        (False, after the user chose so), or neither (None: cancelled, nothing changes)."""

        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        except OSError:
            saved = None
        text = fill(
            tr(
                "Der findes en automatisk kopi af samtalen i %1 med ændringer, der ikke blev gemt. "
                "Kopien er fra %2."
            ),
            quoted(path.name, tr),
            format_moment(rec.saved_at),
        )
        if saved is not None:
            text += " " + fill(tr("Filen blev sidst gemt %1."), format_moment(saved))
        text += "\n\n" + tr("Vil du gendanne kopien, så du kan arbejde videre fra den?")
        answer = messages.ask(
            self.parent_widget,
            QMessageBox.Icon.Question,
            tr("Ikke-gemt arbejde fundet"),
            text,
            [
                (tr("&Gendan kopien"), QMessageBox.ButtonRole.AcceptRole),
                (tr("&Kassér kopien, og åbn filen"), QMessageBox.ButtonRole.DestructiveRole),
            ],
            name="recoveryOnOpen",
        )
        if answer == 0:
            return True
        if answer == 1:
            rec.discard()
            self.host.refresh_start_page()
            return False
        return None

    def restore(self, rec: Recovery, onto: Path | None = None) -> bool:
        """Open the recovery copy (onto the file ``onto``, else the file it was made of)."""

        seal = None
        try:
            if getattr(rec, "sealed", False):
                name = rec.original_path.name if rec.original_path else tr("Den automatiske kopi")
                opened = self._open_protected(name, rec.load_sealed)
                if opened is None:
                    return False
                conv, seal = opened
            else:
                conv = rec.load()
        except (MusFileError, OSError, ValueError, KeyError):
            messages.warning(
                self.parent_widget,
                tr("Kunne ikke gendanne"),
                tr("Den automatiske kopi er beskadiget og kan ikke gendannes."),
            )
            return False
        # The same lock as opening: a copy restored onto a file open in another window (or on
        # another computer) must not let the last writer silently win.
        path = onto if onto is not None else rec.original_path
        lock = self._lock_or_ask(path) if path is not None else None
        if lock is False:
            return False
        read_only = path is not None and lock is None
        self.host.show_conversation(conv, None if read_only else path, dirty=True, seal=seal)
        if self.host.document is not None:  # the copy goes once the restored work is saved
            self.host.document.adopt_recovery(rec.recovery_file)
        self.host.set_lock(lock or None)
        if read_only and path is not None:
            self._read_only_note(path)
        return True

    def discard_recovery(self, rec: Recovery) -> None:
        answer = messages.question(
            self.parent_widget,
            tr("Kassér ikke-gemt arbejde?"),
            tr("Det automatisk gemte arbejde slettes. Det kan ikke fortrydes."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            rec.discard()
            self.host.refresh_start_page()

    def autosave_failed(self, error: SaveError | str) -> None:
        """Never silent: the status bar keeps saying it, and the first time a dialog too."""
        text = tr(
            "Den automatiske kopi af samtalen kunne ikke gemmes, så et nedbrud nu kan koste de "
            "seneste ændringer. Gem samtalen selv (Ctrl+S)."
        )
        self.host.statusBar().showMessage(text)
        if not self._autosave_warned:
            self._autosave_warned = True
            box = messages.plain_box(
                QMessageBox.Icon.Warning,
                tr("Den automatiske kopi blev ikke gemt"),
                text,
                parent=self.parent_widget,
            )
            box.setInformativeText(error if isinstance(error, str) else save_error_text(error))
            box.setObjectName("autosaveFailed")
            box.open()
            self._autosave_box = box

    # -- leaving ----------------------------------------------------------------------------
    def _keep_time(self, document: ConversationDocument) -> None:
        """The time the agenda's clock booked since the last save, into the conversation's own
        file as it closes. Not asked: time spent is no edit, and "Gem ændringer?" after only
        reading a conversation would make people wonder what they changed (and "Kassér" would
        lose the minutes). Only into the file we hold the lock on – not one opened read-only,
        taken over or never saved; a save that fails says so, and closing goes on."""
        held = self.host.file_lock
        path = document.path
        if not document.has_unsaved_time() or path is None or held is None or held.path != path:
            return
        self._write(path)

    def may_leave(self) -> bool:
        """True when the open conversation may be closed: nothing unsaved, or the user saved
        or discarded the changes; False: cancelled (or the save failed). With nothing unsaved
        but the time spent, that is saved without a question (:meth:`_keep_time`)."""
        document = self.document
        if document is None:
            return True
        if not document.is_modified():
            self._keep_time(document)
            return True
        if document.conversation.preparation_of is not None:  # one party's preparation, not a conversation
            text = tr("Din forberedelse har ændringer, der ikke er gemt. Vil du gemme dem?")
        else:
            text = fill(
                tr("Samtalen med %1 har ændringer, der ikke er gemt. Vil du gemme dem?"),
                document.conversation.employee.name or phrase(Phrase.NO_NAME, tr),
            )
        answer = messages.question(
            self.parent_widget,
            tr("Gem ændringer?"),
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            document.mark_clean()
            document.discard_recovery()
            return True
        return False
