"""The leader's overview: scanning a folder of 500 conversation files, cold and cached.

Cold: nothing in the overview cache (the files themselves are in the OS file cache, as they
are on a second look in a real folder). Cached: the same folder again, nothing changed.
Targets: ≤ 2 s cold, ≤ 0.3 s cached.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench import median, restored_environ

COLD_TARGET_S = 2.0
CACHED_TARGET_S = 0.3


def make_folder(root: Path, count: int = 500) -> Path:
    """``count`` .mus files of 40 employees in 8 subfolders (the demo, renamed and re-dated)."""
    from datetime import date, timedelta

    from ishoj_mus.demo import demo_conversation
    from ishoj_mus.domain.records import Employee
    from ishoj_mus.storage import musfile

    conv = demo_conversation()
    for i in range(count):
        conv.id = f"bench{i:05d}"
        conv.employee = Employee(f"Medarbejder {i % 40}", "Pædagog", "Solsikken", "")
        conv.date = date(2026, 11, 1) - timedelta(days=30 * (i // 40))
        folder = root / f"afdeling-{i % 8}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"samtale-{i:05d}.mus").write_bytes(musfile.dumps(conv))
    return root


def bench_overview_scan(repeat: int = 5, count: int = 500) -> dict:
    from ishoj_mus.storage.overview_scan import clear_cache, scan

    with tempfile.TemporaryDirectory() as tmp, restored_environ("ISHOJ_MUS_HOME"):
        os.environ["ISHOJ_MUS_HOME"] = str(Path(tmp) / "home")
        root = make_folder(Path(tmp) / "samtaler", count)
        cold, cached = [], []
        for _ in range(repeat):
            clear_cache()
            t = time.perf_counter()
            first = scan(root)
            cold.append(time.perf_counter() - t)
            assert first.read == count
            t = time.perf_counter()
            again = scan(root)
            cached.append(time.perf_counter() - t)
            assert again.from_cache == count
    return {
        "files": count,
        "cold_s": median(cold),
        "cached_s": median(cached),
        "cold_best_s": min(cold),  # the least disturbed run: the figure on a quiet machine
        "cached_best_s": min(cached),
        "load_average": os.getloadavg()[0],
        "cold_target_s": COLD_TARGET_S,
        "cached_target_s": CACHED_TARGET_S,
    }


def report_line(r: dict) -> str:
    met = r["cold_s"] <= COLD_TARGET_S and r["cached_s"] <= CACHED_TARGET_S
    return (
        f"overview scan {r['files']} files: cold median {r['cold_s']:.3f} s / best {r['cold_best_s']:.3f} s "
        f"(target <= {COLD_TARGET_S} s), cached median {r['cached_s']:.3f} s / best {r['cached_best_s']:.3f} s "
        f"(target <= {CACHED_TARGET_S} s), load average {r['load_average']:.1f}  {'met' if met else 'MISSED'}"
    )
