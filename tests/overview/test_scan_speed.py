"""A generous check of the scan time (the benchmark reports the real figures)."""

from tests.benchmarks.bench_overview import bench_overview_scan


def test_500_files_scan_quickly_and_the_cache_does_its_job():
    r = bench_overview_scan(repeat=1, count=500)
    # targets are 2 s and 0.3 s; the limits leave room for a busy shared test machine
    assert r["cold_s"] < 8.0, r
    assert r["cached_s"] < 1.5, r
    assert r["cached_s"] < r["cold_s"] / 3, r
