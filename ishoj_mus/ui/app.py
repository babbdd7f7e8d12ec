"""Starting the window: the application, translations, zoom, and what to open first."""

from __future__ import annotations

import sys
from pathlib import Path

from ishoj_mus import APP_NAME, __version__


def create_app(argv: list[str] | None = None, lang: str | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ishoj_mus.paths import resource
    from ishoj_mus.storage.settings import Settings
    from ishoj_mus.ui import i18n

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else [sys.argv[0]])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Ishøj Kommune")
    icon = resource("icons", "ishoj-mus.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = Settings.load()
    # ``--lang`` is for this start only: the saved choice stays what the settings dialog says.
    i18n.install(app, lang or settings.language)
    from ishoj_mus.ui import wheel_guard

    wheel_guard.install(app)
    from ishoj_mus.ui.theme import apply_theme

    apply_theme(app)
    return app, settings


def make_window(lang: str | None = None):
    from PySide6.QtWidgets import QApplication

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
    window.show()
    if file is not None:
        if not window.open_path(Path(file), ask=False):
            window.refresh_start_page()
    elif demo:
        window.open_demo()
    return app.exec()
