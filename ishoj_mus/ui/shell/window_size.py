"""The main window's size at start: what was saved, fitted to the screen it opens on. Plain
arithmetic (no Qt), so the first frame pays nothing for it."""

from __future__ import annotations


def fitted_size(
    saved: tuple[int, int] | None, room: tuple[int, int], zoom: int = 100, scale: float = 1.0
) -> tuple[int, int]:
    """The window's size at start, on a screen with ``room`` (its available width and height):
    the saved size (none: 1280 × 800), never larger than the screen (a title bar of 40 px kept)
    and never smaller than the pages are made for – 1024 × 600 at 150 % (test_narrow_screen), so
    683 × 400 at 100 % – or the whole screen when it is smaller. With QT_SCALE_FACTOR=1.5 a size
    saved at scale 1 opened 626 px wide, the page cut off (walk of issue 25, 84): Qt's
    restoreGeometry refuses a geometry wider than the screen, and the window kept its start
    page's size. A fractional ``scale`` (the screen's pixel ratio, 1.5) rounds the room up – 1366 px
    are 910.67 logical, said 911, and the window was 1367 px on a 1366 px screen – so 1 px less."""
    most = (room[0] - (0 if float(scale).is_integer() else 1), max(1, room[1] - 40))
    width, height = saved or (1280, 800)
    usable = (min(round(1024 * zoom / 150), most[0]), min(round(600 * zoom / 150), most[1]))
    return min(max(width, usable[0]), most[0]), min(max(height, usable[1]), most[1])
