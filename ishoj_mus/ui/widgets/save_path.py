"""Where to save: the suggestion is always a free name, and nothing is replaced unasked.

Qt's own "already exists – replace?" does not know what it replaces. Here the question names a
signed conversation or a signed referat as signed, and says that it is kept beside the new file
(:mod:`ishoj_mus.storage.signed_files`); any other file is replaced only after "Erstat".
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ishoj_mus.storage.atomic import SaveError
from ishoj_mus.storage.free_names import free_name_for
from ishoj_mus.storage.signed_files import SignedFile, keep_copy, kept_path, signed_file
from ishoj_mus.text import fill, format_date, quoted
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.file_words import save_error_text
from ishoj_mus.ui.widgets.i18n import tr

SignedCheck = Callable[[Path], "SignedFile | None"]


def free_suggestion(folder: str | Path, name: str) -> Path:
    """``folder/name`` made safe, or the next free name (``_2``, ``_3`` …)."""

    return free_name_for(Path(folder) / name) if folder else free_name_for(Path(name))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggestion: Path,
    file_filter: str,
    suffix: str,
    *,
    signed_check: SignedCheck = signed_file,
    keep_signed: bool = True,
    replace_suffix: bool = False,
) -> Path | None:
    """The file to write, or None (cancelled). ``suggestion`` should be free already.

    ``keep_signed``: a signed file the person agreed to replace is copied aside at once (a PDF
    is written later by the worker); False when the caller keeps it itself (saving a
    conversation does, in ``ConversationDocument.save``)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggestion), file_filter, options=QFileDialog.Option.DontConfirmOverwrite
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = (
            path.with_suffix(suffix) if replace_suffix and path.suffix else path.with_name(path.name + suffix)
        )
    if not os.path.lexists(path):
        return path
    signed = signed_check(path)
    if signed is None:
        return path if confirm_replace(parent, path) else None
    if not confirm_replace_signed(parent, signed):
        return None
    if keep_signed:
        try:
            keep_copy(signed)
        except SaveError as exc:
            messages.warning(parent, tr("Intet er erstattet"), save_error_text(exc))
            return None
    return path


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    answer = messages.ask(
        parent,
        QMessageBox.Icon.Question,
        tr("Erstat filen?"),
        fill(tr("%1 findes allerede. Vil du erstatte den?"), quoted(path.name, tr)),
        [(tr("&Erstat"), QMessageBox.ButtonRole.DestructiveRole)],
        None,
        name="confirmReplace",
    )
    return answer == 0


def kept_name(signed: SignedFile) -> str:
    """The name the signed file will be kept under (as :func:`signed_files.keep_copy` picks it)."""

    return kept_path(signed).name


def confirm_replace_signed(parent: QWidget | None, signed: SignedFile) -> bool:
    """Replace a signed file? The question says it is signed, by whom and when, and where the
    signed file is kept. The safe answer (Annullér) is the default."""

    name = quoted(signed.path.name, tr)
    if signed.kind == "conversation":
        who = list(signed.signers) or [tr("ukendt")]
        both = fill(tr("%1 og %2"), ", ".join(who[:-1]), who[-1])
        text = fill(
            tr("%1 er en underskrevet samtale – underskrevet %2 af %3."),
            name,
            format_date(signed.signed_on) if signed.signed_on else "",
            both if len(who) > 1 else who[0],
        )
        text += " " + tr("Vil du erstatte den underskrevne samtale med denne?")
        title = tr("Erstat en underskrevet samtale?")
    elif signed.kind == "protected":
        text = fill(
            tr(
                "%1 er en samtale, der er beskyttet med en anden adgangskode, så programmet kan ikke se, "
                "om den er underskrevet."
            ),
            name,
        )
        text += " " + tr("Vil du erstatte den beskyttede samtale med denne?")
        title = tr("Erstat en beskyttet samtale?")
    else:
        text = fill(tr("%1 er et underskrevet referat (en PDF med digital signatur)."), name)
        text += " " + tr("Vil du erstatte det underskrevne referat?")
        title = tr("Erstat et underskrevet referat?")
    kept = (
        tr("Den beskyttede fil bliver ikke slettet: den gemmes ved siden af som %1.")
        if signed.kind == "protected"
        else tr("Den underskrevne fil bliver ikke slettet: den gemmes ved siden af som %1.")
    )
    text += "\n\n" + fill(kept, quoted(kept_name(signed), tr))
    replace = [(tr("&Erstat, og behold en kopi"), QMessageBox.ButtonRole.DestructiveRole)]
    answer = messages.ask(
        parent, QMessageBox.Icon.Warning, title, text, replace, None, name="confirmReplaceSigned"
    )
    return answer == 0
