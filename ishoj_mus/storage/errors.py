"""The one error a caller sees when conversation data cannot be used: :class:`MusFileError`.

Its message is Danish, names the file, and points the right way for where the data came from:
a ``.mus`` file may have a backup copy; the data attached to a PDF has none (take last year's
``.mus`` file instead); a too large or odd file is simply the wrong file.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from ishoj_mus.storage.bounded import REFUSED_TEXT, Refusal, size_words
from ishoj_mus.storage.sidecars import backup_path_for
from ishoj_mus.text import Translate, Words, da, danish, fill, quoted

FORMAT = "ishoj-mus"
FORMAT_VERSION = 5

# Words used here and by the folder overview's scan: each sentence lives once (issue 25).
FOLDER_PROBLEM = da(
    "Mappen kan ikke læses, så samtalerne i den er ikke med i overblikket. Bed om adgang til "
    "mappen, eller flyt samtalerne til en mappe, du kan læse."
)
UNKNOWN_PROBLEM = da("Filen kunne ikke læses. Åbn den for at se hvorfor.")


class BadFile(StrEnum):
    EMPTY = "empty"
    TRUNCATED = "truncated"
    NOT_JSON = "not_json"
    NOT_CONVERSATION = "not_conversation"
    WRONG_TYPES = "wrong_types"  # a value of the wrong type, out of range, or that makes no sense
    NEWER_VERSION = "newer_version"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_REGULAR = "not_regular"  # a FIFO, device, socket or folder
    SEALED = "sealed"  # protected with a passphrase: open it with load_sealed
    WRONG_PASSPHRASE = "wrong_passphrase"


class Origin(StrEnum):
    """Where the bytes came from; decides what the message advises."""

    MUS = "mus"  # a conversation file
    PDF = "pdf"  # the data attached to a summary PDF
    RECOVERY = "recovery"  # the automatic copy of unsaved work


class MusFileError(Exception):
    """Conversation data that cannot be used; ``message`` is for the user, in Danish
    (:func:`file_error_text` words it in another language).

    ``detail``: what is wrong inside the file – worded (a template and its values, as the checks
    give it, issue 25), or a ``da()`` text. ``words``: a sentence (a ``da()`` template) that says
    it more exactly than the kind – %1 is the file's name, %2, %3 … are ``values``; a file not
    read at all (``refusal``) is worded by why (``storage.bounded``), with ``limit`` for a file
    too large."""

    def __init__(
        self,
        kind: BadFile,
        path: Path | str | None,
        detail: str | Words = "",
        *,
        origin: Origin | None = None,
        refusal: Refusal | None = None,
        limit: int = 0,
        words: str = "",
        values: tuple[str | Words, ...] = (),
    ):
        self.kind = kind
        self.refusal = refusal  # why the file was not read at all
        self.path = Path(path) if path else None
        self.detail = detail
        if origin is None:
            origin = Origin.PDF if self.path and self.path.suffix.lower() == ".pdf" else Origin.MUS
        self.origin = origin
        if refusal is not None and not words:
            words, values = REFUSED_TEXT[refusal], (size_words(limit),)
        self.words = words
        self.values = values
        self.message = file_error_text(self)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


# -- the words, keyed by kind and origin (issue 25: said once; the window passes its tr) -----
# %1: the file ("»samtale.mus«", "Filen") or what in it ("Samtalens data i …"); in a .mus
# file's words %2 is the advice (the backup copy) and %3 the detail, in a PDF's %2 the detail.

DAMAGED = da("indholdet har forkert form")  # the detail of WRONG_TYPES when none is known
UNKNOWN_ERROR = da("ukendt fejl")
THE_FILE = da("Filen")
THE_PDF = da("PDF'en")
DATA_IN = da("Samtalens data i %1")
DATA_IN_PDF = da("Samtalens data i PDF'en")

# The data attached to a summary PDF: what is wrong (%1: the data, or the PDF for the kinds in
# PDF_NAMED), then the advice.
PDF_TEXT = {
    BadFile.EMPTY: da("%1 er tomme."),
    BadFile.TRUNCATED: da("%1 er ufuldstændige."),
    BadFile.NOT_JSON: da("%1 kan ikke læses."),
    BadFile.NOT_CONVERSATION: da("%1 har ingen samtaledata fra Ishøj MUS vedhæftet."),
    BadFile.WRONG_TYPES: da("%1 er beskadigede: %2."),
    BadFile.NEWER_VERSION: da("%1 er lavet med en nyere version af Ishøj MUS."),
    BadFile.UNREADABLE: da("%1 kan ikke læses (%2)."),
    BadFile.TOO_LARGE: da("%1 er større, end samtaledata nogensinde bliver (%2)."),
    BadFile.NOT_REGULAR: da("%1 er ikke en almindelig fil."),
    BadFile.SEALED: da("%1 er beskyttet med en adgangskode."),
    BadFile.WRONG_PASSPHRASE: da("Adgangskoden passer ikke til %1."),
}
PDF_NAMED = (BadFile.NEWER_VERSION, BadFile.UNREADABLE, BadFile.NOT_REGULAR, BadFile.WRONG_PASSPHRASE)
PDF_UPDATE = da("Opdatér programmet for at hente aftalerne fra den.")
PDF_INSTEAD = da("Hent aftalerne fra sidste års .mus-fil i stedet, eller skriv dem ind.")

RECOVERY_TEXT = da(
    "Den automatiske kopi kan ikke gendannes (%1). Åbn den senest gemte udgave af samtalen i stedet."
)
RECOVERY_WHY = {  # %1 of RECOVERY_TEXT when the error has no detail of its own
    BadFile.EMPTY: da("den er tom"),
    BadFile.TRUNCATED: da("den er ufuldstændig"),
    BadFile.NOT_JSON: da("indholdet kan ikke læses"),
    BadFile.NOT_CONVERSATION: da("den indeholder ingen samtale"),
    BadFile.WRONG_TYPES: DAMAGED,
    BadFile.NEWER_VERSION: da("den er gemt med en nyere version af Ishøj MUS"),
    BadFile.UNREADABLE: da("den kan ikke læses"),
    BadFile.TOO_LARGE: da("den er for stor"),
    BadFile.NOT_REGULAR: da("den er ikke en almindelig fil"),
}
# The advice for a damaged .mus file: its backup only when there is one (issue 25).
BACKUP = da("Prøv sikkerhedskopien (%1) eller en anden kopi.")  # %1: the backup's name, quoted
NO_BACKUP = da("Prøv en anden kopi af filen.")

MUS_TEXT = {
    BadFile.EMPTY: da("%1 er tom. Den kan være blevet afbrudt under kopiering. %2"),
    BadFile.TRUNCATED: da("%1 er ufuldstændig – den slutter midt i indholdet. %2"),
    BadFile.NOT_JSON: da(
        "%1 er ikke en samtalefil fra Ishøj MUS (indholdet kan ikke læses). Vælg en .mus-fil."
    ),
    BadFile.NOT_CONVERSATION: da(
        "%1 er ikke en samtalefil fra Ishøj MUS. Vælg en .mus-fil, der er gemt med Ishøj MUS."
    ),
    BadFile.WRONG_TYPES: da("%1 er beskadiget: %3. %2"),
    BadFile.NEWER_VERSION: da(
        "%1 er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at åbne den."
    ),
    BadFile.UNREADABLE: da(
        "%1 kan ikke læses (%3). Tjek, at filen findes og ikke er låst af et andet program."
    ),
    BadFile.TOO_LARGE: da(
        "%1 er større, end en samtalefil nogensinde bliver (%3). Tjek, at det er den rigtige fil."
    ),
    BadFile.NOT_REGULAR: da("%1 er ikke en almindelig fil. Vælg en .mus-fil."),
    BadFile.SEALED: da("%1 er beskyttet med en adgangskode. Åbn den i Ishøj MUS, og skriv adgangskoden."),
    BadFile.WRONG_PASSPHRASE: da(
        "Adgangskoden passer ikke til %1. Prøv igen – filen er ikke ændret. Er adgangskoden glemt, "
        "kan samtalen ikke åbnes; der findes ingen anden vej ind."
    ),
}


def file_error_text(exc: MusFileError, translate: Translate = danish) -> str:
    """The error in words: Danish (its ``message``), or through the window's ``translate``."""
    kind, path, origin = exc.kind, exc.path, exc.origin
    name = quoted(path.name or str(path), translate) if path else translate(THE_FILE)
    if exc.words:
        return fill(
            translate(exc.words),
            name,
            *(v.text(translate) if isinstance(v, Words) else v for v in exc.values),
        )
    detail = said(exc.detail, translate) if exc.detail else ""
    if not detail and kind == BadFile.WRONG_TYPES:
        detail = translate(DAMAGED)
    elif not detail and kind == BadFile.UNREADABLE:
        detail = translate(UNKNOWN_ERROR)
    if origin == Origin.PDF:
        what = fill(translate(DATA_IN), name) if path else translate(DATA_IN_PDF)
        if kind in PDF_NAMED:
            what = name
        elif kind == BadFile.NOT_CONVERSATION:
            what = name if path else translate(THE_PDF)
        problem = fill(translate(PDF_TEXT[kind]), what, detail)
        advice = PDF_UPDATE if kind == BadFile.NEWER_VERSION else PDF_INSTEAD
        return f"{problem} {translate(advice)}"
    if origin == Origin.RECOVERY and kind not in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE):
        return fill(translate(RECOVERY_TEXT), said(exc.detail or RECOVERY_WHY[kind], translate))
    return fill(translate(MUS_TEXT[kind]), name, _advice(path, translate), detail)


def said(words: str | Words, translate: Translate = danish) -> str:
    """A detail or value in words: worded, or a ``da()`` text (one not marked stays as it is)."""
    return words.text(translate) if isinstance(words, Words) else translate(words)


def _advice(path: Path | None, translate: Translate) -> str:
    """Try the backup (named) when there is one beside the file, else another copy."""
    backup = backup_path_for(path) if path else None
    try:
        there = backup is not None and backup.is_file()
    except (OSError, ValueError):
        there = False
    if backup is not None and there:
        return fill(translate(BACKUP), quoted(backup.name, translate))
    return translate(NO_BACKUP)
