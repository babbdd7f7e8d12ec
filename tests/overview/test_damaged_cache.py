"""The overview's cache lives in the user's folder, but a damaged or edited one must never
crash the overview at every look: anything not exactly as written means reading the file again."""

from __future__ import annotations

import copy
import json
from datetime import date

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ishoj_mus.cli_overview import due_text, overview_json, overview_text
from ishoj_mus.domain.calendar_events import calendar_events_for_overview
from ishoj_mus.domain.overview import build_overview, due_items
from ishoj_mus.storage import musfile
from ishoj_mus.storage.overview_scan import _cache_file, scan

JUNK = st.sampled_from(
    [None, True, 0, -1, 10**30, 1.5, "", "x", "2026-13-45", "\ud800", [], {}, [1, 2], {"a": 1}]
)


def _leaves(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, (*prefix, i))
    yield prefix


@settings(
    max_examples=60,
    derandomize=True,
    database=None,
    phases=[Phase.generate],
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_a_damaged_cache_entry_is_read_again_never_a_crash(tmp_path_factory, data):
    from ishoj_mus.demo import demo_conversation, sign_demo

    folder = tmp_path_factory.mktemp("samtaler")
    plain, signed = demo_conversation(), demo_conversation()
    sign_demo(signed)
    musfile.save(plain, folder / "a.mus")
    musfile.save(signed, folder / "b.mus")
    truth = scan(folder)  # writes the cache
    cache = _cache_file(folder.resolve())
    doc = json.loads(cache.read_text(encoding="utf-8"))
    damaged = copy.deepcopy(doc)
    for _ in range(data.draw(st.integers(1, 3))):
        # anew (a container may be gone), in an order that does not depend on the folder's listing
        spots = sorted((p for p in _leaves(damaged["files"]) if p), key=lambda p: repr((p[0][-5:], p[1:])))
        where = data.draw(st.sampled_from(spots))
        node = damaged["files"]
        for key in where[:-1]:  # (a whole file's entry may be replaced, too)
            node = node[key]
        node[where[-1]] = data.draw(JUNK)
    cache.write_text(json.dumps(damaged), encoding="utf-8")
    again = scan(folder)
    # a value of the wrong kind means the file is read again; an edited text of the right kind is
    # believed (size and time match) – either way the overview, the due list and the calendar work
    assert [e.path for e in again.entries] == [e.path for e in truth.entries]
    assert all(e.record is not None for e in again.entries)
    today = date(2026, 11, 27)
    ov = build_overview(again.entries, today)
    overview_text(ov, folder.resolve())
    overview_json(ov, folder.resolve())
    due_text(due_items(ov, date(2026, 1, 1), date(2028, 1, 1)), date(2026, 1, 1), date(2028, 1, 1))
    calendar_events_for_overview(ov)


def _damaged_scan(tmp_path, damage):
    from ishoj_mus.demo import demo_conversation

    folder = tmp_path / "samtaler"
    folder.mkdir(parents=True)
    musfile.save(demo_conversation(), folder / "a.mus")
    truth = scan(folder)
    cache = _cache_file(folder.resolve())
    doc = json.loads(cache.read_text(encoding="utf-8"))
    [entry] = doc["files"].values()
    damage(doc["files"], entry)
    cache.write_text(json.dumps(doc), encoding="utf-8")
    again = scan(folder)
    assert [e.record for e in again.entries] == [e.record for e in truth.entries]
    ov = build_overview(again.entries, date(2026, 11, 27))
    overview_text(ov, folder.resolve())
    due_items(ov, date(2026, 1, 1), date(2028, 1, 1))


def test_each_kind_of_damage_seen_in_a_fuzz_run_means_reading_the_file_again(tmp_path):
    def whole_entry(files, entry):
        files[next(iter(files))] = True

    def leader_a_number(files, entry):
        entry["entry"]["record"]["leader"] = 1

    def time_without_zone(files, entry):
        entry["entry"]["record"]["created_at"] = "2026-11-19T09:00:00"

    def agreement_date_a_number(files, entry):
        entry["entry"]["record"]["agreements"][0][5] = 20270630

    for n, damage in enumerate((whole_entry, leader_a_number, time_without_zone, agreement_date_a_number)):
        _damaged_scan(tmp_path / str(n), damage)
