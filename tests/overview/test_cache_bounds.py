"""The overview's cache is held to the same declared bounds as the conversation file
(domain/shape.py): a cache that says more than a file could hold is not believed; the file is
read again (issue #24: 20,000 agreements were shown, and a year-9999 date crashed the calendar)."""

from __future__ import annotations

import json
from datetime import date

from ishoj_mus.demo import demo_conversation
from ishoj_mus.domain.calendar_events import calendar_events_for_overview
from ishoj_mus.domain.overview import build_overview, due_items
from ishoj_mus.storage import musfile
from ishoj_mus.storage.calendar_file import calendar_bytes
from ishoj_mus.storage.overview_scan import _cache_file, scan


def _scan_with_cache_edited(tmp_path, edit):
    folder = tmp_path / "samtaler"
    folder.mkdir()
    musfile.save(demo_conversation(), folder / "mette.mus")
    truth = scan(folder)
    cache = _cache_file(folder.resolve())
    doc = json.loads(cache.read_text(encoding="utf-8"))
    [entry] = doc["files"].values()
    edit(entry["entry"]["record"])
    cache.write_text(json.dumps(doc), encoding="utf-8")
    again = scan(folder)
    return truth, again


def test_twenty_thousand_agreements_in_the_cache_are_not_shown(tmp_path):
    def many(record):
        first = record["agreements"][0]
        record["agreements"] = [[f"id{i}", *first[1:]] for i in range(20_000)]

    truth, again = _scan_with_cache_edited(tmp_path, many)
    assert again.from_cache == 0 and again.read == 1
    [entry] = again.entries
    assert len(entry.record.agreements) == len(truth.entries[0].record.agreements) < 20
    ov = build_overview(again.entries, date(2026, 11, 27))
    assert sum(len(row.open_agreements) for row in ov.rows) < 20


def test_a_year_9999_date_in_the_cache_does_not_reach_the_calendar(tmp_path):
    def far(record):
        record["agreements"][0][5] = "9999-12-31"  # the deadline

    truth, again = _scan_with_cache_edited(tmp_path, far)
    assert again.from_cache == 0
    assert [e.record for e in again.entries] == [e.record for e in truth.entries]
    ov = build_overview(again.entries, date(2026, 11, 27))
    due_items(ov, date(2026, 1, 1), date(2028, 1, 1))
    calendar_bytes(calendar_events_for_overview(ov))  # OverflowError (9999-12-31 + 1 day) on the old code


def test_a_name_longer_than_a_file_may_hold_is_read_again(tmp_path):
    def long_name(record):
        record["employee"][0] = "M" * 5_000

    truth, again = _scan_with_cache_edited(tmp_path, long_name)
    assert again.entries[0].record.employee.name == truth.entries[0].record.employee.name


def test_an_untouched_cache_is_still_believed(tmp_path):
    truth, again = _scan_with_cache_edited(tmp_path, lambda record: None)
    assert again.from_cache == 1
    assert [e.record for e in again.entries] == [e.record for e in truth.entries]
