"""The English translation file reads as English (issue 25, point 3): English quotation marks,
and none of verify's Danish verdict words where the English window has its own."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ishoj_mus.paths import resources_dir


def _translations() -> dict[str, str]:
    tree = ET.parse(resources_dir() / "translations" / "ishoj_mus_en.ts")
    return {
        m.findtext("source") or "": m.findtext("translation") or "" for m in tree.getroot().iter("message")
    }


def test_english_quotes_in_english():
    danish_marks = {s: t for s, t in _translations().items() if "»" in t or "«" in t}
    assert danish_marks == {}


def test_the_english_window_names_the_verdicts_in_english():
    verdicts = ("GYLDIG", "ÆNDRET", "UBEKRÆFTET", "ULÆSELIG", "IKKE UNDERSKREVET")
    found = {s: t for s, t in _translations().items() if any(v in t for v in verdicts)}
    assert found == {}
