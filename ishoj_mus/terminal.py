"""What the command line writes is plain text: no control or bidi character from a file's name
or content reaches the terminal.

Anyone who may write in a shared folder chooses its file names, and a .mus file's texts are
anyone's too. A name holding ESC sequences cleared the screen, set the window title or moved
the cursor (an "UGYLDIG" line could be overwritten with "GYLDIG"); a carriage return overwrote
the start of a line; a right-to-left override turned the rest of a line around. Every such
character becomes U+FFFD (�) – in text and in JSON (whose own escapes are plain ASCII).
Newlines and tabs stay.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

# C0 but tab and newline, DEL, C1; the bidi marks, embeddings, overrides and isolates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def plain(text: str) -> str:
    """``text`` with every unsafe character – and every lone surrogate (the bytes of a file name
    that is not UTF-8), which no UTF-8 terminal or pipe can take – as U+FFFD."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    return UNSAFE.sub("\ufffd", text)


class PlainStream:
    """A text stream that writes :func:`plain` text to the stream it wraps (everything else,
    ``buffer`` and ``fileno`` included, is the wrapped stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(plain(text))

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def plain_terminal() -> Iterator[None]:
    """``sys.stdout`` and ``sys.stderr`` write plain text meanwhile."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainStream(out), PlainStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
