"""Pointing at behaviours: each party marks lederskab/følgeskab behaviours of the framework.

A behaviour is named by its group and its 1-based place in the framework's list, e.g.
``lederskab:3``; the text itself is always quoted from the framework, never stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from ishoj_mus.domain.codes import BehaviourMark
from ishoj_mus.domain.framework import Behaviours, Framework


@dataclass(frozen=True)
class BehaviourMarking:
    """One party's mark on one behaviour, with an optional comment."""

    mark: BehaviourMark
    comment: str = ""


@dataclass(frozen=True)
class Behaviour:
    """One behaviour of the framework's lists, quoted exactly, with the id a form and a file use."""

    id: str  # "lederskab:3"
    group: str  # "lederskab"
    group_name: str  # "Lederskab"
    number: int  # 3
    text: str  # quoted exactly from the framework


def behaviour_id(group: str, number: int) -> str:
    return f"{group}:{number}"


def behaviours_of(framework: Framework, groups: tuple[str, ...] | None = None) -> list[Behaviour]:
    """The framework's behaviours in order (all groups, or only ``groups``)."""
    return [
        Behaviour(behaviour_id(b.id, n), b.id, b.name, n, text)
        for b in framework.behaviours
        if groups is None or b.id in groups
        for n, text in enumerate(b.items, start=1)
    ]


def behaviour(framework: Framework, ref: str) -> Behaviour:
    """The behaviour ``ref`` names; KeyError with a Danish message when there is none."""
    group, _, number = ref.partition(":")
    try:
        items = framework.behaviour(group).items
        n = int(number)
    except (KeyError, ValueError):
        raise KeyError(f"ukendt adfærd: '{ref}'") from None
    if not 1 <= n <= len(items):
        raise KeyError(f"ukendt adfærd: '{ref}'")
    return Behaviour(ref, group, framework.behaviour(group).name, n, items[n - 1])


def step_behaviour_groups(framework: Framework, refs: tuple[str, ...]) -> tuple[str, ...]:
    """The behaviour groups a step's framework references name (empty: no marks on that step)."""

    groups: list[str] = []
    for ref in refs:
        try:
            items = framework.resolve(ref)
        except KeyError:
            continue
        groups += [it.id for it in items if isinstance(it, Behaviours) and it.id not in groups]
    return tuple(groups)
