"""Colours and marks for the three voices, readable in light and dark palettes and greyscale.

A voice is never told by colour alone: every answer box carries the voice's name and a
distinct border pattern (solid, dashed, double) besides its hue.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ishoj_mus.domain.form import Voice

_LIGHT = {
    Voice.MEDARBEJDER: ("#1f5fa8", "#eaf1fa"),
    Voice.LEDER: ("#a34a00", "#fbefe4"),
    Voice.FAELLES: ("#2e6b34", "#e9f3ea"),
}
_DARK = {
    Voice.MEDARBEJDER: ("#8cb8ff", "#1c2a3d"),
    Voice.LEDER: ("#ffb072", "#3a2718"),
    Voice.FAELLES: ("#8fd694", "#1d3220"),
}
BORDER_STYLE = {Voice.MEDARBEJDER: "solid", Voice.LEDER: "dashed", Voice.FAELLES: "double"}


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


def framework_style() -> str:
    if is_dark():
        return "background: #262b33; border-left: 3px solid #6fa8c7; padding: 8px;"
    return "background: #f2f4f7; border-left: 3px solid #0b4f6c; padding: 8px;"


def stylesheet(point_size: float) -> str:
    return f"""
    #stepTitle {{ font-size: {point_size * 1.6:.1f}pt; font-weight: bold; }}
    #startTitle {{ font-size: {point_size * 2.2:.1f}pt; font-weight: bold; }}
    #helpText {{ color: palette(placeholder-text); }}
    #lockedBanner {{ background: #fff4d6; color: #3d2b00; border-bottom: 1px solid #d9b650; }}
    #lockedBanner QLabel {{ color: #3d2b00; }}
    QGroupBox {{ font-weight: bold; margin-top: 1.2em; }}
    QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPlainTextEdit, QGroupBox QComboBox,
    QGroupBox QCheckBox, QGroupBox QPushButton, QGroupBox QDateEdit {{ font-weight: normal; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 6px; padding: 0 3px; }}
    QListWidget::item {{ padding: 5px 4px; }}
    #fieldCard {{ border: 1px solid palette(mid); border-radius: 4px; }}
    #fieldHeading {{ font-weight: bold; }}
    """
