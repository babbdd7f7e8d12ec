"""The 'fylder i dag / fremover' dialogue aid as radar-chart data, shared by window and PDF."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ishoj_mus.domain.codes import ScaleWhen, Voice
from ishoj_mus.domain.conversation import Conversation
from ishoj_mus.domain.form_steps import PARTIES
from ishoj_mus.domain.records import ScaleValue


@dataclass(frozen=True)
class Series:
    voice: Voice
    when: ScaleWhen  # PREVIOUS: last year's "i dag", when it was imported
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class RadarData:
    axes: tuple[str, ...]  # perspective names
    scale_min: int
    scale_max: int
    series: tuple[Series, ...]
    previous: tuple[Series, ...] = ()  # drawn faintly, for comparison

    def has_values(self) -> bool:
        return any(v is not None for s in self.series for v in s.values)


_NONE = ScaleValue()


def radar_data(conv: Conversation) -> RadarData | None:
    """None when the form has no scales."""
    fields = conv.form.scale_fields()
    if not fields:
        return None
    axes = tuple(
        conv.form.framework.perspective(f.perspective).name if f.perspective else f.label for f in fields
    )
    series = []
    for voice in PARTIES:
        for when in (ScaleWhen.TODAY, ScaleWhen.FUTURE):
            values = tuple(
                getattr(conv.scale(f.id, voice), when) if voice in f.voices else None for f in fields
            )
            series.append(Series(voice, when, values))
    previous = []
    if conv.previous_scales:
        for voice in PARTIES:
            values = tuple(
                conv.previous_scales.get(f.perspective or "", {}).get(voice, _NONE).today for f in fields
            )
            if any(v is not None for v in values):
                previous.append(Series(voice, ScaleWhen.PREVIOUS, values))
    return RadarData(
        axes,
        min(f.scale_min for f in fields),
        max(f.scale_max for f in fields),
        tuple(series),
        tuple(previous),
    )


def axis_angle(index: int, count: int) -> float:
    """Angle of an axis in radians, the first pointing straight up, going clockwise."""
    return math.pi / 2 - 2 * math.pi * index / count


def point(index: int, count: int, fraction: float, radius: float) -> tuple[float, float]:
    """Offset from the centre (y up) of a value at ``fraction`` (0..1) of the radius."""
    a = axis_angle(index, count)
    return (math.cos(a) * radius * fraction, math.sin(a) * radius * fraction)


def fraction(value: float, lo: int, hi: int) -> float:
    """Map a scale value so that ``lo`` sits a little off the centre (and stays visible)."""
    return 0.15 + 0.85 * (value - lo) / (hi - lo)


def runs(values: tuple[float | None, ...]) -> tuple[bool, list[list[int]]]:
    """Which axes to join with lines: (closed, runs of neighbouring axes that have a value).

    All present: one closed ring. Otherwise each run of neighbours (going round) is an open
    line and a missing value is simply left out – never drawn as a line to the centre.
    """
    n = len(values)
    present = [v is not None for v in values]
    if n and all(present):
        return True, [list(range(n))]
    if not any(present):
        return False, []
    start = next(i for i in range(n) if not present[i])  # begin right after a gap
    result: list[list[int]] = []
    current: list[int] = []
    for k in range(1, n + 1):
        i = (start + k) % n
        if present[i]:
            current.append(i)
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return False, result
