"""The file name a preparation is saved under: its own module, so that the preparation bar
(built whenever a conversation opens) does not import the file-name rules it never uses."""

from __future__ import annotations

from datetime import date

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.pdf.files import filename_part
from ishoj_mus.storage.file_names import safe_file_name


def preparation_file_name(conv: Conversation) -> str:
    who = filename_part(conv.employee.name) if conv.employee.name.strip() else ""  # whom it is for
    role = conv.preparation_of.value if conv.preparation_of else "samtale"
    # at most 228 bytes and never a reserved name, whatever the name typed (free: see save_as)
    return safe_file_name(f"Forberedelse_{role}_{date.today().isoformat()}{'_' + who if who else ''}", ".mus")
