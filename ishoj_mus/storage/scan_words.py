"""The words for why the folder overview's scan could not read a file, keyed by its code
(``FileEntry.problem_code``): said once (issue 25). The scan writes them in Danish
(``FileEntry.problem``); the window words the same code through its ``tr``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ishoj_mus.domain.overview import UNREADABLE_FOLDER, SourceKind
from ishoj_mus.storage.errors import (
    FOLDER_PROBLEM,
    UNKNOWN_PROBLEM,
    BadFile,
    MusFileError,
    Origin,
    file_error_text,
    said,
)
from ishoj_mus.text import Translate, Words, da, danish, fill

if TYPE_CHECKING:
    from ishoj_mus.domain.overview import FileEntry

PDF_SKIPPED = "pdf_skipped"
BROKEN_LINK = "broken_link"
NOT_REGULAR = "not_regular"
FILE_TOO_LARGE = "file_too_large"

# What the walk found before reading (%1: the size in MB), and a PDF not read here.
SCAN_TEXT = {
    UNREADABLE_FOLDER: FOLDER_PROBLEM,
    BROKEN_LINK: da("Filen kan ikke læses (et link, der peger på noget, der ikke findes)."),
    NOT_REGULAR: da("Det er ikke en almindelig fil, så den åbnes ikke."),
    FILE_TOO_LARGE: da("Filen er for stor (%1 MB) til at være en samtale."),
    PDF_SKIPPED: da("PDF'er læses ikke her."),
}

# What the loader's reasons mean when the file is a PDF (the .mus advice does not fit there).
PDF_PROBLEMS = {
    BadFile.NOT_CONVERSATION: da(
        "PDF'en har ingen samtaledata – fx et forberedelsesark, en udviklingsplan eller en PDF fra "
        "et andet program. Den springes over."
    ),
    BadFile.NOT_JSON: da("Filen kan ikke læses som PDF. Den kan være beskadiget; brug en anden kopi."),
    BadFile.EMPTY: da("Filen er tom. Brug en anden kopi af PDF'en."),
    BadFile.TRUNCATED: da("Samtaledataene i PDF'en er ufuldstændige. Brug en anden kopi af PDF'en."),
    BadFile.WRONG_TYPES: da("Samtaledataene i PDF'en er beskadigede. Brug en anden kopi af PDF'en."),
}

_KINDS = {kind.value: kind for kind in BadFile}


def loader_problem(exc: MusFileError, kind: SourceKind) -> tuple[str, tuple[str, ...]]:
    """What a ``FileEntry`` keeps of a loader's error to word it again: the error's own sentence
    (``problem_words``, "" for its kind's) and its values (for its kind's: the detail, in
    Danish, and a worded detail packed, so the window can say it in its language)."""
    if kind == SourceKind.PDF and exc.kind in PDF_PROBLEMS:
        return "", ()
    if exc.words:  # kept in Danish: the scan's cache holds text
        return exc.words, tuple(v.text() if isinstance(v, Words) else v for v in exc.values)
    if isinstance(exc.detail, Words):
        return "", (exc.detail.text(), json.dumps(_packed(exc.detail), ensure_ascii=False))
    return "", (said(exc.detail),)


def _packed(words: Words) -> list[Any]:
    """A worded detail as JSON: [template, [value or packed value, …]]."""
    return [words.template, [_packed(v) if isinstance(v, Words) else v for v in words.values]]


def _unpacked(packed: Any) -> Words:
    """The worded detail :func:`_packed` wrote; anything else (a damaged cache) raises."""
    template, values = packed
    if not isinstance(template, str) or not isinstance(values, list):
        raise TypeError("not a packed detail")
    return Words(template, tuple(v if isinstance(v, str) else _unpacked(v) for v in values))


def _detail(values: tuple[str, ...]) -> str | Words:
    """The detail a FileEntry keeps: worded when it was, else its Danish text."""
    if len(values) > 1:
        try:
            words = _unpacked(json.loads(values[1]))
        except (ValueError, TypeError, RecursionError):
            return values[0]
        if words.text() == values[0]:  # what an edited or damaged cache says is not shown
            return words
    return values[0] if values else ""


def problem_text(entry: FileEntry, translate: Translate = danish) -> str:
    """Why the scan could not read ``entry``'s file: from its code, in Danish or through the
    window's ``translate``. A code this program does not know: the scan's own words, if any."""
    code, values = entry.problem_code, entry.problem_values
    if code in SCAN_TEXT and not entry.problem_words:
        return fill(translate(SCAN_TEXT[code]), *values, "")
    kind = _KINDS.get(code)
    if kind is None:
        return translate(UNKNOWN_PROBLEM) if code else entry.problem
    if entry.kind == SourceKind.PDF and kind in PDF_PROBLEMS:
        return translate(PDF_PROBLEMS[kind])
    origin = Origin.PDF if entry.kind == SourceKind.PDF else Origin.MUS
    if entry.problem_words:
        exc = MusFileError(kind, entry.path, origin=origin, words=entry.problem_words, values=values)
    else:
        exc = MusFileError(kind, entry.path, _detail(values), origin=origin)
    return file_error_text(exc, translate)
