"""A question step's page: each field's card with its editors (text, choice, scale, the
agreements, last year's follow-ups), "Ikke relevant", the radar, behaviour marks, own topics and
the private note. Loaded when the first question step is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ishoj_mus.domain.behaviours import step_behaviour_groups
from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.form_steps import FieldKind, Step
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from ishoj_mus.ui.conversation.behaviours import BehavioursPanel
from ishoj_mus.ui.conversation.editor import Editor, PageHost
from ishoj_mus.ui.conversation.fields import ChoiceAnswer, ScaleEditor, TextAnswer
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.conversation.not_relevant import NotRelevantToggle
from ishoj_mus.ui.conversation.pages import StepPage
from ishoj_mus.ui.conversation.private_note import PrivateNote, not_for_hr_badge, private_note_hint
from ishoj_mus.ui.conversation.topics import TopicsPanel
from ishoj_mus.ui.widgets.i18n import language, mark_quotation, tr
from ishoj_mus.ui.widgets.radar import RadarChart


class FieldsPage(StepPage):
    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        self.radar = None
        self._field_editors: dict[str, list[Editor]] = {}  # what shows each field's answers
        preparing = view.conv.preparation_of
        shown = 0
        hint = private_note_hint(step)
        if hint is not None:
            self.body.addWidget(hint)
        self._first_field_index = self.body.count()
        for field in step.fields:
            voices = [v for v in field.voices if preparing is None or v == preparing]
            if not voices or (preparing and field.kind in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS)):
                continue  # a preparation holds only the preparing party's own answers
            shown += 1
            # A frame with a wrapping heading: a QGroupBox title never wraps, and a long
            # question would make the page wider than the window at 150 % zoom.
            group = QFrame()
            group.setObjectName("fieldCard")
            group.setAccessibleName(field.label)
            box = QVBoxLayout(group)
            box.setContentsMargins(10, 8, 10, 10)
            heading = QLabel(field.label + (" *" if field.required else ""))
            heading.setObjectName("fieldHeading")
            heading.setWordWrap(True)
            top = QHBoxLayout()
            top.addWidget(heading, 1)
            box.addLayout(top)
            if not field.hr:
                box.addWidget(not_for_hr_badge())
            if field.help:
                help_label = QLabel(field.help)
                help_label.setWordWrap(True)
                help_label.setObjectName("helpText")
                box.addWidget(help_label)
            editor_class, per_voice = {
                FieldKind.SHORT_TEXT: (TextAnswer, True),
                FieldKind.LONG_TEXT: (TextAnswer, True),
                FieldKind.CHOICE: (ChoiceAnswer, True),
                FieldKind.SCALE: (ScaleEditor, False),
                FieldKind.AGREEMENTS: (AgreementsEditor, False),
                FieldKind.FOLLOWUPS: (FollowupsEditor, False),
            }[field.kind]
            document = view.document  # editors get the document, not the view
            if field.kind == FieldKind.FOLLOWUPS:
                editors = [FollowupsEditor(document, field, view.settings)]
            elif per_voice:
                editors = [editor_class(document, field, v) for v in voices]
            else:
                editors = [editor_class(document, field)]
            answers = QWidget()
            answers_box = QVBoxLayout(answers)
            answers_box.setContentsMargins(0, 0, 0, 0)
            for editor in editors:
                answers_box.addWidget(editor)
                self.editors.append(editor)
            box.addWidget(answers)
            self._field_editors[field.id] = list(editors)
            if field.kind not in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS):
                toggle = NotRelevantToggle(view.document, field, answers)
                top.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
                self.editors.append(toggle)
                self._field_editors[field.id].append(toggle)
            if field.kind == FieldKind.SCALE and self.radar is None:
                self.radar = RadarChart(view.conv)
                mark_quotation(self.radar)  # the perspectives' names, as the framework words them
                box.addWidget(self.radar)
                if language() != "da":
                    quoted = QLabel(
                        tr("Perspektivernes navne citeres fra Grundlag for lederskab og følgeskab.")
                    )
                    quoted.setWordWrap(True)
                    quoted.setObjectName("helpText")
                    box.addWidget(quoted)
            self.body.addWidget(group)
        if not shown:
            note = QLabel(tr("Dette trin tager I sammen i samtalen."))
            note.setWordWrap(True)
            note.setObjectName("helpText")
            self.body.addWidget(note)
        self._add_extras(view, step)
        self.private_note = PrivateNote(
            view.document, step, view.settings
        )  # "Kun mellem os", last on the page
        self.body.addWidget(self.private_note)
        self.editors.append(self.private_note)
        if preparing is not None:  # notes "only between us" are written together, not in a preparation
            self.private_note.setVisible(False)
        self.finish()

    def _add_extras(self, view: PageHost, step: Step) -> None:
        """Behaviour marks, own topics (issue 13): panels that refresh with the page."""
        groups = step_behaviour_groups(view.conv.form.framework, step.framework)
        if groups:
            panel = BehavioursPanel(view.document, groups)
            self.body.addWidget(panel)
            self.editors.append(panel)
        # (Own topics that are steps of their own have their own entries in the step list.)
        topics = TopicsPanel(view.document, step.id, step.title)
        topics.own_step_added.connect(view.go_to_topic)
        self.body.addWidget(topics)
        self.editors.append(topics)

    def refresh(self) -> None:
        super().refresh()
        if self.radar is not None:
            self.radar.refresh()

    def follow(self, change: Change) -> None:
        """An answer typed (or marked "Ikke relevant"), a private note: only the editors that
        show it – not every box of the page again, nor the radar, on each key."""
        if change.part is Part.PRIVATE_NOTE:
            self.private_note.refresh()
            return
        editors = self._field_editors.get(change.key) if change.part is Part.ANSWER else None
        if editors is None:
            self.refresh()
            return
        for editor in editors:
            editor.refresh()

    def _focus_of(self, editor: QWidget) -> QWidget:
        if isinstance(editor, AgreementsEditor):
            return editor.rows[0].what if editor.rows else editor.add
        if isinstance(editor, FollowupsEditor):
            return editor.rows[0].status if editor.rows else editor.import_button
        if isinstance(editor, ScaleEditor):
            return next(iter(editor.boxes.values()))
        return super()._focus_of(editor)

    def item_target(self, item_part: str) -> QWidget | None:
        """One agreement's what, responsible, deadline or follow-up ("3.agreement_deadline")."""
        number, _, part = item_part.partition(".")
        editor = self.findChild(AgreementsEditor)
        if editor is None or not number.isdigit() or int(number) >= len(editor.rows):
            return None
        row = editor.rows[int(number)]
        widgets: dict[str, QWidget] = {
            "agreement_what": row.what,
            "agreement_responsible": row.responsible,
            "agreement_deadline": row.deadline.edit,
            "follow_up": row.follow_up.edit,
        }
        return widgets.get(part, row.what)
