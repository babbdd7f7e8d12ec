"""HR's desk (issue 23): 200 referater checked, per-file bounds, and the window during a check.

    python tests/benchmarks/bench_hr.py [--repeat 3] [--files 200]

- ``verify --json FOLDER`` on 200 signed referater (20 employees' HR editions, each copied ten
  times under other names: every copy is checked in full), wall clock and CPU (parent and
  workers), median of the runs, next to the baseline of one ``verify FILE`` (a child process per
  file, as before) times 200;
- per file: the CPU each check used in its worker (median and worst) against the bound (5 s);
- the HR window offscreen checking the same 200 files: a 5 ms timer measures how late the event
  loop serves it (worst and 99th percentile), next to the same timer in the same window idle for
  10 s just before (on a shared machine the scheduler alone delays a process by tens of ms).

Also run by ``bench.py`` (its targets list). Nothing touches the real user folders.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # python tests/benchmarks/bench_hr.py: the repository's tests package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.bench import (  # noqa: E402
    ROOT,
    child_env,
    load_average,
    median,
    p99,
    restored_environ,
    run_child,
    target_line,
)

TARGETS = {
    "hr_check_200_s": (20.0, "s", "200 referater checked, verify --json FOLDER (issue 23)"),
    "hr_window_event_worst_ms": (
        50.0,
        "ms",
        "HR window: worst event delay during a 200-file check (issue 23)",
    ),
}

WINDOW = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from ishoj_mus.ui.shell.app import make_window

folder, idle_s = Path(sys.argv[1]), float(sys.argv[2])
app, window = make_window("da")
window.resize(1366, 768)
window.show()
window.show_hr_desk()
view = window.hr_desk
late, last = [], [None]
timer = QTimer()
timer.setInterval(5)

def tick():
    now = time.perf_counter()
    if last[0] is not None:
        late.append(max(0.0, (now - last[0]) - 0.005) * 1000)
    last[0] = now

timer.timeout.connect(tick)
result = {}

def idle_done():
    result["idle"] = sorted(late)
    late.clear()
    last[0] = None
    result["start"] = time.perf_counter()
    view.check_paths([folder])

def check_done():
    result["check_s"] = time.perf_counter() - result["start"]
    result["busy"] = sorted(late)
    result["rows"] = view.model.rowCount()
    print(json.dumps(result))
    app.quit()

view.check_finished.connect(check_done)
timer.start()
QTimer.singleShot(int(idle_s * 1000), idle_done)
app.exec()
"""


def make_folder(root: Path, files: int) -> tuple[Path, Path]:
    """``files`` signed HR editions (20 distinct, copied) and a profile that trusts their CA.
    Sets ISHOJ_MUS_HOME to a home in ``root`` (the forger's self-made key lives there)."""
    os.environ["ISHOJ_MUS_HOME"] = str(root / "home")
    from tests.hr_folder import build

    hr = build(root / "src")
    folder = root / "bunke"
    folder.mkdir()
    genuine = sorted(n for n, e in hr.expected.items() if e.verdict == "GYLDIG" and e.edition == "hr_referat")
    for i in range(files):
        name = genuine[i % len(genuine)]
        shutil.copyfile(hr.folder / name, folder / f"{i:03d}_{name}")
    return folder, hr.profile


def _cli(args: list[str], env: dict) -> tuple[float, float, str]:
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "ishoj_mus", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, done.stdout


def bench_hr(repeat: int = 3, files: int = 200) -> dict:
    with (
        tempfile.TemporaryDirectory() as tmp,
        restored_environ("ISHOJ_MUS_HOME", "ISHOJ_MUS_ORGANISATION"),
    ):
        root = Path(tmp)
        folder, profile = make_folder(root, files)
        env = child_env(str(root / "home"), None) | {"ISHOJ_MUS_ORGANISATION": str(profile)}
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu, out = _cli(["verify", "--json", str(folder)], env)
            docs = json.loads(out)
            assert len(docs) == files and all(d["verdict"] == "GYLDIG" for d in docs), "not all GYLDIG"
            walls.append(wall)
            cpus.append(cpu)
        # per-file CPU in the workers
        from ishoj_mus.pdf.batch import check_files

        os.environ["ISHOJ_MUS_ORGANISATION"] = str(profile)
        one = sorted(folder.iterdir())
        cpu_per_file = sorted(item.cpu_s for item in check_files(one))
        single_walls = []
        for path in one[:repeat]:
            wall, _cpu, _ = _cli(["verify", str(path)], env)
            single_walls.append(wall)
        # the window
        # 10 s idle: the machine's own delays
        _start, w = run_child(WINDOW, env, str(folder), "10.0", timeout=600)
        return {
            "files": files,
            "check_200_s": median(walls),
            "check_200_cpu_s": median(cpus),
            "runs_s": [round(x, 2) for x in walls],
            "single_verify_s": median(single_walls),
            "single_times_files_s": median(single_walls) * files,
            "file_cpu_median_ms": median(cpu_per_file) * 1000,
            "file_cpu_worst_ms": cpu_per_file[-1] * 1000,
            "window_check_s": w["check_s"],
            "window_rows": w["rows"],
            "window_event_worst_ms": max(w["busy"]) if w["busy"] else 0.0,
            "window_event_p99_ms": p99(w["busy"]),
            "window_event_median_ms": median(w["busy"]) if w["busy"] else 0.0,
            "idle_event_worst_ms": max(w["idle"]) if w["idle"] else 0.0,
            "idle_event_p99_ms": p99(w["idle"]),
        }


def figures(r: dict) -> dict[str, float]:
    return {"hr_check_200_s": r["check_200_s"], "hr_window_event_worst_ms": r["window_event_worst_ms"]}


def report_line(r: dict) -> str:
    return (
        f"HR desk             {r['files']} referater: verify --json {r['check_200_s']:.2f} s median "
        f"(CPU {r['check_200_cpu_s']:.2f} s; runs {r['runs_s']}) vs one verify per file "
        f"{r['single_verify_s']:.2f} s x {r['files']} = {r['single_times_files_s']:.0f} s "
        f"({r['single_times_files_s'] / r['check_200_s']:.1f} x faster); CPU per file in a worker median "
        f"{r['file_cpu_median_ms']:.0f} ms, worst {r['file_cpu_worst_ms']:.0f} ms (bound 5000 ms); "
        f"window: {r['window_rows']} rows in "
        f"{r['window_check_s']:.2f} s, event delay worst {r['window_event_worst_ms']:.1f} ms, 99th percentile "
        f"{r['window_event_p99_ms']:.1f} ms, median {r['window_event_median_ms']:.2f} ms (idle window: worst "
        f"{r['idle_event_worst_ms']:.1f} ms, 99th {r['idle_event_p99_ms']:.1f} ms)"
    )


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args()
    print(f"load average at start {load_average()}")
    r = bench_hr(args.repeat, args.files)
    print(report_line(r))
    for key, value in figures(r).items():
        print(target_line(value, *TARGETS[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
