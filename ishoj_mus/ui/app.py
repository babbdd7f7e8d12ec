"""Starting the window: the application, translations, zoom, and what to open first."""

from __future__ import annotations

import sys
from pathlib import Path

from ishoj_mus import APP_NAME, __version__
from ishoj_mus.ui import skip_pyside_source_scan


def create_app(argv: list[str] | None = None, lang: str | None = None):
    from PySide6.QtWidgets import QApplication

    skip_pyside_source_scan()

    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui import i18n

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
    from ishoj_mus.ui.theme import apply_theme

    apply_theme(app, style=not fusion)
    return app, settings


def set_window_icon(app) -> None:
    """The program's icon, for its windows and dialogs. Each window sets it right after its
    first frame: PySide6 creates QIcon's enum types (≈4 ms) on its first use (start-up, issue
    15), and the window manager shows the icon as soon as it is set."""
    if getattr(app, "_ishoj_icon_set", False):
        return
    from PySide6.QtGui import QIcon

    from ishoj_mus.paths import resource

    icon = resource("icons", "ishoj-mus.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app._ishoj_icon_set = True


def make_window(lang: str | None = None):
    from PySide6.QtWidgets import QApplication

    skip_pyside_source_scan()
    from ishoj_mus.ui.main_window import MainWindow

    app, settings = create_app(lang=lang)
    base = getattr(app, "_ishoj_base_point_size", None)
    if base is None:
        from ishoj_mus.ui.theme import MIN_READABLE_PT

        base = max(MIN_READABLE_PT, QApplication.font().pointSizeF() or 10.0)
        app._ishoj_base_point_size = base
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
    from ishoj_mus.ui import crash

    window.crash_reporter = crash.install(window, window.keep_work)
    show_window(window, file, demo)
    return app.exec()


def show_window(window, file: Path | None = None, demo: bool = False) -> None:
    """Show the window, then open ``file`` (or the demo) once its first frame is on screen.

    The first frame is the menus and the start page, which need neither the domain nor the
    conversation's view; the conversation fills the window on the next turn of the event loop,
    so people see the program at once (issue 15)."""
    window.show()

    def open_first() -> None:
        from PySide6.QtWidgets import QApplication

        from ishoj_mus.ui.theme import follow_colour_scheme

        follow_colour_scheme(QApplication.instance())
        if file is not None:
            if not window.open_path(Path(file), ask=False):
                window.refresh_start_page()
        elif demo:
            window.open_demo()

    after_first_frame(window, open_first)


def after_first_frame(widget, then) -> None:
    """Call ``then`` on the event loop's next turn after ``widget``'s window is first painted
    (Qt paints while it handles the expose event), or after a second if it is never exposed."""
    from PySide6.QtCore import QEvent, QObject, QTimer

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

        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Expose and watched.isExposed():
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
