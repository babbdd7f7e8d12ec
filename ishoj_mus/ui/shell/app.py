"""Starting the window: the application, translations, zoom, and what to open first."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QApplication

from ishoj_mus.ui.shell import startup
from ishoj_mus.ui.shell.first_frame import after_first_frame

if TYPE_CHECKING:  # the window's modules are imported by the start-up seam, after its tweak
    from ishoj_mus.ui.shell.main_window import MainWindow

__all__ = ["make_window", "run_gui", "show_window"]


def make_window(lang: str | None = None) -> tuple[QApplication, MainWindow]:
    """The application and its main window, made by the start-up seam (``startup.make_window``)."""
    app, window = startup.make_window(lang)
    return app, cast("MainWindow", window)


def run_gui(file: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        print(
            "ishoj-mus: der er ingen skærm (DISPLAY er ikke sat). Start programmet i en skrivebordssession.",
            file=sys.stderr,
        )
        return 2
    app, window = make_window(lang)
    window.crash_reporter = startup.crash.install(window, window.keep_work)
    show_window(window, file, demo)
    return int(app.exec())


def show_window(window: MainWindow, file: Path | None = None, demo: bool = False) -> None:
    """Show the window with ``file`` (a double-click on it) or the demo.

    A file that opens without a question is the first frame: its conversation is built before
    the window is shown, and no start page is made. Otherwise the first frame is the menus and
    the start page, which need neither the domain nor the conversation's view; the conversation
    (or the question the file needs) comes on the next turn of the event loop, so people see the
    program at once (issue 15)."""
    opened = file is not None and window.open_quietly(Path(file))
    window.show()

    def open_first() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        startup.room("menus").follow_colour_scheme(app)
        if opened:
            window.remember_file()  # on the recent list, now that the first frame is there
            return
        if file is not None:
            if not window.open_path(Path(file), ask=False):
                window.refresh_start_page()
        elif demo:
            window.open_demo()

    after_first_frame(window, open_first)
