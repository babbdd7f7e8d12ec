"""The main window: menus and shortcuts, and routing between them, the start page, the open
conversation's document and its view. The conversation, its file, its undo stack and its
recovery copy belong to the :class:`ConversationDocument`; opening, saving, restoring,
protecting and the lock on the file are the flows of ``ui/shell/file_flows.py``, the PDFs those of
``ui/outputs/outputs.py``; the window routes its actions there and shows."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer

# Dialogs, message boxes and the rooms come through the start-up seam when first used: each
# PySide6 class creates its enum types when first imported, and the first frame shows none of
# them (start-up, issues 15 and 25).
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ishoj_mus import APP_NAME
from ishoj_mus.domain.changes import Part
from ishoj_mus.storage.settings import ZOOM_STEPS, Settings
from ishoj_mus.text import Phrase, fill, phrase
from ishoj_mus.ui.shell import first_frame, startup
from ishoj_mus.ui.shell.actions import KeysBeforeActions, MenuActions, menu_titles
from ishoj_mus.ui.shell.rooms import Rooms
from ishoj_mus.ui.shell.start_page import StartPage, pending_recoveries
from ishoj_mus.ui.shell.window_size import fitted_size
from ishoj_mus.ui.widgets.bidi import unturned
from ishoj_mus.ui.widgets.i18n import state_label, tr
from ishoj_mus.ui.widgets.theme import apply_zoom

# The first frame (menus and the start page) needs none of the domain, the storage formats or
# the conversation's view: those load when a conversation is first shown (start-up, issue 15).
if TYPE_CHECKING:  # the PDF machinery loads when a PDF is first asked for
    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent

    from ishoj_mus.domain.changes import Change
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.filelock import FileLock
    from ishoj_mus.storage.recovery import Recovery
    from ishoj_mus.storage.sealed import Seal
    from ishoj_mus.ui.conversation.conversation_view import ConversationView
    from ishoj_mus.ui.conversation.document import ConversationDocument
    from ishoj_mus.ui.conversation.editor import ViewAction
    from ishoj_mus.ui.hr.hr_view import HrDeskView
    from ishoj_mus.ui.outputs.outputs import Outputs
    from ishoj_mus.ui.outputs.pdf_actions import PdfRunner
    from ishoj_mus.ui.shell.actions import Action
    from ishoj_mus.ui.shell.crash import CrashReporter
    from ishoj_mus.ui.shell.file_flows import FileFlows
    from ishoj_mus.ui.year.overview_view import OverviewView


PDF_WARM_MS = 400  # this long without an edit, the window is idle: the PDF worker may start


class MainWindow(MenuActions, Rooms):
    crash_reporter: CrashReporter | None = None  # kept here so it lives as long as the window

    def __init__(self, settings: Settings, base_point_size: float) -> None:
        super().__init__()
        self.settings = settings
        self.base_point_size = base_point_size
        # The saved text size before any widget is made: set afterwards, the application's new
        # font did not reach the widgets made before it (walk F16: after a restart the start
        # page and menu bar stood at 100 % while Settings said 150 %).
        self.apply_zoom()
        self.document: ConversationDocument | None = None
        self.view: ConversationView | None = None
        self._outputs: Outputs | None = None  # the PDF outputs, made on first use
        self._runner: PdfRunner | None = None  # the PDF worker's runner: made when the window is idle
        self._files: FileFlows | None = None  # open, save, restore, protect: made on first use
        self.file_lock: FileLock | None = None  # our lock on the open conversation's file
        self._pdf_warm_timer = QTimer(self)
        self._pdf_warm_timer.setSingleShot(True)
        self._pdf_warm_timer.setInterval(PDF_WARM_MS)
        self._pdf_warm_timer.timeout.connect(self._warm_pdf)

        # Each made inside its parent: moving a finished page into the stack and the stack into
        # the window would pass the window's font and palette down through every child again.
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # The start page is made when it is first shown: a window opening a file (a double-click
        # on it) shows the conversation in its first frame and needs no start page.
        self._start_page: StartPage | None = None
        self.overview: OverviewView | None = None  # the leader's overview, made on first use
        self.hr_desk: HrDeskView | None = None  # HR's desk, made on first use
        self._make_menus()
        self._update_title()
        saved = settings.window_geometry
        restored = bool(saved) and self.restoreGeometry(QByteArray.fromBase64(saved.encode()))
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry()
        width, height = fitted_size(
            (self.width(), self.height()) if restored else None,
            room.size().toTuple(),
            scale=screen.devicePixelRatio(),
        )
        self.resize(width, height)
        if restored:  # and on the screen
            x = max(room.left(), min(self.x(), room.right() + 1 - width))
            self.move(x, max(room.top(), min(self.y(), room.bottom() + 1 - height - 40)))

    # -- actions and menus ------------------------------------------------------------
    def _make_menus(self) -> None:
        """The menu bar with its menus' titles; their actions come with :meth:`ensure_actions`:
        right after the first frame, when a menu opens, when a key is pressed, or when asked."""
        self._actions: dict[str, QAction] = {}
        self._actions_made = False
        self._first_frame_seen = False
        self._table: tuple[Action, ...] = ()
        bar = self.menuBar()
        self._menus = [bar.addMenu(title) for title in menu_titles()]
        for menu in self._menus:
            menu.aboutToShow.connect(self.ensure_actions)
        # A key goes to the focused widget and, unless it takes it, up to this window.
        self._early_keys: KeysBeforeActions | None = KeysBeforeActions(self)
        self.installEventFilter(self._early_keys)

    def ensure_actions(self) -> None:
        if self._actions_made:
            return
        self._actions_made = True
        if self._early_keys is not None:
            self.removeEventFilter(self._early_keys)
            self._early_keys.deleteLater()
            self._early_keys = None
        self._make_actions()
        self._update_actions()

    @property
    def start_page(self) -> StartPage:
        if self._start_page is None:
            page = StartPage(self.stack)
            self._start_page = page
            self.stack.insertWidget(0, page)
            page.new_requested.connect(self.new_conversation)
            page.open_requested.connect(self.open_dialog)
            page.demo_requested.connect(self.open_demo)
            page.prepare_requested.connect(self.new_preparation)
            page.recent_chosen.connect(lambda p: self.open_path(Path(p)))
            page.recovery_chosen.connect(self.restore)
            page.recovery_discarded.connect(self.discard_recovery)
            page.overview_requested.connect(self.show_overview)
            page.hr_requested.connect(self.show_hr_desk)
            self.refresh_start_page()
        return self._start_page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stack.count() == 0:  # nothing opened before the window was shown: the start page
            self.stack.setCurrentWidget(self.start_page)
        super().showEvent(event)
        if not self._first_frame_seen:
            self._first_frame_seen = True
            first_frame.after_first_frame(self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """What the first frame does not show: the menus' actions and the window's icon."""
        first_frame.keep_on_screen(self)  # its frame is known now
        self.ensure_actions()
        menus = startup.room("menus")
        menus.set_window_icon(QApplication.instance())
        self._focus_return = menus.FocusReturn(self)  # a closed dialog gives the keyboard back (walk F31)

    def _make_actions(self) -> None:
        """The actions of ``ui/shell/actions.py``'s table, in its order, into their menus."""
        self._table = startup.room("menus").make_actions(self, self._menus)
        self.a_framework.setCheckable(True)
        self.a_framework.setChecked(self.settings.show_framework)

    def _update_actions(self) -> None:
        if not self._actions_made:
            return  # they are made enabled as they should be (ensure_actions)
        startup.room("menus").update_actions(self, self._table)

    # -- conversation lifecycle -------------------------------------------------------
    # Read-only views of the open document (for the title, the tests and the self-test).
    @property
    def path(self) -> Path | None:
        return self.document.path if self.document is not None else None

    @property
    def seal(self) -> Seal | None:
        return self.document.seal if self.document is not None else None

    @property
    def dirty(self) -> bool:
        return self.document is not None and self.document.is_modified()

    @dirty.setter
    def dirty(self, value: bool) -> None:
        """``False``: forget the unsaved changes (nobody is there to answer "Gem ændringer?")."""
        if not value and self.document is not None:
            self.document.mark_clean()

    def show_conversation(
        self, conv: Conversation, path: Path | None, dirty: bool = False, seal: Seal | None = None
    ) -> None:
        """Open ``conv`` in the window; ``dirty``: it is not in any file like this yet."""
        self._drop_document()
        document = startup.conversation_document()(conv, path, seal, unsaved=dirty, parent=self)
        view = startup.conversation_view()(
            document,
            self.settings,
            self.settings.show_framework,
            self.stack,  # made where it is shown (see the start page)
            preparation_header=startup.preparation_header,
            signing_page=startup.signing_page,
            question_page=startup.question_page,
            summary_page=startup.summary_page,
            topic_page=startup.topic_page,
        )
        document.modified_changed.connect(lambda _m: self._update_title())
        # Not the bound method: that would make the file flows (dialogs, saving) for every
        # conversation shown, the one a double-click opens at start-up too.
        document.autosave_failed.connect(lambda error: self.files.autosave_failed(error))
        document.file_changed.connect(self._update_title)
        document.lock_changed.connect(lambda _locked: self._update_title())
        # The title follows the name and the state as they change: it said "(uden navn)" after the
        # name was typed, and "(delvist underskrevet)" after both had signed, until Ctrl+S.
        document.changed.connect(self._title_follows)
        document.can_undo_changed.connect(self._undo_follows)
        document.can_redo_changed.connect(self._undo_follows)
        view.action_requested.connect(self._view_action)
        self.document, self.view = document, view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._update_title()
        self._update_actions()
        target = view.current_page().focus_target()
        if target is not None:
            target.setFocus()
        document.changed.connect(self._warm_after_edit)
        self._warm_pdf_soon()
        self._offer_tour()

    def _undo_follows(self) -> None:
        # The menus' actions may come after the first frame (a file opened at start-up): they
        # are made enabled as the document says then.
        if self._actions_made and self.document is not None:
            self.a_undo.setEnabled(self.document.can_undo())
            self.a_redo.setEnabled(self.document.can_redo())

    def _drop_document(self) -> None:
        self.set_lock(None)
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
        self.document, self.view = None, None
        # "PDF'en er gemt som …" (ui/outputs' SavedNotice) belongs to the conversation it was made from.
        notice = self.findChild(QWidget, "savedNotice")
        if notice is not None:
            notice.hide()

    def _view_action(self, action: ViewAction) -> None:
        """What the conversation's pages ask the window for: the table's action for it."""
        self.ensure_actions()
        next(spec for spec in self._table if spec.requested_as == action).run(self)

    def _warm_after_edit(self, change: Change) -> None:
        if change.part is not Part.TIME:  # the agenda's clock ticking would keep the worker on forever
            self._warm_pdf_soon()

    def _warm_pdf_soon(self) -> None:
        """Start the PDF worker once the window is idle, unless it runs (cheap: called per edit).

        Each edit postpones the start: loading the PDF machinery and starting the process
        takes the window ≈20 ms, which fell on a key when it came while someone was typing.
        A running worker is kept: it is ended only after ten minutes without edits or PDFs."""
        if self._runner is not None and self._runner.worker_alive():
            self._runner.keep_alive()  # the conversation goes on: its idle end counts again
            return
        if os.environ.get("ISHOJ_MUS_PDF_WARMUP", "1") != "0":
            self._pdf_warm_timer.start()

    def _warm_pdf(self) -> None:
        if self.document is not None:
            self.pdf.warm()

    def new_conversation(self) -> None:
        if not self._may_leave():
            return
        dialog = startup.new_conversation.NewConversationDialog(self)
        accepted = dialog.exec()
        if accepted and dialog.group_requested:
            self.open_group()
            return
        if accepted and dialog.result_conversation is not None:
            self.show_conversation(dialog.result_conversation, None, dirty=True)
            if self.view is not None:
                self.view.go(1)

    def open_demo(self) -> None:
        if not self._may_leave():
            return
        self.show_conversation(startup.demo_conversation(), None)

    # -- files: the flows live in ui/shell/file_flows.py; the window routes to them ------------
    @property
    def files(self) -> FileFlows:
        if self._files is None:
            self._files = startup.file_flows()(self, self.settings)
            self._files.saved.connect(self._update_title)
        return self._files

    def set_lock(self, lock: FileLock | None) -> None:
        """Release the lock we held on the conversation's file (if any) and hold ``lock`` instead."""
        old = self.file_lock
        if old is not None and old is not lock:
            old.release()
        self.file_lock = lock

    def open_quietly(self, path: Path) -> bool:
        """Open ``path`` when that asks nothing (``ui/shell/quiet_open.py``); False: nothing was
        opened (``open_path`` asks or says why). For a file given at start-up, whose conversation
        is the window's first frame: the file flows load when first used."""
        if self.document is not None:
            return False
        opened = startup.open_quietly(path)
        if opened is None:
            return False
        conv, lock = opened
        self.show_conversation(conv, path)
        self.set_lock(lock)
        # Not yet on the recent list: saving the settings waits for the disk (fsync), ≈1–80 ms on
        # a busy one, and the first frame shows no start page to list it on (``remember_file()``).
        return True

    def remember_file(self) -> None:
        """The open file on the start page's recent list."""
        if self.document is None or self.document.path is None:
            return
        conv = self.document.conversation
        self.settings.remember(
            self.document.path,
            "" if self.document.seal is not None else conv.employee.name,  # a protected file names nobody
            conv.date.strftime("%d.%m.%Y") if conv.date else "",
            conv.form.title,
            conv.state.value,
            conv.preparation_of.value if conv.preparation_of is not None else "",
        )
        self.settings.save()

    def open_dialog(self) -> None:
        self.files.open_dialog()

    def open_path(self, path: Path, ask: bool = True) -> bool:
        return self.files.open_path(path, ask)

    def restore(self, rec: Recovery) -> None:
        self.files.restore(rec)

    def discard_recovery(self, rec: Recovery) -> None:
        self.files.discard_recovery(rec)

    def protect(self) -> None:
        self.files.protect()

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def default_folder(self) -> str:
        return self.files.default_folder()

    def close_conversation(self) -> None:
        if self.document is None or not self._may_leave():
            return
        self._drop_document()
        self.refresh_start_page()
        self.stack.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_actions()

    def refresh_start_page(self) -> None:
        if self._start_page is None:
            return  # made later, and refreshed then
        self.start_page.set_recent(self.settings.recent)
        current = self.document.conversation.id if self.document else None
        self.start_page.set_recoveries([r for r in pending_recoveries() if r.conversation_id != current])

    def keep_work(self) -> None:
        """After an unexpected error: write the recovery copy now (if there are changes)."""
        if self.document is not None:
            self.document.autosave()
            self.document.flush_autosave()

    def flush_autosave(self) -> None:
        if self.document is not None:
            self.document.flush_autosave()

    def _may_leave(self) -> bool:
        """ "Gem ændringer?" when there are unsaved changes; False: stay."""
        return self.document is None or self.files.may_leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_leave():
            event.ignore()
            return
        self._drop_document()
        self.settings.window_geometry = self.saveGeometry().toBase64().toStdString()
        self.settings.save()
        if self._runner is not None:
            self._runner.stop_worker()
        if self.hr_desk is not None:
            self.hr_desk.shutdown()
        event.accept()

    def _title_follows(self, change: Change) -> None:
        if change.part in (Part.PARTICIPANTS, Part.SIGNATURES, Part.PREPARATION):
            self._update_title()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        conv = self.document.conversation
        name = unturned(self.document.path.name) if self.document.path else tr("Ikke gemt")
        who = unturned(conv.employee.name) or phrase(Phrase.NO_NAME, tr)
        self.setWindowTitle(f"{who} – {name}[*] – {APP_NAME} ({state_label(conv)})")
        self.setWindowModified(self.document.is_modified())

    # -- edit -------------------------------------------------------------------------
    def undo(self) -> None:
        if self.document is not None:
            self.document.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    # -- view -------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if self.view is not None:
            self.view.go(self.view.step_list.currentRow() + delta)

    def zoom(self, direction: int) -> None:
        steps = list(ZOOM_STEPS)
        index = steps.index(self.settings.zoom)
        if direction == 0:
            index = steps.index(100)
        else:
            index = max(0, min(len(steps) - 1, index + direction))
        self.settings.zoom = steps[index]
        self.settings.save()
        self.apply_zoom()
        self.statusBar().showMessage(fill(tr("Zoom: %1 %"), str(self.settings.zoom)), 2000)

    def apply_zoom(self) -> None:
        apply_zoom(self.base_point_size * self.settings.zoom / 100)

    def set_framework_shown(self, shown: bool) -> None:
        self.a_framework.setChecked(shown)
        self.toggle_framework()

    def toggle_framework(self) -> None:
        shown = self.a_framework.isChecked()
        if not shown and self.view is not None and self.view.room.holds_back():
            shown = True  # held back on a narrow window (page_room.py): F9 shows it at once
            self.a_framework.setChecked(True)
        self.settings.show_framework = shown
        self.settings.save()
        if self.view is not None:
            self.view.set_framework_visible(shown, chosen=True)

    def open_settings(self) -> None:
        dialog = startup.settings.SettingsDialog(self.settings, self)
        if dialog.exec():
            self.settings.save()
            self.apply_zoom()

    def about(self) -> None:
        startup.guide.show_about(self)

    # -- PDFs: the flows live in ui/outputs/outputs.py; the window routes its actions there -----
    @property
    def outputs(self) -> Outputs:
        if self._outputs is None:
            self._outputs = startup.outputs()(
                self,
                self.settings,
                self.pdf,
                lambda *args: startup.certificate.open_certificate(*args),
            )
        return self._outputs

    @property
    def pdf(self) -> PdfRunner:
        """The PDF runner, made when the window is first idle with a conversation (it warms the
        worker) or when a PDF is first asked for; the outputs (ui/outputs) load on that PDF."""
        if self._runner is None:
            self._runner = startup.pdf.PdfRunner(self)
        return self._runner

    def has_pdf_runner(self) -> bool:
        return self._runner is not None
