"""Per-user folders, with the app name fixed in one place.

``ISHOJ_MUS_HOME`` moves every folder under one directory: tests use it so they never
touch the real user folders, and a portable install can too.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "IshojMUS"
APP_AUTHOR = "IshojKommune"


def _override() -> Path | None:
    home = os.environ.get("ISHOJ_MUS_HOME")
    return Path(home) if home else None


def _user_dir(sub: str, platformdirs_function: str) -> Path:
    """``$ISHOJ_MUS_HOME/<sub>`` when set, else platformdirs' folder of that kind; created."""
    override = _override()
    if override:
        path = override / sub
    else:
        import platformdirs

        path = Path(getattr(platformdirs, platformdirs_function)(APP_DIR_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _user_dir("data", "user_data_dir")


def config_dir() -> Path:
    return _user_dir("config", "user_config_dir")


def documents_dir() -> Path:
    override = _override()
    if override:
        path = override / "documents"
        path.mkdir(parents=True, exist_ok=True)
        return path
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def recovery_dir() -> Path:
    path = data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Things that can be rebuilt at any time (the folder overview's index)."""
    return _user_dir("cache", "user_cache_dir")


def log_dir() -> Path:
    """The per-user log folder (platformdirs' user log dir): where the crash log lives."""
    return _user_dir("log", "user_log_dir")
