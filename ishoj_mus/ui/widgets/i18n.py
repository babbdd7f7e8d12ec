"""Translation: Danish source strings, English through Qt's translation system.

Every user-visible string in the UI goes through :func:`tr`; ``scripts/update_translations.py``
collects them into ``resources/translations/ishoj_mus_en.ts`` and compiles the ``.qm``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from ishoj_mus.paths import resource

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ishoj_mus.domain.behaviours import BehaviourMark
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.form import Form, Voice
    from ishoj_mus.domain.grus_form import GroupForm
    from ishoj_mus.domain.overview import FileEntry
    from ishoj_mus.domain.records import FollowUpStatus, Responsible
    from ishoj_mus.domain.rules import ConversationLocked, Missing, RuleBroken, SigningRefused
    from ishoj_mus.importing import ImportRefused
    from ishoj_mus.storage.atomic import SaveError
    from ishoj_mus.storage.bounded import Refusal
    from ishoj_mus.storage.errors import MusFileError
    from ishoj_mus.storage.filelock import FileLocked
    from ishoj_mus.storage.organisation import OrganisationError

CONTEXT = "ishoj_mus"
_installed: list[QTranslator] = []
_language = "da"  # the window's language, as last installed


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def language() -> str:
    """The window's language: "da" or "en"."""
    return _language


AnyForm = TypeVar("AnyForm", "Form", "GroupForm")
_shown: list[tuple[object, object]] = []  # (form, its English), the last few forms shown


def shown_form(form: AnyForm) -> AnyForm:
    """The form as the window shows it: with ``--lang en`` its English texts (the forms carry
    them beside the Danish; an old snapshot without English stays Danish), ids and kinds the
    same. The conversation itself keeps the Danish form: the PDFs and the saved file use it."""
    if _language == "da":
        return form
    for original, english in _shown:
        if original is form:
            return english  # type: ignore[return-value]
    shown = form.in_english()
    _shown[:] = [(form, shown), *_shown[:3]]
    return shown


def perspective_name(form: Form, perspective_id: str) -> str:
    """A perspective as the window names it: the framework's name in Danish; in English the
    title of the form's step about it (its English), else the Danish name, quoted."""
    name = form.framework.perspective(perspective_id).name
    if _language == "da":
        return name
    for step in shown_form(form).steps:
        if step.framework == (f"perspektiv:{perspective_id}",):
            return step.title
    return f"“{name}”"


def mark_quotation(widget: QWidget) -> None:
    """A text quoted from the framework (``resources/framework.toml``): it stays Danish in an
    English window, and there it is set in italics so it reads as a quotation. The property
    lets tests tell quotations from the form's and the program's own words."""
    widget.setProperty("quotation", True)
    if _language != "da":
        widget.setStyleSheet(widget.styleSheet() + "font-style: italic;")


def shown_conversation(conv: Conversation) -> Conversation:
    """The conversation to read from for what the window shows (the summary, what is missing):
    the same answers with :func:`shown_form`'s texts. Never to be changed or saved."""
    if _language == "da":
        return conv
    shown = copy.copy(conv)
    shown.form = shown_form(conv.form)
    return shown


class _AcceleratorFallback(QTranslator):
    """Qt's own texts whose source gained an ``&`` shortcut after the shipped catalogue was
    made: Qt 6.11's file dialog says "&Look in:" and "Files of &type:", PySide6's qtbase_da
    only knows "Look in:" and "Files of type:", so those two labels stayed English in a
    Danish window. Asked only when Qt's catalogue has nothing: looks the text up without the
    ``&`` and puts the shortcut back on the same letter where the translation has it."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(  # None: no translation here (Qt takes "" as one)
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": Qt takes an empty (non-null) string as a translation.
        if context == CONTEXT or source.count("&") != 1:
            return None
        text = self.catalogue.translate(context, source.replace("&", ""), disambiguation, n)
        if not text:
            return None
        letter = source[source.index("&") + 1 :][:1].lower()
        at = text.lower().find(letter) if letter else -1
        return text[:at] + "&" + text[at:] if at >= 0 else "&" + text

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install(app: QApplication, language: str) -> None:
    global _language
    _language = language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # Qt's own texts (Save/Cancel in message boxes, the file dialog) in the same language.
    from PySide6.QtCore import QLibraryInfo

    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        # Installed first, so Qt asks it last: only for what the catalogue does not know.
        fallback = _AcceleratorFallback(qt_translator, app)
        app.installTranslator(fallback)
        _installed.append(fallback)
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == "en":
        translator = QTranslator(app)
        if translator.load(str(resource("translations", "ishoj_mus_en.qm"))):
            app.installTranslator(translator)
            _installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def voice_label(voice: Voice) -> str:
    from ishoj_mus.text import voice_text

    return voice_text(voice, tr)


def responsible_label(value: Responsible) -> str:
    from ishoj_mus.text import responsible_text

    return responsible_text(value, tr)


def status_label(value: FollowUpStatus) -> str:
    from ishoj_mus.text import status_text

    return status_text(value, tr)


def state_text(code: str) -> str:
    """A conversation state code (``ConversationState``; the recent list stores it) in words."""
    from ishoj_mus import text

    return text.state_text(code, tr)


def state_label(conv: Conversation) -> str:
    return state_text(conv.state.value)


def behaviour_mark_label(mark: BehaviourMark) -> str:
    from ishoj_mus.text import mark_text

    return mark_text(mark, tr)


def voice_possessive(voice: Voice) -> str:
    """'medarbejderens' / 'lederens' (lower case; capitalise at the start of a sentence)."""
    return {"medarbejder": tr("medarbejderens"), "leder": tr("lederens"), "faelles": tr("jeres fælles")}[
        voice.value
    ]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def voice_definite(voice: Voice) -> str:
    """'Medarbejderen' / 'Lederen' (capitalised: used at the start of a sentence)."""
    return {"medarbejder": tr("Medarbejderen"), "leder": tr("Lederen"), "faelles": tr("I sammen")}[
        voice.value
    ]


def missing_what(missing: Missing) -> str:
    """What a ``Missing`` lacks, in the UI's language (the form's own question stays as written)."""
    from ishoj_mus import text

    return text.missing_what(missing, tr)


def refusal_text(exc: ConversationLocked | SigningRefused | RuleBroken | Exception) -> str:
    """Why the conversation refused a change, in the UI's language (the catalogue's words);
    any other error by its own message."""
    from ishoj_mus import text
    from ishoj_mus.domain.conversation import ConversationLocked, RuleBroken, SigningRefused

    if isinstance(exc, ConversationLocked | SigningRefused | RuleBroken):
        return text.refusal_text(exc, tr)
    return str(exc)


def rule_text(exc: RuleBroken) -> str:
    """A value the conversation refused (``RuleBroken``), in the UI's language."""
    from ishoj_mus import text

    return text.rule_text(exc, tr)


def file_error_text(exc: MusFileError) -> str:
    """A ``MusFileError`` in the window's language. Danish: the error's own message (it may be
    more specific than its kind); otherwise worded from its kind, origin and file name."""
    from ishoj_mus.storage.errors import BadFile, Origin

    if _language == "da":
        return exc.message
    kind, path, detail = exc.kind, exc.path, exc.detail or ""
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
        else tr("Prøv sikkerhedskopien (.mus.bak) eller en anden kopi.")
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
    if _language == "da":
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
        "unreadable_folder": lambda: tr(
            "Mappen kan ikke læses, så samtalerne i den er ikke med i overblikket. Bed om adgang til "
            "mappen, eller flyt samtalerne til en mappe, du kan læse."
        ),
    }
    if code in texts:
        return texts[code]()
    if code:
        return tr("Filen kunne ikke læses. Åbn den for at se hvorfor.")
    return entry.problem


def lock_text(exc: FileLocked) -> str:
    """A ``FileLocked`` (the file is open elsewhere) in the window's language: who and since when."""
    if _language == "da":
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
    from ishoj_mus.storage.atomic import SaveKind

    if _language == "da":
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


def import_refusal_text(exc: ImportRefused) -> str:
    """An ``ImportRefused`` in the window's language; a changed PDF is worded here, the rest
    keep their own (Danish) words."""
    from ishoj_mus.importing import ImportRefusal

    if _language == "da":
        return exc.message
    name = tr("»%1«").replace("%1", exc.file_name)
    if exc.code == ImportRefusal.CHANGED:
        return tr(
            "Aftalerne hentes ikke fra %1: PDF'en er ændret, efter den blev underskrevet, eller "
            "underskriften kan ikke bekræftes. Brug sidste års samtalefil (.mus) eller en uændret kopi "
            "af referatet."
        ).replace("%1", name)
    if exc.code == ImportRefusal.TOO_LARGE:
        return (
            tr(
                "Aftalerne hentes ikke fra %1: Filen fylder %2 MB – for meget til at være et MUS-referat. "
                "Kontrollér, at det er den rigtige fil."
            )
            .replace("%2", str(exc.size // (1024 * 1024)))
            .replace("%1", name)
        )
    if exc.code == ImportRefusal.ORGANISATION and exc.profile_error is not None:
        return organisation_error_text(exc.profile_error)
    return exc.message


def _refusal_reason(reason: Refusal | None) -> str:
    """Why a file was not read (``storage.bounded.Refusal``), as a phrase after a comma."""
    from ishoj_mus.storage.bounded import Refusal

    texts: dict[Refusal | None, Callable[[], str]] = {
        Refusal.NOT_FOUND: lambda: tr("den findes ikke"),
        Refusal.NO_ACCESS: lambda: tr("du har ikke adgang til at læse den"),
        Refusal.DIRECTORY: lambda: tr("det er en mappe, ikke en fil"),
        Refusal.NOT_REGULAR: lambda: tr("det er ikke en almindelig fil"),
        Refusal.TOO_LARGE: lambda: tr("den er større, end en fil af den slags nogensinde bliver"),
    }
    return texts.get(reason, lambda: tr("den kan ikke læses lige nu"))()


def organisation_error_text(exc: OrganisationError) -> str:
    """An ``OrganisationError`` (the organisation profile cannot be used) in the window's
    language. Danish: the error's own message; otherwise worded from its code, file and key."""
    from ishoj_mus.storage.organisation import ENV_VAR, SCHEMA, OrganisationProblem

    if _language == "da" or exc.code is None:
        return exc.message
    where = tr("Organisationsprofilen %1").replace("%1", tr("»%1«").replace("%1", str(exc.path)))
    key = f"[{exc.section}] {exc.key}" if exc.section else exc.key
    code = exc.code
    if code == OrganisationProblem.NOT_FOUND:
        text = tr("%1 findes ikke. Ret stien, eller bed IT om profilen.")
        if exc.from_env:
            text = tr("%1 (sat i %2) findes ikke. Ret stien, eller bed IT om profilen.").replace(
                "%2", ENV_VAR
            )
    elif code == OrganisationProblem.UNREADABLE:
        text = tr("%1 kan ikke bruges: %2. Bed IT om hjælp.").replace("%2", _refusal_reason(exc.reason))
    elif code == OrganisationProblem.NOT_TOML:
        text = tr("%1 er ikke gyldig TOML eller ikke gemt som UTF-8. Ret filen, og prøv igen.")
    elif code == OrganisationProblem.UNKNOWN_KEY:
        known = ", ".join(SCHEMA.get(exc.section, {}))
        text = (
            tr("%1: nøglen %2 i [%3] kendes ikke. Kendte nøgler: %4.")
            .replace("%4", known)
            .replace("%3", exc.section)
            .replace("%2", tr("»%1«").replace("%1", exc.key))
        )
    elif code == OrganisationProblem.WRONG_TYPE:
        spec = SCHEMA.get(exc.section, {}).get(exc.key)
        kind = spec.type if spec is not None else str
        if exc.key == "hr_edition":
            what = tr('"referat" eller "udviklingsplan"')
        elif kind is bool:
            what = tr("true eller false")
        elif kind is list:
            what = tr("en liste af filnavne")
        else:
            what = tr("en tekst")
        text = tr("%1: %2 skal være %3. Ret filen, og prøv igen.").replace("%3", what).replace("%2", key)
    elif code == OrganisationProblem.ANCHOR_UNREADABLE:
        text = (
            tr("%1: [trust] anchors: certifikatet %2 kan ikke læses (%3). Ret stien, eller bed IT om filen.")
            .replace("%3", _refusal_reason(exc.reason))
            .replace("%2", tr("»%1«").replace("%1", exc.value))
        )
    elif code == OrganisationProblem.BAD_VALUE:
        text = (
            tr(
                "%1: %2 kan ikke bruges (%3). Se eksemplet organisation.example.toml, ret filen, og prøv igen."
            )
            .replace("%3", tr("»%1«").replace("%1", exc.value))
            .replace("%2", key)
        )
    else:  # ANCHOR_NOT_CERTIFICATE
        text = tr("%1: [trust] anchors: %2 er ikke et certifikat i PEM- eller DER-format.").replace(
            "%2", tr("»%1«").replace("%1", exc.value)
        )
    return text.replace("%1", where)
