"""The document passes on the domain's typed change notices: which part and which field."""

from __future__ import annotations

from ishoj_mus.domain.changes import Change, Part
from ishoj_mus.domain.codes import Voice
from ishoj_mus.ui.conversation import commands
from ishoj_mus.ui.conversation.document import ConversationDocument


def test_an_edit_says_which_part_and_field_changed(qtbot, demo):
    document = ConversationDocument(demo)
    heard: list[Change] = []
    document.changed.connect(heard.append)
    document.push(commands.SetAnswer(demo, "kerneopgave", Voice.FAELLES, "Ny tekst"))
    assert heard == [Change(Part.ANSWER, "kerneopgave")]
    document.undo()
    assert heard[-1] == Change(Part.ANSWER, "kerneopgave")
    document.close()
