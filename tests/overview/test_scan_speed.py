"""The scan time, checked against the loader's own speed measured in the same run (the shared
test machine's load varies tenfold); the benchmark reports the absolute figures."""

import statistics
import time

from tests.benchmarks.bench_overview import bench_overview_scan


def test_a_folder_scans_at_loader_speed_and_the_cache_does_its_job(tmp_path, demo):
    from ishoj_mus.storage import musfile

    one = tmp_path / "en.mus"
    musfile.save(demo, one)
    singles = []
    for _ in range(21):
        t = time.perf_counter()
        musfile.load(one)
        singles.append(time.perf_counter() - t)
    r = bench_overview_scan(repeat=1, count=250)
    loading = 250 * statistics.median(singles)
    # walking, records and the cache add little on top of reading each file once
    assert r["cold_s"] < 2.5 * loading + 1.0, (r, loading)
    # a second look reads nothing and is several times faster
    assert r["cached_s"] < r["cold_s"] / 3, r
