"""One page per step, generated from the form; plus the participants and summary pages."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.domain.conversation import Employee, Leader
from ishoj_mus.domain.form import FieldKind, Step
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.editor import Editor
from ishoj_mus.ui.widgets.dates import NO_DATE, DateField, to_date, to_qdate
from ishoj_mus.ui.widgets.i18n import (
    language,
    mark_quotation,
    missing_what,
    shown_conversation,
    tr,
    voice_label,
)
from ishoj_mus.ui.widgets.limits import bound_dates, keep_within
from ishoj_mus.ui.widgets.undo_keys import pass_undo

if TYPE_CHECKING:
    from ishoj_mus.domain.form import Voice
    from ishoj_mus.ui.conversation.editor import PageHost


class StepPage(QScrollArea):
    """A scrollable page with the step's title and introduction (``step`` None: an own topic's
    page, titled ``title``)."""

    def __init__(
        self, view: PageHost, step: Step | None, parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.view, self.step = view, step
        title_text = step.title if step is not None else title
        self.setAccessibleName(title_text)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Always there, so growing text boxes never change the page width (and re-wrap in a loop);
        # but drawn only when there is something to scroll (its room stays reserved).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda low, high: bar.setVisible(high > low))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("stepPage")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(18, 12, 18, 18)
        self.body.setSpacing(8)
        self.title_label = QLabel(title_text)
        self.title_label.setObjectName("stepTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(title_text)
        self.body.addWidget(self.title_label)
        self.editors: list[Editor] = []
        if step is None:
            self.setWidget(inner)
            return
        if step.intro:
            intro = QLabel(step.intro)
            intro.setWordWrap(True)
            self.body.addWidget(intro)
        if step.help:
            help_label = QLabel(step.help)
            help_label.setWordWrap(True)
            help_label.setObjectName("helpText")
            self.body.addWidget(help_label)
        self.setWidget(inner)

    def finish(self) -> None:
        self.body.addStretch(1)

    def refresh(self) -> None:
        for editor in self.editors:
            editor.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors:
            editor.set_read_only(read_only)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        from ishoj_mus.ui.conversation.agreements import AgreementsEditor
        from ishoj_mus.ui.conversation.fields import ScaleEditor
        from ishoj_mus.ui.conversation.followups import FollowupsEditor

        for editor in self.editors:
            if not isinstance(editor, QWidget):
                continue
            if field_id is None or getattr(getattr(editor, "field", None), "id", None) == field_id:
                if voice is None or getattr(editor, "voice", voice) == voice:
                    target = getattr(editor, "editor", None) or editor.focusWidget() or editor
                    if isinstance(editor, AgreementsEditor):
                        target = editor.rows[0].what if editor.rows else editor.add
                    if isinstance(editor, FollowupsEditor):
                        target = editor.rows[0].status if editor.rows else editor.import_button
                    if isinstance(editor, ScaleEditor):
                        target = next(iter(editor.boxes.values()))
                    return target
        return None


class FieldsPage(StepPage):
    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        # The editors load with the first question page, not at start-up.
        from ishoj_mus.ui.conversation.agreements import AgreementsEditor
        from ishoj_mus.ui.conversation.fields import ChoiceAnswer, ScaleEditor, TextAnswer
        from ishoj_mus.ui.conversation.followups import FollowupsEditor

        super().__init__(view, step, parent)
        self.radar = None
        preparing = view.conv.preparation_of
        shown = 0
        from ishoj_mus.ui.conversation.private_note import private_note_hint

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
                from ishoj_mus.ui.conversation.private_note import not_for_hr_badge

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
            if field.kind not in (FieldKind.AGREEMENTS, FieldKind.FOLLOWUPS):
                from ishoj_mus.ui.conversation.not_relevant import NotRelevantToggle

                toggle = NotRelevantToggle(view.document, field, answers)
                top.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
                self.editors.append(toggle)
            if field.kind == FieldKind.SCALE and self.radar is None:
                from ishoj_mus.ui.widgets.radar import RadarChart

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
        from ishoj_mus.ui.conversation.private_note import PrivateNote

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
        from ishoj_mus.domain.behaviours import step_behaviour_groups

        groups = step_behaviour_groups(view.conv.form.framework, step.framework)
        if groups:
            from ishoj_mus.ui.conversation.behaviours import BehavioursPanel

            panel = BehavioursPanel(view.document, groups)
            self.body.addWidget(panel)
            self.editors.append(panel)
        from ishoj_mus.ui.conversation.topics import TopicsPanel

        # (Own topics that are steps of their own have their own entries in the step list.)
        topics = TopicsPanel(view.document, step.id, step.title)
        topics.own_step_added.connect(view.go_to_topic)
        self.body.addWidget(topics)
        self.editors.append(topics)

    def refresh(self) -> None:
        super().refresh()
        if self.radar is not None:
            self.radar.refresh()


class ParticipantsPage(StepPage):
    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        self._updating = False
        conv = view.conv
        emp_box = QGroupBox(tr("Medarbejder"))
        emp = QFormLayout(emp_box)
        self.emp_name, self.emp_title, self.emp_workplace, self.emp_number = (QLineEdit() for _ in range(4))
        emp.addRow(tr("Navn *"), self.emp_name)
        emp.addRow(tr("Stilling *"), self.emp_title)
        emp.addRow(tr("Arbejdssted / enhed *"), self.emp_workplace)
        emp.addRow(tr("Medarbejdernummer (valgfrit)"), self.emp_number)
        lead_box = QGroupBox(tr("Leder"))
        lead = QFormLayout(lead_box)
        self.lead_name, self.lead_title = QLineEdit(), QLineEdit()
        lead.addRow(tr("Navn *"), self.lead_name)
        lead.addRow(tr("Titel"), self.lead_title)
        when_box = QGroupBox(tr("Tid og sted"))
        when = QFormLayout(when_box)
        # No date yet shows as "ingen dato", not as Qt's default 01.01.2000; a click into it and
        # digits typed set it (the suggestion is today).
        self.date = DateField(tr("ingen dato"))
        bound_dates(self.date)
        self.place = QLineEdit()
        when.addRow(tr("Dato *"), self.date)
        when.addRow(tr("Sted"), self.place)
        for line, path in (
            (self.emp_name, "employee.name"), (self.emp_title, "employee.job_title"),
            (self.emp_workplace, "employee.workplace"), (self.emp_number, "employee.employee_number"),
            (self.lead_name, "leader.name"), (self.lead_title, "leader.title"), (self.place, "place"),
        ):  # fmt: skip
            keep_within(line, path)
        for box in (emp_box, lead_box, when_box):
            self.body.addWidget(box)
        self._forms = (emp, lead, when)
        self._align_labels()
        names = {
            self.emp_name: tr("Medarbejderens navn"), self.emp_title: tr("Medarbejderens stilling"),
            self.emp_workplace: tr("Arbejdssted"), self.emp_number: tr("Medarbejdernummer"),
            self.lead_name: tr("Lederens navn"), self.lead_title: tr("Lederens titel"),
            self.date: tr("Dato for samtalen"), self.place: tr("Sted for samtalen"),
        }  # fmt: skip
        for widget, name in names.items():
            widget.setAccessibleName(name)
            pass_undo(widget)
        for widget, key in (
            (self.emp_name, "name"),
            (self.emp_title, "job_title"),
            (self.emp_workplace, "workplace"),
            (self.emp_number, "employee_number"),
        ):
            widget.textEdited.connect(lambda text, k=key: self._set_employee(k, text))
        self.lead_name.textEdited.connect(lambda t: self._set_leader("name", t))
        self.lead_title.textEdited.connect(lambda t: self._set_leader("title", t))
        self.place.textEdited.connect(self._set_place)
        self.date.edited.connect(self._set_date)
        self.finish()
        self.refresh()
        del conv

    def _form_labels(self) -> list[QWidget]:
        labels = []
        for form in self._forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:
                    labels.append(label)
        return labels

    def _align_labels(self) -> None:
        """One label column for the three boxes, so their fields start at the same place."""
        labels = self._form_labels()
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange and hasattr(self, "_forms"):
            self._align_labels()

    def _set_employee(self, key: str, text: str) -> None:
        self._set_person("employee", key, text)

    def _set_leader(self, key: str, text: str) -> None:
        self._set_person("leader", key, text)

    def _set_person(self, who: str, key: str, text: str) -> None:
        """One detail of the employee or the leader, as an undoable edit (typing merges)."""
        if self._updating:
            return
        from dataclasses import replace

        conv = self.view.conv
        setter = conv.set_employee if who == "employee" else conv.set_leader
        label = tr("Medarbejder") if who == "employee" else tr("Leder")
        new = replace(getattr(conv, who), **{key: text})
        self.view.push(
            commands.SetAttribute(label, lambda: getattr(conv, who), setter, new, merge_key=f"{who}.{key}")
        )

    def _set_place(self, text: str) -> None:
        if not self._updating:
            conv = self.view.conv
            self.view.push(
                commands.SetAttribute(tr("Sted"), lambda: conv.place, conv.set_place, text, "place")
            )

    def _set_date(self, qdate: QDate) -> None:
        if not self._updating:
            conv = self.view.conv
            value = None if qdate == NO_DATE else to_date(qdate)
            self.view.push(commands.SetAttribute(tr("Dato"), lambda: conv.date, conv.set_date, value))

    def refresh(self) -> None:
        conv = self.view.conv
        self._updating = True
        e: Employee = conv.employee
        ld: Leader = conv.leader
        for widget, value in (
            (self.emp_name, e.name),
            (self.emp_title, e.job_title),
            (self.emp_workplace, e.workplace),
            (self.emp_number, e.employee_number),
            (self.lead_name, ld.name),
            (self.lead_title, ld.title),
            (self.place, conv.place),
        ):
            if widget.text() != value:
                widget.setText(value)
        self.date.set_date(NO_DATE if conv.date is None else to_qdate(conv.date))
        self._updating = False

    def set_read_only(self, read_only: bool) -> None:
        for w in (
            self.emp_name,
            self.emp_title,
            self.emp_workplace,
            self.emp_number,
            self.lead_name,
            self.lead_title,
            self.place,
        ):
            w.setReadOnly(read_only)
        self.date.setReadOnly(read_only)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        return self.emp_name


def _item_ref(field_id: str | None, item: int | None, part: str) -> str:
    """A link's field part: "aftaler#3.agreement_deadline" leads to agreement 4's deadline
    ("Aftale 4: Frist" focused agreement 1)."""
    if item is None or not field_id:
        return field_id or ""
    return f"{field_id}#{item}.{part}"


class SummaryPage(StepPage):
    """The whole conversation on one page; missing answers are links to where they belong."""

    go_to = Signal(str, str, str)  # step id, field id, voice

    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.missing_label.linkActivated.connect(self._link)
        self.missing_label.setAccessibleName(tr("Det mangler"))
        self.body.addWidget(self.missing_label)
        from ishoj_mus.ui.widgets.boxed_notice import BoxedNotice

        self.boxed_notice = BoxedNotice()  # characters the PDF will show as □, and where
        self.boxed_notice.link.connect(self._link)
        self.body.addWidget(self.boxed_notice)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setMinimumHeight(400)
        self.browser.setAccessibleName(tr("Hele samtalen"))
        self.body.addWidget(self.browser, 1)
        self.refresh()

    def _link(self, href: str) -> None:
        _, step_id, field_id, voice = (href.split(":") + ["", "", "", ""])[:4]
        self.go_to.emit(step_id, field_id, voice)

    def refresh(self) -> None:
        conv = shown_conversation(self.view.conv)  # read only: the form's texts in the window's language
        missing = conv.missing()
        if missing:
            items = "".join(
                f'<li><a href="missing:{m.step_id}:{_item_ref(m.field_id, m.item, m.code.value)}:'
                f'{m.voice.value if m.voice else ""}">'
                f"{escape(m.step_title)}: {escape(missing_what(m))}"
                f"{' (' + escape(voice_label(m.voice).lower()) + ')' if m.voice else ''}</a></li>"
                for m in missing
            )
            text = (
                f"<b>{escape(tr('Der mangler stadig %1 svar:').replace('%1', str(len(missing))))}</b>"
                f"<ul>{items}</ul>"
            )
        else:
            text = f"<b>{escape(tr('Alle svar, der skal med, er udfyldt.'))}</b>"
        notices = conv.notices()
        if notices:
            when = conv.date.strftime("%d.%m.%Y") if conv.date else ""
            items = "".join(
                f'<li><a href="missing:{n.step_id}:'
                f'{_item_ref(n.field_id, n.item, "agreement_deadline" if n.code == "deadline_before_date" else "follow_up")}:">'
                + escape(
                    (
                        tr("Aftale %1: fristen ligger før samtalens dato (%2).")
                        if n.code == "deadline_before_date"
                        else tr("Aftale %1: opfølgningen ligger før samtalens dato (%2).")
                    )
                    .replace("%1", str(n.item + 1))
                    .replace("%2", when)
                )
                + "</a></li>"
                for n in notices
            )
            text += f"<b>{escape(tr('Se lige efter:'))}</b><ul>{items}</ul>"
        self.missing_label.setText(text)
        self.boxed_notice.refresh(self.view.conv)  # what the (Danish) PDF will show
        from ishoj_mus.ui.conversation.summary_html import summary_html

        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(summary_html(conv))
        self.browser.verticalScrollBar().setValue(bar)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        return self.missing_label if self.view.conv.missing() else self.browser
