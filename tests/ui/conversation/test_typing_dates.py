"""Click into a date field and type the digits: the date is set (issue #26: nothing happened;
only a double-click, Tab or the calendar worked)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QStyle, QStyleOptionComboBox

from ishoj_mus.domain.records import Agreement
from ishoj_mus.ui.conversation.agreements import AgreementsEditor
from tests.helpers import open_window

LEFT = Qt.MouseButton.LeftButton


def _click_and_type(qtbot, field, digits: str) -> None:
    field.window().activateWindow()
    qtbot.mouseClick(field, LEFT, pos=QPoint(12, field.height() // 2))
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, digits)


def test_typing_digits_into_the_conversation_date(qtbot, demo):
    window = open_window(qtbot)
    demo.date = None
    window.show_conversation(demo, None)
    view = window.view
    view.go(0)
    field = view.current_page().date
    assert field.text() == "ingen dato"
    _click_and_type(qtbot, field, "24112026")
    qtbot.waitUntil(lambda: view.conv.date == date(2026, 11, 24))
    assert field.text() == "24.11.2026"


def test_a_click_into_an_empty_date_and_away_changes_nothing(qtbot, demo):
    window = open_window(qtbot)
    demo.date = None
    window.show_conversation(demo, None)
    view = window.view
    view.go(0)
    page = view.current_page()
    qtbot.mouseClick(page.date, LEFT, pos=QPoint(12, page.date.height() // 2))
    qtbot.waitUntil(page.date.hasFocus)
    page.place.setFocus()
    qtbot.waitUntil(lambda: page.date.text() == "ingen dato")
    assert view.conv.date is None and not window.document.undo_stack.canUndo()


def test_typing_digits_into_an_agreements_deadline(qtbot, demo):
    window = open_window(qtbot)
    demo.agreements.append(Agreement(what="Kursus i konflikthåndtering"))
    window.show_conversation(demo, None)
    view = window.view
    view.go([s.id for s in view.conv.form.steps].index("aftaler"))
    row = view.current_page().findChild(AgreementsEditor).rows[-1]
    view.current_page().ensureWidgetVisible(row.deadline.edit)
    assert row.deadline.edit.isEnabled() and not row.deadline.check.isChecked()
    _click_and_type(qtbot, row.deadline.edit, "01032027")
    qtbot.waitUntil(lambda: view.conv.agreements[-1].deadline == date(2027, 3, 1))
    assert row.deadline.check.isChecked()


def test_a_click_into_a_date_does_not_move_it_a_day_back(qtbot, demo):
    """Qt 6 took a click on a calendar-popup date's text for its "down" button."""
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go(0)
    field = view.current_page().date
    for x in (8, 30, 60):
        qtbot.mouseClick(field, LEFT, pos=QPoint(x, field.height() // 2))
    qtbot.waitUntil(field.hasFocus)
    assert field.text() == "19.11.2026" and view.conv.date == date(2026, 11, 19)


def test_the_calendar_is_made_when_opened_with_readable_weekdays(qtbot, demo):
    """Made on the first click on the arrow, not with the page (issue 25): still "man", not "m…"."""
    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go(0)
    field = view.current_page().date
    assert field.findChild(QCalendarWidget) is None  # the first page makes no calendar
    arrow = field.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, _combo_option(field), QStyle.SubControl.SC_ComboBoxArrow, field
    )
    qtbot.mouseClick(field, LEFT, pos=arrow.center())
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
    assert calendar.minimumWidth() > 0
    calendar.window().close()


def _combo_option(field):
    option = QStyleOptionComboBox()
    option.initFrom(field)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    return option


def test_alt_down_and_f4_open_the_calendar_and_a_day_is_picked_by_keyboard(qtbot, demo):
    """Walk of issue 25: no key opened the calendar, and Alt+Down moved the date a day back.
    Alt+Down and F4 open it (as in other Windows programs) without changing the date; arrows
    and Enter pick a day; Escape closes it and changes nothing."""
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    window.show_conversation(demo, None)
    view = window.view
    view.go(0)
    field = view.current_page().date
    _click_and_type(qtbot, field, "")
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.findChild(QCalendarWidget)
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert field.text() == "19.11.2026" and view.conv.date == date(2026, 11, 19)
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    qtbot.waitUntil(lambda: view.conv.date == date(2026, 11, 20))
    assert field.text() == "20.11.2026"
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert view.conv.date == date(2026, 11, 20)
