"""A narrow window (issue 25, walk 2): at 150 % display scaling a 1366 × 768 laptop gives the
window 911 logical px. The step list (about 300) and the framework panel (220) left the step's
page about 380: the scale step's radar shrank to a dot under its labels. Now the page keeps its
least usable width – the panel is held back, and a person who shows it keeps it (the step list
gives way then)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ishoj_mus.ui.conversation.page_room import page_least
from tests.helpers import open_window

NARROW = (911, 472)  # 1366 × 768 at QT_SCALE_FACTOR=1.5, less a title bar


def _scale_step(qtbot, size=NARROW):
    window = open_window(qtbot)
    window.settings.show_framework = True
    window.open_demo()
    window.resize(*size)
    view = window.view
    view.go(view.row_of("mere-og-bedre"))
    QApplication.processEvents()
    return window, view


def _radius(page) -> float:
    radar = page.radar
    page.ensureWidgetVisible(radar)
    QApplication.processEvents()
    return radar.chart_geometry(radar.model())[2]


def test_the_scale_steps_page_keeps_its_least_width_on_a_narrow_window(qtbot):
    window, view = _scale_step(qtbot)
    page = view.current_page()
    assert page.width() >= page_least(view.fontMetrics()), (view.splitter.sizes(), page.width())
    assert page.radar.width() >= 400 and _radius(page) >= 60, (page.radar.width(), _radius(page))
    assert not view.framework_panel.isVisible() and page.horizontalScrollBar().maximum() == 0
    assert window.settings.show_framework  # held back for room, not switched off


def test_a_person_who_shows_the_framework_on_a_narrow_window_keeps_it(qtbot):
    window, view = _scale_step(qtbot)
    window.ensure_actions()
    window.a_framework.trigger()  # F9 / »Vis rammen«: shows the held-back panel at once
    QApplication.processEvents()
    assert view.framework_panel.isVisible() and window.a_framework.isChecked()
    assert window.settings.show_framework
    page = view.current_page()
    # The step list gave way (its titles wrap) – all the page can have beside the panel.
    assert 140 <= view.step_list.width() < 250 and page.width() >= 480, view.splitter.sizes()
    assert _radius(page) >= 55, _radius(page)
    window.resize(900, 472)  # a resize or the next step does not take it away again
    view.go(view.row_of("innovation"))
    QApplication.processEvents()
    assert view.framework_panel.isVisible()
    window.a_framework.trigger()  # and F9 hides it again
    QApplication.processEvents()
    assert not view.framework_panel.isVisible() and not window.settings.show_framework


def test_a_wide_window_shows_list_page_and_framework_as_before(qtbot):
    _window, view = _scale_step(qtbot, (1366, 728))
    assert view.framework_panel.isVisible()
    assert view.step_list.width() >= 280 and view.splitter.sizes()[2] >= 220
