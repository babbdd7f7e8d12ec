"""Pointing at behaviours: on the lederskab og følgeskab step each party can mark each of the
framework's behaviours "det lykkes vi med" or "det vil vi styrke", with an optional comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.behaviours import Behaviour, BehaviourMarking, behaviours_of
from ishoj_mus.domain.codes import BehaviourMark, Voice
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation import prep_commands
from ishoj_mus.ui.conversation.fields import NO_VALUE, data_or_none, find, shrinkable, voice_badge
from ishoj_mus.ui.widgets.i18n import behaviour_mark_label, language, mark_quotation, tr, voice_label
from ishoj_mus.ui.widgets.limits import keep_within
from ishoj_mus.ui.widgets.undo_keys import pass_undo
from ishoj_mus.ui.widgets.wheel_guard import guard

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.document import ConversationDocument


class BehaviourRow(QFrame):
    """One behaviour, quoted exactly, with a mark and a comment for each party."""

    def __init__(self, panel: BehavioursPanel, item: Behaviour):
        super().__init__()
        self.panel, self.item = panel, item
        self._updating = False
        self.setObjectName("behaviourRow")
        self.setStyleSheet("#behaviourRow { border-bottom: 1px solid palette(mid); }")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 6)
        text = QLabel(f"{item.number}. {item.text}")
        text.setWordWrap(True)
        mark_quotation(text)
        grid.addWidget(text, 0, 0, 1, 3)
        self.marks: dict[Voice, QComboBox] = {}
        self.comments: dict[Voice, QLineEdit] = {}
        for row, voice in enumerate(PARTIES, start=1):
            grid.addWidget(voice_badge(voice), row, 0)
            mark = QComboBox()
            guard(mark)
            shrinkable(mark, 8)  # at 150 % beside »Rammen« the row was 474 px in 430
            mark.addItem(tr("– ikke markeret –"), NO_VALUE)
            for m in BehaviourMark:
                mark.addItem(behaviour_mark_label(m), m.value)
            mark.setAccessibleName(fill(tr("%1 markerer: %2"), voice_label(voice), item.text))
            comment = QLineEdit()
            comment.setPlaceholderText(tr("Kommentar (valgfri)"))
            comment.setAccessibleName(fill(tr("%1: kommentar til »%2«"), voice_label(voice), item.text))
            pass_undo(comment)
            comment.setMinimumWidth(40)  # narrow pages at 150 % zoom: the comment gives way first
            mark.currentIndexChanged.connect(lambda _i, v=voice: self._edited(v, False))
            comment.textEdited.connect(lambda _t, v=voice: self._edited(v, True))
            grid.addWidget(mark, row, 1)
            cell = QWidget()  # the comment, and below it the line that says when it is full
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(0)
            cell_layout.addWidget(comment)
            grid.addWidget(cell, row, 2)
            keep_within(comment, "behaviour_marks.comment")
            self.marks[voice], self.comments[voice] = mark, comment
        grid.setColumnStretch(2, 1)

    def _edited(self, voice: Voice, typing: bool) -> None:
        if self._updating:
            return
        value = data_or_none(self.marks[voice].currentData())
        comment = self.comments[voice].text().strip()
        marking = BehaviourMarking(BehaviourMark(value), comment) if value else None
        conv = self.panel.document.conversation
        if marking != conv.behaviour_marking(self.item.id, voice):
            self.panel.document.push(
                prep_commands.SetBehaviourMark(conv, self.item.id, voice, marking, typing)
            )

    def refresh(self) -> None:
        conv = self.panel.document.conversation
        hidden = conv.hidden_voices()
        self._updating = True
        for voice in PARTIES:
            marking = None if voice in hidden else conv.behaviour_marking(self.item.id, voice)
            mark, comment = self.marks[voice], self.comments[voice]
            mark.setCurrentIndex(find(mark, marking.mark.value if marking else None))
            text = marking.comment if marking else ""
            if comment.text().strip() != text:
                comment.setText(text)
            editable = not conv.is_locked and voice not in hidden
            mark.setEnabled(editable)
            comment.setEnabled(editable and marking is not None)
        self._updating = False


class BehavioursPanel(QWidget):
    """All behaviours of the groups a step refers to, ready to be pointed at."""

    def __init__(
        self, document: ConversationDocument, groups: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Peg på adfærd"))
        heading.setObjectName("fieldHeading")
        layout.addWidget(heading)
        explain = QLabel(
            tr(
                "Hver af jer kan markere punkter fra rammen, som I lykkes med, eller som I vil styrke – "
                "og skrive en kort kommentar. Det er et udgangspunkt for samtalen, ikke en bedømmelse."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("helpText")
        layout.addWidget(explain)
        if language() != "da":  # the behaviours below are the framework's own Danish words
            quoted = QLabel(tr("Adfærden citeres fra Grundlag for lederskab og følgeskab."))
            quoted.setWordWrap(True)
            quoted.setObjectName("helpText")
            layout.addWidget(quoted)
        self.rows: list[BehaviourRow] = []
        framework = document.conversation.form.framework
        for group in groups:
            name = QLabel(framework.behaviour(group).heading)
            name.setStyleSheet("font-weight: bold;")
            mark_quotation(name)
            name.setWordWrap(True)
            layout.addWidget(name)
            for item in behaviours_of(framework, (group,)):
                row = BehaviourRow(self, item)
                self.rows.append(row)
                layout.addWidget(row)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.refresh()
