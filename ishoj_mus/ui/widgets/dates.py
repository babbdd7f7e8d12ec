"""Dates between Qt and Python (``QDate.toPython()`` is typed as returning ``object``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QStyleOptionComboBox,
    QWidget,
)

from ishoj_mus.ui.widgets.wheel_guard import guard


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


NO_DATE = QDate(1900, 1, 1)  # "no date yet": shown as the field's special value text


class DateField(QDateEdit):
    """A date typed as people type dates: click into it and type 24112026 (or use the calendar).

    With "no date yet" (``NO_DATE``, shown as ``none_text``) Qt's field takes no digits – its
    text is the words – so a click, Tab or a shortcut into it puts a suggested date in place
    (``suggest()``, today by default) with the day selected: typing replaces it. Leaving without
    typing restores "no date" and changes nothing. The calendar's weekdays are readable
    ("man", not "m…"). Listen to ``edited`` (what the person did), not ``dateChanged``.
    """

    edited = Signal(QDate)  # the person changed the date (not set_date, not the suggestion)

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)

        guard(self)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.suggest: Callable[[], QDate] = QDate.currentDate
        self._placeholder: QDate | None = None  # the suggestion shown, until something is typed
        self._quiet = False
        self._typed_suggestion = False
        if none_text:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(none_text)
            self.setDate(NO_DATE)
        self._calendar_made = False  # Qt's calendar: made when first opened (calendarWidget)
        self.dateChanged.connect(self._changed)

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 – Qt API
        """Qt's calendar, with readable weekdays. Made the first time it is opened or asked for,
        not with the field: made at once, the calendars of the first page's date fields (their
        buttons, month menu and table) cost ≈4 ms of the conversation's first frame (issue 25).
        Qt opens it only on a click on the arrow (``mousePressEvent``); F4 and Alt+Down open it
        the same way (``keyPressEvent``)."""
        calendar = super().calendarWidget()
        if not self._calendar_made:
            self._calendar_made = True
            calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
            calendar.setMinimumWidth(self._calendar_width(calendar))
        return calendar

    @staticmethod
    def _calendar_width(calendar: QCalendarWidget) -> int:
        metrics = calendar.fontMetrics()
        locale = calendar.locale()
        widest = max(
            metrics.horizontalAdvance(locale.dayName(d, QLocale.FormatType.ShortFormat)) for d in range(1, 8)
        )
        return 7 * (widest + metrics.horizontalAdvance("MM")) + metrics.horizontalAdvance("000")

    def is_none(self) -> bool:
        return self.specialValueText() != "" and self.date() == self.minimumDate()

    def set_date(self, value: QDate) -> None:
        """Show ``value`` (``NO_DATE``: none) without it counting as typed."""
        if value != self.date():  # the same date again (a refresh while typing) leaves the text be
            self._quiet = True
            try:
                self.setDate(value)
            finally:
                self._quiet = False
        self._placeholder = None
        self._typed_suggestion = False

    def _changed(self, value: QDate) -> None:
        if self._quiet or (self._placeholder is not None and value == self._placeholder):
            return
        self._placeholder = None
        self._typed_suggestion = False  # the first digit typed makes the suggestion the person's
        self.edited.emit(value)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 – Qt API
        suggest = self.is_none() and not self.isReadOnly()
        if suggest:
            self.set_date(self.suggest())
            self._placeholder = self.date()
        super().focusInEvent(event)
        if suggest:
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def _arrow_hit(self, point: QPoint) -> bool:
        # The style's own enum types, not QStyle imported at the top: importing QStyle makes
        # PySide6 create its 11 enum types (≈5.7 ms CPU measured), and a date field stands on the
        # conversation's first page; a click can pay for them once.
        style = self.style()
        option = self._combo_option()
        hit = style.hitTestComplexControl(style.ComplexControl.CC_ComboBox, option, point, self)
        return bool(hit == style.SubControl.SC_ComboBoxArrow)

    def _combo_option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = self.style().SubControl.SC_All
        return option

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt has no call for it): F4 and
        Alt+Down, as in other Windows programs. Escape closes it; arrows and Enter pick a day."""
        if self.isReadOnly() or not self.isEnabled():
            return
        style = self.style()
        arrow = style.subControlRect(
            style.ComplexControl.CC_ComboBox, self._combo_option(), style.SubControl.SC_ComboBoxArrow, self
        )
        self.calendarWidget()  # readable before Qt opens it
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            self.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        super().mousePressEvent(press)
        calendar = self.calendarWidget()
        if calendar.isVisible():
            calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 – Qt API
        """A click in the text puts the cursor there. (Qt 6 takes a click on a calendar-popup
        date's text for its "down" button – the combo box's edit field and the spin box's
        down button share one value – so every click silently moved the date a day back.)"""
        if self._arrow_hit(event.position().toPoint()) or event.button() != Qt.MouseButton.LeftButton:
            self.calendarWidget()  # readable before Qt opens it (any button on the arrow does)
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        edit = self.lineEdit()
        if self._placeholder is None:  # a date there: the cursor where the click was
            edit.setCursorPosition(edit.cursorPositionAt(edit.mapFrom(self, event.position().toPoint())))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 – Qt API
        """Typing into the suggestion keeps it even when the typed date equals it (today). A
        digit typed into "no date" (focus came without a focus-in, e.g. a shortcut) starts one.
        F4 and Alt+Down (or Alt+Up) open the calendar; Qt took Alt+Down as Down: a day back."""
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (event.key() == Qt.Key.Key_F4 and not event.modifiers()) or (
            alt and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.open_calendar()
            event.accept()
            return
        if self.is_none() and event.text().isdigit() and not self.isReadOnly():
            self.set_date(self.suggest())
            self._placeholder = self.date()
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        typing = self._placeholder is not None and (
            event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        )
        if typing:
            self._placeholder = None
            self._typed_suggestion = True  # said when leaving, if the typed date is the suggestion
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 – Qt API
        super().focusOutEvent(event)
        if self._calendar_made and self.calendarWidget().isVisible():
            return
        if self._placeholder is not None:
            self.set_date(self.minimumDate())  # nothing typed: still no date, nothing changed
        elif self._typed_suggestion:
            self._typed_suggestion = False
            self.edited.emit(self.date())  # typed, and it is the suggested date: say so
