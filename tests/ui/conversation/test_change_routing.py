"""A change refreshes only what shows it (issue 25, typed change notices): an answer typed on one
step refreshes that step's page and its progress in the step list – not the other pages, not the
step list's entries, not the preparation bar – and the summary and signing pages when next
shown. The progress numbers stay right after edits, undo and redo."""

from __future__ import annotations

from collections import Counter

from ishoj_mus.domain.codes import Voice
from tests.helpers import open_window

SUMMARY, SIGNING = "opsummering", "underskrift"


def _count_refreshes(widget, counts: Counter, key: str, name: str = "refresh") -> None:
    """Count ``widget.<name>()`` calls under ``key`` (the view and pages call them by name)."""
    original = getattr(widget, name)

    def counted(*args) -> None:
        counts[key] += 1
        original(*args)

    setattr(widget, name, counted)


def _shows(editor) -> str:
    """The field an editor shows (a text box, "Ikke relevant"), else what kind of panel it is."""
    field = getattr(editor, "field", None) or getattr(editor, "field_", None)
    return field.id if field is not None else type(editor).__name__


def _labels(view) -> list[tuple[str, str]]:
    items = [view.step_list.item(row) for row in range(view.step_list.count())]
    return [(item.text(), item.toolTip()) for item in items]


def test_typing_an_answer_refreshes_its_own_page_and_no_other(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    view = window.view
    for key in ("kerneopgaven", "aftaler", SUMMARY, SIGNING, "trivsel"):  # their pages are made
        view.go(view.row_of(key))
    pages = dict(view.pages)
    counts: Counter = Counter()
    for key, page in pages.items():
        _count_refreshes(page, counts, key)
        _count_refreshes(page, counts, key, "follow")
    _count_refreshes(view.preparation_bar, counts, "preparation bar")
    shown = Counter()  # on the page typed on: which fields' editors show the model again
    for editor in view.current_page().editors:
        _count_refreshes(editor, shown, _shows(editor))
    rebuilt: list[str] = []
    model = view.step_list.model()
    model.modelReset.connect(lambda: rebuilt.append("reset"))
    model.rowsInserted.connect(lambda *_: rebuilt.append("rows"))

    editor = view.current_page().focus_target("trivsel", Voice.MEDARBEJDER)
    qtbot.keyClicks(editor, " Og om sommeren.")
    assert view.conv.answer("trivsel", Voice.MEDARBEJDER).endswith(" Og om sommeren.")
    assert set(counts) == {"trivsel"}, counts  # the page typed on, nothing else
    assert set(shown) == {"trivsel"}, shown  # and on it the field typed in, not "balance" too
    shown.clear()
    note = view.current_page().private_note.notes[0].editor  # "Kun mellem os", on the same page
    qtbot.keyClicks(note, "Ferie i juli.")
    assert set(shown) == {"PrivateNote"} and set(counts) == {"trivsel"}, (shown, counts)
    assert view._stale == {SUMMARY, SIGNING}  # they show the whole conversation: when next shown
    assert rebuilt == [] and view.pages == pages  # the same pages, the same step list

    view.go(view.row_of("kerneopgaven"))  # untouched by the answer: shown as it was
    view.go(view.row_of(SUMMARY))
    assert counts["kerneopgaven"] == 0 and counts["aftaler"] == 0
    assert counts[SUMMARY] >= 1 and "Og om sommeren." in view.pages[SUMMARY].browser.toPlainText()
    assert counts["preparation bar"] == 0


def test_the_progress_in_the_step_list_stays_right_after_edits_undo_and_redo(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    view, document = window.view, window.document
    step, summary = view.row_of("kerneopgaven"), view.row_of(SUMMARY)

    def right() -> list[tuple[str, str]]:
        """What the step list shows is what it shows when everything is counted again."""
        shown = _labels(view)
        view._update_progress()
        assert _labels(view) == shown
        return shown

    complete = right()
    assert complete[step][0].endswith("(3/3)") and complete[summary][0].startswith("✓")
    view.go(step)
    view.current_page().focus_target("kerneopgave", Voice.FAELLES).setPlainText("")  # required
    emptied = right()
    assert emptied[step] == ("•  Kerneopgaven  (2/3)", "mangler svar"), emptied[step]
    assert emptied[summary][0].startswith("!")  # something is missing somewhere
    assert [label for row, label in enumerate(emptied) if row not in (step, summary)] == [
        label for row, label in enumerate(complete) if row not in (step, summary)
    ]
    document.undo()
    assert right() == complete
    document.redo()
    assert right() == emptied
    document.undo()
    view.go(view.row_of("trivsel"))  # another step's answer, and back again
    view.current_page().focus_target("balance", Voice.LEDER).setPlainText("")
    assert right()[view.row_of("trivsel")][0].endswith("(4/5)")
    document.undo()
    assert right() == complete
