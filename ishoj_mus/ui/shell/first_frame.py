"""What waits for a window's first frame: the hook itself (what comes then is in ``menus.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget


def after_first_frame(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` on the event loop's next turn after ``widget``'s window is first painted
    (Qt paints while it handles the expose event), or after a second if it is never exposed."""
    handle = widget.windowHandle()

    class FirstFrame(QObject):
        done = False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                if handle is not None:
                    handle.removeEventFilter(self)
                QTimer.singleShot(0, then)
                self.deleteLater()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Expose and cast("QWindow", watched).isExposed():
                self.fire()
            return False

    watcher = FirstFrame(widget)
    if handle is None or handle.isExposed():
        watcher.fire()
        return
    handle.installEventFilter(watcher)
    # A child timer rather than QTimer.singleShot(ms, receiver, slot): that overload creates
    # QMetaMethod's enum types before the first frame. Both end with the watcher.
    fallback = QTimer(watcher)
    fallback.setSingleShot(True)
    fallback.timeout.connect(watcher.fire)
    fallback.start(1000)


def keep_on_screen(window: QWidget) -> None:
    """The window's frame (title bar, borders) within the screen's available room (issue 25): its
    size at start fits the room (``fitted_size``), but a frame around it may take it past the
    screen's edge. A fractional scale (150 %) rounds the room up, so 1 logical px less then. A
    window made larger than the screen on purpose (a test's) is left as it is."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    odd = 0 if float(screen.devicePixelRatio()).is_integer() else 1
    room, frame = screen.availableGeometry(), window.frameGeometry()
    most_w, most_h = room.width() - odd, room.height() - odd
    if window.width() > most_w or window.height() > most_h:
        return
    over_w, over_h = max(0, frame.width() - most_w), max(0, frame.height() - most_h)
    if not (over_w or over_h):
        return
    window.resize(window.width() - over_w, window.height() - over_h)
    left = max(room.left(), min(frame.left(), room.left() + most_w - frame.width() + over_w))
    top = max(room.top(), min(frame.top(), room.top() + most_h - frame.height() + over_h))
    window.move(left, top)  # move() places the frame's top left corner
