"""The tour's window grows with its stop's text (walk of issue 25, 62-tour-3.png): it kept the
size of the first stop, so the third – three lines in English – was cut off mid-line, and so
were longer stops at 150 %."""

from __future__ import annotations

import pytest

from ishoj_mus.ui.shell.guide import Tour
from tests.helpers import open_window


@pytest.mark.parametrize(("lang", "zoom"), [("en", 100), ("en", 150), ("da", 150)])
def test_every_stop_s_text_is_shown_whole(qtbot, lang, zoom):
    window = open_window(qtbot, lang=lang)
    window.settings.zoom = zoom
    window.apply_zoom()
    window.open_demo()
    tour = Tour(window.view, window)
    qtbot.addWidget(tour)
    tour.show()
    qtbot.waitExposed(tour)
    try:
        for index in range(len(tour.stops)):
            tour.show_stop(index)
            qtbot.wait(10)
            text = tour.text
            assert text.height() >= text.heightForWidth(text.width()), (index, text.text())
            for button in (tour.skip, tour.back, tour.next):  # "ring rundvisningen ov" (issue 25)
                assert button.width() >= button.minimumSizeHint().width(), (index, button.text())
    finally:
        tour.reject()
        window.document.mark_clean()
