"""The window's routes to the other rooms: the leader's year (the overview), HR's desk, the group
conversation (GRUS), preparations and the tour. ``MainWindow`` is made of these and its own
menus, files and the open conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QBoxLayout, QMainWindow, QStackedWidget, QWidget

from ishoj_mus.ui.shell import startup

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.storage.sealed import Seal
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.conversation_view import ConversationView
    from ishoj_mus.ui.hr.hr_view import HrDeskView
    from ishoj_mus.ui.shell.start_page import StartPage
    from ishoj_mus.ui.year.overview_view import OverviewView


class Rooms(QMainWindow):
    # What the routes use of the window (``MainWindow`` has them).
    settings: Settings
    view: ConversationView | None
    overview: OverviewView | None
    hr_desk: HrDeskView | None
    stack: QStackedWidget

    if TYPE_CHECKING:

        @property
        def start_page(self) -> StartPage: ...

        @property
        def path(self) -> Path | None: ...

        def open_path(self, path: Path, ask: bool = True) -> bool: ...

        def show_conversation(
            self, conv: Conversation, path: Path | None, dirty: bool = False, seal: Seal | None = None
        ) -> None: ...

        def refresh_start_page(self) -> None: ...

        def default_folder(self) -> str: ...

        def _may_leave(self) -> bool: ...

    def open_group(self, path: Path | None = None) -> bool:
        """The group conversation (GRUS) opens in a window of its own."""
        window = startup.group.open_group_window(self, path, folder=self.default_folder())
        if window is not None:  # its PDFs run like the conversation's: in the worker, with progress
            runner = startup.pdf.PdfRunner(window)
            window.run_pdf = runner.run
            window.closed.connect(runner.stop_worker)  # the worker ends with its window
        return window is not None

    def new_preparation(self) -> None:
        """'Forbered dig': one party answers alone, in their own voice, and saves a preparation file."""
        dialog = startup.preparation.PrepareDialog(self)
        accepted = dialog.exec()
        if accepted and dialog.for_group():  # its own dialog and file; the open conversation stays
            group_form = startup.forms.group_form()
            startup.group_preparation.PreparationDialog(group_form, self).exec()
            return
        if accepted and self._may_leave():
            form = startup.form_files.default_form()
            preparation = startup.preparing.new_preparation(form, dialog.voice())
            preparation.employee = replace(
                preparation.employee, name=dialog.employee_name()
            )  # whom it is for
            self.show_conversation(preparation, None, dirty=True)
            if self.view is not None:
                self.view.go(1)

    def bring_in_preparation(self) -> None:
        if self.view is not None and isinstance(
            self.view.preparation_bar, startup.preparation.PreparationBar
        ):
            self.view.preparation_bar.choose_and_bring_in()

    def reveal_preparations(self) -> None:
        if self.view is not None and isinstance(
            self.view.preparation_bar, startup.preparation.PreparationBar
        ):
            self.view.preparation_bar.reveal_both()

    def show_guide(self) -> None:
        startup.guide.GuideDialog(self).exec()

    def start_tour(self) -> None:
        if self.view is None:
            return
        self._tour_answered()
        startup.guide.Tour(self.view, self).exec()

    def _offer_tour(self) -> None:
        """The first time a conversation is shown: a quiet offer of the tour, easy to decline."""
        if self.settings.tour_done or self.view is None:
            return
        self.tour_offer: QWidget | None = startup.guide.TourOffer(self.start_tour, self._tour_answered)
        layout = self.view.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.tour_offer)

    def _tour_answered(self) -> None:
        self.settings.tour_done = True
        self.settings.save()
        offer = getattr(self, "tour_offer", None)
        if offer is not None:
            offer.hide()
            offer.deleteLater()
            self.tour_offer = None

    # -- the leader's overview (ui/year/overview_view.py) -------------------------------------
    def show_overview(self) -> None:
        first = self.overview is None
        if self.overview is None:
            self.overview = startup.overview_view()(
                self.settings.overview_folder,
                load=lambda path, who: startup.year_loading.load_any(path, who),
                save_calendar=lambda *args: startup.calendar.save_calendar(*args),
                read_pdf=lambda path: startup.summary_pdfs.read_summary_pdf(path),  # in its thread
            )
            self.overview.open_requested.connect(lambda p: self.open_path(Path(p)))
            self.overview.conversation_started.connect(self.start_conversation)
            self.overview.back_requested.connect(self.leave_overview)
            self.overview.folder_changed.connect(self._remember_overview_folder)
            self.stack.addWidget(self.overview)
        view = self.overview
        self.stack.setCurrentWidget(view)
        if first and view.folder:
            view.refresh()
        elif not view.folder:
            view.choose_folder()

    # -- HR's desk (ui/hr/hr_view.py) ----------------------------------------------------------
    def show_hr_desk(self) -> None:
        if self.hr_desk is None:
            self.hr_desk = startup.hr_desk_view()(
                start_folders=(self.settings.last_folder, self.settings.default_folder)
            )
            self.hr_desk.back_requested.connect(self.leave_overview)
            self.stack.addWidget(self.hr_desk)
        self.stack.setCurrentWidget(self.hr_desk)
        self.hr_desk.files_button.setFocus()

    def leave_overview(self) -> None:
        self.refresh_start_page()
        self.stack.setCurrentWidget(self.view if self.view is not None else self.start_page)

    def _remember_overview_folder(self, folder: str) -> None:
        self.settings.overview_folder = folder
        self.settings.save()

    def start_conversation(self, conv: Conversation) -> None:
        """A new, unsaved conversation made elsewhere (the half-year follow-up)."""
        if not self._may_leave():
            return
        self.show_conversation(conv, None, dirty=True)

    def start_followup(self) -> None:
        if self.view is None:
            return
        conv = startup.year_flows.make_followup(
            self, self.view.conv, self.path.name if self.path else "", date.today()
        )
        if conv is not None:
            self.start_conversation(conv)

    def export_calendar(self) -> None:
        if self.view is not None:
            folder = str(self.path.parent) if self.path else self.default_folder()
            startup.calendar.export_conversation_calendar(self, self.view.conv, folder)
