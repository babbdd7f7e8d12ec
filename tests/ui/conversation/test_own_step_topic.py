"""An own topic added "as a step of its own" is its own entry in the step list: reached by mouse
and keyboard, marked like the other steps, removable with undo, saved and opened again, and in
the summary in its place (before the agreements)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation.topic_page import TopicPage
from ishoj_mus.ui.conversation.topics import TopicsPanel
from tests.helpers import (
    add_own_step,
    click,
    click_into,
    file_dialog_answer,
    open_window,
    reactivate,
    when_modal,
)

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
M, L = Voice.MEDARBEJDER, Voice.LEDER


def rows(view) -> list[str]:
    return [view.step_list.item(i).text() for i in range(view.step_list.count())]


def test_an_own_topic_as_a_step_of_its_own(qtbot, tmp_path):
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    window.open_demo()
    view = window.view
    conv = view.conv
    steps = len(conv.form.steps)
    agreements_row = view.row_of("aftaler")
    assert view.step_list.count() == steps

    add_own_step(qtbot, window, view, "trivsel", "Ny legeplads")
    topic = conv.topics[-1]
    assert topic.title == "Ny legeplads" and topic.step_id is None
    # Its own entry, right before the agreements, showing, with nothing written yet.
    assert view.step_list.count() == steps + 1
    row = view.row_of("topic:" + topic.id)
    assert row == agreements_row and view.row_of("aftaler") == agreements_row + 1
    assert view.step_list.currentRow() == row
    assert rows(view)[row] == "○  Eget emne: Ny legeplads  (0/2)"
    page = view.current_page()
    assert isinstance(page, TopicPage) and view.stack.currentWidget() is page
    assert f"Trin {row + 1} af {steps + 1} – eget emne: Ny legeplads" in view.where.text()
    # ready to type: the medarbejder's box has the focus
    assert QApplication.focusWidget() is page.card.answers[0].editor
    qtbot.keyClicks(page.card.answers[0].editor, "Jeg vil gerne være med i planlægningen")
    assert conv.topics[-1].answer(M) == "Jeg vil gerne være med i planlægningen"
    assert rows(view)[row] == "✓  Eget emne: Ny legeplads  (1/2)"
    assert "udfyldt" in view.step_list.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    # Not on the agreements page any more ("Egne emner"): only in its own place.
    view.go_to_field("aftaler")
    assert not any(isinstance(e, TopicsPanel) and e.step_id is None for e in view.current_page().editors)

    # Keyboard: up from the agreements in the step list, and Ctrl+PgDown on to them again.
    view.step_list.setFocus()
    qtbot.keyClick(view.step_list, Qt.Key.Key_Up)
    assert view.step_list.currentRow() == row and view.stack.currentWidget() is page
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert view.step_list.currentRow() == row + 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert view.step_list.currentRow() == row and QApplication.focusWidget() is page.card.answers[0].editor
    # Mouse: a click on the entry from another step.
    view.go_to_field("trivsel")
    rect = view.step_list.visualItemRect(view.step_list.item(row))
    qtbot.mouseClick(view.step_list.viewport(), LEFT, pos=rect.center())
    assert view.stack.currentWidget() is page

    # In the summary in its place: after the step before, before the agreements.
    view.go(view.row_of("opsummering"))
    html = view.current_page().browser.toPlainText()
    assert (
        html.index("Udvikling og kompetencer")
        < html.index("Eget emne: Ny legeplads")
        < html.index("Aftaler (udviklingsplan)")
    )

    # Removed (the entry goes; the agreements step takes its place), and undone.
    view.go(row)
    click(qtbot, page.card.remove)
    assert view.step_list.count() == steps and not conv.topics_of(None)
    assert view.step_list.currentRow() == agreements_row and view.row_of("aftaler") == agreements_row
    assert view.current_page() is not page
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert view.step_list.count() == steps + 1 and conv.topics_of(None)[0].answer(M).startswith("Jeg vil")
    assert rows(view)[row] == "✓  Eget emne: Ny legeplads  (1/2)"
    view.go(row)
    assert view.current_page().card.answers[0].editor.toPlainText().startswith("Jeg vil gerne")

    # Saved and opened again: the entry is there, in its place, with its answer.
    saved = tmp_path / "samtale.mus"
    file_dialog_answer(qtbot, saved)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    reactivate(qtbot, window)
    assert musfile.load(saved).topics_of(None)[0].title == "Ny legeplads"
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.view is None
    file_dialog_answer(qtbot, saved)
    window.a_open.trigger()
    reactivate(qtbot, window)
    view = window.view
    assert view is not None and view.step_list.count() == steps + 1
    assert rows(view)[row] == "✓  Eget emne: Ny legeplads  (1/2)"
    view.step_list.setCurrentRow(row)
    editor = view.current_page().card.answers[1].editor  # the leder's answer, typed after opening
    click_into(qtbot, editor)
    qtbot.keyClicks(editor, "God ide")
    assert rows(view)[row] == "✓  Eget emne: Ny legeplads  (2/2)"
    assert view.conv.topics_of(None)[0].answer(L) == "God ide"


def test_own_step_topic_in_english(qtbot, demo):
    from PySide6.QtCore import QCoreApplication

    from ishoj_mus.domain.records import OwnTopic
    from ishoj_mus.ui.widgets import i18n

    window = open_window(qtbot, lang="en")
    try:
        demo.insert_topic(0, OwnTopic("Playground", (M, L)))
        window.show_conversation(demo, None)
        view = window.view
        row = view.row_of("topic:" + demo.topics[0].id)
        assert view.step_list.item(row).text() == "○  Own topic: Playground  (0/2)"
        view.go(row)
        assert "Who writes: Employee, Leader" in [
            w.text() for w in view.current_page().findChildren(type(view.position))
        ]
    finally:
        window.dirty = False
        window.close()
        i18n.install(QCoreApplication.instance(), "da")


def test_a_held_back_preparations_own_step_keeps_its_title_back(qtbot, demo):
    """A preparation's own topic shows its title only when the preparation is shown to both."""
    from ishoj_mus.domain.preparation import bring_in, new_preparation
    from ishoj_mus.domain.records import OwnTopic

    prep = new_preparation(demo.form, M)
    prep.insert_topic(
        0, OwnTopic("Min arbejdstid", (M,)).with_answer(M, "Jeg vil gerne tale om arbejdstiden")
    )
    prep.insert_topic(1, OwnTopic("Kantinen", (M,), "trivsel").with_answer(M, "Maden er kold"))
    bring_in(demo, prep, "medarbejder.mus")
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    assert demo.hidden_voices() == (M,)
    row = view.row_of("topic:" + demo.topics_of(None)[0].id)
    assert "Min arbejdstid" not in view.step_list.item(row).text()
    assert view.step_list.item(row).text().startswith("✓  Eget emne fra en forberedelse")
    view.go(row)
    page = view.current_page()
    assert "Min arbejdstid" not in page.title_label.text() + view.where.text()
    assert page.card.answers[0].editor.toPlainText() == ""  # held back
    spoken = [page.card.accessibleName(), page.card.remove.accessibleName()]
    assert not any(
        "Min arbejdstid" in n for n in spoken + [a.editor.accessibleName() for a in page.card.answers]
    )
    view.go_to_field("trivsel")
    panel = next(
        e for e in view.current_page().editors if isinstance(e, TopicsPanel) and e.step_id == "trivsel"
    )
    assert panel.cards[0].title.text() == "Eget emne fra en forberedelse"  # a step's topic too
    view.go(row)
    window.dirty = False
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # only one brought in
    click(qtbot, view.preparation_bar.reveal)
    reactivate(qtbot, window)
    assert demo.hidden_voices() == ()
    assert view.step_list.item(row).text() == "✓  Eget emne: Min arbejdstid  (1/1)"
    assert page.title_label.text() == "Eget emne: Min arbejdstid"
    assert page.card.answers[0].editor.accessibleName() == "Min arbejdstid – Medarbejder"
    view.go_to_field("trivsel")
    assert panel.cards[0].title.text() == "Eget emne: Kantinen"
    assert page.card.answers[0].editor.toPlainText() == "Jeg vil gerne tale om arbejdstiden"
