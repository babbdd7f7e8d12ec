"""Colours and marks for the three voices, readable in light and dark palettes and greyscale.

A voice is never told by colour alone: every answer box carries the voice's name and a
distinct border pattern (solid, dashed, double) besides its hue.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ishoj_mus.domain.codes import Voice

# Keyed by the voice's value: ``Voice`` is a StrEnum, so ``_LIGHT[Voice.LEDER]`` works, and the
# window's first frame does not have to import the domain for its palette.
_LIGHT = {
    "medarbejder": ("#1f5fa8", "#eaf1fa"),
    "leder": ("#a34a00", "#fbefe4"),
    "faelles": ("#2e6b34", "#e9f3ea"),
}
_DARK = {
    "medarbejder": ("#8cb8ff", "#1c2a3d"),
    "leder": ("#ffb072", "#3a2718"),
    "faelles": ("#8fd694", "#1d3220"),
}
BORDER_STYLE = {"medarbejder": "solid", "leder": "dashed", "faelles": "double"}


_ROLES = QPalette.ColorRole
# Our own palette: warm paper and ink, the municipality's deep teal for selection and links.
# Every text/background pair passes WCAG AA (4.5:1); tests/ui/widgets/test_theme.py checks it.
LIGHT_PALETTE = {
    _ROLES.Window: "#f5f3ee", _ROLES.WindowText: "#1c2530", _ROLES.Base: "#ffffff",
    _ROLES.AlternateBase: "#efece5", _ROLES.Text: "#1c2530", _ROLES.Button: "#e8e4da",
    _ROLES.ButtonText: "#1c2530", _ROLES.Highlight: "#0b5c7a", _ROLES.HighlightedText: "#ffffff",
    _ROLES.PlaceholderText: "#5c636b", _ROLES.ToolTipBase: "#fffbe6", _ROLES.ToolTipText: "#1c2530",
    _ROLES.Mid: "#b9b3a6", _ROLES.Link: "#0b5c7a", _ROLES.BrightText: "#ffffff",
}  # fmt: skip
DARK_PALETTE = {
    _ROLES.Window: "#1e2226", _ROLES.WindowText: "#ebe8e2", _ROLES.Base: "#15181b",
    _ROLES.AlternateBase: "#23282d", _ROLES.Text: "#ebe8e2", _ROLES.Button: "#2b3036",
    _ROLES.ButtonText: "#ebe8e2", _ROLES.Highlight: "#5aa9c9", _ROLES.HighlightedText: "#0b0e11",
    _ROLES.PlaceholderText: "#a3a9b0", _ROLES.ToolTipBase: "#2b3036", _ROLES.ToolTipText: "#ebe8e2",
    _ROLES.Mid: "#4a5057", _ROLES.Link: "#7cc3df", _ROLES.BrightText: "#0b0e11",
}  # fmt: skip
TEXT_PAIRS = (
    (_ROLES.WindowText, _ROLES.Window), (_ROLES.Text, _ROLES.Base), (_ROLES.ButtonText, _ROLES.Button),
    (_ROLES.HighlightedText, _ROLES.Highlight), (_ROLES.PlaceholderText, _ROLES.Base),
    (_ROLES.ToolTipText, _ROLES.ToolTipBase), (_ROLES.Link, _ROLES.Base), (_ROLES.Text, _ROLES.AlternateBase),
    (_ROLES.WindowText, _ROLES.Button),
)  # fmt: skip
# Fusion's outline is the window colour darker(140): from this one it is #747b82, which stands
# out from the dark cards (#15181b) by 4:1, so even a radio button's thin, smoothed circle
# keeps the 3:1 WCAG asks of a control's boundary (tests/ui/widgets/test_indicator_zoom.py).
DARK_OUTLINE_SOURCE = "#a3acb6"
# The light window's own colour (#f5f3ee) gave #afaca8, 2:1 on a white card; this gives #848077.
LIGHT_OUTLINE_SOURCE = "#b9b3a6"
DARK_FIELD_BORDER = "#6b737c"
MIN_READABLE_PT = 11.0  # two people at arm's length from one laptop screen


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_system_palette_dark: bool | None = None


def wants_dark() -> bool:
    """``ISHOJ_MUS_THEME`` (light/dark) decides; otherwise the system's palette.

    The system's palette follows its dark mode on Windows, macOS and KDE. Asking Qt for the
    colour scheme itself would create PySide's ~90 enum types of the ``Qt`` namespace (≈25 ms)
    before the first frame: ``ui/shell/menus.follow_colour_scheme`` asks right after it instead."""
    global _system_palette_dark

    chosen = os.environ.get("ISHOJ_MUS_THEME", "").lower()
    if chosen in ("light", "dark"):
        return chosen == "dark"
    if _system_palette_dark is None:  # the first time: before our own palette replaced it
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        _system_palette_dark = window.lightness() < 128
    return _system_palette_dark


def apply_theme(app: QApplication, dark: bool | None = None, style: bool = True) -> None:
    """Our own look on every platform: the Fusion style with our light or dark palette.

    ``style=False``: the application was made with ``-style Fusion`` already."""
    if dark is None:
        dark = wants_dark()
    if style:
        app.setStyle("Fusion")
    app.setPalette(_palette(dark))
    # Fusion outlines a check box in the window colour made darker: on a dark card that is
    # black on black, and "Ikke relevant" showed no box at all. Check boxes get a lighter
    # window colour of their own (their outline only; they paint no window background). On
    # a light card the outline was 2:1, less than the 3:1 a control's boundary needs.
    boxes = _palette(dark, DARK_OUTLINE_SOURCE if dark else LIGHT_OUTLINE_SOURCE)
    for name in ("QCheckBox", "QRadioButton"):
        app.setPalette(boxes, name)  # type: ignore[arg-type]  # the stub says bytes; Qt takes the class name


def _palette(dark: bool, window: str | None = None) -> QPalette:
    # Built afresh rather than copied: PySide6 resolves QPalette(QPalette) against the
    # QPalette(Qt.GlobalColor) overload too, which creates the ~90 enum types of the Qt
    # namespace (≈25 ms) before the first frame.
    palette = QPalette()
    for role, colour in (DARK_PALETTE if dark else LIGHT_PALETTE).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#8a8f95" if dark else "#6b7077")
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    if window is not None:
        palette.setColor(_ROLES.Window, QColor(window))
    return palette


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def voice_colour(voice: Voice) -> QColor:
    return QColor((_DARK if is_dark() else _LIGHT)[voice][0])


def voice_tint(voice: Voice) -> QColor:
    return QColor((_DARK if is_dark() else _LIGHT)[voice][1])


def voice_box_style(voice: Voice) -> str:
    fg, bg = (_DARK if is_dark() else _LIGHT)[voice]
    width = 5 if BORDER_STYLE[voice] == "double" else 4
    return (
        f"border-left: {width}px {BORDER_STYLE[voice]} {fg}; background: {bg}; "
        "border-radius: 3px; padding: 4px 6px 6px 8px;"
    )


def badge_style(voice: Voice) -> str:
    fg, _ = (_DARK if is_dark() else _LIGHT)[voice]
    return f"color: {fg}; font-weight: bold; letter-spacing: 1px;"


def indicator_px(point_size: float) -> int:
    """A check box's or radio button's box, as high as the text's letters: Fusion draws it at
    a fixed 14 px, tiny next to the text at 150 % (its outline and mark scale with the box)."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return max(14, round(point_size * dpi / 72))


def stylesheet(point_size: float) -> str:
    box = indicator_px(point_size)
    return f"""
    QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
    QCheckBox, QRadioButton {{ spacing: {round(box * 0.4)}px; }}
    #stepTitle {{ font-size: {point_size * 1.6:.1f}pt; font-weight: bold; }}
    #startTitle {{ font-size: {point_size * 2.2:.1f}pt; font-weight: bold; }}
    #helpText {{ color: palette(placeholder-text); }}
    #lockedBanner {{ background: #fff4d6; color: #3d2b00; border-bottom: 1px solid #d9b650; }}
    #lockedBanner QLabel {{ color: #3d2b00; }}
    #boxedNotice {{ background: #fff4d6; color: #3d2b00; border: 1px solid #d9b650; border-radius: 6px;
        padding: 6px 10px; }}
    QGroupBox {{ font-weight: bold; margin-top: 1.2em; }}
    QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPlainTextEdit, QGroupBox QComboBox,
    QGroupBox QCheckBox, QGroupBox QPushButton, QGroupBox QDateEdit {{ font-weight: normal; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 6px; padding: 0 3px; }}
    QListWidget::item {{ padding: 5px 4px; }}
    #fieldCard {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }}
    #agreementRow, #followupRow {{ border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }}
    #whereHeader {{ color: palette(placeholder-text); padding: 6px 18px 0 18px; }}
    #savedNotice {{ border-top: 1px solid palette(mid); }}
    #agreementNotice {{ font-weight: bold; }}
    #historyView {{ border: 1px solid palette(mid); border-radius: 8px; padding: 6px 10px; }}
    QPushButton {{ padding: 5px 14px; border-radius: 6px; border: 1px solid palette(mid);
        background: palette(button); color: palette(button-text); }}
    QPushButton:hover {{ border-color: palette(highlight); }}
    QPushButton:focus {{ border: 2px solid palette(highlight); }}
    QPushButton:pressed {{ background: palette(mid); }}
    QPushButton:disabled {{ color: palette(placeholder-text); background: palette(window); }}
    QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
        background: palette(window); border: 1px dotted palette(mid); }}
    #recentList::item {{ border: 1px solid palette(mid); border-radius: 8px; padding: 10px 12px;
        margin: 4px 2px; background: palette(base); }}
    #recentList::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
    #fieldHeading {{ font-weight: bold; }}
    """ + (_DARK_FIELDS if is_dark() else "")


# Dark only: Fusion's text field frame (the window colour darker) vanishes on a dark card.
_DARK_FIELDS = f"""
    QLineEdit, QPlainTextEdit {{ border: 1px solid {DARK_FIELD_BORDER}; border-radius: 3px; }}
    QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{ border: 1px dotted {DARK_FIELD_BORDER}; }}
    QAbstractSpinBox QLineEdit, QComboBox QLineEdit {{ border: none; }}
"""


def apply_zoom(point_size: float) -> None:
    """The whole program's font at ``point_size`` (the zoom), with the stylesheet to match."""

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    app.setStyleSheet(stylesheet(font.pointSizeF()))
