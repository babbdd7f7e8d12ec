"""A conversation read for the leader's year, from a .mus file or a summary PDF (a GRUS file: one
participant's plan).

A room of its own (the start-up seam's "year_loading"): it brings the machinery that reads and
checks those files (ishoj_mus.importing: pdf.verdict, the group domain; ≈25 ms), which the overview
needs only when a follow-up is started or one employee's years are shown. The overview is handed
``load_any`` (``OverviewView(load=…)``) rather than importing it.
"""

from __future__ import annotations

from pathlib import Path

from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.importing import load_previous_checked


def load_any(path: str, participant: str | None = None) -> Conversation:
    """A whole conversation from a .mus file or a summary PDF. Raises MusFileError. From a group
    conversation (GRUS) file: ``participant``'s plan as their conversation."""
    return load_previous_checked(Path(path), participant=participant).conversation
