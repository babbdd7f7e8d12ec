"""Translation: Danish source strings, English through Qt's translation system.

Every user-visible string in the UI goes through :func:`tr`; ``scripts/update_translations.py``
collects them into ``resources/translations/ishoj_mus_en.ts`` and compiles the ``.qm``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ishoj_mus.paths import resource

CONTEXT = "ishoj_mus"
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _AcceleratorFallback(QTranslator):
    """Qt's own texts whose source gained an ``&`` shortcut after the shipped catalogue was
    made: Qt 6.11's file dialog says "&Look in:" and "Files of &type:", PySide6's qtbase_da
    only knows "Look in:" and "Files of type:", so those two labels stayed English in a
    Danish window. Asked only when Qt's catalogue has nothing: looks the text up without the
    ``&`` and puts the shortcut back on the same letter where the translation has it."""

    def __init__(self, catalogue: QTranslator, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
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


def install(app, language: str) -> None:
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


def voice_label(voice) -> str:
    return {"medarbejder": tr("Medarbejder"), "leder": tr("Leder"), "faelles": tr("Fælles")}[voice.value]


def responsible_label(value) -> str:
    return {"medarbejder": tr("Medarbejder"), "leder": tr("Leder"), "begge": tr("Begge")}[value.value]


def status_label(value) -> str:
    return {
        "opfyldt": tr("Opfyldt"),
        "delvist": tr("Delvist opfyldt"),
        "ikke_opfyldt": tr("Ikke opfyldt"),
        "bortfaldet": tr("Bortfaldet"),
    }[value.value]


def state_text(code: str) -> str:
    """A conversation state code (``ConversationState``; the recent list stores it) in words."""
    return {
        "kladde": tr("kladde"),
        "delvist_underskrevet": tr("delvist underskrevet"),
        "underskrevet": tr("underskrevet"),
    }.get(code, "")


def state_label(conv) -> str:
    return state_text(conv.state.value)


def behaviour_mark_label(mark) -> str:
    return {"lykkes": tr("Det lykkes vi med"), "styrke": tr("Det vil vi styrke")}[mark.value]


def voice_possessive(voice) -> str:
    """'medarbejderens' / 'lederens' (lower case; capitalise at the start of a sentence)."""
    return {"medarbejder": tr("medarbejderens"), "leder": tr("lederens"), "faelles": tr("jeres fælles")}[
        voice.value
    ]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def voice_definite(voice) -> str:
    """'Medarbejderen' / 'Lederen' (capitalised: used at the start of a sentence)."""
    return {"medarbejder": tr("Medarbejderen"), "leder": tr("Lederen"), "faelles": tr("I sammen")}[
        voice.value
    ]
