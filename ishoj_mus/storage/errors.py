"""The one error a caller sees when conversation data cannot be used: :class:`MusFileError`.

Its message is Danish, names the file, and points the right way for where the data came from:
a ``.mus`` file may have a backup copy; the data attached to a PDF has none (take last year's
``.mus`` file instead); a too large or odd file is simply the wrong file.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from ishoj_mus.storage.bounded import Refusal
from ishoj_mus.storage.sidecars import backup_path_for
from ishoj_mus.text import da

FORMAT = "ishoj-mus"
FORMAT_VERSION = 5

# Words used here and by the window (ui/widgets/file_words.py words them through tr()), and by
# the folder overview's scan: each sentence lives once (issue 25).
NO_BACKUP_NAME = da("Prøv sikkerhedskopien (.mus.bak) eller en anden kopi.")
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
    """Conversation data that cannot be used; ``message`` is for the user, in Danish."""

    def __init__(
        self,
        kind: BadFile,
        path: Path | str | None,
        detail: str = "",
        *,
        origin: Origin | None = None,
        message: str | None = None,
        refusal: Refusal | None = None,
    ):
        self.kind = kind
        self.refusal = refusal  # why the file was not read at all (the window words it)
        self.path = Path(path) if path else None
        self.detail = detail
        if origin is None:
            origin = Origin.PDF if self.path and self.path.suffix.lower() == ".pdf" else Origin.MUS
        self.origin = origin
        self.message = message or _message(kind, self.path, detail, origin)
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


def _message(kind: BadFile, path: Path | None, detail: str, origin: Origin) -> str:
    name = f"»{path.name}«" if path else "Filen"
    if origin == Origin.PDF:
        what = f"Samtalens data i {name}" if path else "Samtalens data i PDF'en"
        problem = {
            BadFile.EMPTY: f"{what} er tomme.",
            BadFile.TRUNCATED: f"{what} er ufuldstændige.",
            BadFile.NOT_JSON: f"{what} kan ikke læses.",
            BadFile.NOT_CONVERSATION: f"{name} har ingen samtaledata fra Ishøj MUS vedhæftet."
            if path
            else "PDF'en har ingen samtaledata fra Ishøj MUS vedhæftet.",
            BadFile.WRONG_TYPES: f"{what} er beskadigede: {detail or 'indholdet har forkert form'}.",
            BadFile.NEWER_VERSION: f"{name} er lavet med en nyere version af Ishøj MUS.",
            BadFile.UNREADABLE: f"{name} kan ikke læses ({detail or 'ukendt fejl'}).",
            BadFile.TOO_LARGE: f"{what} er større, end samtaledata nogensinde bliver ({detail}).",
            BadFile.NOT_REGULAR: f"{name} er ikke en almindelig fil.",
            BadFile.SEALED: f"{what} er beskyttet med en adgangskode.",
            BadFile.WRONG_PASSPHRASE: f"Adgangskoden passer ikke til {name}.",
        }[kind]
        if kind == BadFile.NEWER_VERSION:
            return f"{problem} Opdatér programmet for at hente aftalerne fra den."
        return f"{problem} Hent aftalerne fra sidste års .mus-fil i stedet, eller skriv dem ind."
    if origin == Origin.RECOVERY and kind not in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE):
        return (
            f"Den automatiske kopi kan ikke gendannes ({detail or kind.value}). Åbn den senest gemte "
            "udgave af samtalen i stedet."
        )
    backup = (
        f"Prøv sikkerhedskopien (»{backup_path_for(path).name}«) eller en anden kopi."
        if path
        else NO_BACKUP_NAME
    )
    texts = {
        BadFile.EMPTY: f"{name} er tom. Den kan være blevet afbrudt under kopiering. {backup}",
        BadFile.TRUNCATED: f"{name} er ufuldstændig – den slutter midt i indholdet. {backup}",
        BadFile.NOT_JSON: f"{name} er ikke en samtalefil fra Ishøj MUS (indholdet kan ikke læses). "
        "Vælg en .mus-fil.",
        BadFile.NOT_CONVERSATION: f"{name} er ikke en samtalefil fra Ishøj MUS. Vælg en .mus-fil, der er gemt med "
        "Ishøj MUS.",
        BadFile.WRONG_TYPES: f"{name} er beskadiget: {detail or 'indholdet har forkert form'}. {backup}",
        BadFile.NEWER_VERSION: f"{name} er gemt med en nyere version af Ishøj MUS. Opdatér programmet "
        "for at åbne den.",
        BadFile.UNREADABLE: f"{name} kan ikke læses ({detail or 'ukendt fejl'}). Tjek, at filen findes og "
        "ikke er låst af et andet program.",
        BadFile.TOO_LARGE: f"{name} er større, end en samtalefil nogensinde bliver ({detail}). Tjek, at det "
        "er den rigtige fil.",
        BadFile.NOT_REGULAR: f"{name} er ikke en almindelig fil. Vælg en .mus-fil.",
        BadFile.SEALED: f"{name} er beskyttet med en adgangskode. Åbn den i Ishøj MUS, og skriv "
        "adgangskoden.",
        BadFile.WRONG_PASSPHRASE: f"Adgangskoden passer ikke til {name}. Prøv igen – filen er ikke "
        "ændret. Er adgangskoden glemt, kan samtalen ikke åbnes; der findes ingen anden vej ind.",
    }
    return texts[kind]
