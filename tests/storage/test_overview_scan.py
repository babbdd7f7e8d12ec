"""The folder walk: subfolders, no loops, only regular files, bad files listed, a cache that holds."""

from __future__ import annotations

import os

import pytest

from ishoj_mus.storage import musfile
from ishoj_mus.storage.overview_scan import FolderMissing, scan


def _folder(tmp_path, demo, n=3):
    root = tmp_path / "samtaler"
    (root / "a" / "b").mkdir(parents=True)
    folders = [root, root / "a", root / "a" / "b"]
    for i in range(n):
        demo.id = f"c{i}"
        musfile.save(demo, folders[i % 3] / f"s{i}.mus")
    return root


def test_reads_subfolders_and_lists_bad_files_without_stopping(tmp_path, demo):
    root = _folder(tmp_path, demo)
    (root / "a" / "tom.mus").write_bytes(b"")
    (root / "a" / "noter.txt").write_text("ignoreret")
    (root / "a" / "b" / "løkke").symlink_to(root, target_is_directory=True)
    os.mkfifo(root / "rør.mus")  # would hang a naive reader
    (root / "link.mus").symlink_to("/dev/zero")  # would never end
    (root / ".x.mus.123.tmp").write_bytes(b"{")  # our own temporary file
    result = scan(root)
    ok = sorted(e.record.id for e in result.entries if e.ok)
    assert ok == ["c0", "c1", "c2"]
    bad = {os.path.basename(e.path): e.problem for e in result.entries if not e.ok}
    assert set(bad) == {"tom.mus", "rør.mus", "link.mus"}
    assert "tom" in bad["tom.mus"]
    assert "almindelig fil" in bad["rør.mus"] and "almindelig fil" in bad["link.mus"]


def test_missing_folder():
    with pytest.raises(FolderMissing) as info:
        scan("/ingen/sådan/mappe")
    assert "findes ikke" in info.value.message


def test_cache_reads_only_what_changed(tmp_path, demo):
    root = _folder(tmp_path, demo)
    first = scan(root)
    assert (first.read, first.from_cache) == (3, 0)
    second = scan(root)
    assert (second.read, second.from_cache) == (0, 3)
    assert sorted(e.record.id for e in second.entries) == sorted(e.record.id for e in first.entries)
    assert [e.record for e in sorted(second.entries, key=lambda e: e.path)] == [
        e.record for e in sorted(first.entries, key=lambda e: e.path)
    ]
    changed = root / "s0.mus"
    demo.id = "c0"
    demo.employee = type(demo.employee)("Nyt Navn")
    musfile.save(demo, changed)
    st = changed.stat()
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    third = scan(root)
    assert (third.read, third.from_cache) == (1, 2)
    assert any(e.ok and e.record.employee.name == "Nyt Navn" for e in third.entries)


def test_a_broken_cache_is_ignored(tmp_path, demo, user_home):
    root = _folder(tmp_path, demo)
    scan(root)
    for f in (user_home / "cache").glob("overview-*.json"):
        f.write_text('{"version": 1, "files": {"x": 1}')
    again = scan(root)
    assert again.read == 3 and all(e.ok for e in again.entries)


def test_cache_file_is_private(tmp_path, demo, user_home):
    scan(_folder(tmp_path, demo))
    (cache,) = (user_home / "cache").glob("overview-*.json")
    assert cache.stat().st_mode & 0o077 == 0


def test_a_pdf_reader_failure_is_a_listed_file(tmp_path, demo):
    root = _folder(tmp_path, demo, n=1)
    (root / "x.pdf").write_bytes(b"%PDF-1.7")

    def explode(path):
        raise RuntimeError("boom")

    result = scan(root, explode)
    (bad,) = [e for e in result.entries if not e.ok]
    assert bad.problem and "boom" not in bad.problem
