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


def test_the_framework_s_danish_name_is_marked_as_a_quotation_in_english():
    """The walk in English (walk 2) read the bare Danish name on the start page, in About, on the
    tour's framework stop and in the panel's accessible name, and »kerneopgave« on the start
    page: Danish outside a marked quotation. The name now stands in “…” wherever it appears."""
    name = "Grundlag for lederskab og følgeskab"
    bare = {s: t for s, t in _translations().items() if t.replace(f"“{name}”", "").count(name)}
    assert bare == {}
    assert {s: t for s, t in _translations().items() if "kerneopgave" in t} == {}
