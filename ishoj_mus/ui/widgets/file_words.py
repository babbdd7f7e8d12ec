"""The words of the window for what goes wrong with a file (storage's codes): a file that
cannot be opened, one the overview could not read, one open elsewhere, one not saved, and why
a file was not read. Danish is each error's own message; other languages are worded here,
through :func:`~ishoj_mus.ui.widgets.i18n.tr`, from the error's code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from ishoj_mus.storage.atomic import SaveKind
from ishoj_mus.storage.bounded import Refusal
from ishoj_mus.storage.errors import FOLDER_PROBLEM, NO_BACKUP_NAME, UNKNOWN_PROBLEM, BadFile, Origin
from ishoj_mus.ui.widgets.i18n import language, tr

if TYPE_CHECKING:
    from ishoj_mus.domain.overview import FileEntry
    from ishoj_mus.storage.atomic import SaveError
    from ishoj_mus.storage.errors import MusFileError
    from ishoj_mus.storage.filelock import FileLocked


def file_error_text(exc: MusFileError) -> str:
    """A ``MusFileError`` in the window's language. Danish: the error's own message (it may be
    more specific than its kind); otherwise worded from its kind, origin and file name."""
    if language() == "da":
        return exc.message
    kind, path, detail = exc.kind, exc.path, exc.detail or ""
    if exc.refusal is not None:  # the detail is storage's Danish sentence: say why in a phrase
        detail = refusal_reason(exc.refusal)
    name = tr("»%1«").replace("%1", path.name) if path else tr("Filen")
    if exc.origin == Origin.PDF:
        what = tr("Samtalens data i %1").replace("%1", name) if path else tr("Samtalens data i PDF'en")
        problem = {
            BadFile.EMPTY: lambda: tr("%1 er tomme.").replace("%1", what),
            BadFile.TRUNCATED: lambda: tr("%1 er ufuldstændige.").replace("%1", what),
            BadFile.NOT_JSON: lambda: tr("%1 kan ikke læses.").replace("%1", what),
            BadFile.NOT_CONVERSATION: lambda: tr("%1 har ingen samtaledata fra Ishøj MUS vedhæftet.").replace(
                "%1", name if path else tr("PDF'en")
            ),
            BadFile.WRONG_TYPES: lambda: (
                tr("%1 er beskadigede: %2.").replace("%1", what).replace("%2", detail)
            ),
            BadFile.NEWER_VERSION: lambda: tr("%1 er lavet med en nyere version af Ishøj MUS.").replace(
                "%1", name
            ),
            BadFile.UNREADABLE: lambda: (
                tr("%1 kan ikke læses (%2).").replace("%1", name).replace("%2", detail)
            ),
            BadFile.TOO_LARGE: lambda: (
                tr("%1 er større, end samtaledata nogensinde bliver (%2).")
                .replace("%1", what)
                .replace("%2", detail)
            ),
            BadFile.NOT_REGULAR: lambda: tr("%1 er ikke en almindelig fil.").replace("%1", name),
            BadFile.SEALED: lambda: tr("%1 er beskyttet med en adgangskode.").replace("%1", what),
            BadFile.WRONG_PASSPHRASE: lambda: tr("Adgangskoden passer ikke til %1.").replace("%1", name),
        }[kind]()
        if kind == BadFile.NEWER_VERSION:
            return problem + " " + tr("Opdatér programmet for at hente aftalerne fra den.")
        return problem + " " + tr("Hent aftalerne fra sidste års .mus-fil i stedet, eller skriv dem ind.")
    if exc.origin == Origin.RECOVERY and kind not in (BadFile.SEALED, BadFile.WRONG_PASSPHRASE):
        return tr(
            "Den automatiske kopi kan ikke gendannes (%1). Åbn den senest gemte udgave af samtalen i stedet."
        ).replace("%1", detail or kind.value)
    backup = (
        tr("Prøv sikkerhedskopien (»%1.bak«) eller en anden kopi.").replace("%1", path.name)
        if path
        else tr(NO_BACKUP_NAME)
    )
    texts = {
        BadFile.EMPTY: lambda: tr("%1 er tom. Den kan være blevet afbrudt under kopiering. %2"),
        BadFile.TRUNCATED: lambda: tr("%1 er ufuldstændig – den slutter midt i indholdet. %2"),
        BadFile.NOT_JSON: lambda: tr(
            "%1 er ikke en samtalefil fra Ishøj MUS (indholdet kan ikke læses). Vælg en .mus-fil."
        ),
        BadFile.NOT_CONVERSATION: lambda: tr(
            "%1 er ikke en samtalefil fra Ishøj MUS. Vælg en .mus-fil, der er gemt med Ishøj MUS."
        ),
        BadFile.WRONG_TYPES: lambda: tr("%1 er beskadiget: %3. %2"),
        BadFile.NEWER_VERSION: lambda: tr(
            "%1 er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at åbne den."
        ),
        BadFile.UNREADABLE: lambda: tr(
            "%1 kan ikke læses (%3). Tjek, at filen findes og ikke er låst af et andet program."
        ),
        BadFile.TOO_LARGE: lambda: tr(
            "%1 er større, end en samtalefil nogensinde bliver (%3). Tjek, at det er den rigtige fil."
        ),
        BadFile.NOT_REGULAR: lambda: tr("%1 er ikke en almindelig fil. Vælg en .mus-fil."),
        BadFile.SEALED: lambda: tr(
            "%1 er beskyttet med en adgangskode. Åbn den i Ishøj MUS, og skriv adgangskoden."
        ),
        BadFile.WRONG_PASSPHRASE: lambda: tr(
            "Adgangskoden passer ikke til %1. Prøv igen – filen er ikke ændret. Er adgangskoden glemt, "
            "kan samtalen ikke åbnes; der findes ingen anden vej ind."
        ),
    }
    return texts[kind]().replace("%3", detail).replace("%2", backup).replace("%1", name)


def file_problem_text(entry: FileEntry) -> str:
    """Why the overview could not read a file (``FileEntry.problem_code``), in the window's
    language. Danish: the scan's own words; an unknown code: the scan's words too."""
    if language() == "da":
        return entry.problem
    code = entry.problem_code
    texts = {
        "empty": lambda: tr("Filen er tom. Prøv en sikkerhedskopi eller en anden kopi."),
        "truncated": lambda: tr("Filen er ufuldstændig. Prøv en sikkerhedskopi eller en anden kopi."),
        "not_json": lambda: tr("Filen kan ikke læses; den kan være beskadiget. Prøv en anden kopi."),
        "not_conversation": lambda: tr("Filen er ikke en samtale fra Ishøj MUS."),
        "wrong_types": lambda: tr("Filen er beskadiget. Prøv en sikkerhedskopi eller en anden kopi."),
        "newer_version": lambda: tr(
            "Filen er gemt med en nyere version af Ishøj MUS. Opdatér programmet for at læse den."
        ),
        "unreadable": lambda: tr("Filen kan ikke læses. Tjek, at den ikke er låst af et andet program."),
        "too_large": lambda: tr("Filen er for stor til at være en samtale. Tjek, at det er den rigtige fil."),
        "not_regular": lambda: tr("Det er ikke en almindelig fil."),
        "sealed": lambda: tr("Filen er beskyttet med en adgangskode. Åbn den for at se den."),
        "wrong_passphrase": lambda: tr("Adgangskoden passer ikke."),
        "pdf_skipped": lambda: tr("PDF'er læses ikke her."),
        "unreadable_folder": lambda: tr(FOLDER_PROBLEM),
    }
    if code in texts:
        return texts[code]()
    if code:
        return tr(UNKNOWN_PROBLEM)
    return entry.problem


def lock_text(exc: FileLocked) -> str:
    """A ``FileLocked`` (the file is open elsewhere) in the window's language: who and since when."""
    if language() == "da":
        return exc.message
    name = tr("»%1«").replace("%1", exc.path.name)
    owner = exc.owner
    if owner is None:
        where = tr("%1 er åbnet et andet sted.").replace("%1", name)
    else:
        when = QLocale().toString(  # type: ignore[call-overload]  # PySide6 takes a datetime as a QDateTime
            owner.since.astimezone().replace(tzinfo=None), "d MMMM yyyy, HH:mm"
        )
        where = (
            tr("%1 er åbnet af %2 på computeren %3 siden %4.")
            .replace("%2", owner.user or tr("en anden bruger"))
            .replace("%3", owner.host or tr("ukendt"))
            .replace("%4", when)
            .replace("%1", name)
        )
    return (
        where
        + " "
        + tr(
            "Åbn den skrivebeskyttet, og gem dine ændringer under et nyt navn, eller luk den først det andet sted."
        )
    )


def save_error_text(exc: SaveError) -> str:
    """A ``SaveError`` in the window's language, worded from its kind, file and folder."""
    if language() == "da":
        return exc.message
    name = tr("»%1«").replace("%1", exc.path.name)
    folder = str(exc.path.parent)
    texts = {
        SaveKind.DISK_FULL: lambda: tr(
            "Der er ikke plads på disken til at gemme %1. Frigør plads, eller gem et andet sted. "
            "Intet er gået tabt – samtalen er stadig åben."
        ),
        SaveKind.LOCKED: lambda: tr(
            "%1 er låst af et andet program (måske en sikkerhedskopi eller et andet vindue). "
            "Luk det, og prøv igen, eller gem et andet sted. Intet er gået tabt."
        ),
        SaveKind.READ_ONLY_DRIVE: lambda: tr(
            "Drevet med mappen %2 er skrivebeskyttet, så %1 kan ikke gemmes der. Gem et andet sted. "
            "Intet er gået tabt."
        ),
        SaveKind.FOLDER_NOT_WRITABLE: lambda: tr(
            "Du har ikke lov til at gemme i mappen %2 (den er skrivebeskyttet for dig). Gem %1 et andet "
            "sted. Intet er gået tabt."
        ),
        SaveKind.NOT_WRITABLE: lambda: tr(
            "%1 kan ikke gemmes i mappen %2: mappen eller filen er skrivebeskyttet eller låst af et "
            "andet program. Gem et andet sted. Intet er gået tabt."
        ),
        SaveKind.NO_FOLDER: lambda: tr("Mappen %2 findes ikke. Vælg en anden mappe. Intet er gået tabt."),
        SaveKind.TEMP_VANISHED: lambda: tr(
            "%1 blev ikke gemt, fordi en midlertidig fil forsvandt undervejs – måske gemmer et andet "
            "vindue den samme fil. Prøv igen. Intet er gået tabt."
        ),
        SaveKind.IS_FOLDER: lambda: tr("%1 er en mappe. Vælg et andet filnavn. Intet er gået tabt."),
        SaveKind.BEYOND_BOUNDS: lambda: tr(
            "%1 er ikke gemt: %4. Gør det kortere, og gem igen. Intet er gået tabt – samtalen er stadig åben."
        ),
        SaveKind.OTHER: lambda: tr(
            "%1 kunne ikke gemmes (systemfejl %3). Prøv igen, eller gem et andet sted. Intet er gået tabt."
        ),
    }
    code = str(exc.code) if exc.code else tr("ukendt")
    return (
        texts[exc.kind]()
        .replace("%4", getattr(exc, "detail", ""))
        .replace("%3", code)
        .replace("%2", folder)
        .replace("%1", name)
    )


def refusal_reason(reason: Refusal | None) -> str:
    """Why a file was not read (``storage.bounded.Refusal``), as a phrase after a comma."""
    texts: dict[Refusal | None, Callable[[], str]] = {
        Refusal.NOT_FOUND: lambda: tr("den findes ikke"),
        Refusal.NO_ACCESS: lambda: tr("du har ikke adgang til at læse den"),
        Refusal.DIRECTORY: lambda: tr("det er en mappe, ikke en fil"),
        Refusal.NOT_REGULAR: lambda: tr("det er ikke en almindelig fil"),
        Refusal.TOO_LARGE: lambda: tr("den er større, end en fil af den slags nogensinde bliver"),
    }
    return texts.get(reason, lambda: tr("den kan ikke læses lige nu"))()
