"""Translation: Danish source strings, English through Qt's translation system.

Every user-visible string in the UI goes through :func:`tr`; ``scripts/update_translations.py``
collects them into ``resources/translations/ishoj_mus_en.ts`` and compiles the ``.qm``.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from ishoj_mus import text
from ishoj_mus.domain.codes import ConversationLocked, RuleBroken, SigningRefused
from ishoj_mus.paths import resource

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QWidget

    from ishoj_mus.domain.codes import BehaviourMark, FollowUpStatus, Responsible, Voice
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.form import Form
    from ishoj_mus.domain.grus_form import GroupForm
    from ishoj_mus.domain.rules import Missing

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
        if original is form and isinstance(english, type(form)):
            return english
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


class _Catalogue(QTranslator):
    """Our catalogue, read into memory once. Loaded by file name, Qt maps the file: rewriting it
    under a running window (a rebuild, an update that writes in place) turned the window Danish
    and then crashed it (walk 2). Qt keeps a pointer into ``data``, so the translator holds it."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        try:
            self.data = path.read_bytes()
        except OSError:
            self.data = b""
        self.loaded = bool(self.data) and self.load(self.data)


def install(app: QApplication, language: str) -> None:
    global _language
    _language = language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # Qt's own texts (Save/Cancel in message boxes, the file dialog) in the same language.
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        # Installed first, so Qt asks it last: only for what the catalogue does not know.
        fallback = _AcceleratorFallback(qt_translator, app)
        app.installTranslator(fallback)
        _installed.append(fallback)
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == "en":
        translator = _Catalogue(resource("translations", "ishoj_mus_en.qm"), app)
        if translator.loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))


def voice_label(voice: Voice) -> str:
    return text.voice_text(voice, tr)


def responsible_label(value: Responsible) -> str:
    return text.responsible_text(value, tr)


def status_label(value: FollowUpStatus) -> str:
    return text.status_text(value, tr)


def state_text(code: str) -> str:
    """A conversation state code (``ConversationState``; the recent list stores it) in words."""
    return text.state_text(code, tr)


def state_label(conv: Conversation) -> str:
    return state_text(conv.state.value)


def behaviour_mark_label(mark: BehaviourMark) -> str:
    return text.mark_text(mark, tr)


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
    return text.missing_what(missing, tr)


def refusal_text(exc: ConversationLocked | SigningRefused | RuleBroken | Exception) -> str:
    """Why the conversation refused a change, in the UI's language (the catalogue's words);
    any other error by its own message."""
    if isinstance(exc, ConversationLocked | SigningRefused | RuleBroken):
        return text.refusal_text(exc, tr)
    return str(exc)


def rule_text(exc: RuleBroken) -> str:
    """A value the conversation refused (``RuleBroken``), in the UI's language."""
    return text.rule_text(exc, tr)
