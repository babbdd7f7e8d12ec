"""Issue 25 (tidy 3): the GRUS window opened at 1200 × 800, taller than a 1366 × 768 laptop's
screen, so the participants' bottom row and the status bar were below it; and its Danish Vis
menu gave N to two items (»Normal størrelse«, »Næste del«)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from ishoj_mus.demo_grus import demo_group_conversation
from ishoj_mus.storage.forms import group_form
from ishoj_mus.ui.grus.document import GroupDocument
from ishoj_mus.ui.grus.window import GroupWindow
from ishoj_mus.ui.widgets import i18n
from tests.helpers import forget_group_changes


def _window(qtbot) -> GroupWindow:
    w = GroupWindow(GroupDocument(demo_group_conversation(group_form())))
    qtbot.addWidget(w, before_close_func=forget_group_changes)
    return w


def test_the_whole_window_is_on_the_screen_status_bar_and_all(qtbot):
    w = _window(qtbot)
    w.show()
    qtbot.waitExposed(w)
    room = w.screen().availableGeometry()
    assert room.height() <= 800  # smaller than the window wants (1200 × 800 and its frame)
    frame = w.frameGeometry()
    assert frame.width() <= room.width() and frame.height() <= room.height(), (frame, room)
    w.say("Gemt")  # what the window says is seen, at its bottom edge
    bar = w.statusBar()
    qtbot.waitUntil(bar.isVisible)
    bottom = bar.mapToGlobal(QPoint(bar.width() - 1, bar.height() - 1))
    assert bar.currentMessage() == "Gemt" and room.contains(bottom), (bottom, room)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_grus_menu_has_one_item_per_letter(qtbot, lang):
    i18n.install(QApplication.instance(), lang)
    try:
        w = _window(qtbot)
        for top in w.menuBar().actions():
            texts = [a.text() for a in top.menu().actions() if not a.isSeparator()]
            letters = [re.search(r"&(\w)", t) for t in texts]
            assert all(letters), texts
            keys = [m.group(1).lower() for m in letters if m]
            assert len(set(keys)) == len(keys), (top.text(), texts)
    finally:
        i18n.install(QApplication.instance(), "da")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_part_s_name_is_whole_at_every_zoom(qtbot, lang):
    """The walk in English (walk 2, /tmp/walk2/53-grus-key-zoomin.png): Ctrl++ to 110 % showed
    »Leadership and …« in the list of parts – the list kept each name's height from 100 %, so a
    name that now needed two lines was cut instead of wrapped."""
    i18n.install(QApplication.instance(), lang)
    try:
        w = _window(qtbot)
        w.resize(1200, 728)
        w.show()
        qtbot.waitExposed(w)
        nav = w.nav
        for _ in range(
            3
        ):  # 110, 125, 150 % (from 175 % the pages take the list's room: a finding of its own)
            w.zoom(+1)
            QApplication.processEvents()
            fm = nav.fontMetrics()
            for i in range(nav.count()):
                item = nav.item(i)
                rect = nav.visualItemRect(item)
                assert rect.right() < nav.viewport().width(), (
                    w.zoom_percent,
                    item.text(),
                    rect,
                )  # not laid out wider
                room = QRect(0, 0, rect.width() - 8, 10_000)  # the items' padding: 4 px each side
                needed = fm.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text()).height()
                assert needed <= rect.height() - 10 + 1, (w.zoom_percent, item.text(), needed, rect)
    finally:
        i18n.install(QApplication.instance(), "da")


@pytest.mark.parametrize("zoom_steps", [0, 3])  # 100 % and 150 %
def test_the_own_item_s_deadline_shows_its_whole_hint_in_english(qtbot, zoom_steps):
    """Walk 2 (/tmp/walk2/p10b.png): on »Each participant's development plan« the deadline's
    hint read »Deadline, e.g. 31.0…« – the field was a quarter of the row, narrower than its
    English hint."""
    i18n.install(QApplication.instance(), "en")
    try:
        w = _window(qtbot)
        w.resize(1200, 728)
        w.show()
        qtbot.waitExposed(w)
        for _ in range(zoom_steps):
            w.zoom(+1)
        plans = next(
            w.pages.widget(i) for i in range(w.pages.count()) if hasattr(w.pages.widget(i), "item_deadline")
        )
        w.pages.setCurrentWidget(plans)
        QApplication.processEvents()
        field = plans.item_deadline
        hint = field.placeholderText()
        assert hint.startswith("Deadline, e.g.")
        assert field.width() >= field.fontMetrics().horizontalAdvance(hint) + 12, (
            w.zoom_percent,
            field.width(),
        )
    finally:
        i18n.install(QApplication.instance(), "da")


def test_the_window_can_be_as_small_as_a_laptop_at_150_percent_scaling(qtbot):
    """Walk 2 (/tmp/walk2/77-qt150-grus.png): at 150 % display scaling a 1366 × 768 laptop has
    911 × 512 px; the development plans' page needed 513 px, so the window opened 554 px tall and
    the participants' row and the status bar were below the screen. The pages now scroll."""
    w = _window(qtbot)
    w.show()
    qtbot.waitExposed(w)
    least = w.minimumSizeHint()
    assert least.height() <= 512 - 40 and least.width() <= 911 - 16, least
    w.resize(895, 472)
    QApplication.processEvents()
    assert w.height() <= 472 and w.pages.currentWidget() is w.pages.widget(0)
