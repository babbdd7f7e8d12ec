"""The shipped texts keep the wording the Danish style notes ask for (a dialogue, not an assessment)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Phrases the style notes replace, and where a user would otherwise read them.
AVOIDED = [
    "du/I",
    "blev til noget, og hvad gjorde ikke",
    "går trinene",
    "Hver tekst viser, hvis ord den er",
    "Et dialogværktøj, ikke en karakter",
    "den ledelse, jeg får",
    "Alle leder i flere retninger",
    "Hvordan bruger du dig selv",
    "resten af livet",
    "Stemmerne er markeret med ord og farve",
    "gøre tingene smartere",
    "for din skyld og for kerneopgavens",
    "Er det første MUS",
    "forberede dig før samtalen",
    "med aftalerne alene",
]


def _shipped_texts() -> list[Path]:
    return [
        *sorted((ROOT / "forms").glob("*.toml")),
        *sorted((ROOT / "ishoj_mus" / "ui").rglob("*.py")),
        *sorted((ROOT / "ishoj_mus" / "pdf").glob("*.py")),
    ]


@pytest.mark.parametrize("phrase", AVOIDED)
def test_shipped_texts_avoid_phrase(phrase: str) -> None:
    hits = [
        p.relative_to(ROOT).as_posix() for p in _shipped_texts() if phrase in p.read_text(encoding="utf-8")
    ]
    assert not hits, f"»{phrase}« står stadig i {hits}"
