"""The year view reads well on a 1366 × 768 laptop at 100 % and at 150 %, in Danish and English:
a radar large enough to read, every conversation in sight, and agreements whose words are
never cut ("Oplæg på personale…" at 150 % before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics

from ishoj_mus.ui.widgets import i18n
from tests.helpers import open_window


@pytest.mark.parametrize(
    ("zoom", "lang", "live"), [(150, "da", False), (150, "en", False), (100, "da", False), (150, "da", True)]
)
def test_the_year_view_reads_well_on_a_laptop(qtbot, year_folder, user_home, zoom, lang, live):
    window = open_window(qtbot, lang=lang)  # 1366 × 768
    try:
        if not live:
            window.settings.zoom = zoom
            window.apply_zoom()
        window.settings.overview_folder = str(year_folder.root)
        window.start_page.overview_button.click()
        ov = window.overview
        qtbot.waitUntil(lambda: ov.overview is not None, timeout=20000)
        assert ov.select_employee("Sofie Larsen")
        ov.show_years()
        yv = ov.year_view
        qtbot.waitUntil(lambda: yv.isVisible() and yv.agreement_table.width() > 0)
        if live:  # zoomed while the view is open
            window.settings.zoom = zoom
            window.apply_zoom()
        QCoreApplication.processEvents()
        fm = QFontMetrics(yv.font())

        model = yv.radar.model()
        assert model is not None
        radius = yv.radar.chart_geometry(model)[2]
        assert radius >= 4 * fm.height(), (radius, fm.height())  # was 80 px at 150 % (3 lines)

        conv = yv.conv_table
        assert conv.verticalScrollBar().maximum() == 0 and conv.horizontalScrollBar().maximum() == 0

        table = yv.agreement_table
        column = table.columnWidth(1)
        assert column >= 20 * fm.averageCharWidth(), (column, fm.averageCharWidth())
        for row in range(yv.agreement_model.rowCount()):
            text = yv.agreement_model.index(row, 1).data()
            widest = max(fm.horizontalAdvance(word) for word in text.split())
            assert widest <= column - 8, (text, widest, column)  # no word cut
            wrapped = fm.boundingRect(QRect(0, 0, column - 8, 10_000), Qt.TextFlag.TextWordWrap, text)
            assert wrapped.height() <= table.rowHeight(row), (text, wrapped.height(), table.rowHeight(row))

        if yv.stacked:  # the page scrolls; the table itself shows every agreement
            assert table.verticalScrollBar().maximum() == 0
            table.setFocus()
            count = yv.agreement_model.rowCount()
            for _ in range(count + 1):  # by keyboard to the last agreement: the page follows
                qtbot.keyClick(table, Qt.Key.Key_Down)
            assert table.currentIndex().row() == count - 1
            last = table.visualRect(table.currentIndex())
            bottom = table.viewport().mapTo(yv.page_scroll.viewport(), last.bottomLeft()).y()
            assert 0 < bottom <= yv.page_scroll.viewport().height(), (
                bottom,
                yv.page_scroll.viewport().height(),
            )
        else:
            assert zoom == 100  # side by side, as before: nothing to scroll
            assert yv.page_scroll.verticalScrollBar().maximum() == 0
    finally:
        i18n.install(QCoreApplication.instance(), "da")


def test_tab_leaves_the_overview_tables(qtbot, year_folder, user_home):
    """Keyboard: Tab goes from a table on to the next control, the arrow keys move inside it
    (Tab walked cell by cell: 88 stops in the employees' table)."""
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot)
    window.settings.overview_folder = str(year_folder.root)
    window.start_page.overview_button.click()
    ov = window.overview
    qtbot.waitUntil(lambda: ov.overview is not None, timeout=20000)

    def tab_leaves(table) -> None:
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        row = table.currentIndex().row()
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == row + 1, table.accessibleName()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, table.accessibleName()

    tab_leaves(ov.table)
    assert ov.select_employee("Sofie Larsen")
    ov.show_years()
    yv = ov.year_view
    qtbot.waitUntil(yv.isVisible)
    tab_leaves(yv.conv_table)
    tab_leaves(yv.agreement_table)
