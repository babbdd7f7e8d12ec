"""Names from files shown in the window without turning its text around.

Bidi embeddings, overrides and isolates: a name holding U+202E turned the rest of a question
around ("Vil du erstatte …" read backwards, or a different word order). Our own texts have none.
Light (no Qt), so the window's title can use it before the first frame."""

from __future__ import annotations

import re

REORDERING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unturned(text: str) -> str:
    """``text`` (a name from a file) without the characters that would turn around what follows
    it on its line – for a header, a window title or a message that goes on after the name."""
    return REORDERING.sub("\ufffd", text)
