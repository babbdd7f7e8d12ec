"""Walk F16: the text size saved in Settings (150 %) is the size of the whole window at the next
start – the start page and the menu bar too, not only the dialogs made later."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ishoj_mus.storage.settings import Settings
from tests.helpers import open_window


@pytest.mark.parametrize("zoom", [150, 100])
def test_the_saved_text_size_holds_after_a_restart(qtbot, zoom):
    settings = Settings.load()
    settings.zoom = zoom
    settings.save()
    window = open_window(qtbot)  # a new start: the settings are read from the file
    wanted = window.base_point_size * zoom / 100
    assert QApplication.font().pointSizeF() == pytest.approx(wanted)
    assert window.start_page.demo_button.fontInfo().pointSizeF() == pytest.approx(wanted, abs=0.6)
    assert window.menuBar().fontInfo().pointSizeF() == pytest.approx(wanted, abs=0.6)
