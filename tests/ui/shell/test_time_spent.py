"""The time spent on a conversation is kept (issue 25): the agenda's clock books it on the step
showing. It is no edit – nothing to undo, no "Gem ændringer?" because a clock ticked – but it
goes into the file: with the next save, and on its own as an unedited conversation closes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ishoj_mus.storage import musfile
from ishoj_mus.ui.widgets import messages
from tests.helpers import open_window, reactivate

STEP = "trivsel"


def _open_and_spend(qtbot, demo, path, seconds: int):
    """The file open in the window, on STEP, ``seconds`` of talking booked by its clock."""
    musfile.save(demo, path)
    window = open_window(qtbot)
    assert window.open_path(path, ask=False) is True
    view = window.view
    view.go(view.row_of(STEP))
    reactivate(qtbot, window)  # the clock counts only while the window is in use
    view.timer.clock.restart()
    view.timer._carry_ms = seconds * 1000  # as if that long had passed on the step
    view.timer.tick()
    used = window.document.conversation.used_seconds(STEP)
    assert used >= seconds + demo.used_seconds(STEP), "the clock did not count"
    return window, used


def _no_question(*_args, **_kwargs):
    raise AssertionError("asked »Gem ændringer?« though nothing but the clock changed")


def test_time_spent_reading_a_conversation_is_saved_as_it_closes_without_a_question(
    qtbot, demo, tmp_path, monkeypatch
):
    path = tmp_path / "samtale.mus"
    window, used = _open_and_spend(qtbot, demo, path, 125)
    document = window.document
    assert not window.dirty and not document.can_undo()  # not an edit: nothing to undo or ask
    assert document.has_unsaved_time()
    monkeypatch.setattr(messages, "question", _no_question)
    window.close_conversation()
    assert window.document is None
    assert musfile.load(path).used_seconds(STEP) == used  # reopened: the minutes are there


def test_at_the_close_question_save_keeps_the_time_and_discard_leaves_the_file_as_it_was(
    qtbot, demo, tmp_path, monkeypatch
):
    asked: list[str] = []

    def answer(button):
        def question(_parent, _title, text, *_rest):
            asked.append(text)
            return button

        return question

    saved = tmp_path / "gemt.mus"
    window, used = _open_and_spend(qtbot, demo, saved, 90)
    window.view.current_page().editors[0].editor.setPlainText("Vi talte om arbejdsglæde.")
    assert window.dirty  # an edit as well: now the question comes
    monkeypatch.setattr(messages, "question", answer(QMessageBox.StandardButton.Save))
    window.close_conversation()
    reopened = musfile.load(saved)
    assert len(asked) == 1 and reopened.used_seconds(STEP) == used
    assert "Vi talte om arbejdsglæde." in reopened.answers[STEP].values()  # the step's first field

    discarded = tmp_path / "kasseret.mus"
    window, _ = _open_and_spend(qtbot, demo, discarded, 90)
    before = discarded.read_bytes()
    window.view.current_page().editors[0].editor.setPlainText("Vi talte om arbejdsglæde.")
    monkeypatch.setattr(messages, "question", answer(QMessageBox.StandardButton.Discard))
    window.close_conversation()
    # "Kassér" leaves the file as it was saved: the time spent since goes with the edits.
    assert len(asked) == 2 and discarded.read_bytes() == before
