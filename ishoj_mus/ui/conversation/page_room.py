"""The room the step's page keeps beside the step list and the framework panel (issue 25).

At 150 % display scaling a 1366 × 768 laptop gives the window 911 logical px: the step list
(about 300) and the framework panel (220) left the page about 380, and the scale step's radar
shrank to a dot under its labels. Now the page keeps a least usable width – the radar with its
two-word labels around a circle of some 60 px radius, the two scale boxes side by side: when
the list at its usual width, that page and the panel do not fit, the panel is held back (F9 or
»Vis rammen« shows it). A person who shows it keeps it, in this window: then the step list
gives up width, down to about the width of one perspective's two first words (its titles wrap).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ishoj_mus.ui.conversation.step_list import ITEM_PADDING

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QListWidget, QSplitter, QWidget

TYPICAL_STEP = "✓  Modstandskraft og robusthed  (5/5)"  # a typical step title in the list
TWO_WORDS = "Modstandskraft og"  # the radar's widest label at two words a line
PANEL_LEAST = 220  # the framework panel's least width (its text's)
LIST_MOST = 300  # the step list's usual width at most: the page and the panel need the room


class View(Protocol):
    """What the room sizes: the conversation view's step list, splitter and framework panel."""

    show_framework: bool  # the person's wish (the setting, F9)
    step_list: QListWidget
    splitter: QSplitter
    framework_panel: QWidget

    def width(self) -> int: ...
    def fontMetrics(self) -> QFontMetrics: ...  # noqa: N802


def page_least(fm: QFontMetrics) -> int:
    """The step's page's least usable width at the view's text size: the radar's two labels
    beside a circle of about 60 px radius and the page's margins (the two scale boxes side by
    side need less); 464 px at 100 %."""
    return 2 * fm.horizontalAdvance(TWO_WORDS) + 240


class PageRoom:
    """Sizes the step list and shows or holds back the framework panel of the conversation
    view for its width: ``fit`` on each resize, text size and step."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.chosen = False  # the person showed the panel in this window (F9, the menu)
        self.narrow = False  # the list at its usual width, the page's least and the panel do not fit
        self.has_framework = False  # the step shown builds on the framework

    def holds_back(self) -> bool:
        """The panel would show, but is hidden for want of room."""
        return self.view.show_framework and self.narrow and not self.chosen

    def fit(self) -> None:
        view = self.view
        fm = view.step_list.fontMetrics()
        width = fm.horizontalAdvance(TYPICAL_STEP) + 30 + ITEM_PADDING
        usual = min(width, LIST_MOST)
        least = min(usual, fm.horizontalAdvance(TWO_WORDS) + 30 + ITEM_PADDING)
        room = view.width() - page_least(view.fontMetrics()) - 2 * view.splitter.handleWidth()
        self.narrow = room < usual + PANEL_LEAST
        shown = self.has_framework and view.show_framework and not self.holds_back()
        # Shown on a narrow window (the person's choice): the list gives up width for the page.
        list_width = max(least, min(usual, room - PANEL_LEAST)) if shown and self.narrow else usual
        view.step_list.setMinimumWidth(list_width)
        view.step_list.setMaximumWidth(int(width * 1.4))
        view.framework_panel.setVisible(shown)
        if shown and self.narrow:
            rest = view.width() - list_width - PANEL_LEAST - 2 * view.splitter.handleWidth()
            view.splitter.setSizes([list_width, max(rest, 0), PANEL_LEAST])
