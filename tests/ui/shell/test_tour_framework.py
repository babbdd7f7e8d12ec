"""The tour's »Rammen« stop (walk of issue 25, 63): it said "On the right is the framework" on
step 1, where no framework panel is shown, and pointed at nothing. Now the stop shows the panel
it speaks of, with the framework of the first step that builds on it, marked; after the stop
the window is as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ishoj_mus.ui.shell.guide import Tour
from tests.helpers import open_window


def _tour(qtbot, window):
    tour = Tour(window.view, window)
    qtbot.addWidget(tour)
    tour.show()
    qtbot.waitExposed(tour)
    stop = next(i for i, (widget, _t, _x) in enumerate(tour.stops) if widget is window.view.framework_panel)
    return tour, stop


def test_the_framework_stop_shows_the_framework_on_step_1_and_hides_it_after(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    view = window.view
    assert view.step_list.currentRow() == 0 and not view.framework_panel.isVisible()
    tour, stop = _tour(qtbot, window)
    try:
        tour.show_stop(stop)
        QApplication.processEvents()
        panel = view.framework_panel
        assert panel.isVisible() and panel.width() > 100
        assert "Mere og bedre for mindre" in view.framework.toPlainText()  # the first perspective
        assert tour._marked is not None and tour._marked.parent() is panel
        qtbot.waitUntil(lambda: tour._marked.geometry() == panel.rect())
        tour.show_stop(stop + 1)
        assert not panel.isVisible() and view.step_list.currentRow() == 0
        tour.show_stop(stop)
        assert panel.isVisible()
    finally:
        tour.reject()  # skipping the tour on the stop leaves the window as it was, too
    assert not view.framework_panel.isVisible()
    window.document.mark_clean()


def test_on_a_step_with_the_framework_the_stop_leaves_the_panel_as_the_person_set_it(qtbot):
    window = open_window(qtbot)
    window.open_demo()
    view = window.view
    step = next(i for i, s in enumerate(view.conv.form.steps) if s.framework)
    view.go(step)
    view.set_framework_visible(False)  # hidden with F9
    tour, stop = _tour(qtbot, window)
    try:
        tour.show_stop(stop)
        assert view.framework_panel.isVisible()
        tour.show_stop(stop + 1)
        assert not view.framework_panel.isVisible()
        view.set_framework_visible(True)
        tour.show_stop(stop)
        tour.show_stop(stop + 1)
        assert view.framework_panel.isVisible()  # its own step's framework stays
    finally:
        tour.reject()
    window.document.mark_clean()
