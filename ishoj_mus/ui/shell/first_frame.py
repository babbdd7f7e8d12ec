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
