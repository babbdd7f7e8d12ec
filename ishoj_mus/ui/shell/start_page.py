"""The start screen: new, open, recent conversations, the demo, and recovery after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.storage import userdirs
from ishoj_mus.storage.atomic import clean_stale_in
from ishoj_mus.text import Phrase, fill, form_title_text, phrase
from ishoj_mus.ui.widgets.i18n import state_text, tr
from ishoj_mus.ui.widgets.moments import format_moment

if TYPE_CHECKING:
    from ishoj_mus.storage.recovery import Recovery


# The start page is the first frame: it keeps off Qt's ``Qt`` namespace (its ~90 enum types cost
# ≈25 ms to create in PySide6) and the domain; each list remembers its entries by row instead.


class StartPage(QWidget):
    new_requested = Signal()
    prepare_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)
    recovery_chosen = Signal(object)
    recovery_discarded = Signal(object)
    overview_requested = Signal()
    hr_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        title = QLabel(tr("Ishøj MUS"))
        title.setObjectName("startTitle")
        subtitle = QLabel(tr("Udviklingssamtalen – med Grundlag for lederskab og følgeskab ved hånden."))
        subtitle.setWordWrap(True)
        outer.addWidget(title)
        outer.addWidget(subtitle)
        buttons = QGridLayout()  # two by two: room for large buttons at 150 % on a laptop
        # Alt+letter for each (walk of issue 25), none of the menu bar's letters (Filer,
        # Rediger, Vis, Indstillinger, Hjælp; in English File, Edit, View, Settings, Help).
        self.new_button = QPushButton(tr("&Ny samtale …"))
        self.open_button = QPushButton(tr("Å&bn samtale …"))
        self.demo_button = QPushButton(tr("Åbn de&mo-samtalen"))
        self.prepare_button = QPushButton(tr("Forbered &dig …"))
        self.prepare_button.setToolTip(tr("Svar på spørgsmålene alene før samtalen, og gem din forberedelse"))
        self.overview_button = QPushButton(tr("Overblik over &samtaler …"))
        self.overview_button.setToolTip(
            tr("Alle samtaler i en mappe: hvad der er aftalt, og hvad der forfalder")
        )
        self.hr_button = QPushButton(tr("&Kontrollér referater …"))
        self.hr_button.setToolTip(
            tr("For HR: kontrollér mange referater på én gang, og klargør dem til journalisering")
        )
        for i, b in enumerate(
            (self.new_button, self.open_button, self.demo_button, self.overview_button, self.hr_button)
        ):
            b.setMinimumHeight(36)
            buttons.addWidget(b, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        outer.addLayout(buttons)
        prepare_row = QHBoxLayout()  # its own row: the start screen stays narrow enough for small windows
        prepare_text = QLabel(tr("Vil du forberede dig til samtalen?"))
        # One line: wrapping, the stretch beside it squeezed it into two short lines.
        self.prepare_button.setMinimumHeight(36)
        prepare_row.addWidget(prepare_text)
        prepare_row.addWidget(self.prepare_button)
        prepare_row.addStretch(1)
        outer.addLayout(prepare_row)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.prepare_button.clicked.connect(self.prepare_requested)
        self.overview_button.clicked.connect(self.overview_requested)
        self.hr_button.clicked.connect(self.hr_requested)

        # The recovery offer and the recent list are made when there is something to show: a
        # first start has neither, and PySide6 creates ~20 enum types for QListWidget's classes
        # on first use (start-up, issue 15). Each goes where it always was, in the layout and in
        # the keyboard's Tab order.
        self._outer = outer
        self._recovery_box: QGroupBox | None = None
        self._recoveries: list[Recovery] = []
        self._recent_list: QListWidget | None = None
        self._recent_paths: list[str] = []
        self._recent_opening = False  # a double-click is one click and an activation: open once

        self.recent_box = QGroupBox(tr("Seneste samtaler"))
        self._recent_layout = QVBoxLayout(self.recent_box)
        self.recent_empty = QLabel(
            tr("Ingen endnu. Start en ny samtale, eller åbn demo-samtalen for at se, hvordan det virker.")
        )
        self.recent_empty.setWordWrap(True)
        self._recent_layout.addWidget(self.recent_empty)
        self._recent_layout.addStretch(0)  # with no list: the text at the top of the box
        outer.addWidget(self.recent_box, 1)
        how = QLabel(
            tr(
                "Sådan foregår det: I sidder sammen ved skærmen og går trinnene igennem – fra kerneopgaven "
                "over de fire perspektiver til aftalerne. Ved hver tekst kan I se, hvem der har skrevet den: "
                "medarbejderen, lederen eller I sammen. Til sidst underskriver I begge, og referatet gemmes som en "
                "underskrevet PDF til personalesagen."
            )
        )
        how.setWordWrap(True)
        how.setObjectName("helpText")
        outer.addWidget(how)

    # -- made on first use ------------------------------------------------------------
    @property
    def recovery_box(self) -> QGroupBox:
        if self._recovery_box is None:
            box = QGroupBox(tr("Ikke-gemt arbejde fra sidst"))
            box.setVisible(False)
            rb = QVBoxLayout(box)
            explain = QLabel(
                tr(
                    "Programmet blev ikke lukket normalt. Dette arbejde blev gemt automatisk og kan gendannes:"
                )
            )
            explain.setWordWrap(True)
            rb.addWidget(explain)
            self._recovery_list = QListWidget()
            self._recovery_list.setAccessibleName(tr("Arbejde, der kan gendannes"))
            rb.addWidget(self._recovery_list)
            row = QHBoxLayout()
            self._restore_button = QPushButton(tr("&Gendan"))
            self._discard_button = QPushButton(tr("K&assér …"))
            row.addWidget(self._restore_button)
            row.addWidget(self._discard_button)
            row.addStretch(1)
            rb.addLayout(row)
            self._outer.insertWidget(self._outer.indexOf(self.recent_box), box)
            self._restore_button.clicked.connect(self._restore)
            self._discard_button.clicked.connect(self._discard)
            self._recovery_list.itemActivated.connect(lambda _i: self._restore())
            self._recovery_box = box
            self._keep_tab_order()
        return self._recovery_box

    @property
    def recovery_list(self) -> QListWidget:
        self.recovery_box  # noqa: B018  (made on first use)
        return self._recovery_list

    @property
    def restore_button(self) -> QPushButton:
        self.recovery_box  # noqa: B018
        return self._restore_button

    @property
    def discard_button(self) -> QPushButton:
        self.recovery_box  # noqa: B018
        return self._discard_button

    @property
    def recent_list(self) -> QListWidget:
        if self._recent_list is None:
            recent = QListWidget()
            recent.setVisible(False)
            recent.setAccessibleName(tr("Seneste samtaler"))
            recent.setObjectName("recentList")  # each conversation a card (theme.py)
            recent.setSpacing(2)
            # One click opens (a card is not a selection); Enter too. A double-click opens once.
            recent.itemClicked.connect(self._recent_item_chosen)
            recent.itemActivated.connect(self._recent_item_chosen)
            self._recent_layout.insertWidget(1, recent, 1)  # below the "none yet" text, above the stretch
            self._recent_list = recent
            self._keep_tab_order()
        return self._recent_list

    def _keep_tab_order(self) -> None:
        """Tab goes as it would had every part been made at once: the buttons as they are laid
        out, the recovery offer, then the recent list (a widget made later would otherwise come
        last)."""
        chain: list[QWidget] = [
            self.new_button,
            self.open_button,
            self.demo_button,
            self.overview_button,
            self.hr_button,
            self.prepare_button,
        ]
        if self._recovery_box is not None:
            chain += [self._recovery_list, self._restore_button, self._discard_button]
        if self._recent_list is not None:
            chain.append(self._recent_list)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _recent_item_chosen(self, item: QListWidgetItem) -> None:
        if self._recent_opening:
            return
        self._recent_opening = True
        QTimer.singleShot(QApplication.doubleClickInterval() + 50, self._recent_opened)
        self.recent_chosen.emit(self._recent_paths[self.recent_list.row(item)])

    def _recent_opened(self) -> None:
        self._recent_opening = False

    def set_recent(self, recent: list[dict[str, str]]) -> None:
        if not recent and self._recent_list is None:
            self.recent_empty.setVisible(True)
            self._recent_paths = []
            return

        self.recent_list.clear()
        self._recent_paths = [entry.get("path", "") for entry in recent]
        texts = []
        for entry in recent:
            state = state_text(entry.get("state", "")) or entry.get("state", "")
            who = entry.get("employee") or Path(entry.get("path", "")).name or phrase(Phrase.NO_NAME, tr)
            whose = _preparation_of(entry)
            if whose:  # a preparation is no draft conversation (walk F17): whose it is, and for whom
                details = " · ".join(x for x in (entry.get("date", ""), whose) if x)
            else:
                details = " · ".join(
                    x for x in (entry.get("date", ""), form_title_text(entry.get("form", ""), tr), state) if x
                )
            texts.append(f"{who}\n{details}")
        for entry, text in zip(recent, texts, strict=True):
            path = Path(entry.get("path", ""))
            if texts.count(text) > 1:  # two entries that read the same: where each one is
                text += "\n" + fill(tr("%1 i mappen %2"), path.name, str(path.parent))
            item = QListWidgetItem(text)
            item.setToolTip(str(path))
            if not Path(entry.get("path", "")).exists():
                item.setText(text + " " + tr("(filen findes ikke længere)"))
            self.recent_list.addItem(item)
        self.recent_empty.setVisible(not recent)
        self.recent_list.setVisible(bool(recent))

    def set_recoveries(self, recoveries: list[Recovery]) -> None:
        if not recoveries and self._recovery_box is None:
            self._recoveries = []
            return

        self.recovery_list.clear()
        self._recoveries = list(recoveries)
        for r in recoveries:
            where = str(r.original_path) if r.original_path else tr("ikke gemt i en fil")
            who = r.employee_name or (
                tr("(beskyttet med adgangskode)")
                if getattr(r, "sealed", False)
                else phrase(Phrase.NO_NAME, tr)
            )
            item = QListWidgetItem(f"{who} · {tr('gemt automatisk')} {format_moment(r.saved_at)} · {where}")
            self.recovery_list.addItem(item)
        if recoveries:
            self.recovery_list.setCurrentRow(0)
        self.recovery_box.setVisible(bool(recoveries))

    def _selected_recovery(self) -> Recovery | None:
        row = self.recovery_list.currentRow()
        return self._recoveries[row] if 0 <= row < len(self._recoveries) else None

    def _restore(self) -> None:
        r = self._selected_recovery()
        if r is not None:
            self.recovery_chosen.emit(r)

    def _discard(self) -> None:
        r = self._selected_recovery()
        if r is not None:
            self.recovery_discarded.emit(r)


def pending_recoveries() -> list[Recovery]:
    """Unsaved work from a session that did not end cleanly. Nearly always there is none: then
    the recovery module (and the conversation model it reads) is not loaded at start-up."""

    folder = userdirs.recovery_dir()
    if not any(folder.glob("*.recovery.json")):
        clean_stale_in(folder)  # temp files of autosaves a crash cut short
        return []
    from ishoj_mus.storage import recovery

    return recovery.pending()


def _preparation_of(entry: dict[str, str]) -> str:
    """ "Lederens forberedelse" / "Medarbejderens forberedelse" for a preparation's entry (also
    one remembered before entries said so: its file name Forberedelse_leder_… tells), else ""."""
    voice = entry.get("preparation", "")
    if not voice:
        name = Path(entry.get("path", "")).name.lower()
        for candidate in ("leder", "medarbejder"):
            if name.startswith(f"forberedelse_{candidate}_"):
                voice = candidate
    if voice == "leder":
        return tr("Lederens forberedelse")
    if voice == "medarbejder":
        return tr("Medarbejderens forberedelse")
    return ""
