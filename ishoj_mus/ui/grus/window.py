"""The GRUS session window: one laptop or a projector, readable from across the table.

Pages: who takes part, one per topic card, the group's agreements, each participant's plan.
Zoom (Ctrl++ / Ctrl+- / Ctrl+0) and high contrast (Ctrl+Shift+H) are the window's own, so the
projector can show large type without changing the rest of the program. Everything works by
keyboard: Ctrl+PgDown / Ctrl+PgUp (or Alt+Right / Alt+Left) move between pages, Alt+letters reach
the buttons. The menus come from the window's action table (``actions.py``), the keys from the
program's (``ui/widgets/keys.py``): the same action has the same keys as in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from ishoj_mus.domain.codes import GroupRefused
from ishoj_mus.domain.form import FormError
from ishoj_mus.domain.grus import LEADER, GroupConversation
from ishoj_mus.pdf import jobs
from ishoj_mus.pdf.worker import Job, reported
from ishoj_mus.storage import grus_file
from ishoj_mus.storage.atomic import SaveError, atomic_write
from ishoj_mus.storage.errors import MusFileError
from ishoj_mus.storage.forms import group_form
from ishoj_mus.storage.free_names import free_name_for
from ishoj_mus.storage.grus_preparation import load_preparation
from ishoj_mus.text import fill, format_datetime
from ishoj_mus.ui.conversation.step_list import WrappingSteps
from ishoj_mus.ui.grus.actions import make_actions, update_actions
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.page_parts import GroupPage, refusal_text
from ishoj_mus.ui.grus.pages import AgreementsPage, ParticipantsPage, PlansPage
from ishoj_mus.ui.grus.preparation import PreparationDialog
from ishoj_mus.ui.grus.signing_page import SigningPage
from ishoj_mus.ui.grus.station_page import StationPage
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.enter_keys import enter_clicks_buttons
from ishoj_mus.ui.widgets.file_words import file_error_text, save_error_text
from ishoj_mus.ui.widgets.folders import start_folder
from ishoj_mus.ui.widgets.i18n import shown_form, tr
from ishoj_mus.ui.widgets.save_path import ask_save_path
from ishoj_mus.ui.widgets.theme import stylesheet

if TYPE_CHECKING:
    from ishoj_mus.domain.grus_form import GroupForm

R = TypeVar("R")


class RunPdf(Protocol):
    """(title, job, on_done): runs a PDF job away from the GUI thread and hands ``on_done`` its
    result (the shell's ``PdfRunner.run``)."""

    def __call__(self, title: str, job: Job[R], on_done: Callable[[R], None], /) -> None: ...


ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 250, 300)

HIGH_CONTRAST = """
    QWidget { background: #ffffff; color: #000000; }
    QLineEdit, QPlainTextEdit, QListWidget, QTableWidget, QComboBox {
        border: 2px solid #000000; background: #ffffff; color: #000000; }
    QListWidget::item:selected, QTableWidget::item:selected { background: #000000; color: #ffffff; }
    QPushButton { border: 2px solid #000000; background: #ffffff; color: #000000; font-weight: bold; }
    *:focus { outline: 3px solid #0033cc; border: 3px solid #0033cc; }
    #grusFramework { border: 2px solid #000000; }
"""


class _Pages(QStackedWidget):
    """The pages, as tall as the window gives them; where that is less than they need (a small
    screen), the page shown is as tall as its words need, and scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(self.updateGeometry)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 – Qt API
        room, page = self.parentWidget(), self.currentWidget()
        if page is None or room is None or room.height() >= self.minimumSizeHint().height():
            return -1  # room enough: no scrolling, as on a laptop at 100 %
        return page.heightForWidth(width)


class GroupWindow(QMainWindow):
    closed = Signal()  # the window is closing: its PDF worker ends

    def __init__(
        self,
        document: GroupDocument,
        parent: QWidget | None = None,
        run_pdf: RunPdf | None = None,
        folder: str = "",
    ):
        super().__init__(parent)
        self.document = document
        self.folder = folder  # the conversations' folder (settings): the file dialogs start there
        self.run_pdf = run_pdf  # the shell's PDF runner (a worker process, with progress)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.base_point_size = QApplication.font().pointSizeF() or 10.0
        self.zoom_percent = 100
        self.high_contrast = False
        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Samtalens dele"))
        self.nav.setMaximumWidth(360)
        self.nav.setWordWrap(True)
        # A long name wraps at every zoom, as in the conversation's step list: never "Leadership and …".
        self.nav.setItemDelegate(WrappingSteps(self.nav))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = _Pages()
        layout.addWidget(self.nav, 1)
        # On a small screen the page scrolls; it does not push the window past the screen's edge
        # (walk 2: at 150 % display scaling, 512 px, the window was 554 px: the buttons below it).
        room = QScrollArea()
        room.setWidgetResizable(True)
        room.setFrameShape(QFrame.Shape.NoFrame)
        room.setWidget(self.pages)
        layout.addWidget(room, 4)
        self.setCentralWidget(central)
        self.enter_clicks = enter_clicks_buttons(self)  # Enter clicks a focused button, as in the main window
        form = shown_form(document.group.form)  # its texts in the window's language
        entries: list[tuple[str, GroupPage]] = [(tr("Deltagere"), ParticipantsPage(document))]
        entries += [(s.title, StationPage(document, s)) for s in form.stations]
        entries += [
            (form.section("agreements").title, AgreementsPage(document)),
            (form.section("plans").title, PlansPage(document)),
            (form.section("signatures").title, SigningPage(document)),
        ]
        for title, page in entries:
            self.nav.addItem(title)
            self.pages.addWidget(page)
            page.message.connect(self.say)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._menus()
        document.changed.connect(self._changed)
        document.modified_changed.connect(self._title)
        self._title()
        self.apply_view()
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """1200 × 800, never taller or wider than the screen's room: on a 1366 × 768 laptop the
        participants' bottom row and the status bar were below the screen (as the main window)."""
        screen = self.screen() or QApplication.primaryScreen()
        width, height = 1200, 800
        if screen is not None:
            room = screen.availableGeometry()
            # room for the frame around it, and its title bar
            width, height = min(width, room.width() - 16), min(height, room.height() - 40)
        self.resize(width, height)

    # -- menus ------------------------------------------------------------------------

    def _menus(self) -> None:
        """The menus, from the window's action table (``ui/grus/actions.py``; the keys are the
        program's, the same as the main window's)."""
        self.actions_by_name = make_actions(self, self)
        self.a_contrast = self.actions_by_name["highContrast"]
        self.document.undo_changed.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        update_actions(self.actions_by_name, self.document)

    def go(self, delta: int) -> None:
        self.nav.setCurrentRow(max(0, min(self.nav.count() - 1, self.nav.currentRow() + delta)))

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _changed(self, what: GroupChange) -> None:
        if what.part is GroupPart.DETAILS:  # the group's name is in the title
            self._title()

    def _title(self) -> None:
        g = self.document.group
        name = self.document.path.name if self.document.path else tr("Ny GRUS")
        team = f" – {g.team}" if g.team else ""
        title = f"{'*' if self.document.modified else ''}{name}{team}"
        self.setWindowTitle(fill(tr("%1 – GRUS – Ishøj MUS"), title))

    # -- readable from across the table -------------------------------------------------

    def zoom(self, direction: int) -> None:
        steps = list(ZOOM_STEPS)
        index = steps.index(self.zoom_percent)
        index = steps.index(100) if direction == 0 else max(0, min(len(steps) - 1, index + direction))
        self.zoom_percent = steps[index]
        self.apply_view()
        self.say(fill(tr("Zoom: %1 %"), str(self.zoom_percent)))

    def toggle_contrast(self) -> None:
        self.high_contrast = not self.high_contrast
        self.a_contrast.setChecked(self.high_contrast)
        self.apply_view()

    def apply_view(self) -> None:
        point_size = self.base_point_size * self.zoom_percent / 100
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        self.setFont(font)
        central = self.centralWidget()
        assert central is not None
        sheet = f"QWidget {{ font-size: {point_size:.1f}pt; }}" + stylesheet(point_size)
        sheet += f"#grusQuestions {{ font-size: {point_size * 1.2:.1f}pt; }}"
        sheet += "#grusFramework { border: 1px solid palette(mid); border-radius: 6px; padding: 6px; }"
        central.setFont(font)
        central.setStyleSheet(sheet + (HIGH_CONTRAST if self.high_contrast else ""))

    # -- files ---------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        g = self.document.group
        suggestion = f"{g.form.documents.file_prefix}_{g.date.isoformat() if g.date else 'uden-dato'}.mus"
        # The window's own question: a signed conversation there is named, and kept aside if replaced.
        path = ask_save_path(
            self, tr("Gem GRUS"), Path(self.start_folder()) / suggestion, tr("Samtaler (*.mus)"), ".mus"
        )
        return path is not None and self._save_to(path)

    def start_folder(self) -> str:
        """The file's own folder, else the conversations' folder, else Documents (walk 2: GRUS's
        dialogs opened in the program's folder)."""
        return start_folder(self.document.path.parent if self.document.path else None, self.folder)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except SaveError as exc:
            messages.warning(self, tr("Ikke gemt"), save_error_text(exc))
            return False
        self._title()
        self.say(fill(tr("Gemt i %1"), path.name))
        return True

    def bring_in_preparations(self) -> None:
        """All the preparation files at once: they come in together, at the start."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Hent forberedelser (vælg alle filerne på én gang)"),
            self.start_folder(),
            tr("Forberedelser (*.grus)"),
        )
        if names:
            self.bring_in([Path(n) for n in names], load_preparation, MusFileError)

    def bring_in(
        self,
        paths: list[Path],
        load: Callable[[Path, GroupForm], tuple[str, dict[str, str]]],
        error_type: type[MusFileError],
    ) -> bool:
        g: GroupConversation = self.document.group
        batch, problems = [], []
        for path in paths:
            try:
                name, answers = load(path, g.form)
            except error_type as exc:
                problems.append(file_error_text(exc))
                continue
            if (
                " ".join(name.split()).casefold() == " ".join(g.leader.name.split()).casefold()
                and name.strip()
            ):
                batch.append((LEADER, path.name, answers))
            elif (m := g.find_member(name)) is not None:
                batch.append((m.id, path.name, answers))
            else:
                problems.append(
                    fill(
                        tr(
                            "»%1« (i %2) er hverken lederen eller en deltager. Tilføj deltageren, og hent igen."
                        ),
                        name,
                        path.name,
                    )
                )
        if problems:
            messages.information(
                self,
                tr("Forberedelserne er ikke hentet"),
                tr("Ingen er hentet endnu:") + "\n\n" + "\n".join(problems),
            )
            return False
        try:
            count = self.document.edit(
                tr("Hent forberedelser"),
                lambda g: g.bring_in(batch, datetime.now().astimezone()),
                GroupChange(GroupPart.PREPARATIONS),
            )
        except GroupRefused as exc:
            self.say(refusal_text(exc))
            return False
        said = {  # English counts in the singular for one ("1 contribution"); Danish "bidrag" either way
            (True, True): tr("1 forberedelse hentet med 1 bidrag."),
            (True, False): tr("1 forberedelse hentet med %2 bidrag."),
            (False, True): tr("%1 forberedelser hentet med 1 bidrag."),
            (False, False): tr("%1 forberedelser hentet med %2 bidrag."),
        }[(len(batch) == 1, count == 1)]
        self.say(fill(said, str(len(batch)), str(count)))
        return True

    def save_pdfs(self) -> None:
        """The referat and, for each participant, the HR edition and the own copy, in one folder."""
        if self.run_pdf is None:
            self.say(tr("PDF'erne kan ikke laves her. Brug »ishoj-mus pdf« på kommandolinjen."))
            return
        folder = QFileDialog.getExistingDirectory(
            self, tr("Vælg mappen til GRUS-PDF'erne"), self.start_folder()
        )
        if folder:
            self.make_pdfs(Path(folder))

    def make_pdfs(self, folder: Path) -> None:
        if self.run_pdf is None:
            return
        job = Job.of(jobs.GRUS_DOCUMENTS, self.document.group, progress=reported)
        self.run_pdf(tr("Laver GRUS-PDF'erne …"), job, lambda result: self._write_pdfs(folder, result))

    def _write_pdfs(self, folder: Path, documents: list[tuple[str, bytes]]) -> None:
        written = []
        try:
            for name, data in documents:
                path = free_name_for(folder / name)
                atomic_write(path, data, keep_backup=False)
                written.append(path.name)
        except SaveError as exc:
            messages.warning(self, tr("PDF'erne er ikke alle gemt"), save_error_text(exc))
            return
        signed = sum(1 for m in self.document.group.members if self.document.group.is_signed_for(m.id))
        messages.information(
            self,
            tr("PDF'erne er gemt"),
            fill(
                tr(
                    "%1 PDF'er er gemt i %2: gruppens referat og for hver deltager HR-udgaven og deltagerens eget "
                    "eksemplar. %3 af deltagernes udgaver er underskrevet af både lederen og deltageren."
                ),
                str(len(written)),
                str(folder),
                str(signed),
            ),
        )

    def prepare(self) -> None:
        PreparationDialog(self.document.group.form, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.document.modified:  # the same question, with the same buttons, as the main window's
            answer = messages.question(
                self,
                tr("Gem GRUS?"),
                tr("Der er ændringer, der ikke er gemt. Vil I gemme dem?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            closes = answer == QMessageBox.StandardButton.Discard or (
                answer == QMessageBox.StandardButton.Save and self.save()
            )
            if not closes:  # Cancel, Escape, or the save failed
                event.ignore()
                return
        self.document.discard_recovery()  # saved, or not wanted
        self.closed.emit()
        event.accept()


def open_group_window(
    parent: QWidget, path: Path | None = None, run_pdf: RunPdf | None = None, folder: str = ""
) -> GroupWindow | None:
    """A GRUS window: the file at ``path``, or a new group conversation on the shipped form."""
    try:
        recovered = False
        if path is not None:
            group = grus_file.load(path)
        else:
            earlier = _recovered(parent)
            if earlier is False:
                return None
            recovered = earlier is not None
            group = earlier or GroupConversation(form=group_form(), date=date.today())
    except MusFileError as exc:
        messages.warning(parent, tr("GRUS kunne ikke åbnes"), file_error_text(exc))
        return None
    except FormError:
        messages.warning(
            parent,
            tr("GRUS kunne ikke åbnes"),
            tr("Formularen til GRUS mangler eller er beskadiget. Installér programmet igen."),
        )
        return None
    document = GroupDocument(group, path)
    document.recovered = recovered
    window = GroupWindow(document, parent, run_pdf, folder)
    window.show()
    window.raise_()
    return window


def _recovered(parent: QWidget) -> GroupConversation | Literal[False] | None:
    """Unsaved work from a GRUS window that did not close cleanly, if the leader wants it back;
    None: there is none, or the leader discarded it; False: the leader cancelled."""
    open_now = {w.document.group.id for w in QApplication.topLevelWidgets() if isinstance(w, GroupWindow)}
    pending = [(f, g) for f, g in grus_file.pending_recoveries() if g.id not in open_now]  # not one open now
    if not pending:
        return None
    file, group = pending[0]
    when = format_datetime(datetime.fromtimestamp(file.stat().st_mtime))
    what = ", ".join(x for x in (group.team, group.date.strftime("%d.%m.%Y") if group.date else "") if x)
    text = fill(
        tr("Der er en GRUS, der ikke blev gemt (%1), gemt automatisk %2. Vil I fortsætte med den?"),
        what or tr("uden navn"),
        when,
    )
    answer = messages.ask(
        parent,
        QMessageBox.Icon.Question,
        tr("GRUS, der ikke blev gemt"),
        text,
        [
            (tr("&Fortsæt med den"), QMessageBox.ButtonRole.AcceptRole),
            (tr("&Kassér den, og start en ny"), QMessageBox.ButtonRole.DestructiveRole),
        ],
        name="grusRecovery",
    )
    if answer == 0:
        return group
    if answer is None:  # Escape or Cancel: nothing opens, and the copy is offered again next time
        return False
    grus_file.discard_recovery(group.id)
    return None
