"""Starting the window: the application, translations, zoom, and what to open first."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ishoj_mus import APP_NAME, __version__
from ishoj_mus.ui.shell import startup
from ishoj_mus.ui.shell.first_frame import after_first_frame

if TYPE_CHECKING:  # loaded after the first frame's imports are decided
    from PySide6.QtWidgets import QApplication

    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.shell.main_window import MainWindow


def create_app(argv: list[str] | None = None, lang: str | None = None) -> tuple[QApplication, Settings]:
    from PySide6.QtWidgets import QApplication

    startup.prepare()

    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui.widgets import i18n

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, fusion = existing, False
    else:
        # The Fusion style from the start, by Qt's own -style option: cheaper than replacing
        # the platform's style afterwards (app.setStyle), and the same on every platform.
        app = QApplication([*(argv if argv is not None else [sys.argv[0]]), "-style", "Fusion"])
        fusion = True
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Ishøj Kommune")
    settings = Settings.load()
    # ``--lang`` is for this start only: the saved choice stays what the settings dialog says.
    i18n.install(app, lang or settings.language)
    from ishoj_mus.ui.widgets.theme import apply_theme

    apply_theme(app, style=not fusion)
    return app, settings


def make_window(lang: str | None = None) -> tuple[QApplication, MainWindow]:
    from PySide6.QtWidgets import QApplication

    startup.prepare()
    from ishoj_mus.ui.shell.main_window import MainWindow

    app, settings = create_app(lang=lang)
    base = getattr(app, "_ishoj_base_point_size", None)
    if base is None:
        from ishoj_mus.ui.widgets.theme import MIN_READABLE_PT

        base = max(MIN_READABLE_PT, QApplication.font().pointSizeF() or 10.0)
        app._ishoj_base_point_size = base  # type: ignore[attr-defined]  # kept on the app for its next windows
    return app, MainWindow(settings, base)


def run_gui(file: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    import os

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
    from ishoj_mus.ui.shell import crash

    window.crash_reporter = crash.install(window, window.keep_work)
    show_window(window, file, demo)
    return int(app.exec())


def show_window(window: MainWindow, file: Path | None = None, demo: bool = False) -> None:
    """Show the window with ``file`` (a double-click on it) or the demo.

    A file that opens without a question is the first frame: its conversation is built before
    the window is shown, and no start page is made. Otherwise the first frame is the menus and
    the start page, which need neither the domain nor the conversation's view; the conversation
    (or the question the file needs) comes on the next turn of the event loop, so people see the
    program at once (issue 15)."""
    opened = file is not None and window.files.open_quietly(Path(file))
    window.show()

    def open_first() -> None:
        from PySide6.QtWidgets import QApplication

        from ishoj_mus.ui.widgets.theme import follow_colour_scheme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        follow_colour_scheme(app)
        if opened:
            return
        if file is not None:
            if not window.open_path(Path(file), ask=False):
                window.refresh_start_page()
        elif demo:
            window.open_demo()

    after_first_frame(window, open_first)
