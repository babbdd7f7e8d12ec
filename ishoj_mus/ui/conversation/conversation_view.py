"""The conversation window's body: step list with progress, the step pages, the framework panel,
the locked banner and the forward/back buttons."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import Step, StepKind
from ishoj_mus.domain.records import OwnTopic
from ishoj_mus.storage.settings import Settings
from ishoj_mus.text import Phrase, fill, phrase
from ishoj_mus.ui.conversation import locked_text
from ishoj_mus.ui.conversation.agenda import AgendaTimer
from ishoj_mus.ui.conversation.commands import Reopen
from ishoj_mus.ui.conversation.document import ConversationDocument, unsaved_conversation_text
from ishoj_mus.ui.conversation.editor import ViewAction
from ishoj_mus.ui.conversation.entries import TOPIC_PREFIX, entry_key, entry_title
from ishoj_mus.ui.conversation.framework_text import framework_html
from ishoj_mus.ui.conversation.history import ReopenDialog
from ishoj_mus.ui.conversation.page_room import PageRoom
from ishoj_mus.ui.conversation.pages import NARROW_PARTS, ParticipantsPage, StepPage
from ishoj_mus.ui.conversation.step_list import (
    NextPageMaker,
    NoDoubleClick,
    WrappingSteps,
    show_progress,
)
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.bidi import unturned
from ishoj_mus.ui.widgets.i18n import shown_form, tr, voice_label
from ishoj_mus.ui.widgets.moments import format_moment

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QResizeEvent

    from ishoj_mus.ui.conversation.editor import PageHost


class ConversationView(QWidget):
    """Shows a :class:`ConversationDocument`; asks the window for what it cannot do itself
    (outputs, hiding the framework) through ``action_requested``, never by calling it."""

    # "preview", "save_pdf", "save_employee_copy", "save_plan", "hide_framework"
    action_requested = Signal(object)  # a ViewAction

    def __init__(
        self,
        document: ConversationDocument,
        settings: Settings,
        show_framework: bool = True,
        parent: QWidget | None = None,
        *,
        preparation_header: Callable[[PageHost], QWidget],
        signing_page: Callable[[PageHost, Step], StepPage],
        question_page: Callable[[PageHost, Step, QWidget], StepPage],
        summary_page: Callable[[PageHost, Step, QWidget], StepPage],
        topic_page: Callable[[PageHost, OwnTopic], StepPage],
    ) -> None:
        """``preparation_header`` and ``signing_page`` come from rooms above the conversation
        (ui/preparation, ui/outputs), handed in by the window: the preparation bar (or a
        preparation's banner) above the steps, and the page of the signing step. The window
        hands in the makers of the other pages too (``question_page.py``, ``summary_page.py``,
        ``topic_page.py``): the start-up seam loads each when a step of its kind is first shown."""
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self._preparation_header = preparation_header
        self._signing_page = signing_page
        self._question_page, self._summary_page, self._topic_page = question_page, summary_page, topic_page
        self.pages: dict[str, StepPage] = {}  # by entry key (step id, or "topic:" + topic id)
        self._stale: set[str] = set()
        self.entries: list[Step | OwnTopic] = []  # what the step list shows, row by row

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = QFrame()
        self.banner.setObjectName("lockedBanner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(tr("Samtalen er låst"))
        self.reopen_button = QPushButton(tr("&Genåbn …"))
        self.reopen_button.setAccessibleName(tr("Genåbn samtalen"))
        self.reopen_button.clicked.connect(self.reopen)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.reopen_button)
        outer.addWidget(self.banner)
        self._make_header(outer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(tr("Trin i samtalen"))
        self.step_list.setWordWrap(True)
        self.step_list.setItemDelegate(WrappingSteps(self.step_list))
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.framework_panel = QWidget()
        panel = QVBoxLayout(self.framework_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(8, 4, 4, 0)
        head_label = QLabel(tr("Rammen"))
        head_label.setStyleSheet("font-weight: bold;")
        self.hide_framework = QPushButton(tr("S&kjul"))
        self.hide_framework.setToolTip(tr("Skjul rammen (F9 viser den igen)"))
        self.hide_framework.clicked.connect(lambda: self.action_requested.emit(ViewAction.HIDE_FRAMEWORK))
        head.addWidget(head_label, 1)
        head.addWidget(self.hide_framework)
        panel.addLayout(head)
        self.framework = QTextBrowser()
        self.framework.setProperty("quotation", True)  # the framework, quoted in Danish
        self.framework.setAccessibleName(tr("Rammen: Grundlag for lederskab og følgeskab"))
        self.framework.setMinimumWidth(220)
        self.framework.setOpenExternalLinks(False)
        panel.addWidget(self.framework, 1)
        self.show_framework = show_framework
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        self.where = QLabel()  # where you are: whose conversation, which step of how many
        self.where.setObjectName("whereHeader")
        self.where.setTextFormat(Qt.TextFormat.PlainText)  # the employee's name is anyone's text
        self.where.setAccessibleName(tr("Hvor I er i samtalen"))
        # Wraps: a long step title at 150 % zoom must not make the window wider than the screen.
        self.where.setWordWrap(True)
        center_layout.addWidget(self.where)
        center_layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(12, 6, 12, 8)
        self.back = QPushButton(tr("← Forrig&e"))
        self.next = QPushButton(tr("&Næste →"))
        self.position = QLabel()
        nav.addWidget(self.back)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next)
        center_layout.addLayout(nav)
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.framework_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([230, 700, 320])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        self.room = PageRoom(self)  # the page's least width: the list and the panel give way
        self.room.fit()

        self._next_page = NextPageMaker(self, self._make_next_page)
        self._rebuild_entries()  # pages are made on first visit, or while the step before is read
        self.step_list.currentRowChanged.connect(self._show_step)
        # A double-click on "Næste" or "Forrige" is one step: people double-click buttons, and
        # the second click skipped a step unseen.
        self._one_click = NoDoubleClick(self)
        for button in (self.back, self.next):
            button.installEventFilter(self._one_click)
        self.back.clicked.connect(lambda: self.go(self.step_list.currentRow() - 1))
        self.next.clicked.connect(lambda: self.go(self.step_list.currentRow() + 1))
        document.changed.connect(self._model_changed)
        document.refused.connect(self._refused)
        self.setTabOrder(self.step_list, self.stack)
        self._update_progress()
        self._update_lock()
        self.step_list.setCurrentRow(0)

    def _make_header(self, outer: QVBoxLayout) -> None:
        """Preparations and the gentle timer (issue 13), above the steps."""
        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.setContentsMargins(0, 0, 12, 0)
        self._header = header
        self.preparation_bar = self._preparation_header(self)  # refreshes itself on changes
        header.addWidget(self.preparation_bar, 1)
        self.timer = AgendaTimer(self.document)
        self.timer.setVisible(self.conv.preparation_of is None)
        # At the right, at its own size, whether or not the preparation bar is there: when the
        # bar hid (after signing, revealing, reopening) the timer jumped to the far left and
        # "Pause" and "Dagsorden" grew into huge bars.
        self.timer.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        header.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignRight)
        outer.addLayout(header)
        self._fit_header()

    def _fit_header(self) -> None:
        """The preparations and the timer side by side when the screen has room, else the timer
        below them: at 150 % on a 1024 px screen, after »Hent forberedelse …« the row needed
        1237 px and the window grew past the screen (»Næste →« and »Pause« off-screen)."""
        screen = self.screen()
        room = screen.availableGeometry().width() - 48 if screen is not None else 1 << 20
        beside = 0 if self.preparation_bar.isHidden() else self.preparation_bar.minimumSizeHint().width()
        needed = beside + self.timer.minimumSizeHint().width() + 12
        direction = (
            QBoxLayout.Direction.TopToBottom
            if needed + 300 > room and beside
            else QBoxLayout.Direction.LeftToRight
        )
        if self._header.direction() != direction:
            self._header.setDirection(direction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Escape, wherever the keyboard is in the conversation: back to the step list."""
        if event.key() == Qt.Key.Key_Escape:
            self.step_list.setFocus()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.room.fit()
            self._fit_header()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.room.fit()

    # -- entries: the form's steps and own topics that are steps of their own ------------
    def _rebuild_entries(self) -> bool:
        """Follow the own topics that are steps of their own into the step list (added, removed,
        undone). True when the list changed; the entry that was showing stays selected."""
        shown = shown_form(self.conv.form)  # the steps in the window's language
        entries = [e if isinstance(e, OwnTopic) else shown.step(e.id) for e in self.conv.step_entries()]
        keys = [entry_key(e) for e in entries]
        old_keys = [entry_key(e) for e in self.entries]
        self.entries = entries
        if keys == old_keys:
            return False
        current = (
            old_keys[self.step_list.currentRow()]
            if 0 <= self.step_list.currentRow() < len(old_keys)
            else None
        )
        row = self.step_list.currentRow()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for entry in entries:
            item = QListWidgetItem(entry_title(entry, self.conv.hidden_voices()))
            self.step_list.addItem(item)
        for key in [k for k in self.pages if k not in keys]:  # a removed topic's page goes too
            page = self.pages.pop(key)
            self._stale.discard(key)
            self.stack.removeWidget(page)
            page.deleteLater()
        self._update_progress()
        if current in keys:
            self.step_list.setCurrentRow(keys.index(current))
            self.step_list.blockSignals(False)
        elif current is not None:  # the topic showing was removed: show what took its place
            self.step_list.setCurrentRow(max(0, min(row, len(keys) - 1)))
            self.step_list.blockSignals(False)
            self._show_step(self.step_list.currentRow())
        else:
            self.step_list.blockSignals(False)
        return True

    def row_of(self, key: str) -> int:
        """The step list's row of a step id (or "topic:" + an own topic's id); -1 when gone."""
        keys = [entry_key(e) for e in self.entries]
        return keys.index(key) if key in keys else -1

    def focus_step_list(self) -> None:
        self.step_list.setFocus()

    def go_to_topic(self, topic_id: str) -> None:
        """Show an own topic that is a step of its own, ready to write in."""
        self.go(self.row_of(TOPIC_PREFIX + topic_id))

    # -- pages ------------------------------------------------------------------------
    def _page(self, index: int) -> StepPage:
        entry = self.entries[index]
        key = entry_key(entry)
        if key not in self.pages:
            page: StepPage
            if isinstance(entry, OwnTopic):
                page = self._topic_page(self, entry)
                self._add_page(key, page)
                return page
            step = entry
            # Each page is made inside the stack that shows it: a finished page moved in would
            # pass the view's font, palette and style down through every child again.
            if step.kind == StepKind.PARTICIPANTS:
                page = ParticipantsPage(self, step, self.stack)
            elif step.kind == StepKind.SUMMARY:
                page = self._summary_page(self, step, self.stack)
            elif step.kind == StepKind.SIGNATURES and self.conv.preparation_of is not None:
                page = StepPage(self, step, self.stack)
                note = QLabel(
                    tr(
                        "En forberedelse underskrives ikke. Gem den (Ctrl+S), og tag filen med til samtalen, "
                        "hvor I henter den ind med »Hent forberedelse«."
                    )
                )
                note.setWordWrap(True)
                page.body.addWidget(note)
                page.finish()
            elif step.kind == StepKind.SIGNATURES:
                page = self._signing_page(self, step)
            else:
                page = self._question_page(self, step, self.stack)
            self._add_page(key, page)
        return self.pages[key]

    def _add_page(self, key: str, page: StepPage) -> None:
        self.stack.addWidget(page)
        self.pages[key] = page
        page.set_read_only(self.conv.is_locked)
        locked_text.watch(page)

    def current_page(self) -> StepPage:
        return self._page(self.step_list.currentRow())

    def _show_step(self, index: int) -> None:
        if index < 0:
            return
        page = self._page(index)
        entry = self.entries[index]
        key = entry_key(entry)
        if key in self._stale:
            page.refresh()
            self._stale.discard(key)
        self.stack.setCurrentWidget(page)
        self._next_page.shown()
        if isinstance(entry, OwnTopic):
            # Its minutes count on the step it stands before; the header shows the conversation's.
            self.timer.set_step(self.conv.own_steps_before(), shown=False)
            items = []
        else:
            self.timer.set_step(entry.id)
            items = [it for ref in entry.framework for it in self.conv.form.framework.resolve(ref)]
        if items:
            self.framework.setHtml(framework_html(items))
        self.room.has_framework = bool(items)
        self.room.fit()
        count = self.step_list.count()
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < count - 1)
        self.position.setText(fill(tr("Trin %1 af %2"), str(index + 1), str(count)))
        who = unturned(self.conv.employee.name) or phrase(Phrase.NO_NAME, tr)
        self.where.setText(
            fill(
                tr("%5 med %1 · Trin %2 af %3 – %4"),
                who,
                str(index + 1),
                str(count),
                entry_title(entry, self.conv.hidden_voices(), in_sentence=True),
                shown_form(self.conv.form).documents.name,
            )
        )
        if page.refresh_when_shown:
            page.refresh()

    def _make_next_page(self) -> None:
        """The next step's page, made while this one is read (``NextPageMaker``)."""
        row = self.step_list.currentRow() + 1
        if 0 <= row < len(self.entries) and entry_key(self.entries[row]) not in self.pages:
            self._page(row)

    def go(self, index: int) -> None:
        if 0 <= index < self.step_list.count():
            self.step_list.setCurrentRow(index)
            target = self.current_page().focus_target()
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_field(self, step_id: str, field_id: str = "", voice: str = "") -> None:
        index = self.row_of(step_id)
        if index < 0:
            return
        self.step_list.setCurrentRow(index)
        page = self.current_page()
        field_id, _, item_part = field_id.partition("#")
        target = page.focus_target(field_id or None, Voice(voice) if voice else None)
        if item_part:  # one agreement's what, responsible, deadline or follow-up
            target = page.item_target(item_part) or target
        if target is not None:
            page.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_framework_visible(self, visible: bool, chosen: bool = False) -> None:
        """``chosen``: the person's own choice (F9, the menu, »Skjul«), kept on a narrow window."""
        self.show_framework = visible
        self.room.chosen = visible if chosen else self.room.chosen
        entry = self.entries[max(0, self.step_list.currentRow())]
        self.room.has_framework = isinstance(entry, Step) and bool(entry.framework)
        self.room.fit()

    # -- the document ------------------------------------------------------------------
    @property
    def conv(self) -> Conversation:
        return self.document.conversation

    @property
    def undo_stack(self) -> QUndoStack:
        return self.document.undo_stack

    def push(self, command: QUndoCommand) -> bool:
        return self.document.push(command)

    def request(self, action: ViewAction) -> None:
        """Ask the window for an output (a PDF, the plan); see ``action_requested``."""
        self.action_requested.emit(action)

    def _refused(self, message: str) -> None:
        if not self.conv.is_locked:  # a locked conversation says why in its banner already
            messages.information(self, tr("Ændringen blev ikke gemt"), message)

    def _model_changed(self, change: Change) -> None:
        """Only what shows the changed part follows it (``NARROW_PARTS``, ``StepPage.concerns``):
        a typed answer refreshes its own page and its step's progress (the summary and signing
        pages when next shown), the time spent only the clock; any other part the entries, every
        page (the one showing now, the others when next shown) and the whole step list."""
        part = change.part
        if part is Part.TIME:
            self.timer.refresh()
            return
        self._next_page.postpone()  # not while people type
        if part not in NARROW_PARTS:
            self._fit_header()  # the preparation bar has followed the change already
            self._rebuild_entries()
        row = self.step_list.currentRow()
        current = entry_key(self.entries[row]) if 0 <= row < len(self.entries) else None
        for key, page in self.pages.items():
            if not page.concerns(change):
                continue
            if key == current:
                page.follow(change)
            else:
                self._stale.add(key)
        if part is Part.ANSWER:
            self._update_progress({s.id for s, f in self.conv.form.fields() if f.id == change.key})
        elif part not in NARROW_PARTS:
            self._update_progress()
        if part is Part.SIGNATURES:
            self._update_lock()
        if part in (Part.AGENDA, Part.SIGNATURES):
            self.timer.refresh()

    def _update_progress(self, only: Collection[str] | None = None) -> None:
        show_progress(self.step_list, self.entries, self.conv, only)

    def _update_lock(self) -> None:
        conv = self.conv
        locked = conv.is_locked
        self.banner.setVisible(locked)
        if locked:
            parts = [
                fill(tr("%1 (%2) %3"), s.signer, voice_label(s.role).lower(), format_moment(s.signed_at))
                for s in conv.signatures.values()
            ]
            head = (
                tr("Underskrevet og låst.")
                if conv.is_fully_signed
                else tr("Delvist underskrevet – låst for ændringer.")
            )
            self.banner_text.setText(f"<b>{head}</b> {tr('Underskrevet af')}: {'; '.join(parts)}.")
        for page in self.pages.values():
            page.set_read_only(locked)
            locked_text.watch(page)  # fields added since (a new agreement) follow too

    def signed(self) -> None:
        self._update_lock()
        if self.conv.is_fully_signed:
            text = tr(
                "Begge har underskrevet. Samtalen er nu låst. Gem HR-udgaven til personalesagen, og gem "
                "medarbejderens eget eksemplar. Begge knapper står på siden »Underskrift«."
            )
            if self.document.path is None or self.document.is_modified():
                text += "\n\n" + unsaved_conversation_text()  # walk F15
            messages.information(self, tr("Samtalen er underskrevet"), text)

    def reopen(self) -> None:
        dialog = ReopenDialog(self)
        if not dialog.exec():
            return
        leader = self.conv.signer_name(Voice.LEDER) or tr("leder")
        at = datetime.now().astimezone().replace(microsecond=0)
        self.push(Reopen(self.conv, leader, Voice.LEDER, at, dialog.reason_text()))
