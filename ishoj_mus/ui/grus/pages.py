"""The group conversation's other pages: who takes part, the group's agreements, and each
participant's own plan with the offer of an individual MUS."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ishoj_mus.domain.grus import (
    GroupAgreement,
    GroupConversation,
    GroupLeader,
    IndividualOffer,
    Member,
    OfferAnswer,
    PersonalItem,
    Plan,
)
from ishoj_mus.domain.grus_parts import LINE, LONG, SHORT
from ishoj_mus.text import fill
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.page_parts import (
    GroupPage,
    clipped,
    field_heading,
    line_edit,
    notes_edit,
    plain_label,
)
from ishoj_mus.ui.widgets.i18n import shown_form, tr

_WHOLE_GROUP = GroupAgreement("").who  # the domain's default for who
_MEMBERS = GroupChange(GroupPart.MEMBERS)
_AGREEMENTS = GroupChange(GroupPart.AGREEMENTS)


def fmt(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def parse_date(text: str) -> date | None:
    """»24.11.2026« (or empty: no date). Raises ValueError."""
    text = text.strip()
    return datetime.strptime(text, "%d.%m.%Y").date() if text else None


def date_hint(example: str = "24.11.2026") -> str:
    """What to write when ``parse_date`` refused a date (the group's details, an offer, an
    agreement's deadline, a personal item's), with an example that fits the date asked for."""
    return fill(tr("Skriv datoen som dag.måned.år, fx %1."), example)


class ParticipantsPage(GroupPage):
    def __init__(self, document: GroupDocument, parent: QWidget | None = None):
        form = shown_form(document.group.form)  # its texts in the window's language
        super().__init__(document, tr("Deltagere"), form.participants_help, parent)
        layout = self.column
        fields = QFormLayout()
        self.leader, self.leader_title = line_edit(tr("Lederens navn")), line_edit(tr("Lederens titel"))
        self.team, self.when, self.place = (
            line_edit(tr("Gruppe eller enhed")),
            line_edit(tr("Dato")),
            line_edit(tr("Sted")),
        )
        self.when.setPlaceholderText("24.11.2026")
        for label, edit in (
            (tr("Lederens navn"), self.leader), (tr("Lederens titel"), self.leader_title),
            (tr("Gruppe eller enhed"), self.team), (tr("Dato"), self.when), (tr("Sted"), self.place),
        ):  # fmt: skip
            fields.addRow(label, edit)
            edit.editingFinished.connect(self._save_details)
        layout.addLayout(fields)
        self.count = field_heading()
        layout.addWidget(self.count)
        self.members = QListWidget()
        self.members.setAccessibleName(tr("Deltagere"))
        layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        self.name, self.job = line_edit(tr("Deltagerens navn")), line_edit(tr("Stilling"))
        self.name.setPlaceholderText(tr("Navn"))
        self.job.setPlaceholderText(tr("Stilling"))
        self.name.returnPressed.connect(self.add_member)
        self.job.returnPressed.connect(self.add_member)
        add, remove = QPushButton(tr("Tilføj &deltager")), QPushButton(tr("&Fjern deltager"))
        add.clicked.connect(self.add_member)
        remove.clicked.connect(self.remove_member)
        for w in (self.name, self.job, add, remove):
            row.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
        layout.addLayout(row)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: GroupChange) -> None:
        if what.part in (GroupPart.DETAILS, GroupPart.MEMBERS):
            self.refresh()

    def refresh(self) -> None:
        g = self.document.group
        for edit, value in (
            (self.leader, g.leader.name), (self.leader_title, g.leader.title), (self.team, g.team),
            (self.when, fmt(g.date)), (self.place, g.place),
        ):  # fmt: skip
            if not edit.hasFocus():
                edit.setText(value)
        self.members.clear()
        for m in g.members:
            self.members.addItem(f"{m.name}, {m.job_title}" if m.job_title else m.name)
        self.count.setText(
            fill(
                tr("1 deltager (GRUS har %2–%3)")
                if len(g.members) == 1
                else tr("%1 deltagere (GRUS har %2–%3)"),
                str(len(g.members)),
                str(g.form.min_participants),
                str(g.form.max_participants),
            )
        )

    def _save_details(self) -> None:
        g = self.document.group
        try:
            when = parse_date(self.when.text())
        except ValueError:
            self.message.emit(date_hint())
            return
        leader = GroupLeader(self.leader.text().strip(), self.leader_title.text().strip())
        values = (leader, self.team.text().strip(), when, self.place.text().strip())
        if values == (g.leader, g.team, g.date, g.place) or g.is_locked:
            return

        def change(g: GroupConversation) -> None:
            g.leader, g.team, g.date, g.place = values

        self.document.edit(tr("Samtalens oplysninger"), change, GroupChange(GroupPart.DETAILS))

    def add_member(self) -> None:
        name, job = self.name.text(), self.job.text()
        if not self.edit(tr("Tilføj deltager"), lambda g: g.add_member(Member(name, job)), _MEMBERS):
            return
        self.name.clear()
        self.job.clear()
        self.name.setFocus()

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if row < 0:
            return
        member = self.document.group.members[row]
        self.edit(tr("Fjern deltager"), lambda g: g.remove_member(member.id), _MEMBERS)


class AgreementsPage(GroupPage):
    """The group's needs, prioritised, and the group's agreements made from them."""

    COLUMNS = ("what", "who", "deadline", "follow_up")

    def __init__(self, document: GroupDocument, parent: QWidget | None = None):
        section = shown_form(document.group.form).section("agreements")
        super().__init__(document, section.title, section.intro, parent)
        layout = self.column
        layout.addWidget(field_heading(tr("Gruppens behov – det vigtigste øverst")))
        self.needs = QListWidget()
        self.needs.setAccessibleName(tr("Gruppens behov i prioriteret rækkefølge"))
        layout.addWidget(self.needs, 1)
        row = QHBoxLayout()
        up, down = QPushButton(tr("Flyt &op")), QPushButton(tr("Flyt &ned"))
        agree = QPushButton(tr("Gør til &aftale"))
        new = QPushButton(tr("&Ny aftale"))
        self.needs.installEventFilter(self)  # Alt+Up / Alt+Down move the chosen need
        self.needs.setToolTip(tr("Alt+pil op og Alt+pil ned flytter det valgte behov."))
        up.clicked.connect(lambda: self.move_need(-1))
        down.clicked.connect(lambda: self.move_need(+1))
        agree.clicked.connect(self.agree)
        new.clicked.connect(lambda: self._add(GroupAgreement("")))
        for b in (up, down, agree, new):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Aftale"), tr("Hvem"), tr("Frist"), tr("Opfølgning")])
        self.table.setAccessibleName(tr("Gruppens aftaler"))
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 220)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table, 2)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: GroupChange) -> None:
        if what.part in (GroupPart.NEEDS, GroupPart.AGREEMENTS):
            self.refresh()

    def refresh(self) -> None:
        g = self.document.group
        row = self.needs.currentRow()
        self.needs.clear()
        for n in g.prioritised_needs():
            rank = f"{n.priority}." if n.priority else tr("(ikke prioriteret)")
            made = tr(" – aftale") if any(a.need == n.id for a in g.agreements) else ""
            self.needs.addItem(f"{rank} {n.text}  [{shown_form(g.form).station(n.station).title}]{made}")
        self.needs.setCurrentRow(min(row, self.needs.count() - 1))
        self.table.blockSignals(True)
        self.table.setRowCount(len(g.agreements))
        for r, a in enumerate(g.agreements):
            # the domain's default "Hele gruppen" is data (the PDFs and the file keep it): shown in
            # the window's language; what a person types is shown as typed
            who = tr("Hele gruppen") if a.who == _WHOLE_GROUP else a.who
            for c, value in enumerate((a.what, who, fmt(a.deadline), fmt(a.follow_up))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            watched is self.needs
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_need(-1 if event.key() == Qt.Key.Key_Up else +1)
            return True
        return super().eventFilter(watched, event)

    def move_need(self, delta: int) -> None:
        order = [n.id for n in self.document.group.prioritised_needs()]
        row = self.needs.currentRow()
        if not 0 <= row < len(order) or not 0 <= row + delta < len(order):
            return
        order[row], order[row + delta] = order[row + delta], order[row]
        if not self.edit(tr("Prioritér behov"), lambda g: g.prioritise(order), GroupChange(GroupPart.NEEDS)):
            return
        self.needs.setCurrentRow(row + delta)

    def agree(self) -> None:
        needs = self.document.group.prioritised_needs()
        row = self.needs.currentRow()
        if not 0 <= row < len(needs):
            self.message.emit(tr("Vælg et behov i listen først."))
            return
        self.edit(tr("Gør behov til aftale"), lambda g: g.agree_on(needs[row].id), _AGREEMENTS)

    def _add(self, agreement: GroupAgreement) -> None:
        self.edit(tr("Ny aftale"), lambda g: g.add_agreement(agreement), _AGREEMENTS)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        g = self.document.group
        a = g.agreements[item.row()]
        key, text = self.COLUMNS[item.column()], item.text().strip()
        text = clipped(text, SHORT if key == "what" else LINE, self.message.emit)
        try:
            value: Any = parse_date(text) if key in ("deadline", "follow_up") else text
        except ValueError:
            self.message.emit(date_hint("31.03.2027"))
            self.refresh()
            return
        if not self.edit(
            tr("Ret aftale"), lambda g: g.replace_agreement(replace(a, **{key: value})), _AGREEMENTS
        ):
            self.refresh()


class PlansPage(GroupPage):
    """Each participant's own plan (the group's agreements and personal items), the note
    »Kun mellem os«, and the offer of an individual MUS."""

    def __init__(self, document: GroupDocument, parent: QWidget | None = None):
        form = shown_form(document.group.form)  # its texts in the window's language
        super().__init__(document, form.section("plans").title, form.section("plans").intro, parent)
        layout = self.column
        self.who = QComboBox()
        self.who.setAccessibleName(tr("Deltager"))
        self.who.currentIndexChanged.connect(self.refresh)
        layout.addWidget(self.who)
        self.group_items = QLabel()
        self.group_items.setWordWrap(True)
        layout.addWidget(self.group_items)
        layout.addWidget(field_heading(tr("Egne punkter (kun i deltagerens egen plan)")))
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Egne punkter"))
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.item_text, self.item_deadline = (
            line_edit(tr("Eget punkt"), SHORT),
            line_edit(tr("Frist"), 10, whole_placeholder=True),
        )
        self.item_text.setPlaceholderText(tr("Eget punkt"))
        self.item_deadline.setPlaceholderText(tr("Frist, fx 31.05.2027"))
        self.item_text.returnPressed.connect(self.add_item)
        self.item_deadline.returnPressed.connect(self.add_item)
        add, remove = QPushButton(tr("Tilføj &punkt")), QPushButton(tr("Fjern p&unkt"))
        add.clicked.connect(self.add_item)
        remove.clicked.connect(self.remove_item)
        row.addWidget(self.item_text, 3)
        row.addWidget(self.item_deadline, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(
            field_heading(tr("Kun mellem os (deltageren og lederen; kommer aldrig med i HR-udgaven)"))
        )
        self.note = notes_edit(tr("Kun mellem os"), self._save_note)
        self.note.setMaximumHeight(120)
        layout.addWidget(self.note)
        offer_heading = field_heading(form.section("individual").title)
        offer_heading.setTextFormat(Qt.TextFormat.PlainText)  # the form travels in the file
        layout.addWidget(offer_heading)
        layout.addWidget(plain_label(form.section("individual").intro))
        offer = QHBoxLayout()
        self.offered, self.answered = line_edit(tr("Tilbudt den")), line_edit(tr("Svaret den"))
        self.offered.setPlaceholderText("24.11.2026")
        self.answered.setPlaceholderText("26.11.2026")
        self.answer = QComboBox()
        self.answer.setAccessibleName(tr("Svar på tilbuddet"))
        for text, value in ((tr("Ikke svaret endnu"), None), (tr("Ønsker individuel samtale"), OfferAnswer.ACCEPTED),
                            (tr("Ønsker ikke individuel samtale"), OfferAnswer.DECLINED)):  # fmt: skip
            self.answer.addItem(text, value)
        self.offered.editingFinished.connect(self._save_offer)
        self.answered.editingFinished.connect(self._save_offer)
        self.answer.activated.connect(lambda _i: self._save_offer())
        for label, w in (
            (tr("Tilbudt den"), self.offered),
            (tr("Svar"), self.answer),
            (tr("Svaret den"), self.answered),
        ):
            offer.addWidget(QLabel(label))
            offer.addWidget(w, 1)
        layout.addLayout(offer)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: GroupChange) -> None:
        """Who takes part, the group's agreements (in everyone's plan), a plan or an offer."""
        if what.part in (GroupPart.MEMBERS, GroupPart.AGREEMENTS, GroupPart.PLAN, GroupPart.OFFER):
            self.refresh()

    def member_id(self) -> str | None:
        data = self.who.currentData()
        return data if isinstance(data, str) else None

    def refresh(self) -> None:
        g = self.document.group
        current = self.member_id()
        self.who.blockSignals(True)
        self.who.clear()
        for m in g.members:
            self.who.addItem(m.name, m.id)
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.who.blockSignals(False)
        mid = self.member_id()
        agreements = "".join(f"<br>• {escape(a.what)}" for a in g.agreements) or tr("<br>(ingen endnu)")
        self.group_items.setText(tr("<b>Gruppens aftaler</b> (i alles plan):") + agreements)
        self.group_items.setTextFormat(Qt.TextFormat.RichText)
        self.items.clear()
        if mid is None:
            return
        plan, offer = g.plan(mid), g.offer(mid)
        for it in plan.items:
            self.items.addItem(f"{it.what} – {tr('frist')} {fmt(it.deadline) or '–'}")
        if not self.note.hasFocus():
            self.note.setPlainText(plan.note)
        for edit, value in ((self.offered, fmt(offer.offered_on)), (self.answered, fmt(offer.answered_on))):
            if not edit.hasFocus():
                edit.setText(value)
        self.answer.setCurrentIndex(max(0, self.answer.findData(offer.answer)))

    def add_item(self) -> None:
        mid, text = self.member_id(), self.item_text.text().strip()
        if mid is None or not text:
            return
        try:
            deadline = parse_date(self.item_deadline.text())
        except ValueError:
            self.message.emit(date_hint("31.05.2027"))
            return
        plan = self.document.group.plan(mid)
        new = Plan((*plan.items, PersonalItem(text, deadline)), plan.note)
        if not self.edit(
            tr("Tilføj eget punkt"), lambda g: g.set_plan(mid, new), GroupChange(GroupPart.PLAN, mid)
        ):
            return
        self.item_text.clear()
        self.item_deadline.clear()

    def remove_item(self) -> None:
        mid, row = self.member_id(), self.items.currentRow()
        if mid is None or row < 0:
            return
        plan = self.document.group.plan(mid)
        new = Plan(tuple(it for i, it in enumerate(plan.items) if i != row), plan.note)
        self.edit(tr("Fjern eget punkt"), lambda g: g.set_plan(mid, new), GroupChange(GroupPart.PLAN, mid))

    def _save_note(self) -> None:
        mid = self.member_id()
        if mid is None or self.document.group.is_locked:
            return
        plan = self.document.group.plan(mid)
        if self.note.toPlainText() == plan.note:
            return
        new = Plan(plan.items, clipped(self.note.toPlainText(), LONG, self.message.emit))
        self.document.edit(
            tr("Kun mellem os"), lambda g: g.set_plan(mid, new), GroupChange(GroupPart.PLAN, mid)
        )

    def _save_offer(self) -> None:
        mid = self.member_id()
        if mid is None or self.document.group.is_locked:
            return
        try:
            offer = IndividualOffer(
                parse_date(self.offered.text()), self.answer.currentData(), parse_date(self.answered.text())
            )
        except ValueError:
            self.message.emit(date_hint())
            return
        if offer == self.document.group.offer(mid):
            return
        if not self.edit(
            tr("Tilbud om individuel samtale"),
            lambda g: g.set_offer(mid, offer),
            GroupChange(GroupPart.OFFER, mid),
        ):
            self.refresh()
