"""Nothing vanishes: an unexpected error shows a calm dialog, keeps the work and writes a log
without personal data; a failing autosave is always shown."""

from __future__ import annotations

import errno
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ishoj_mus.storage import applog, atomic, recovery
from ishoj_mus.ui.shell import crash
from tests.helpers import open_window, visible_box


def test_an_error_in_a_slot_gives_a_calm_dialog_a_log_and_a_recovery_copy(qtbot, tmp_path, demo, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = open_window(qtbot)
    window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)
    window.document.autosave_timer.stop()
    crash.install(window, window.keep_work)

    def boom() -> None:
        raise KeyError(
            f"{demo.employee.name}: {demo.answer('trivsel', demo.form.field('trivsel').voices[0])}"
        )

    QTimer.singleShot(0, boom)  # PySide6 hands an exception in a slot to sys.excepthook
    qtbot.waitUntil(lambda: visible_box("crashDialog") is not None, timeout=10000)
    box = visible_box("crashDialog")
    assert box.windowTitle() == "Der skete en uventet fejl"
    assert "Dit arbejde er ikke tabt" in box.text() and str(applog.log_path()) in box.text()
    assert "KeyError" not in box.text() and "Traceback" not in box.text()
    log = applog.log_path().read_text(encoding="utf-8")
    assert "builtins.KeyError" in log and "in boom" in log
    assert demo.employee.name not in log and "Mette" not in log  # no names, no answers
    assert [r.conversation_id for r in recovery.pending()] == [demo.id]  # the work is kept
    box.done(0)


def test_an_error_in_another_thread_reaches_the_window(qtbot, tmp_path, demo, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = open_window(qtbot)
    crash.install(window, window.keep_work)

    def worker() -> None:
        raise RuntimeError("hemmeligt")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: visible_box("crashDialog") is not None, timeout=10000)
    assert "hemmeligt" not in applog.log_path().read_text(encoding="utf-8")
    visible_box("crashDialog").done(0)


def test_the_log_rotates_and_stays_small(monkeypatch):
    monkeypatch.setattr(applog, "MAX_BYTES", 2000)
    monkeypatch.setattr(applog, "_handler", None)
    for _ in range(200):
        applog.log_note("PDF: ValueError")
    files = sorted(p.name for p in applog.log_path().parent.iterdir())
    assert files == ["ishoj-mus.log", "ishoj-mus.log.1", "ishoj-mus.log.2", "ishoj-mus.log.3"]
    assert all((applog.log_path().parent / f).stat().st_size <= 2200 for f in files)


def test_a_failing_autosave_is_shown(qtbot, tmp_path, demo, monkeypatch):
    window = open_window(qtbot)
    window.show_conversation(demo, tmp_path / "samtale.mus", dirty=True)

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_create_owner_only", full)
    window.document.autosave()
    qtbot.waitUntil(lambda: visible_box("autosaveFailed") is not None, timeout=10000)
    assert "automatiske kopi" in window.statusBar().currentMessage()
    box = visible_box("autosaveFailed")
    assert "Ctrl+S" in box.text() and "ikke plads på disken" in box.informativeText()
    box.done(0)
    window.document.autosave()  # a second failure: the status bar says it, no second dialog
    window.document.flush_autosave()
    QApplication.processEvents()  # the queued failure signal is delivered
    assert visible_box("autosaveFailed") is None and "automatiske kopi" in window.statusBar().currentMessage()
