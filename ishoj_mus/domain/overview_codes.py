"""The leader's year's codes: where a conversation stands and which kind of date falls due.

Apart from :mod:`ishoj_mus.domain.overview` so that the catalogue of
words (``text.py``) can name them without importing the overview's rules and records.
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    """Where a conversation stands; the catalogue (``text.py``) gives each code its words."""

    KLADDE = "kladde"
    DELVIST = "delvist_underskrevet"
    UNDERSKREVET = "underskrevet"
    GENAABNET = "genaabnet"


class DateKind(StrEnum):
    DEADLINE = "deadline"
    FOLLOW_UP = "follow_up"
