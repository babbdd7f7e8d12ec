"""No silent changes: scrolling the page over a drop-down, a date or a scale changes nothing."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from tests.helpers import open_window, value_controls, wheel


def test_wheel_over_every_value_control_changes_nothing(qtbot, demo):
    from datetime import date

    from ishoj_mus.domain.records import Agreement

    window = open_window(qtbot)
    demo.agreements.append(Agreement(what="Kursus i konflikthåndtering", deadline=date(2027, 3, 1)))
    window.show_conversation(demo, None)
    view = window.view
    before = copy.deepcopy(view.conv)
    seen = 0
    scrolled = False
    for index in range(view.step_list.count()):
        view.go(index)
        page = view.current_page()
        view.step_list.setFocus()  # the pointer passes over the controls; the focus is elsewhere
        for control in value_controls(page):
            if not control.isVisibleTo(page) or not control.isEnabled():
                continue
            page.ensureWidgetVisible(control)
            assert control.focusPolicy() != Qt.FocusPolicy.WheelFocus, control
            bar = page.verticalScrollBar()
            position = bar.value()
            for notches in (-1, -1, 1, -1):
                wheel(control, notches)
            assert not control.hasFocus()
            scrolled = scrolled or bar.value() != position
            seen += 1
        before.time_used = dict(view.conv.time_used)  # the time on each step goes on: no edit
        assert view.conv == before, f"the wheel changed the conversation on step {index + 1}"
    # date edits (agreements, participants), drop-downs (status, choice), the scales
    assert seen >= 20, seen
    assert scrolled, "the page behind the controls never scrolled"


def pick_with_the_mouse(qtbot, box: QComboBox, row: int) -> None:
    """Click the drop-down open (the click gives it the focus) and choose an item from its list:
    what the list does on a click (offscreen, a click into the pop-up window does not land)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.view().isVisible())
    box.setCurrentIndex(row)
    box.hidePopup()
    qtbot.waitUntil(lambda: not box.view().isVisible())


def test_wheel_right_after_picking_a_value_scrolls_the_page_not_the_value(qtbot, demo):
    """The walker chose 3 on a scale and turned the wheel to read on: it became 5. Picking a
    value with the mouse leaves the focus on the drop-down; the wheel must still scroll."""
    from ishoj_mus.ui.conversation.fields import ScaleEditor

    window = open_window(qtbot)
    window.resize(1024, 600)
    window.show_conversation(demo, None)
    view = window.view
    index = next(i for i, s in enumerate(demo.form.steps) if any(f.kind == "scale" for f in s.fields))
    view.go(index)
    page = view.current_page()
    editor = next(e for e in page.editors if isinstance(e, ScaleEditor))
    box = next(iter(editor.boxes.values()))
    page.ensureWidgetVisible(box)
    row = 3 if box.currentIndex() != 3 else 2
    pick_with_the_mouse(qtbot, box, row)
    assert box.currentIndex() == row
    assert box.hasFocus(), "clicking gives the drop-down the focus (this is why the wheel took it)"
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    for _ in range(2):
        wheel(box, -1)
    assert box.currentIndex() == row, "the wheel changed the value just picked"
    assert bar.value() != position, "the page did not scroll"
    # The keyboard still changes it, on purpose.
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == row + 1


def test_wheel_over_a_focused_date_or_number_changes_nothing(qtbot, demo):
    from ishoj_mus.ui.conversation.agenda import AgendaDialog
    from ishoj_mus.ui.shell.new_dialog import NewConversationDialog

    window = open_window(qtbot)
    for container in (NewConversationDialog(window), AgendaDialog(demo, window)):
        qtbot.addWidget(container)
        container.show()
        qtbot.waitExposed(container)
        for control in value_controls(container):
            if not control.isVisibleTo(container) or not control.isEnabled():
                continue
            control.setFocus(Qt.FocusReason.MouseFocusReason)
            qtbot.waitUntil(control.hasFocus)
            before = _value(control)
            wheel(control, -1)
            wheel(control, 1)
            wheel(control, 1)
            assert _value(control) == before, (container, control)
        container.close()


def test_tab_leaves_a_date_field_instead_of_walking_inside_it(qtbot):
    from ishoj_mus.ui.shell.new_dialog import NewConversationDialog

    window = open_window(qtbot)
    dialog = NewConversationDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.date.setFocus()
    qtbot.waitUntil(dialog.date.hasFocus)
    before = dialog.date.date()
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not dialog.date and not dialog.date.isAncestorOf(after)
    qtbot.keyClicks(after, "12")
    assert dialog.date.date() == before, "typing after Tab went into the date"
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.date
    dialog.reject()


def test_tab_from_the_last_follow_up_reaches_the_answers_below(qtbot, demo, tmp_path):
    from ishoj_mus.storage import musfile
    from ishoj_mus.ui.conversation.fields import TextAnswer
    from ishoj_mus.ui.conversation.followups import FollowupsEditor

    last_year = tmp_path / "sidste.mus"
    musfile.save(demo, last_year)
    from ishoj_mus.domain.conversation import Conversation

    window = open_window(qtbot)
    window.show_conversation(Conversation(form=demo.form), None)
    view = window.view
    index = next(i for i, s in enumerate(demo.form.steps) if s.id == "siden-sidst")
    view.go(index)
    page = view.current_page()
    followups = next(e for e in page.editors if isinstance(e, FollowupsEditor))
    assert followups.import_from(str(last_year))
    below = next(e for e in page.editors if isinstance(e, TextAnswer))
    followups.rows[-1].comment.setFocus()
    qtbot.waitUntil(followups.rows[-1].comment.hasFocus)
    for _ in range(4):
        if QApplication.focusWidget() is below.editor:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is below.editor


def _value(control: QWidget):
    if isinstance(control, QComboBox):
        return control.currentIndex()
    if isinstance(control, QAbstractSpinBox):
        return control.text()
    return control.value()  # type: ignore[attr-defined]


def test_every_dialog_and_the_overview_guard_their_controls_too(qtbot, demo, tmp_path):
    """Each control is guarded where it is made (no application-wide filter any more): the
    wheel over an unfocused drop-down, date or number in a dialog changes nothing either."""
    from ishoj_mus.pdf.attached import read_summary_pdf
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.conversation.agenda import AgendaDialog
    from ishoj_mus.ui.shell.new_dialog import NewConversationDialog
    from ishoj_mus.ui.shell.settings_dialog import SettingsDialog
    from ishoj_mus.ui.year.calendar_export import save_calendar
    from ishoj_mus.ui.year.loading import load_any
    from ishoj_mus.ui.year.overview_view import OverviewView

    window = open_window(qtbot)
    made = [
        NewConversationDialog(window),
        SettingsDialog(Settings(), window),
        AgendaDialog(demo, window),
        OverviewView(str(tmp_path), load=load_any, save_calendar=save_calendar, read_pdf=read_summary_pdf),
    ]
    seen = 0
    for container in made:
        qtbot.addWidget(container)
        container.show()
        qtbot.waitExposed(container)
        for control in value_controls(container):
            if not control.isVisibleTo(container) or not control.isEnabled():
                continue
            assert control.focusPolicy() != Qt.FocusPolicy.WheelFocus, (container, control)
            before = _value(control)
            for notches in (-1, -1, 1, -1):
                wheel(control, notches)
            assert _value(control) == before, (container, control)
            seen += 1
        container.close()
    assert seen >= 10, seen
