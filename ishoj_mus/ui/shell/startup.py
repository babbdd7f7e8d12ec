"""Start-up, decided in one place (issue 25): what the program imports before the window's
first frame, which room is imported when a person first goes there, and the one PySide6 tweak
that start-up makes.

The first frame is the menus' titles and the start page (or, for a file given at start-up, its
conversation); it needs none of the domain, the storage formats, the conversation's view or the
PDF machinery. ``FIRST_FRAME`` lists our modules that may be imported by then,
``NEVER_BEFORE_FIRST_FRAME`` what must wait, and tests/ui/shell/test_startup_imports.py checks
both, and the count of all modules, against a real start.

``ROOMS`` says which module each room is; the shell (main window, its routes and file flows)
gets a room's classes through the accessors below, or a room's module as an attribute of this
one (``startup.guide.show_about(window)``), which is imported the first time a person goes
there. mypy sees those modules as they are (the imports under ``TYPE_CHECKING``), so a renamed
function or a changed signature in a room is a mypy error where the shell calls it;
tests/ui/shell/test_routes.py checks that every route resolves. Every room module imports what it needs at its top; the few imports still
inside functions elsewhere are counted, with their reasons, in tests/test_imports_ordinary.py
(``STILL_LAZY``, which may only shrink).
"""

from __future__ import annotations

import importlib
import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.form_steps import Step
    from ishoj_mus.domain.records import OwnTopic
    from ishoj_mus.storage.filelock import FileLock
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.conversation_view import ConversationView
    from ishoj_mus.ui.conversation.document import ConversationDocument
    from ishoj_mus.ui.conversation.editor import PageHost
    from ishoj_mus.ui.conversation.pages import StepPage
    from ishoj_mus.ui.hr.hr_view import HrDeskView
    from ishoj_mus.ui.outputs.outputs import Outputs
    from ishoj_mus.ui.shell.file_flows import FileFlows
    from ishoj_mus.ui.year.overview_view import OverviewView

# The rooms the shell calls into, typed: ``startup.guide`` is ui/shell/guide.py to mypy; at run
# time ``__getattr__`` (below) imports it when first asked for. Alias = its key in ROOMS. (Not
# the menus: they import the window's module, which imports this one.)
if TYPE_CHECKING:
    from ishoj_mus.domain import preparation as preparing
    from ishoj_mus.pdf import attached as summary_pdfs
    from ishoj_mus.storage import form_files as form_files
    from ishoj_mus.storage import forms as forms
    from ishoj_mus.ui.grus import preparation as group_preparation
    from ishoj_mus.ui.grus import window as group
    from ishoj_mus.ui.outputs import organisation_key as certificate
    from ishoj_mus.ui.outputs import pdf_actions as pdf
    from ishoj_mus.ui.outputs import print_support as printing
    from ishoj_mus.ui.preparation import bring_in as bring_in
    from ishoj_mus.ui.preparation import preparation as preparation
    from ishoj_mus.ui.shell import crash as crash
    from ishoj_mus.ui.shell import guide as guide
    from ishoj_mus.ui.shell import new_dialog as new_conversation
    from ishoj_mus.ui.shell import settings_dialog as settings
    from ishoj_mus.ui.year import calendar_export as calendar
    from ishoj_mus.ui.year import flows as year_flows
    from ishoj_mus.ui.year import loading as year_loading

__all__ = [  # the typed rooms above (an attribute of this module, not a name it only uses)
    "bring_in", "calendar", "certificate", "crash", "form_files", "forms", "group", "group_preparation",
    "guide", "new_conversation", "pdf", "preparation", "preparing", "printing", "settings",
    "summary_pdfs", "year_flows", "year_loading",
]  # fmt: skip

# Each room, and the module imported the first time a person goes there (it imports the rest of
# the room at its top). The first frame imports none of them.
ROOMS: dict[str, str] = {
    "menus": "ishoj_mus.ui.shell.menus",  # the menus' actions: right after the first frame
    "conversation": "ishoj_mus.ui.conversation.conversation_view",  # the view of a conversation
    "document": "ishoj_mus.ui.conversation.document",  # what is open: its file, undo, autosave
    "signing": "ishoj_mus.ui.outputs.signing",  # the signing step's page, when it is first shown
    "questions": "ishoj_mus.ui.conversation.question_page",  # the first question step shown
    "summary": "ishoj_mus.ui.conversation.summary_page",  # the summary step, when first shown
    "topic": "ishoj_mus.ui.conversation.topic_page",  # an own topic that is a step of its own
    "outputs": "ishoj_mus.ui.outputs.outputs",  # the PDFs
    "printing": "ishoj_mus.ui.outputs.print_support",  # the preview and printing (PDFium)
    "certificate": "ishoj_mus.ui.outputs.organisation_key",  # opening an organisation's certificate
    "pdf": "ishoj_mus.ui.outputs.pdf_actions",  # the PDF worker
    "files": "ishoj_mus.ui.shell.file_flows",  # opening, saving, protecting, recovery copies
    "quiet_open": "ishoj_mus.ui.shell.quiet_open",  # a file given at start-up that asks nothing
    "new_conversation": "ishoj_mus.ui.shell.new_dialog",
    "preparation": "ishoj_mus.ui.preparation.preparation",  # 'Forbered dig', the bar in a conversation
    "bring_in": "ishoj_mus.ui.preparation.bring_in",  # bringing a preparation in
    "preparing": "ishoj_mus.domain.preparation",  # a new preparation ('Forbered dig')
    "forms": "ishoj_mus.storage.forms",  # the group forms
    "form_files": "ishoj_mus.storage.form_files",  # the default form (a new preparation)
    "group": "ishoj_mus.ui.grus.window",  # the group conversation (GRUS), its own window
    "group_preparation": "ishoj_mus.ui.grus.preparation",
    "year": "ishoj_mus.ui.year.overview_view",  # the leader's overview of the year
    "year_flows": "ishoj_mus.ui.year.flows",  # the half-year follow-up
    "calendar": "ishoj_mus.ui.year.calendar_export",  # the agreements' dates as an .ics file
    "year_loading": "ishoj_mus.ui.year.loading",  # one conversation read for the leader's year
    "summary_pdfs": "ishoj_mus.pdf.attached",  # a summary PDF's data (pikepdf), in the overview's thread
    "hr": "ishoj_mus.ui.hr.hr_view",  # HR's desk
    "guide": "ishoj_mus.ui.shell.guide",  # the guide, the tour, about
    "settings": "ishoj_mus.ui.shell.settings_dialog",
    "crash": "ishoj_mus.ui.shell.crash",  # installed right after the window is made
    "demo": "ishoj_mus.demo",
}


def room(name: str) -> ModuleType:
    """The room's module, imported the first time a person goes there."""
    return importlib.import_module(ROOMS[name])


if not TYPE_CHECKING:  # mypy knows the typed rooms from their imports above

    def __getattr__(name: str) -> ModuleType:
        """``startup.guide``: a room's module, imported the first time it is asked for."""
        if name in ROOMS:
            return room(name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _get(name: str, attribute: str) -> Any:
    return getattr(room(name), attribute)


# Typed accessors of what the shell takes from each room (mypy sees the classes they return).
def conversation_view() -> type[ConversationView]:
    return cast("type[ConversationView]", _get("conversation", "ConversationView"))


def conversation_document() -> type[ConversationDocument]:
    return cast("type[ConversationDocument]", _get("document", "ConversationDocument"))


def preparation_header(view: PageHost) -> QWidget:
    """What stands above a conversation's steps (ui/preparation's bar or banner); bringing a
    preparation in is a room of its own, loaded when one is first brought in."""
    header = _get("preparation", "preparation_header")
    return cast("QWidget", header(view, bring_in=lambda *args: _get("bring_in", "bring_in")(*args)))


def signing_page(view: PageHost, step: Step) -> StepPage:
    """The signing step's page (ui/outputs): its room loads when that step is first shown."""
    return cast("StepPage", _get("signing", "SignaturePage")(view, step))


def question_page(view: PageHost, step: Step, parent: QWidget) -> StepPage:
    """A question step's page (its editors, the radar, behaviours, topics, the private note)."""
    return cast("StepPage", _get("questions", "FieldsPage")(view, step, parent))


def summary_page(view: PageHost, step: Step, parent: QWidget) -> StepPage:
    return cast("StepPage", _get("summary", "SummaryPage")(view, step, parent))


def topic_page(view: PageHost, topic: OwnTopic) -> StepPage:
    return cast("StepPage", _get("topic", "TopicPage")(view, topic))


def file_flows() -> type[FileFlows]:
    return cast("type[FileFlows]", _get("files", "FileFlows"))


def open_quietly(path: Path) -> tuple[Conversation, FileLock] | None:
    """A file given at start-up, read and locked when that asks nothing (``ui/shell/quiet_open.py``)."""
    return cast("tuple[Conversation, FileLock] | None", _get("quiet_open", "open_quietly")(path))


def outputs() -> type[Outputs]:
    return cast("type[Outputs]", _get("outputs", "Outputs"))


def overview_view() -> type[OverviewView]:
    return cast("type[OverviewView]", _get("year", "OverviewView"))


def hr_desk_view() -> type[HrDeskView]:
    return cast("type[HrDeskView]", _get("hr", "HrDeskView"))


def demo_conversation() -> Conversation:
    return cast("Conversation", _get("demo", "demo_conversation")())


# Our modules the first frame imports (packages included).
FIRST_FRAME = frozenset(
    {
        "ishoj_mus",
        "ishoj_mus.domain",  # the package only, for its codes:
        "ishoj_mus.domain.codes",  # the recent list's states, worded by the catalogue
        "ishoj_mus.domain.changes",  # the title follows the parts of a change (an enum)
        "ishoj_mus.paths",
        "ishoj_mus.storage",
        "ishoj_mus.storage.atomic",
        "ishoj_mus.storage.bounded",
        "ishoj_mus.storage.settings",
        "ishoj_mus.storage.userdirs",
        "ishoj_mus.text",  # the catalogue of words (imports only the domain's codes)
        "ishoj_mus.ui",
        "ishoj_mus.ui.shell",
        "ishoj_mus.ui.shell.actions",
        "ishoj_mus.ui.shell.app",
        "ishoj_mus.ui.shell.first_frame",
        "ishoj_mus.ui.shell.main_window",
        "ishoj_mus.ui.shell.rooms",
        "ishoj_mus.ui.shell.start_page",
        "ishoj_mus.ui.shell.startup",
        "ishoj_mus.ui.shell.window_size",  # the window's size at start (arithmetic)
        "ishoj_mus.ui.widgets",
        "ishoj_mus.ui.widgets.bidi",  # the title's names (a regular expression)
        "ishoj_mus.ui.widgets.i18n",
        "ishoj_mus.ui.widgets.moments",  # the recovery list's times (datetime and tr only)
        "ishoj_mus.ui.widgets.theme",
    }
)
# Whole packages the first frame must not import (the PDF stack costs ≈1 s and ≈100 MB), save
# the modules FIRST_FRAME names (the domain's codes).
NEVER_BEFORE_FIRST_FRAME = (
    "ishoj_mus.domain",
    "ishoj_mus.pdf",
    "ishoj_mus.ui.conversation",
    "ishoj_mus.ui.year",
    "reportlab",
    "pikepdf",
    "pyhanko",
    "cryptography",
    "pypdfium2",
)
# All modules (the standard library's, PySide6's and ours) at the first frame: 172 when set.
MODULE_BUDGET = 185


def prepare() -> None:
    """Before the application is made (:func:`create_app`)."""
    skip_pyside_source_scan()


def create_app(argv: list[str] | None = None, lang: str | None = None) -> tuple[QApplication, Settings]:
    """The application, its translations and look. PySide6 first, then its tweak (:func:`prepare`),
    then the first frame's modules of ours."""
    from PySide6.QtWidgets import QApplication

    prepare()

    from ishoj_mus import APP_NAME, __version__
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.widgets import i18n
    from ishoj_mus.ui.widgets.theme import apply_theme

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, fusion = existing, False
    else:
        # The Fusion style from the start, by Qt's own -style option: cheaper than replacing
        # the platform's style afterwards (app.setStyle), and the same on every platform.
        app = QApplication([*(argv if argv is not None else [sys.argv[0]]), "-style", "Fusion"])
        fusion = True
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Ishøj Kommune")
    settings = Settings.load()
    # ``--lang`` is for this start only: the saved choice stays what the settings dialog says.
    i18n.install(app, lang or settings.language)
    apply_theme(app, style=not fusion)
    return app, settings


def make_window(lang: str | None = None) -> tuple[QApplication, QMainWindow]:
    """The application and its main window (``ui.shell.main_window.MainWindow``), not yet shown:
    ``ui.shell.app.make_window``. The window's module is loaded by name: it uses this seam."""
    from PySide6.QtWidgets import QApplication

    prepare()
    from ishoj_mus.ui.widgets.theme import MIN_READABLE_PT

    window_class = importlib.import_module("ishoj_mus.ui.shell.main_window").MainWindow

    app, settings = create_app(lang=lang)
    base = getattr(app, "_ishoj_base_point_size", None)
    if base is None:
        base = max(MIN_READABLE_PT, QApplication.font().pointSizeF() or 10.0)
        app._ishoj_base_point_size = base  # type: ignore[attr-defined]  # kept on the app for its next windows
    return app, cast("QMainWindow", window_class(settings, base))


def skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source file of every module imported after it, to see whether
    it mentions "PySide6" (for its opt-in ``__feature__`` switches, which this program never
    uses). Measured (issue 25): without this, PySide6 reads 33 files before the first frame,
    16 ms with a warm disk cache and 49 ms from a cold one, of a ≈0.45 s start. Our own
    modules are answered by the layering rule instead (only ``ishoj_mus.ui`` imports PySide6),
    the standard library's by where it lives; anything else is still read. Without PySide's
    private hook (another version), nothing changes."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None:
        return
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_ishoj_mus", False):
        return
    stdlib = os.path.dirname(os.__file__) + os.sep

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "ishoj_mus" or name.startswith("ishoj_mus."):
            return name == "ishoj_mus.ui" or name.startswith("ishoj_mus.ui.")
        file = getattr(module, "__file__", None) or ""
        if file.startswith(stdlib) and "site-packages" not in file:
            return False
        return bool(original(module))

    uses_pyside._ishoj_mus = True  # type: ignore[attr-defined]  # a mark on the function: this hook is ours
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private hook: mypy knows no type)
