"""Check boxes and radio buttons grow with the zoom, as the text does: Fusion alone draws their
box at a fixed 14 px, tiny next to the text at 150 %. The box keeps a visible outline and a
visible mark in both themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

from ishoj_mus.ui.widgets import theme
from tests.helpers import open_window


def _card(kind: type[QAbstractButton]) -> tuple[QWidget, QAbstractButton, QColor]:
    """A button without text on a card's background (where "Ikke relevant" sits)."""
    card = QWidget()
    card.setAutoFillBackground(True)
    palette = card.palette()
    background = palette.color(QPalette.ColorRole.Base)
    palette.setColor(QPalette.ColorRole.Window, background)
    card.setPalette(palette)
    button = kind("", card)
    button.move(6, 6)
    return card, button, background


def _box(card: QWidget, button: QAbstractButton, background: QColor) -> tuple[int, int, float, int]:
    """Width and height of what is drawn, its strongest contrast and how many pixels stand out."""
    button.adjustSize()
    card.resize(button.width() + 12, button.height() + 12)
    card.show()
    QApplication.processEvents()
    image = card.grab().toImage()
    xs, ys, best = [], [], 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            ratio = theme.contrast(image.pixelColor(x, y).name(), background.name())
            if ratio > 1.5:
                xs.append(x)
                ys.append(y)
                best = max(best, ratio)
    assert xs, "nothing drawn"
    return max(xs) - min(xs) + 1, max(ys) - min(ys) + 1, best, len(xs)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton], ids=["check box", "radio button"])
def test_the_box_grows_with_the_zoom_and_stays_visible(qtbot, monkeypatch, dark, kind):
    monkeypatch.setenv("ISHOJ_MUS_THEME", "dark" if dark else "light")
    window = open_window(qtbot)
    card, button, background = _card(kind)
    qtbot.addWidget(card)
    sizes = {}
    for zoom in (100, 150):
        window.settings.zoom = zoom
        window.apply_zoom()
        button.setChecked(False)
        width, height, outline, empty = _box(card, button, background)
        assert outline >= 3.0, (zoom, outline)  # WCAG's 3:1 for a control's boundary
        button.setChecked(True)
        _w, _h, mark, marked = _box(card, button, background)
        assert mark >= 3.0 and marked > empty + width, (zoom, mark, marked, empty)  # the mark shows
        sizes[zoom] = (width, height)
    (w100, h100), (w150, h150) = sizes[100], sizes[150]
    assert w150 >= 1.4 * w100 and h150 >= 1.4 * h100, sizes
    letters = QFontMetrics(QApplication.font()).capHeight()
    assert h150 >= letters, (sizes, letters)  # as high as a capital letter of the text beside it
