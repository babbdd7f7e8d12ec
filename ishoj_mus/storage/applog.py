"""The local log of unexpected errors: rotated, in the user log folder, with no personal data.

Only what helps find a fault is written – the time, the program and Python version, the kind
of error and where in *our* code it happened (file, line, function). Never the error's text or
any value: those can hold a name or an answer. Nothing leaves the machine.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from ishoj_mus import __version__
from ishoj_mus.storage import userdirs

LOG_NAME = "ishoj-mus.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

_handler: RotatingFileHandler | None = None


def log_path() -> Path:
    return userdirs.log_dir() / LOG_NAME


def _logger() -> logging.Logger:
    """The crash logger. ``logging`` is imported by the first frame anyway (PySide's signature
    support); its ``handlers`` import ``socket`` and ``pickle`` (≈ 5 ms), so they wait until
    there is something to log."""
    global _handler
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger("ishoj_mus.crash")
    target = log_path()
    if _handler is None or Path(_handler.baseFilename) != target.resolve():
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler.close()
        _handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        _handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(_handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        try:
            os.chmod(target, 0o600)
        except OSError:
            pass
    return logger


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The kind of error and the frames it passed – no message, no values."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_exception(
    exc_type: type[BaseException], tb: TracebackType | None, where: str = "vinduet"
) -> Path | None:
    """Write one entry; returns the log file, or None when it could not be written."""
    try:
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        header = (
            f"{stamp} Ishøj MUS {__version__} · Python {platform.python_version()} · "
            f"{platform.system()} {platform.release()} · {where}"
        )
        _logger().error("%s\n%s\n", header, describe(exc_type, tb))
        return log_path()
    except Exception:  # noqa: BLE001 – a log that cannot be written must not become a second error
        print("ishoj-mus: fejlen kunne ikke skrives i logfilen.", file=sys.stderr)
        return None


def log_note(text: str) -> Path | None:
    """One line (a kind of error, never user data) in the same log."""
    try:
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        _logger().error("%s Ishøj MUS %s · %s\n", stamp, __version__, text)
        return log_path()
    except Exception:  # noqa: BLE001
        return None
