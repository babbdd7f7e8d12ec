"""Benchmarks: every figure of issue 15 as a median, next to a baseline measured in the same run.

    python tests/benchmarks/bench.py [--repeat 7] [--bundle dist/ishoj-mus] [--no-xvfb] [--json]

- start-up: launch -> the window is exposed and painted, for the program (window + demo) and for
  a bare PySide6 window, interleaved, offscreen and (when Xvfb is installed or $DISPLAY is set)
  under a real X server;
- memory: the window process's peak after making a signed PDF from the window, against the bare
  window's peak; the PDF worker's own peak is reported beside it;
- click -> saved signed PDF, the first PDF after start-up, through the window's own PDF runner;
- the signed-PDF pipeline warm (render, PDF/A, signing), wall clock and CPU time;
- typing: the worst and median key in a large conversation, autosave included;
- the bundle's size on disk, when one has been built;
- opening, saving and autosaving a large conversation;
- HR's desk (issue 23, ``bench_hr.py``): 200 referater checked by ``verify --json FOLDER`` against
  one ``verify`` per file, and the HR window's worst event delay during that check against the
  same window idle.

The machine may be shared: every wall-clock figure is printed with the CPU time beside it, and
the load average at the start, so a slow run can be told from a slow program. Nothing here
touches the real user folders or the network.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The targets of issue 15 (figure key -> (limit, unit, what)).
TARGETS = {
    "startup_ratio_offscreen": (1.2, "x", "start-up (window visible) vs a bare window, offscreen"),
    "startup_ratio_xvfb": (1.2, "x", "start-up (window visible) vs a bare window, under Xvfb"),
    "file_ready_ratio_offscreen": (
        1.3,
        "x",
        "opening a .mus file (ishoj-mus FILE.mus) until its conversation is painted and usable vs a bare "
        "window, offscreen (issue 25)",
    ),
    "file_ready_ratio_xvfb": (1.3, "x", "the same under Xvfb (issue 25)"),
    "window_memory_ratio": (2.0, "x", "window process peak after a signed PDF vs the bare window"),
    "click_to_pdf_s": (0.8, "s", "click -> saved signed PDF, first PDF after start-up"),
    "pipeline_warm_s": (0.12, "s", "signed PDF pipeline, warm (render + PDF/A + sign)"),
    "typing_worst_ms": (16.0, "ms", "typing, worst key"),
    "bundle_mb": (120.0, "MiB", "bundle on disk (sum of file sizes / 1024²)"),
}

# Marks the moment a window is on screen: its native window has been exposed and the first
# frame painted (Qt paints synchronously while handling the expose event).
VISIBLE = r"""
import sys, time, json, resource
from PySide6.QtCore import QEvent, QObject, QTimer

class _Visible(QObject):
    def __init__(self, widget, on_visible):
        super().__init__()
        self.on_visible, self.seen = on_visible, False
        widget.windowHandle().installEventFilter(self)

    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Expose and obj.isExposed():
            self.seen = True
            QTimer.singleShot(0, self.on_visible)
        return False

def _peak_kb(pid="self"):
    # Peak resident memory (VmHWM: of this program alone, unlike ru_maxrss, which a child
    # inherits from a big parent across fork and exec).
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if pid == "self" else 0

def _cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
"""

BARE = (
    VISIBLE
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("Ishøj MUS")); w.resize(1280, 800); w.show()
def idle():
    print(json.dumps({"shown": time.time(), "cpu": _cpu(), "maxrss_kb": _peak_kb()}))
    app.quit()
_v = _Visible(w, idle)
app.exec()
"""
)

# What `ishoj-mus --demo` does (ui.shell.app.run_gui), or, given a .mus file as the first argument,
# what `ishoj-mus FILE.mus` does (a double-click on the file). Reported: the moment the first
# frame is on screen ("visible") and the moment the conversation's view has been painted
# ("conversation ready"), with the CPU time used by each; which widget has the keyboard then
# (the first step must be usable: read and typed into); and then the time from asking for each
# other step ("Næste") until its page has been painted, the first visit to each, after a
# reader's pause on the step before (at most 2 s: the window makes the next page meanwhile).
PROGRAM = (
    VISIBLE
    + r"""
from pathlib import Path
from ishoj_mus.ui.shell.app import make_window, show_window
file = Path(sys.argv[1]) if len(sys.argv) > 1 else None
app, window = make_window()
window.resize(1280, 800)
state = {}
def heavy_now():
    return sorted(m for m in ("reportlab", "pikepdf", "pyhanko", "cryptography", "pypdfium2") if m in sys.modules)
def visible():
    state.update(shown=time.time(), cpu=_cpu(), heavy=heavy_now(), maxrss_kb=_peak_kb())
    state["first_frame_modules"] = sorted(m for m in ("ishoj_mus.domain.conversation", "ishoj_mus.ui.conversation.conversation_view") if m in sys.modules)
    wait_for_view()
def wait_for_view():
    if "_painted" in state or "ready" in state:
        return  # the view was there before the first frame: its paint is watched already
    view = getattr(window, "view", None)
    if view is None:
        if time.time() - state["shown"] > 60:
            raise SystemExit("the conversation never appeared")
        QTimer.singleShot(5, wait_for_view)
        return
    state["_painted"] = _Painted(view, ready)
def ready():
    del state["_painted"]
    state.update(ready=time.time(), ready_cpu=_cpu(), ready_maxrss_kb=_peak_kb())
    state.setdefault("shown", state["ready"])
    state["heavy"] = sorted(set(state.get("heavy", [])) | set(heavy_now()))
    focus = window.focusWidget()  # the widget that has the keyboard while the window is active
    view = window.view
    state["focus"] = type(focus).__name__ if focus is not None and view.isAncestorOf(focus) else None
    state["steps"] = []
    walk(1)
def walk(row, waited=0):
    view = window.view
    if row >= view.step_list.count():
        print(json.dumps(state))
        window.dirty = False
        window.close()  # lets go of the file's lock, as closing the window does
        app.quit()
        return
    if waited < 400 and _key(view, row) not in view.pages:
        QTimer.singleShot(5, lambda: walk(row, waited + 1))  # a reader's pause: at most 2 s
        return
    started = time.perf_counter()
    view.go(row)
    def painted():
        del state["_painted"]
        state["steps"].append(time.perf_counter() - started)
        walk(row + 1)
    state["_painted"] = _Painted(view.stack.currentWidget(), painted)
def _key(view, row):
    from ishoj_mus.ui.conversation.entries import entry_key
    return entry_key(view.entries[row])
class _Painted(QObject):
    # The widget has handled its first paint event from now on.
    def __init__(self, widget, then, ask=True):
        super().__init__()
        self.then, self.seen = then, False
        widget.installEventFilter(self)
        if ask:
            widget.update()
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False
show_window(window, file, demo=file is None)
if getattr(window, "view", None) is not None:  # shown in the first frame: watch that paint
    state["_painted"] = _Painted(window.view, ready, ask=False)
_v = _Visible(window, visible)  # after show: the native window exists; before the event loop runs
app.exec()
"""
)

# The floor under "conversation ready" (issue 25): the same first page a double-click on a file
# shows (menus' titles, the tour and preparation bars, the step list, step 1's three groups of
# fields, the step buttons) and the program's style sheet, built with plain PySide6 and none of
# our code, painted and with the keyboard in the first field. What is between it and the bare
# window is what any program with that page pays; what is between the program and it is ours.
FLOOR = (
    VISIBLE
    + r"""
import os
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow,
    QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)
app = QApplication(sys.argv)
app.setStyleSheet(os.environ.get("FLOOR_QSS", ""))
w = QMainWindow()
for title in ("&Filer", "&Rediger", "&Vis", "&Indstillinger", "&Hjælp"):
    w.menuBar().addMenu(title)
central = QWidget()
outer = QVBoxLayout(central)
def bar(text, *buttons):
    row = QHBoxLayout()
    row.addWidget(QLabel(text), 1)
    for b in buttons:
        row.addWidget(QPushButton(b))
    outer.addLayout(row)
bar("Første gang? Få en kort rundvisning i vinduet.", "Vis rundvisning", "Nej tak")
bar("Har I forberedt jer hver for sig? Hent forberedelserne ind her.", "Hent forberedelse …")
bar("Trin 0/1 min · Samtalen 0/60 min", "Pause", "Dagsorden …")
split = QSplitter(Qt.Orientation.Horizontal)
steps = QListWidget()
steps.addItems([f"✓ Trin {i}  ({i % 6}/5)" for i in range(1, 15)])
split.addWidget(steps)
page = QWidget()
col = QVBoxLayout(page)
col.addWidget(QLabel("MUS med Mette Hansen · Trin 1 af 14 – Samtalen"))
title = QLabel("Samtalen"); title.setObjectName("stepTitle"); col.addWidget(title)
col.addWidget(QLabel("Hvem taler sammen, hvornår og hvor? MUS er en dialog mellem to parter – ikke bedømmelse."))
col.addWidget(QLabel("Udfyld medarbejderens og lederens oplysninger. Medarbejdernummer er valgfrit."))
first = None
for group, rows in (("Medarbejder", 4), ("Leder", 2), ("Tid og sted", 2)):
    box = QGroupBox(group)
    form = QFormLayout(box)
    for r in range(rows):
        edit = QLineEdit(f"Svar {r}")
        first = first or edit
        form.addRow(QLabel(f"Felt {r} *"), edit)
    col.addWidget(box)
col.addStretch(1)
nav = QHBoxLayout()
nav.addWidget(QPushButton("← Forrige")); nav.addWidget(QLabel("Trin 1 af 14"), 1, Qt.AlignmentFlag.AlignCenter); nav.addWidget(QPushButton("Næste →"))
col.addLayout(nav)
scroll = QScrollArea(); scroll.setWidgetResizable(True); scroll.setWidget(page)
split.addWidget(scroll)
outer.addWidget(split, 1)
w.setCentralWidget(central)
w.resize(1280, 800)
first.setFocus()
state = {}
def idle():
    state.update(shown=time.time(), cpu=_cpu())
def painted():
    print(json.dumps({"ready": time.time(), "ready_cpu": _cpu(), **state}))
    app.quit()
class _PaintedOnce(QObject):
    def __init__(self, widget, then):
        super().__init__(); self.then, self.seen = then, False; widget.installEventFilter(self)
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True; QTimer.singleShot(0, self.then)
        return False
_p = _PaintedOnce(split, painted)
w.show()
_v = _Visible(w, idle)
app.exec()
"""
)

# Start the window, let the PDF worker warm up as it would while people type (waiting on the
# runner's own readiness, not a fixed time), then "click": what "Gem PDF" runs after the file
# dialog. Reports click -> file on disk, the window process's peak and the worker's peak.
PDF_FROM_WINDOW = (
    VISIBLE
    + r"""
from pathlib import Path
from ishoj_mus.ui.shell.app import make_window
app, window = make_window()
window.show()
from ishoj_mus.demo import demo_conversation, sign_demo
signed = demo_conversation()
sign_demo(signed)  # before the window has it: a change outside an undo command warns there
window.show_conversation(signed, None)
out = Path(sys.argv[1])
state = {}
def visible():
    state["visible"] = time.time()
    QTimer.singleShot(0, wait_for_worker)
def wait_for_worker():
    ready = getattr(window.pdf, "ready", None)
    if ready is not None and not ready() and time.time() - state["visible"] < 60:
        QTimer.singleShot(20, wait_for_worker)
        return
    state["ready"] = time.time()
    click()
def click():
    from ishoj_mus.ui.outputs.pdf_actions import summary_job
    state["click"] = time.time()
    window.pdf.run("Gem PDF", summary_job(window.view.conv, None), done)
def done(data):
    window.outputs.write_pdf(out, data)
    assert out.exists() and out.stat().st_size > 10_000
    state["saved"] = time.time()
    self_kb = _peak_kb()
    process = getattr(window.pdf, "_process", None)
    worker_kb = _peak_kb(process.processId()) if process is not None else 0
    stop = getattr(window.pdf, "stop_worker", None)
    if stop is not None:
        stop()
    window.dirty = False
    print(json.dumps({
        "click_to_saved": state["saved"] - state["click"],
        "worker_ready_after_visible": state["ready"] - state["visible"],
        "maxrss_kb": self_kb,
        "worker_maxrss_kb": worker_kb,
        "heavy_in_window": sorted(m for m in ("reportlab", "pikepdf", "pyhanko") if m in sys.modules),
    }))
    app.quit()
_v = _Visible(window, visible)
app.exec()
"""
)


# What every bench*.py shares (issue 25: each had its own copy): the child process's
# environment, running a child that prints its figures as JSON, a temporary user home, medians,
# the load average and a target's verdict line. bench_rooms.py, bench_hr.py and bench_overview.py
# import them from here.


def child_env(home: str, display: str | None) -> dict:
    """The environment of a measured child: its own user home, offscreen or on ``display``."""
    env = dict(os.environ, ISHOJ_MUS_HOME=home)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display
    return env


def run_child(code: str, env: dict, *args: str, timeout: float = 180) -> tuple[float, dict]:
    """Run ``python -c code args`` in the repository; returns when it was started (time.time())
    and the JSON object on the last line it printed. A child that fails raises with its stderr."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return start, data


def median(values):
    return statistics.median(values)


def p99(values: list[float]) -> float:
    """The 99th percentile (inclusive, interpolated), the one way every bench computes it."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[98]


@contextmanager
def restored_environ(*names: str) -> Iterator[None]:
    """``os.environ``'s ``names`` as they were before, whatever the block set them to."""
    before = {name: os.environ.get(name) for name in names}
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def temporary_home() -> Iterator[str]:
    """A fresh user home (ISHOJ_MUS_HOME) for what is measured in this process, removed after;
    the real user folders are never touched."""
    with tempfile.TemporaryDirectory() as home, restored_environ("ISHOJ_MUS_HOME"):
        os.environ["ISHOJ_MUS_HOME"] = home
        yield home


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def target_line(value: float, limit: float, unit: str, what: str) -> str:
    verdict = "met   " if value <= limit else "missed"
    return f"  {verdict}        {what}: {value:.3g} {unit} (target <= {limit:g} {unit})"


@contextmanager
def xserver():
    """$DISPLAY when set, else a private Xvfb on a free display; None when neither is there."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    if sys.platform != "linux" or shutil.which("Xvfb") is None:
        yield None
        return
    for number in range(120 + os.getpid() % 60, 200):
        if not os.path.exists(f"/tmp/.X{number}-lock") and not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            break
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 10
        while not os.path.exists(f"/tmp/.X11-unix/X{number}") and time.time() < deadline:
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        yield f":{number}" if proc.poll() is None else None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def make_mus_file(folder: Path, env: dict) -> Path:
    """The demo conversation as a real .mus file, made once, as a double-click would open it."""
    path = folder / "Samtale.mus"
    subprocess.run(
        [sys.executable, "-m", "ishoj_mus", "demo", "-o", str(path)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return path


def floor_style(env: dict) -> str:
    """The program's style sheet as it starts on this display, for ``FLOOR`` (which imports none
    of ours): made in a child, since the font size needs the display's QApplication."""
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from ishoj_mus.ui.widgets.theme import stylesheet; import json; "
        "print(json.dumps({'qss': stylesheet(app.font().pointSizeF())}))"
    )
    return str(run_child(code, env)[1]["qss"])


def bench_startup(repeat: int, env: dict, file: Path | None = None) -> dict:
    """Interleaved, so all see the same machine: a bare window, the program with the demo, and
    (given ``file``) the program opening that file, as ``ishoj-mus FILE.mus`` does."""
    cases = {"": None} | ({"file_": file} if file is not None else {})
    bare, bare_cpu, bare_mem = [], [], []
    runs: dict[str, dict[str, list]] = {
        k: {x: [] for x in ("shown", "cpu", "ready", "ready_cpu", "mem", "heavy", "steps", "focus")}
        for k in cases
    }
    floor: list[float] = []
    floor_env = dict(env, FLOOR_QSS=floor_style(env))
    for _ in range(repeat):
        start, data = run_child(BARE, env)
        bare.append(data["shown"] - start)
        bare_cpu.append(data["cpu"])
        bare_mem.append(data["maxrss_kb"])
        if file is not None:
            start, data = run_child(FLOOR, floor_env)
            floor.append(data["ready"] - start)
        for key, path in cases.items():
            start, data = run_child(PROGRAM, env, *([str(path)] if path is not None else []))
            r = runs[key]
            r["shown"].append(data["shown"] - start)
            r["cpu"].append(data.get("cpu", data["ready_cpu"]))
            r["ready"].append(data["ready"] - start)
            r["ready_cpu"].append(data["ready_cpu"])
            r["mem"].append(data["ready_maxrss_kb"])
            r["heavy"].extend(data["heavy"])
            r["steps"].append(max(data["steps"], default=0.0))
            r["focus"].append(data["focus"])
    results: dict = {
        "bare_window_s": median(bare),
        "bare_cpu_s": median(bare_cpu),
        "bare_maxrss_mb": median(bare_mem) / 1024,
    }
    if floor:
        results |= {"floor_ready_s": median(floor), "floor_ready_ratio": median(floor) / median(bare)}
    for key, r in runs.items():
        results |= {
            f"{key}program_visible_s": median(r["shown"]),
            f"{key}ratio": median(r["shown"]) / median(bare),
            f"{key}conversation_ready_s": median(r["ready"]),
            f"{key}ready_ratio": median(r["ready"]) / median(bare),
            f"{key}program_cpu_s": median(r["cpu"]),
            f"{key}cpu_ratio": median(r["cpu"]) / median(bare_cpu),
            f"{key}ready_cpu_s": median(r["ready_cpu"]),
            f"{key}ready_cpu_ratio": median(r["ready_cpu"]) / median(bare_cpu),
            f"{key}heavy_modules_at_startup": sorted(set(r["heavy"])),
            f"{key}program_idle_maxrss_mb": median(r["mem"]) / 1024,
            # the slowest first visit to another step in each run (go + its page painted)
            f"{key}step_switch_worst_ms": median(r["steps"]) * 1000,
            f"{key}focus_at_ready": sorted({str(f) for f in r["focus"]}),
        }
    return results


def bench_pdf_from_window(repeat: int, env: dict, bare_mem_mb: float) -> dict:
    times, ready, mem, worker = [], [], [], []
    heavy: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            _, data = run_child(PDF_FROM_WINDOW, env, str(Path(tmp) / f"out{i}.pdf"))
            times.append(data["click_to_saved"])
            ready.append(data["worker_ready_after_visible"])
            mem.append(data["maxrss_kb"] / 1024)
            worker.append(data["worker_maxrss_kb"] / 1024)
            heavy.update(data["heavy_in_window"])
    return {
        "cold_click_to_saved_pdf_s": median(times),
        "worker_ready_after_visible_s": median(ready),
        "window_peak_memory_mb": median(mem),
        "window_memory_ratio_vs_bare_window": median(mem) / bare_mem_mb,
        "worker_peak_memory_mb": median(worker),
        "pdf_modules_in_window_process": sorted(heavy),
    }


def large_conversation():
    from datetime import date

    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.codes import Responsible
    from ishoj_mus.domain.form_steps import FieldKind
    from ishoj_mus.domain.records import Agreement

    conv = demo_conversation()
    paragraph = "Vi har talt om hverdagen på Ågården, om børnene, forældrene og kollegerne. " * 8
    text_fields = [(f, v) for _, f in conv.form.fields() if f.kind == FieldKind.LONG_TEXT for v in f.voices]
    per_field = 100_000 // len(text_fields) + 1
    for f, v in text_fields:
        conv.set_answer(f.id, v, (paragraph * (per_field // len(paragraph) + 1))[:per_field])
    for i in range(200):
        conv.insert_agreement(
            i,
            Agreement(
                what=f"Aftale {i}: kursus i forflytning",
                why="Fordi det giver mening",
                responsible=Responsible.BEGGE,
                deadline=date(2027, 6, 1),
            ),
        )
    return conv


def bench_files(repeat: int) -> dict:
    from ishoj_mus.storage import musfile, recovery

    conv = large_conversation()
    with temporary_home() as tmp:
        path = Path(tmp) / "stor.mus"
        save, load, autosave_main, autosave_write = [], [], [], []
        for _ in range(repeat):
            t = time.perf_counter()
            musfile.save(conv, path)
            save.append(time.perf_counter() - t)
            t = time.perf_counter()
            musfile.load(path)
            load.append(time.perf_counter() - t)
            t = time.perf_counter()
            payload = recovery.payload(conv, path)  # on the GUI thread
            autosave_main.append(time.perf_counter() - t)
            t = time.perf_counter()
            recovery.write_payload(conv.id, payload)  # on the autosave thread
            autosave_write.append(time.perf_counter() - t)
        size = path.stat().st_size
    return {
        "large_file_kb": size / 1024,
        "save_s": median(save),
        "open_s": median(load),
        "autosave_gui_thread_s": median(autosave_main),
        "autosave_background_write_s": median(autosave_write),
    }


def bench_typing(keys: int = 200) -> dict:
    """Per-keystroke time in a text box of the large conversation, autosave included.

    Wall clock and the GUI thread's own CPU time per key: on a shared machine a key's wall time
    also holds the time the scheduler gave to other programs.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with temporary_home():
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from ishoj_mus.ui.shell.app import make_window

        app, window = make_window()
        window.show()
        window.show_conversation(large_conversation(), None)
        window.view.go(3)
        editor = window.view.current_page().editors[0].editor
        editor.setFocus()
        app.processEvents()
        # What start-up does right after the first frame (the menus' actions, the icon) is not
        # typing, and a person types once the window is there: wait for it before the first key
        # (it landed in key 0 and was the "worst key").
        waited = time.perf_counter()
        while getattr(window, "_focus_return", None) is None and time.perf_counter() - waited < 10:
            app.processEvents()
        per_key, per_key_cpu = [], []
        for i in range(keys):
            t, c = time.perf_counter(), time.thread_time()
            QTest.keyClick(editor, Qt.Key.Key_A if i % 7 else Qt.Key.Key_Space)
            if i % 25 == 0:
                window.document.autosave()  # what the timer does after a pause
            app.processEvents()
            per_key.append(time.perf_counter() - t)
            per_key_cpu.append(time.thread_time() - c)
        window.flush_autosave()
        window.dirty = False
        window.close()
        QApplication.processEvents()
    return {
        "typing_median_ms": median(per_key) * 1000,
        "typing_worst_ms": max(per_key) * 1000,
        "typing_worst_cpu_ms": max(per_key_cpu) * 1000,
        "typing_p99_ms": p99(per_key) * 1000,
    }


def bench_pipeline(repeat: int) -> dict:
    from ishoj_mus.demo import demo_conversation, sign_demo
    from ishoj_mus.pdf import worker
    from ishoj_mus.pdf.archive import to_pdfa
    from ishoj_mus.pdf.keys import user_key_material
    from ishoj_mus.pdf.signing import sign_pdf
    from ishoj_mus.pdf.summary import render_summary
    from ishoj_mus.pdf.verification import check_pdf

    with temporary_home():
        conv = demo_conversation()
        sign_demo(conv)
        material = user_key_material()
        stages: dict[str, list[float]] = {
            "render": [],
            "pdfa": [],
            "sign": [],
            "verify": [],
            "total": [],
            "cpu": [],
        }
        for round_ in range(repeat + 1):
            if round_ == 1:
                worker.settle()  # as the PDF worker does after its warm-up
            with worker.making_pdf():  # as the worker makes each PDF
                c0 = time.process_time()
                t0 = time.perf_counter()
                raw = render_summary(conv, material.fingerprint())
                t1 = time.perf_counter()
                archived = to_pdfa(raw, conv, "summary")
                t2 = time.perf_counter()
                signed = sign_pdf(archived, material, reason="bench")
                t3 = time.perf_counter()
                c3 = time.process_time()
            worker.tidy()
            assert check_pdf(signed).intact
            t4 = time.perf_counter()
            for key, value in zip(
                stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t3 - t0, c3 - c0), strict=True
            ):
                stages[key].append(value)
        # the first round includes first imports and font loading; warm figures leave it out
        return {f"warm_{k}_s": median(v[1:]) for k, v in stages.items()} | {
            "first_round_total_s": stages["total"][0],
            "pdf_kb": len(signed) / 1024,
        }


def bench_bundle(path: Path | None) -> dict:
    candidates = [path] if path else [ROOT / "dist" / "ishoj-mus"]
    for folder in candidates:
        if folder is not None and folder.is_dir():
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
            return {"bundle": str(folder), "bundle_mb": size / 1024 / 1024}
    return {"bundle": None, "bundle_mb": None}


def figures(results: dict) -> dict[str, float | None]:
    """The issue's figures, picked out of the results."""
    xvfb = results.get("startup_xvfb")
    return {
        "startup_ratio_offscreen": results["startup"]["ratio"],
        "startup_ratio_xvfb": xvfb["ratio"] if xvfb else None,
        "file_ready_ratio_offscreen": results["startup"].get("file_ready_ratio"),
        "file_ready_ratio_xvfb": xvfb.get("file_ready_ratio") if xvfb else None,
        "window_memory_ratio": results["pdf_from_window"]["window_memory_ratio_vs_bare_window"],
        "click_to_pdf_s": results["pdf_from_window"]["cold_click_to_saved_pdf_s"],
        "pipeline_warm_s": results["pipeline"]["warm_total_s"],
        "typing_worst_ms": results["typing"]["typing_worst_ms"],
        "bundle_mb": results["bundle"]["bundle_mb"],
    }


def startup_lines(where: str, x: dict | None) -> list[str]:
    """The start-up figures of one display: the first frame, the demo's and the file's
    conversation ready, each against the bare window of the same run."""
    head = f"start-up {where:<10} "
    if x is None:
        return [f"{head}not measured (no Xvfb and no $DISPLAY)"]
    lines = [
        f"{head}visible {x['program_visible_s']:.3f} s vs bare window {x['bare_window_s']:.3f} s = "
        f"{x['ratio']:.2f} x (CPU {x['program_cpu_s']:.3f} vs {x['bare_cpu_s']:.3f} s = {x['cpu_ratio']:.2f} x); "
        f"heavy imports at start: {x['heavy_modules_at_startup'] or 'none'}"
    ]
    if "floor_ready_ratio" in x:
        lines.append(
            f"{'':20}floor    the same first page in plain PySide6 (none of our code) painted "
            f"{x['floor_ready_s']:.3f} s = {x['floor_ready_ratio']:.2f} x; FILE.mus ready vs the floor "
            f"{x['file_conversation_ready_s'] / x['floor_ready_s']:.2f} x"
        )
    for key, what in (("", "demo"), ("file_", "FILE.mus")):
        if f"{key}ready_ratio" not in x:
            continue
        lines.append(
            f"{'':20}{what:<8} conversation ready {x[key + 'conversation_ready_s']:.3f} s = "
            f"{x[key + 'ready_ratio']:.2f} x (CPU {x[key + 'ready_cpu_s']:.3f} s = {x[key + 'ready_cpu_ratio']:.2f} x); "
            f"first frame {x[key + 'ratio']:.2f} x; keyboard in {', '.join(x[key + 'focus_at_ready'])}; "
            f"slowest first visit to a step {x[key + 'step_switch_worst_ms']:.0f} ms"
        )
    return lines


def report(results: dict) -> list[str]:
    s, p, w, f, t = (
        results["startup"],
        results["pipeline"],
        results["pdf_from_window"],
        results["files"],
        results["typing"],
    )
    lines = [f"load average at start {results['load_average']}", ""]
    for where, x in (("offscreen", s), ("Xvfb", results.get("startup_xvfb"))):
        lines.extend(startup_lines(where, x))
    lines.append(
        f"memory              window process {w['window_peak_memory_mb']:.0f} MB vs bare window "
        f"{s['bare_maxrss_mb']:.0f} MB = {w['window_memory_ratio_vs_bare_window']:.2f} x; idle after start-up "
        f"{s['program_idle_maxrss_mb']:.0f} MB; PDF worker peak {w['worker_peak_memory_mb']:.0f} MB; "
        f"PDF modules in the window process: {w['pdf_modules_in_window_process'] or 'none'}"
    )
    lines.append(
        f"click -> PDF        {w['cold_click_to_saved_pdf_s']:.3f} s, first PDF after start-up "
        f"(worker ready {w['worker_ready_after_visible_s']:.2f} s after the window was visible)"
    )
    lines.append(
        f"signed PDF warm     {p['warm_total_s']:.3f} s (CPU {p['warm_cpu_s']:.3f} s; render {p['warm_render_s']:.3f}, "
        f"PDF/A {p['warm_pdfa_s']:.3f}, sign {p['warm_sign_s']:.3f}; verify {p['warm_verify_s']:.3f}); "
        f"first round {p['first_round_total_s']:.3f} s; {p['pdf_kb']:.0f} KB"
    )
    lines.append(
        f"typing              median {t['typing_median_ms']:.2f} ms, 99th percentile {t['typing_p99_ms']:.1f} ms, "
        f"worst {t['typing_worst_ms']:.1f} ms (worst CPU on the GUI thread {t['typing_worst_cpu_ms']:.1f} ms)"
    )
    b = results["bundle"]
    lines.append(
        f"bundle              {b['bundle_mb']:.1f} MiB ({b['bundle']})"
        if b["bundle_mb"] is not None
        else "bundle              not built (bash scripts/bootstrap.sh bundle, or --bundle PATH)"
    )
    lines.append(
        f"large file          {f['large_file_kb']:.0f} KB: open {f['open_s'] * 1000:.1f} ms, save {f['save_s'] * 1000:.1f} ms, "
        f"autosave {f['autosave_gui_thread_s'] * 1000:.1f} ms on the GUI thread + "
        f"{f['autosave_background_write_s'] * 1000:.1f} ms in the background"
    )
    if "overview_scan" in results:
        from tests.benchmarks.bench_overview import report_line

        lines.append(report_line(results["overview_scan"]))
    if "hr_desk" in results:
        from tests.benchmarks.bench_hr import report_line as hr_line

        lines.append(hr_line(results["hr_desk"]))
    lines.append("")
    lines.append("targets (issues 15 and 25):")
    for key, value in figures(results).items():
        limit, unit, what = TARGETS[key]
        if value is None:
            lines.append(f"  not measured  {what}: target <= {limit:g} {unit}")
        else:
            lines.append(target_line(value, limit, unit, what))
    if "hr_desk" in results:
        from tests.benchmarks.bench_hr import TARGETS as HR_TARGETS
        from tests.benchmarks.bench_hr import figures as hr_figures

        lines.append("targets (issue 23):")
        for key, value in hr_figures(results["hr_desk"]).items():
            lines.append(target_line(value, *HR_TARGETS[key]))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--xvfb-repeat", type=int, default=11)
    parser.add_argument("--no-xvfb", action="store_true", help="skip the start-up under a real X server")
    parser.add_argument("--bundle", type=Path, help="the built bundle folder (default dist/ishoj-mus)")
    parser.add_argument("--json", action="store_true", help="also print every figure as JSON")
    parser.add_argument("--no-hr", action="store_true", help="skip HR's 200-file check (issue 23, ≈ 90 s)")
    args = parser.parse_args()
    results: dict = {"load_average": load_average()}
    # An installed program starts from compiled bytecode (pip compiles it; the bundle holds
    # it), whatever PYTHONDONTWRITEBYTECODE says here: compile ours once, as installing does.
    import compileall

    compileall.compile_dir(str(ROOT / "ishoj_mus"), quiet=1)
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home, None)
        mus = make_mus_file(Path(home), env)
        results["startup"] = bench_startup(args.repeat, env, mus)
        if not args.no_xvfb:
            with xserver() as display:
                if display is not None:
                    results["startup_xvfb"] = bench_startup(args.xvfb_repeat, child_env(home, display), mus)
        results["pdf_from_window"] = bench_pdf_from_window(
            max(3, args.repeat // 2 + 1), env, results["startup"]["bare_maxrss_mb"]
        )
    results["files"] = bench_files(args.repeat)
    results["pipeline"] = bench_pipeline(args.repeat)
    results["typing"] = bench_typing()
    results["bundle"] = bench_bundle(args.bundle)
    from tests.benchmarks.bench_overview import bench_overview_scan

    results["overview_scan"] = bench_overview_scan(max(3, args.repeat // 2 + 1))
    if not args.no_hr:
        from tests.benchmarks.bench_hr import bench_hr

        results["hr_desk"] = bench_hr(3)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        print()
    print("\n".join(report(results)))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
