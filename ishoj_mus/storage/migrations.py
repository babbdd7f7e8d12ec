"""Older ``.mus`` versions, migrated one small step at a time to :data:`FORMAT_VERSION`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ishoj_mus.storage.checks import Bad, named, short
from ishoj_mus.storage.errors import FORMAT_VERSION
from ishoj_mus.text import da

# -- migrations -----------------------------------------------------------------------------

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn

    return register


@migration(1)
def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept answers flat as ``"field/voice": text``; version 2 nests them by field."""
    conv = doc.get("conversation")
    if isinstance(conv, dict) and isinstance(conv.get("answers"), dict):
        nested: dict[str, dict[str, Any]] = {}
        for key, answer in conv["answers"].items():
            fid, _, voice = str(key).rpartition("/")
            if voice in nested.setdefault(fid, {}):
                raise Bad(da("svaret %1 står to gange"), named(short(str(key))))
            nested[fid][voice] = answer
        conv["answers"] = nested
    doc["version"] = 2
    return doc


@migration(2)
def _v2_to_v3(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds own topics, behaviour marks, the agenda, time used, last year's scales,
    preparations and carried-forward agreements; a version 2 file has none of them."""
    conv = doc.get("conversation")
    if isinstance(conv, dict):
        for key, empty in (
            ("topics", []),
            ("behaviours", {}),
            ("agenda", {}),
            ("time_used", {}),
            ("previous_scales", {}),
            ("preparation_of", None),
            ("preparations", []),
        ):
            conv.setdefault(key, empty)
    doc["version"] = 3
    return doc


@migration(3)
def _v3_to_v4(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds private notes ("Kun mellem os") per step; older files have none."""
    conv = doc.get("conversation")
    if isinstance(conv, dict):
        conv.setdefault("private_notes", {})
    doc["version"] = 4
    return doc


@migration(4)
def _v4_to_v5(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 5's form snapshot may carry English beside the Danish (``title_en`` …, issue 25);
    a version 4 snapshot has none and shows Danish in an English window. The number went up so
    that an older program says the file is from a newer version instead of calling it damaged."""
    doc["version"] = 5
    return doc


def migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc["version"]
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise Bad(da("version %1 kan ikke læses"), str(version))
        doc = step(doc)
        version = doc["version"]
    return doc
