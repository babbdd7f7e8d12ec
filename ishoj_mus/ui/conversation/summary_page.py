"""The summary step's page: what is still missing (each a link to where it belongs), what to
look at again, characters the PDF cannot show, and the whole conversation as it will read.
Loaded when the summary step is first shown."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.form_steps import Step
from ishoj_mus.text import fill
from ishoj_mus.ui.conversation.editor import PageHost
from ishoj_mus.ui.conversation.pages import StepPage
from ishoj_mus.ui.conversation.summary_html import summary_html
from ishoj_mus.ui.widgets.boxed_notice import BoxedNotice
from ishoj_mus.ui.widgets.i18n import missing_what, shown_conversation, tr, voice_label


def _item_ref(field_id: str | None, item: int | None, part: str) -> str:
    """A link's field part: "aftaler#3.agreement_deadline" leads to agreement 4's deadline
    ("Aftale 4: Frist" focused agreement 1)."""
    if item is None or not field_id:
        return field_id or ""
    return f"{field_id}#{item}.{part}"


class SummaryPage(StepPage):
    """The whole conversation on one page; missing answers are links to where they belong."""

    go_to = Signal(str, str, str)  # step id, field id, voice
    refresh_when_shown = True

    def __init__(self, view: PageHost, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(view, step, parent)
        self.go_to.connect(view.go_to_field)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.missing_label.linkActivated.connect(self._link)
        self.missing_label.setAccessibleName(tr("Det mangler"))
        self.body.addWidget(self.missing_label)
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
            count = (  # English says "1 answer is", Danish "1 svar" either way
                tr("Der mangler stadig 1 svar:")
                if len(missing) == 1
                else fill(tr("Der mangler stadig %1 svar:"), str(len(missing)))
            )
            text = f"<b>{escape(count)}</b><ul>{items}</ul>"
        else:
            text = f"<b>{escape(tr('Alle svar, der skal med, er udfyldt.'))}</b>"
        notices = conv.notices()
        if notices:
            when = conv.date.strftime("%d.%m.%Y") if conv.date else ""
            items = "".join(
                f'<li><a href="missing:{n.step_id}:'
                f'{_item_ref(n.field_id, n.item, "agreement_deadline" if n.code == "deadline_before_date" else "follow_up")}:">'
                + escape(
                    fill(
                        tr("Aftale %1: fristen ligger før samtalens dato (%2).")
                        if n.code == "deadline_before_date"
                        else tr("Aftale %1: opfølgningen ligger før samtalens dato (%2)."),
                        str(n.item + 1),
                        when,
                    )
                )
                + "</a></li>"
                for n in notices
            )
            text += f"<b>{escape(tr('Se lige efter:'))}</b><ul>{items}</ul>"
        self.missing_label.setText(text)
        self.boxed_notice.refresh(self.view.conv)  # what the (Danish) PDF will show
        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(summary_html(conv))
        self.browser.verticalScrollBar().setValue(bar)

    def focus_target(self, field_id: str | None = None, voice: Voice | None = None) -> QWidget | None:
        return self.missing_label if self.view.conv.missing() else self.browser
