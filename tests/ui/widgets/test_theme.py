"""Our own theme: readable text in light and dark (WCAG AA, 4.5:1), and a readable base font."""

from __future__ import annotations

import pytest

from ishoj_mus.domain.codes import Voice
from ishoj_mus.ui.widgets import theme


@pytest.mark.parametrize("palette", [theme.LIGHT_PALETTE, theme.DARK_PALETTE], ids=["light", "dark"])
def test_every_text_colour_has_contrast_on_its_background(palette):
    for fg, bg in theme.TEXT_PAIRS:
        ratio = theme.contrast(palette[fg], palette[bg])
        assert ratio >= 4.5, (fg.name, bg.name, round(ratio, 2))


@pytest.mark.parametrize("voices", [theme._LIGHT, theme._DARK], ids=["light", "dark"])
def test_voice_colours_are_readable_on_their_cards(voices):
    for voice in Voice:
        colour, tint = voices[voice]
        assert theme.contrast(colour, tint) >= 4.5, (voice, colour, tint)


def test_the_contrast_formula_matches_wcag():
    assert round(theme.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(theme.contrast("#777777", "#ffffff"), 2) == 4.48


def test_the_window_uses_our_palette_and_a_readable_font(qtbot, monkeypatch):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from tests.helpers import open_window

    monkeypatch.setenv("ISHOJ_MUS_THEME", "dark")
    window = open_window(qtbot)
    base = QApplication.palette().color(QPalette.ColorRole.Base).name()
    assert base == theme.DARK_PALETTE[QPalette.ColorRole.Base]
    assert window.base_point_size >= theme.MIN_READABLE_PT
    theme.apply_theme(QApplication.instance(), dark=False)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
