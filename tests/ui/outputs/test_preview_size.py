"""The PDF preview fits a 1366 × 768 and a 1024 × 600 screen (issue #26: it opened at 860 × 810),
also at 150 % zoom: the whole dialog, its title bar and 'Luk' inside the free part of the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from ishoj_mus.pdf.summary import render_summary
from ishoj_mus.ui.outputs import print_support
from tests.helpers import open_window


@pytest.mark.parametrize(
    "screen", [QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 560)], ids=["1366x768", "1024x600"]
)
@pytest.mark.parametrize("zoom", [100, 150])
def test_the_preview_fits_the_screen(qtbot, monkeypatch, signed_demo, screen, zoom):
    window = open_window(qtbot)
    window.settings.zoom = zoom
    window.apply_zoom()
    monkeypatch.setattr(print_support, "available_room", lambda _widget: screen)
    preview = print_support.PdfPreview(render_summary(signed_demo), "Forhåndsvisning", window)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    title_bar = preview.style().pixelMetric(print_support.QStyle.PixelMetric.PM_TitleBarHeight)
    outer = preview.geometry().adjusted(0, -title_bar, 0, 0)
    assert screen.contains(outer), (outer, screen)
    close = preview.close_button
    corner = close.mapTo(preview, close.rect().bottomRight())
    assert preview.rect().contains(corner)
