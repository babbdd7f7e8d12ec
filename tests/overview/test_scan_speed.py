"""The scan time, checked against the loader's own speed measured in the same run (the shared
test machine's load varies tenfold); the benchmark reports the absolute figures.

Both are CPU time of this process (the scan runs in it, on one thread): wall time also held
whatever other programs did, and a single scan failed when one took the CPU for a second."""

import time

from tests.benchmarks.bench_overview import make_folder


def test_a_folder_scans_at_loader_speed_and_the_cache_does_its_job(tmp_path, demo, monkeypatch):
    from ishoj_mus.storage import musfile
    from ishoj_mus.storage.overview_scan import clear_cache, scan

    monkeypatch.setenv("ISHOJ_MUS_HOME", str(tmp_path / "home"))
    one = tmp_path / "en.mus"
    musfile.save(demo, one)
    singles = []
    for _ in range(21):
        t = time.process_time()
        musfile.load(one)
        singles.append(time.process_time() - t)
    root = make_folder(tmp_path / "samtaler", 250)
    cold, cached = [], []
    for _ in range(3):
        clear_cache()
        t = time.process_time()
        assert scan(root).read == 250
        cold.append(time.process_time() - t)
        t = time.process_time()
        assert scan(root).from_cache == 250
        cached.append(time.process_time() - t)
    loading = 250 * min(singles)
    # walking, records and the cache add little on top of reading each file once
    assert min(cold) < 2.5 * loading + 0.5, (cold, loading)
    # a second look reads nothing and is several times faster
    assert min(cached) < min(cold) / 3, (cached, cold)
