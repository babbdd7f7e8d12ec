"""One topic card (station): its questions and framework, what each person said, the group's
notes, and the needs the group notes here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ishoj_mus.domain.grus import GROUP, LEADER, Contribution, Need
from ishoj_mus.domain.grus_form import Station
from ishoj_mus.domain.grus_parts import LONG, part
from ishoj_mus.text import fill
from ishoj_mus.ui.grus.document import GroupChange, GroupDocument, GroupPart
from ishoj_mus.ui.grus.page_parts import GroupPage, clipped, field_heading, notes_edit
from ishoj_mus.ui.widgets.i18n import tr

# Distinct in hue and lightness, each at least 4.5:1 on white; the name is always written too.
GROUP_COLOUR = "#2e6b34"
LEADER_COLOUR = "#a34a00"
MEMBER_COLOURS = ("#1f5fa8", "#6a3d9a", "#005f73", "#b0164e", "#5d4037", "#7a5200", "#3b3bb3", "#8a2be2")


def author_colour(document: GroupDocument, author: str) -> str:
    if author == GROUP:
        return GROUP_COLOUR
    if author == LEADER:
        return LEADER_COLOUR
    ids = [m.id for m in document.group.members]
    return MEMBER_COLOURS[ids.index(author) % len(MEMBER_COLOURS)] if author in ids else "#000000"


def author_label(document: GroupDocument, author: str) -> str:
    g = document.group
    if author == GROUP:
        return tr("Gruppen")
    if author == LEADER:
        return fill(tr("%1 (leder)"), g.leader.name or tr("Lederen"))
    return g.author_name(author)


class StationPage(GroupPage):
    def __init__(self, document: GroupDocument, station: Station, parent: QWidget | None = None):
        super().__init__(document, station.title, station.intro or None, parent)
        self.station = station
        layout = self.column
        framework = self._framework_text()
        if framework:
            box = QLabel(framework)
            box.setWordWrap(True)
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setObjectName("grusFramework")
            box.setProperty("quotation", True)  # the framework's names, quoted in Danish
            layout.addWidget(box)
        questions = QLabel("<br>".join(f"• {escape(q)}" for q in station.questions))
        questions.setTextFormat(Qt.TextFormat.RichText)
        questions.setWordWrap(True)
        questions.setObjectName("grusQuestions")
        layout.addWidget(questions)

        layout.addWidget(field_heading(tr("Det blev sagt (hvem sagde hvad)")))
        self.contributions = QListWidget()
        self.contributions.setAccessibleName(tr("Bidrag ved emnekortet"))
        self.contributions.setWordWrap(True)
        layout.addWidget(self.contributions, 2)
        row = QHBoxLayout()
        self.author = QComboBox()
        self.author.setAccessibleName(tr("Hvem siger det"))
        self.text = QLineEdit()
        self.text.setMaxLength(part("contributions").text_limit or 2000)
        self.text.setPlaceholderText(tr("Skriv bidraget, og tryk Enter"))
        self.text.setAccessibleName(tr("Bidrag"))
        self.text.returnPressed.connect(self.add_contribution)
        add = QPushButton(tr("&Tilføj bidrag"))
        add.clicked.connect(self.add_contribution)
        need = QPushButton(tr("Notér som &behov"))
        need.setToolTip(
            tr("Teksten bliver et af gruppens behov, som I prioriterer under »Gruppens aftaler«.")
        )
        need.clicked.connect(self.add_need)
        row.addWidget(self.author)
        row.addWidget(self.text, 1)
        row.addWidget(add)
        row.addWidget(need)
        layout.addLayout(row)

        layout.addWidget(field_heading(tr("Gruppens noter")))
        self.notes = notes_edit(tr("Gruppens noter"), self._save_notes)
        layout.addWidget(self.notes, 1)
        self.needs = QLabel()
        self.needs.setTextFormat(Qt.TextFormat.PlainText)  # the group's words, never HTML
        self.needs.setWordWrap(True)
        layout.addWidget(self.needs)
        document.changed.connect(self._changed)
        self.refresh()

    def _changed(self, what: GroupChange) -> None:
        """What is said, noted or needed at this card; who takes part and the leader's name (the
        authors); preparations brought in (at every card); signing (the lock)."""
        here = self.station.id
        if what.part in (
            GroupPart.DETAILS,
            GroupPart.MEMBERS,
            GroupPart.PREPARATIONS,
            GroupPart.SIGNATURES,
        ) or any(what.at(part, here) for part in (GroupPart.CONTRIBUTIONS, GroupPart.NOTES, GroupPart.NEEDS)):
            self.refresh()

    def _framework_text(self) -> str:
        fw = self.document.group.form.framework
        lines = []
        for ref in self.station.framework:
            for item in fw.resolve(ref):
                name = escape(item.name)
                if ref == self.station.centre:
                    kort = escape(getattr(item, "short", ""))
                    lines.append(fill(tr("<b>I midten: %1</b> – %2"), name, kort))
                else:
                    lines.append(name)
        if not lines:
            return ""
        return tr("Fra Grundlag for lederskab og følgeskab:") + "<br>" + "<br>".join(lines)

    def refresh(self) -> None:
        g = self.document.group
        current = self.author.currentData()
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(tr("Gruppen"), GROUP)
        self.author.addItem(author_label(self.document, LEADER), LEADER)
        for m in g.members:
            self.author.addItem(m.name, m.id)
        index = self.author.findData(current)
        self.author.setCurrentIndex(max(0, index))
        self.author.blockSignals(False)
        self.contributions.clear()
        for c in g.contributions:
            if c.station != self.station.id:
                continue
            who = author_label(self.document, c.author)
            prep = tr(" (fra forberedelsen)") if c.from_preparation else ""
            item = QListWidgetItem(f"{who}{prep}: {c.text}")
            item.setForeground(QColor(author_colour(self.document, c.author)))
            if c.author == GROUP:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.contributions.addItem(item)
        if not self.notes.hasFocus():
            self.notes.setPlainText(g.notes.get(self.station.id, ""))
        own = [n.text for n in g.needs if n.station == self.station.id]
        self.needs.setText(fill(tr("Behov noteret her: %1"), "; ".join(own)) if own else "")
        locked = g.is_locked
        for w in (self.text, self.notes, self.author):
            w.setEnabled(not locked)

    def add_contribution(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        author = self.author.currentData()
        if self.edit(
            tr("Tilføj bidrag"),
            lambda g: g.add_contribution(Contribution(self.station.id, author, text)),
            GroupChange(GroupPart.CONTRIBUTIONS, self.station.id),
        ):
            self.text.clear()

    def add_need(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.message.emit(tr("Skriv behovet i feltet, og tryk så på »Notér som behov«."))
            return
        if self.edit(
            tr("Notér behov"),
            lambda g: g.add_need(Need(self.station.id, text)),
            GroupChange(GroupPart.NEEDS, self.station.id),
        ):
            self.text.clear()

    def _save_notes(self) -> None:
        text = clipped(self.notes.toPlainText(), LONG, self.message.emit)
        if text == self.document.group.notes.get(self.station.id, "") or self.document.group.is_locked:
            return
        self.document.edit(
            tr("Gruppens noter"),
            lambda g: g.set_note(self.station.id, text),
            GroupChange(GroupPart.NOTES, self.station.id),
        )
