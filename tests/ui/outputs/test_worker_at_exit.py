"""Issue 25 (tidy 2): the program ended while its PDF worker was still warming up, and stderr
got a traceback (``_worker_gone``: "Internal C++ object (PySide6.QtCore.QProcess) already
deleted"). The program is run in a process of its own, the window is closed (or the program
told to quit) right after the worker has started, and stderr is read."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.ui.shell.app import make_window

    def wait_for(app, condition, seconds=20):
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                sys.exit("the condition never came")
            app.processEvents()

    def run(how):
        app, window = make_window(lang="da")
        window.show_conversation(demo_conversation(), None)
        window.show()
        # the window starts its worker once idle; wait until that process runs (warming up)
        wait_for(app, lambda: window.has_pdf_runner() and window.pdf.worker_alive())
        window.pdf._process.waitForStarted(10000)
        print("worker started", flush=True)
        if how == "close":
            window.close()
            app.processEvents()
        elif how == "quit":  # told to quit with the window still open
            QTimer.singleShot(0, app.quit)
            app.exec()
        return app  # "gone": the window goes with this function, its worker still warming

    keep = run(sys.argv[1])
    print("the end", flush=True)
    """
)


@pytest.mark.parametrize("how", ["close", "quit", "gone"])
def test_ending_while_the_worker_warms_up_shows_no_traceback(tmp_path, how):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("ISHOJ_MUS_PDF_WARMUP", None)
    env.pop("ISHOJ_MUS_PDF_WORKER", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, how], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "worker started" in done.stdout and "the end" in done.stdout, done.stderr
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "already deleted" not in done.stderr, done.stderr
    assert "Destroyed while process" not in done.stderr, done.stderr
