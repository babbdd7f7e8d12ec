"""PDFs are made in a worker process: the window's process stays small, the first PDF is quick,
and whatever goes wrong in the worker reaches the user as the same clear Danish message."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ishoj_mus.pdf.keys import KeyMaterial
from ishoj_mus.pdf.verification import check_pdf
from ishoj_mus.pdf.worker import Job
from ishoj_mus.ui.outputs.pdf_actions import PdfRunner, summary_job
from ishoj_mus.ui.widgets import i18n, messages
from tests.benchmarks.bench import PDF_FROM_WINDOW
from tests.conftest import ROOT
from tests.helpers import open_window


def test_a_signed_pdf_from_the_window_leaves_the_pdf_stack_out_of_its_process(tmp_path, user_home):
    """The window warms the worker in the background, then 'Gem PDF' writes a signed, intact file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISHOJ_MUS_HOME=str(user_home))
    env.pop("ISHOJ_MUS_PDF_WARMUP", None)  # as for a user: warmed once the window is idle
    out = tmp_path / "referat.pdf"
    run = subprocess.run(
        [sys.executable, "-c", PDF_FROM_WINDOW, str(out)], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["heavy_in_window"] == [], report
    assert report["worker_maxrss_kb"] > report["maxrss_kb"] / 2, report  # the PDF stack lived there
    assert check_pdf(out.read_bytes()).intact


def test_the_window_starts_the_worker_when_idle(qtbot, monkeypatch):
    monkeypatch.setenv("ISHOJ_MUS_PDF_WARMUP", "1")
    window = open_window(qtbot)
    window.open_demo()
    qtbot.waitUntil(lambda: window.has_pdf_runner() and window.pdf.ready(), timeout=60000)
    window.close()
    assert not window.pdf.worker_alive()


def test_typing_postpones_the_worker_until_the_window_is_idle(qtbot, monkeypatch):
    """Starting the worker takes the window ≈20 ms: it must not fall on a key while someone types."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ishoj_mus.ui.shell.main_window import PDF_WARM_MS

    monkeypatch.setenv("ISHOJ_MUS_PDF_WARMUP", "1")
    window = open_window(qtbot)
    window.open_demo()
    window.view.go(3)
    editor = window.view.current_page().editors[0].editor
    editor.setFocus()
    for _ in range(8):  # a person typing: a key every 150 ms, for well over PDF_WARM_MS
        QTest.keyClick(editor, Qt.Key.Key_A)
        qtbot.wait(PDF_WARM_MS * 3 // 8)
    assert not window.has_pdf_runner()  # nothing loaded, no process started while typing
    qtbot.waitUntil(lambda: window.has_pdf_runner() and window.pdf.ready(), timeout=60000)
    window.dirty = False
    window.close()


def test_edits_keep_the_worker_and_ten_quiet_minutes_end_it(qtbot, monkeypatch):
    """The worker was ended ten minutes after it started, however busy the conversation, and
    started again on the next edit: every ten minutes of a long conversation."""
    monkeypatch.setenv("ISHOJ_MUS_PDF_WARMUP", "1")
    window = open_window(qtbot)
    window.open_demo()
    qtbot.waitUntil(lambda: window.has_pdf_runner() and window.pdf.ready(), timeout=60000)
    window.pdf._idle.setInterval(1500)  # "ten minutes", once the worker has warmed up
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.view.go(3)
    editor = window.view.current_page().editors[0].editor
    editor.setFocus()
    process = window.pdf._process
    for _ in range(10):  # a key every 300 ms, for twice the idle time
        QTest.keyClick(editor, Qt.Key.Key_A)
        qtbot.wait(300)
    assert window.pdf._process is process and window.pdf.ready()  # the same worker all along
    qtbot.waitUntil(lambda: not window.pdf.worker_alive(), timeout=10000)  # quiet: it ends
    window.dirty = False
    window.close()


@pytest.fixture(scope="module")
def runner(qapp):
    parent = QWidget()
    pdf = PdfRunner(parent)
    yield pdf
    pdf.stop_worker()
    parent.deleteLater()


def _result(qtbot, runner, job, monkeypatch):
    """Run ``job`` and return ("done", result) or ("message", the warning the user sees)."""
    seen = []
    monkeypatch.setattr(messages, "warning", lambda parent, title, text: seen.append(("message", text)))
    runner.run("Gem PDF", job, lambda data: seen.append(("done", data)))
    qtbot.waitUntil(lambda: bool(seen), timeout=60000)
    assert not runner.busy()
    return seen[0]


def test_a_wrong_certificate_gives_the_danish_message(qtbot, runner, signed_demo, monkeypatch):
    broken = KeyMaterial(b"not a certificate", b"secret")
    kind, text = _result(qtbot, runner, summary_job(signed_demo, broken), monkeypatch)
    assert kind == "message" and runner.worker_alive()
    assert text.startswith("Certifikatfilen kunne ikke åbnes: forkert adgangskode")


def test_a_wrong_certificate_from_the_worker_is_said_in_english(qtbot, runner, signed_demo, monkeypatch):
    """The worker sends the failure's words (issue 25): the English window says them in English."""
    broken = KeyMaterial(b"not a certificate", b"secret")
    i18n.install(QCoreApplication.instance(), "en")
    try:
        kind, text = _result(qtbot, runner, summary_job(signed_demo, broken), monkeypatch)
    finally:
        i18n.install(QCoreApplication.instance(), "da")
    assert kind == "message" and runner.worker_alive()
    assert text == "The certificate file could not be opened: wrong passphrase or a damaged file."


def test_an_unexpected_error_says_nothing_is_lost_and_logs_its_kind(qtbot, runner, monkeypatch):
    from ishoj_mus.storage import applog

    kind, text = _result(qtbot, runner, Job(int, ("ikke et tal",)), monkeypatch)
    assert kind == "message" and "Intet er gået tabt" in text
    assert "ValueError" not in text  # issue 10: no class name reaches a person
    assert str(applog.log_path()) in text and "PDF: ValueError" in applog.log_path().read_text("utf-8")


def test_a_worker_that_dies_is_reported_and_replaced(qtbot, runner, signed_demo, monkeypatch):
    kind, text = _result(qtbot, runner, Job(os._exit, (3,)), monkeypatch)
    assert kind == "message" and "PDF-processen stoppede uventet" in text and "intet er gået tabt" in text
    assert not runner.worker_alive()
    kind, data = _result(qtbot, runner, summary_job(signed_demo, None), monkeypatch)
    assert kind == "done" and check_pdf(data).intact


def test_an_idle_worker_is_ended_and_comes_back_for_the_next_pdf(qtbot, runner, demo, monkeypatch):
    runner.warm()
    assert runner.worker_alive()
    runner._idle.timeout.emit()  # what ten quiet minutes do
    assert not runner.worker_alive()
    kind, data = _result(qtbot, runner, summary_job(demo, None), monkeypatch)
    assert kind == "done" and data.startswith(b"%PDF")
