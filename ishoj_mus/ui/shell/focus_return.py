"""When one of the program's dialogs closes, the keyboard comes back to the main window.

Where nothing hands activation back – a desktop without a window manager, a remote session,
some X setups – a closed dialog left no window active: Ctrl+N, Ctrl+Q and Ctrl+PgDown did
nothing until one clicked into a text field, and the program looked frozen to someone using the
keyboard (walk F31). Only a dialog's or popup's *closing* brings the window back: switching to
another program (the dialog still open, or no dialog at all) is left alone.

The keyboard in the window also gets Enter on a focused button (``enter_clicks_buttons``): Qt
clicks it on Space only, outside a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from ishoj_mus.ui.widgets.enter_keys import enter_clicks_buttons


class FocusReturn(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None  # the dialog that was just deactivated
        self.enter_clicks = enter_clicks_buttons(window)  # Enter clicks a focused button (issue 25)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_window)

    def _focus_window(self, now: QWindow | None) -> None:
        """A dialog of ours got the keyboard: watch for it closing (its Hide)."""
        if now is None or now is self.window.windowHandle():
            return
        dialog = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is now), None)
        if dialog is not None and not dialog.property(_WATCHED):
            dialog.setProperty(_WATCHED, True)
            dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A closing dialog is deactivated (offscreen, no Hide reaches a filter): once it has
        # gone – not when another program was only switched to – is anything of ours active?
        if event.type() in (QEvent.Type.Hide, QEvent.Type.WindowDeactivate) and isinstance(watched, QWidget):
            self._watched = watched
            # With ``self`` as the context the call is dropped if the window (our parent) is
            # gone by then: a window closed as its last dialog closed (a test's teardown, a quit
            # from a dialog) raised "Internal C++ object (MainWindow) already deleted".
            QTimer.singleShot(0, self, self._after_dialog)
        return False

    def _after_dialog(self) -> None:
        dialog, self._watched = self._watched, None
        try:
            still_open = dialog is not None and dialog.isVisible()
        except RuntimeError:  # deleted: closed
            still_open = False
        if not still_open:
            self._take_back()

    def _take_back(self) -> None:
        window = self.window
        if (
            QGuiApplication.focusWindow() is None  # nothing of ours has the keyboard
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and window.isVisible()
            and not window.isMinimized()
            and not self._other_windows()  # another window of ours (a preview) may want it
        ):
            window.activateWindow()

    def _other_windows(self) -> bool:
        return any(
            w.isVisible() and w is not self.window and w.windowType() != Qt.WindowType.ToolTip
            for w in QApplication.topLevelWidgets()
        )


_WATCHED = "ishojFocusReturnWatched"
