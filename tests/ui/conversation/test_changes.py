"""The document passes on the domain's typed change notices: which part and which field; time
spent is the one change without an undo command (test_document: any other is caught)."""

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


def test_time_spent_is_a_typed_notice_kept_for_the_next_save_not_an_edit(qtbot, demo, tmp_path):
    document = ConversationDocument(demo)
    heard: list[Change] = []
    document.changed.connect(heard.append)
    demo.add_time("trivsel", 90)  # what the agenda's clock does on its tick
    assert heard == [Change(Part.TIME, "trivsel")]
    # No undo step, no "modified" (no "Gem ændringer?" for a clock), no recovery copy of its own …
    assert not document.can_undo() and not document.is_modified()
    assert not document.autosave_timer.isActive()
    # … but kept for the file: the window saves it as the conversation closes.
    assert document.has_unsaved_time()
    document.save(tmp_path / "samtale.mus")
    assert not document.has_unsaved_time()
    document.close()
