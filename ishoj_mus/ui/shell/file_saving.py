"""The window's saving flows: save and save as (never over a signed file unasked, with the lock
on the file), protecting with a passphrase, and the recent list on the start page. A part of
:class:`~ishoj_mus.ui.shell.file_flows.FileFlows`, which opens, restores and locks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog, QStatusBar, QWidget

from ishoj_mus.pdf.files import default_summary_name
from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.filelock import FileLock, FileLocked
from ishoj_mus.storage.signed_files import replaced_signed
from ishoj_mus.text import fill, quoted
from ishoj_mus.ui.preparation.file_name import preparation_file_name
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import lock_text, save_error_text
from ishoj_mus.ui.widgets.folders import remember, start_folder
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.passphrase import ProtectDialog, derive_seal
from ishoj_mus.ui.widgets.save_path import ask_save_path, confirm_replace_signed, free_suggestion

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.sealed import Seal
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.document import ConversationDocument


class FileHost(Protocol):
    """What the flows need of the window: its document, a way to show a conversation, the
    start page to refresh and the status bar."""

    document: ConversationDocument | None

    def show_conversation(
        self, conv: Conversation, path: Path | None, dirty: bool = False, seal: Seal | None = None
    ) -> None: ...

    file_lock: FileLock | None  # our lock on the open conversation's file

    def set_lock(self, lock: FileLock | None) -> None: ...

    def remember_file(self) -> None: ...  # the open file on the start page's recent list

    def refresh_start_page(self) -> None: ...

    def open_group(self, path: Path | None = None) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802


class SavingFlows:
    """Saving, for :class:`FileFlows` (which has the host window, which holds the lock, and the
    settings)."""

    host: FileHost
    settings: Settings
    saved: SignalInstance  # FileFlows.saved

    @property
    def parent_widget(self) -> QWidget | None:
        return self.host if isinstance(self.host, QWidget) else None

    @property
    def document(self) -> ConversationDocument | None:
        return self.host.document

    # -- protect ------------------------------------------------------------------------
    def protect(self) -> None:
        """Protect the conversation file with a passphrase (or remove the protection)."""

        document = self.document
        if document is None:
            return
        dialog = ProtectDialog(document.seal is not None, self.parent_widget)
        result = dialog.exec()
        if result == ProtectDialog.REMOVE:
            document.set_seal(None)
        elif result == QDialog.DialogCode.Accepted:
            document.set_seal(derive_seal(dialog.passphrase(), self.parent_widget))
        else:
            return
        if self.save():
            self.host.statusBar().showMessage(
                tr("Samtalen er beskyttet med adgangskode og gemt.")
                if document.seal is not None
                else tr("Beskyttelsen er fjernet, og samtalen er gemt."),
                6000,
            )

    # -- save -----------------------------------------------------------------------------
    def default_folder(self) -> str:

        return start_folder(self.settings.default_folder, self.settings.last_folder)

    def default_name(self, conv: Conversation) -> str:

        if conv.preparation_of is not None:
            return preparation_file_name(conv)
        return default_summary_name(conv)[:-4] + ".mus"

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        if self.document is None:
            return False

        document = self.document
        # Never the name of a file that is there: a second conversation the same day suggested the
        # signed conversation's own name, and "Ja" replaced it with a draft.
        suggestion = free_suggestion(self.default_folder(), self.default_name(document.conversation))
        path = ask_save_path(
            self.parent_widget,
            tr("Gem samtale"),
            suggestion,
            tr("MUS-samtaler (*.mus)"),
            ".mus",
            signed_check=lambda p: replaced_signed(p, document.conversation, document.seal),
            keep_signed=False,  # the document keeps it when it saves
            replace_suffix=True,
        )
        if path is None:
            return False
        return self._write(path, confirmed=True)

    def _write(self, path: Path, confirmed: bool = False) -> bool:
        """Save to ``path``. ``confirmed``: the person already agreed to replace what is there."""
        if self.document is None:
            return False

        if not confirmed:  # Ctrl+S over a signed conversation (reopened, or changed elsewhere)
            own = path == self.document.path
            signed = replaced_signed(path, self.document.conversation, self.document.seal, own_file=own)
            if signed is not None:
                if not confirm_replace_signed(self.parent_widget, signed):
                    return False

        held = self.host.file_lock
        new_lock = None
        try:
            if held is not None and held.path == path:
                if not held.still_ours():  # taken over from another window or computer
                    raise FileLocked(path, held.holder())
            else:
                new_lock = FileLock.acquire(path)
        except FileLocked as exc:
            # the lock file's names are anyone's text: warning shows plain text
            messages.warning(self.parent_widget, tr("Samtalen blev ikke gemt"), lock_text(exc))
            return False
        try:
            self.document.save(path)
        except SaveError as exc:
            if new_lock is not None:
                new_lock.release()
            messages.warning(self.parent_widget, tr("Samtalen blev ikke gemt"), save_error_text(exc))
            return False
        if new_lock is not None:
            self.host.set_lock(new_lock)

        remember(self.settings, path)
        self.host.remember_file()
        self.saved.emit()
        kept = self.document.kept_signed
        if kept is not None:
            self.host.statusBar().showMessage(
                fill(
                    tr("Gemt i %1. Den underskrevne udgave er gemt som %2."), str(path), quoted(kept.name, tr)
                )
            )
        else:
            self.host.statusBar().showMessage(fill(tr("Gemt i %1"), str(path)), 4000)
        return True
