"""After a hard crash the next start offers the typed text back.

The program runs in a real X server (Xvfb); xdotool types into it like a keyboard, then the
process is killed with SIGKILL after the autosave interval. The next start finds the work.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.helpers import open_window

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (installed by scripts/bootstrap.sh test)",
)


@pytest.fixture
def xserver():
    """A private X server on a free display number."""
    for number in range(90 + os.getpid() % 50, 200):
        if not os.path.exists(f"/tmp/.X{number}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            break
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{number}") and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "Xvfb did not start"
    yield display
    proc.terminate()
    proc.wait(timeout=10)


def _wait_for(condition, message: str, timeout: float = 20.0) -> None:
    deadline = time.time() + timeout
    while not condition():
        assert time.time() < deadline, message
        time.sleep(0.05)  # polling a condition, not a fixed wait


def _focused(env) -> str:
    out = subprocess.run(["xdotool", "getwindowfocus"], env=env, capture_output=True, text=True, timeout=10)
    return out.stdout.strip()


def _text(path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:  # being replaced at this moment
        return ""


def test_typed_text_survives_sigkill(qtbot, xserver, user_home):
    env = dict(os.environ, DISPLAY=xserver, QT_QPA_PLATFORM="xcb", ISHOJ_MUS_HOME=str(user_home))
    program = subprocess.Popen(
        [sys.executable, "-m", "ishoj_mus", "--demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Mette Hansen"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        window_id = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], env=env, check=True, timeout=10)
        _wait_for(lambda: _focused(env) == window_id, "the window did not get the keyboard focus")
        # The demo opens on "Samtalen" with the cursor in the employee's name.
        subprocess.run(["xdotool", "type", "--delay", "30", " Kristiansen"], env=env, check=True, timeout=20)
        recovery_dir = user_home / "data" / "recovery"
        # The recovery copy is written shortly after the last key; wait until it has all of it.
        _wait_for(
            lambda: any("Mette Hansen Kristiansen" in _text(p) for p in recovery_dir.glob("*.recovery.json")),
            "no recovery copy with the typed text",
        )
    finally:
        program.send_signal(signal.SIGKILL)
        program.wait(timeout=10)
    assert program.returncode == -signal.SIGKILL

    window = open_window(qtbot)
    start = window.start_page
    assert start.recovery_box.isVisible()
    assert start.recovery_list.count() == 1
    assert "Mette Hansen Kristiansen" in start.recovery_list.item(0).text()
    qtbot.mouseClick(start.restore_button, Qt.MouseButton.LeftButton)
    assert window.view is not None
    assert window.view.conv.employee.name == "Mette Hansen Kristiansen"
    assert window.isWindowModified()  # recovered work is unsaved work
