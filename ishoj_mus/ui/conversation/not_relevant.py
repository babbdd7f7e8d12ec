"""'Ikke relevant' on a question: an honest answer, so nobody has to type filler.

The mark is stored in the conversation (the answers already written are kept) and shown as
"Ikke relevant" in the summary and the PDF, never as missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QWidget

from ishoj_mus.domain.form_steps import Field
from ishoj_mus.text import Phrase, fill, phrase
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.widgets.i18n import tr

if TYPE_CHECKING:
    from ishoj_mus.ui.conversation.document import ConversationDocument


class NotRelevantToggle(QCheckBox):
    """A check box for one question; while checked, the question's answer boxes rest."""

    def __init__(
        self, document: ConversationDocument, field: Field, answers: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(phrase(Phrase.NOT_RELEVANT, tr), parent)
        self.document, self.field_, self.answers = document, field, answers
        self.setAccessibleName(fill(tr("Ikke relevant: %1"), field.label))
        self.setToolTip(tr("Markér spørgsmålet som ikke relevant for jer. Det står sådan i referatet."))
        self._updating = False
        self.toggled.connect(self._toggled)
        self.refresh()

    def _toggled(self, on: bool) -> None:
        if self._updating:
            return
        conv, fid = self.document.conversation, self.field_.id
        self.document.push(
            commands.SetAttribute(
                phrase(Phrase.NOT_RELEVANT, tr),
                lambda: conv.is_not_relevant(fid),
                lambda value: conv.set_not_relevant(fid, value),
                on,
            )
        )

    def refresh(self) -> None:
        on = self.document.conversation.is_not_relevant(self.field_.id)
        self._updating = True
        self.setChecked(on)
        self._updating = False
        self.answers.setEnabled(not on)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)
