"""Last year's scale values, faint in this year's radar in the window, once last year's
conversation is imported; a value last year left empty is left out (no line to the centre)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QMessageBox

from ishoj_mus.domain.codes import Voice
from ishoj_mus.domain.records import ScaleValue
from ishoj_mus.storage import musfile
from ishoj_mus.ui.conversation.followups import FollowupsEditor
from ishoj_mus.ui.widgets.radar import RadarChart
from tests.helpers import (
    click,
    file_dialog_answer,
    fill_new_dialog,
    open_window,
    reactivate,
    when_message_box,
)

M, L = Voice.MEDARBEJDER, Voice.LEDER


def _radar(view, step_id: str) -> RadarChart:
    view.go_to_field(step_id)
    radar = view.current_page().radar
    assert isinstance(radar, RadarChart)
    return radar


def _fits(radar: RadarChart) -> None:
    """Every axis label and legend entry lies inside the chart."""
    model = radar.model()
    assert model is not None
    _area, _centre, _radius, rects = radar.chart_geometry(model)
    inside = QRectF(radar.rect())
    assert all(inside.contains(r) for r in rects), (radar.size(), rects)
    fm = QFontMetricsF(radar.font())
    for k, start in radar.legend_positions():
        right = start.x() + 30 + fm.horizontalAdvance(model.lines[k].label)
        assert 0 <= start.x() and right <= radar.width() and start.y() <= radar.height(), model.lines[k].label


def test_last_years_values_are_shown_faintly_in_the_window_radar(qtbot, tmp_path, demo):
    scale = demo.form.scale_fields()[0]
    demo.set_scale(scale.id, M, ScaleValue(None, 4))  # last year the medarbejder left one empty
    last_year = tmp_path / "sidste_aar.mus"
    musfile.save(demo, last_year)
    window = open_window(qtbot)
    window.settings.default_folder = str(tmp_path)
    fill_new_dialog(qtbot)
    click(qtbot, window.start_page.new_button)
    reactivate(qtbot, window)
    view = window.view
    conv = view.conv
    step_id = conv.form.step_of(scale.id).id
    radar = _radar(view, step_id)
    assert "sidste år" not in " ".join(radar.model().labels())  # nothing imported yet

    view.go_to_field("siden-sidst")
    followups = next(e for e in view.current_page().editors if isinstance(e, FollowupsEditor))
    file_dialog_answer(qtbot, last_year)
    when_message_box(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # another employee
    click(qtbot, followups.import_button)
    reactivate(qtbot, window)

    radar = _radar(view, step_id)
    model = radar.model()
    previous = {line.label: line for line in model.lines if line.faint}
    assert set(previous) == {"Medarbejder, sidste år", "Leder, sidste år"}
    axes = conv.form.scale_fields()
    expected = tuple(demo.scale(f.id, M).today for f in axes)
    assert previous["Medarbejder, sidste år"].values == expected
    assert previous["Medarbejder, sidste år"].values[0] is None  # left out, not drawn as 0
    assert previous["Leder, sidste år"].values == tuple(demo.scale(f.id, L).today for f in axes)
    assert previous["Leder, sidste år"].pen().style() == Qt.PenStyle.DotLine
    assert previous["Leder, sidste år"].pen().color().alphaF() < 0.6  # faint
    assert "Medarbejder, sidste år" in radar.accessibleDescription()  # a screen reader hears it too
    _fits(radar)

    # The labels and the longer legend still fit at 150 %.
    base = radar.font().pointSizeF()
    try:
        window.settings.zoom = 150
        window.apply_zoom()
        qtbot.waitUntil(lambda: radar.font().pointSizeF() > base * 1.4)
        view.current_page().ensureWidgetVisible(radar)
        qtbot.waitUntil(lambda: radar.width() >= radar.minimumWidth())
        _fits(radar)
    finally:
        window.settings.zoom = 100
        window.apply_zoom()

    # Undoing the import takes last year's values away again.
    view.go_to_field("siden-sidst")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert conv.followups == [] and conv.previous_scales == {}
    radar = _radar(view, step_id)
    assert not [line for line in radar.model().lines if line.faint]


def test_english_legend_says_last_year(qtbot, demo):
    from PySide6.QtCore import QCoreApplication

    from ishoj_mus.ui.widgets import i18n

    window = open_window(qtbot, lang="en")
    try:
        demo.set_previous_scales({f.perspective: {M: ScaleValue(2, 3)} for f in demo.form.scale_fields()})
        chart = RadarChart(demo)
        assert "Employee, last year" in chart.model().labels()
    finally:
        window.close()
        i18n.install(QCoreApplication.instance(), "da")


def test_the_radar_follows_a_scale_changed_beside_it_and_not_what_is_written(qtbot):
    """The radar is measured and redrawn only when a scale changes (a written answer left it as it
    was but cost ≈1 ms a key); a scale chosen on its own page is drawn at once."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    from ishoj_mus.ui.conversation.fields import ScaleEditor

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    window = open_window(qtbot)
    window.open_demo()
    view = window.view
    steps = [s for s in view.conv.form.steps if any(f.kind.name == "SCALE" for f in s.fields)]
    radar = _radar(view, steps[-1].id)  # the radar sits on the last step with scales
    page = view.current_page()
    area = radar.parent()
    while not isinstance(area, QScrollArea):
        area = area.parent()
    area.ensureWidgetVisible(radar)  # on screen, where Qt paints it
    qtbot.waitUntil(lambda: not radar.visibleRegion().isEmpty())
    QApplication.processEvents()
    paints = Paints()
    radar.installEventFilter(paints)

    text = next(e for e in page.editors if hasattr(e, "editor")).editor
    text.setFocus()
    QTest.keyClicks(text, "mere tekst")
    QApplication.processEvents()
    assert paints.count == 0  # written text: the chart is left as it is

    scales = next(e for e in page.editors if isinstance(e, ScaleEditor))
    box = scales.boxes[(M, "today")]
    box.setCurrentIndex(1 if box.currentIndex() != 1 else 2)  # another value for the medarbejder
    qtbot.waitUntil(lambda: paints.count > 0)  # a scale: redrawn
    shown = next(line for line in radar.model().lines if line.label == "Medarbejder, i dag")
    assert box.currentData() in shown.values
    radar.removeEventFilter(paints)
    window.dirty = False
    window.close()
