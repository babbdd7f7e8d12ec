"""The PDFs' files: their default names, names as file-name parts, and writing one.

Light (no reportlab, pikepdf or pyHanko): the window asks for a name before a PDF is made and
writes the bytes the PDF worker sends back; the leader's year names its calendar file after
the conversation.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form import Form
from ishoj_mus.storage.atomic import atomic_write
from ishoj_mus.storage.file_names import safe_file_name

if TYPE_CHECKING:  # an annotation only: the window imports this module when it opens a conversation
    from ishoj_mus.domain.edition import Edition


def filename_part(name: str) -> str:
    """A name as a file-name part HR can file as is: letters kept (æøå too), the rest '-'."""
    text = unicodedata.normalize("NFC", name).strip()
    text = re.sub(r'[\\/:*?"<>|\s]+', "-", text)
    text = re.sub(r"[^\w\-.æøåÆØÅ]", "", text)
    return text.strip("-.") or "ukendt"


def surname_first(full_name: str) -> str:
    parts = full_name.split()
    if not parts:
        return "ukendt"
    if len(parts) == 1:
        return filename_part(parts[0])
    return f"{filename_part(parts[-1])}_{filename_part('-'.join(parts[:-1]))}"


def document_prefix(conv: Conversation) -> str:
    """What the conversation's file names start with: the form's own word (its
    ``documents.file_prefix``), so a half-year follow-up is not "MUS_…"."""
    return filename_part(conv.form.documents.file_prefix)


def summary_stem(conv: Conversation) -> str:
    """The start of the conversation's file names (without suffix; may be long: see below)."""
    when = (conv.date or date.today()).isoformat()
    return f"{document_prefix(conv)}_{when}_{surname_first(conv.employee.name)}"


def default_summary_name(conv: Conversation) -> str:
    """Every default name is safe on every system (at most 255 bytes, no reserved name): a
    300-character name made ``pdf`` without ``-o`` fail."""
    return safe_file_name(summary_stem(conv), ".pdf")


def default_edition_name(conv: Conversation, edition: Edition) -> str:
    """File names that say which is which: the one for HR, and the employee's own copy."""
    return safe_file_name(summary_stem(conv), "_HR.pdf" if edition.is_hr else "_medarbejderens_eksemplar.pdf")


def default_plan_name(conv: Conversation) -> str:
    when = (conv.date or date.today()).isoformat()
    return safe_file_name(f"Udviklingsplan_{when}_{surname_first(conv.employee.name)}", ".pdf")


def default_sheet_name(form: Form) -> str:
    return safe_file_name(f"Forberedelsesark_{filename_part(form.id)}", ".pdf")


def write_pdf(data: bytes, path: Path) -> None:
    atomic_write(Path(path), data, keep_backup=False)
