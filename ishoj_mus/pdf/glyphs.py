"""Which characters the PDF's embedded fonts can draw – without loading reportlab or the fonts.

The window's summary step must tell, before anyone signs, which answers hold characters the
PDF will show as □ (many emoji, Chinese, …). Loading reportlab and parsing the three DejaVu
fonts for that costs over a second, so the fonts' shared coverage is kept here as ranges;
``tests/pdf/test_glyph_coverage.py`` checks it against the real fonts (and prints the new
table if the fonts change). ``layout.printable`` uses the same rules, so the window, the
preview and the PDF agree.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ishoj_mus.domain.written import written_texts

if TYPE_CHECKING:
    from ishoj_mus.domain.conversation import Conversation
    from ishoj_mus.domain.written import Place

MISSING_GLYPH = "\u25a1"  # □, in DejaVu Sans: stands for a character the fonts do not have
# Invisible joiners, direction marks and variation selectors: left out, not shown as □.
IGNORABLE = frozenset({0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10)})

# Code points all three embedded fonts (DejaVu Sans, Bold, Oblique) have, as hex ranges.
COVERAGE = """
0020-007E 00A0-02E9 02EC-02EE 02F3 02F7 0300-034F 0351-0353 0357-0358 035A 035C-0362 0370-0377
037A-037F 0384-038A 038C 038E-03A1 03A3-0525 0531-0556 0559-055F 0561-0587 0589-058A 05B0-05C3
05C6-05C7 05D0-05EA 05F0-05F4 0E3F 0E81-0E82 0E84 0E87-0E88 0E8A 0E8D 0E94-0E97 0E99-0E9F
0EA1-0EA3 0EA5 0EA7 0EAA-0EAB 0EAD-0EB9 0EBB-0EBD 0EC0-0EC4 0EC6 0EC8-0ECD 0ED0-0ED9 0EDC-0EDD
10A0-10C5 10D0-10FC 1401-1407 1409-141B 141D-1435 1437-144A 144C-1452 1454-14BD 14C0-14EA
14EC-1507 1510-153E 1540-1550 1552-156A 1574-1585 158A-1596 15A0-15AF 15DE 15E1 1646-1647
166E-1676 1D00-1D14 1D16-1D23 1D26-1D2E 1D30-1D5B 1D5D-1D6A 1D77-1D78 1D7B 1D7D 1D85 1D9B-1DBF
1DC4-1DC9 1E00-1EFB 1F00-1F15 1F18-1F1D 1F20-1F45 1F48-1F4D 1F50-1F57 1F59 1F5B 1F5D 1F5F-1F7D
1F80-1FB4 1FB6-1FC4 1FC6-1FD3 1FD6-1FDB 1FDD-1FEF 1FF2-1FF4 1FF6-1FFE 2000-2064 206A-2071
2074-208E 2090-209C 20A0-20B5 20B8-20BA 20BD 20D0-20D1 20D6-20D7 20DB-20DC 20E1 2100-2109
210B-2149 214B 214E 2150-2185 2189 2190-2311 2318-2319 231C-2321 2324-2328 232B-232C 2373-2375
237A 237D 2387 2394 239B-23AE 23CE-23CF 23E3 23E5 23E8 2422-2423 2460-2469 2500-269C 269E-26B8
26C0-26C3 26E2 2701-2704 2706-2709 270C-2727 2729-274B 274D 274F-2752 2756 2758-275E 2761-2794
2798-27AF 27B1-27BE 27C5-27C6 27E0 27E6-27EB 27F0-28FF 2906-2907 290A-290B 2940-2941 2983-2984
29CE-29D5 29EB 29FA-29FB 2A00-2A02 2A0C-2A1C 2A2F 2A6A-2A6B 2A7D-2AA0 2AAE-2ABA 2AF9-2AFA
2B00-2B1A 2B1F-2B24 2B53-2B54 2C60-2C77 2C79-2C7F 2D00-2D25 2E18 2E1F 2E22-2E25 2E2E 4DC0-4DFF
A4D0-A4FF A644-A647 A64C-A64D A650-A651 A654-A657 A662-A66E A68A-A68D A694-A695 A698-A699
A708-A716 A71B-A71F A722-A72B A730-A741 A746-A74B A74E-A753 A756-A757 A764-A767 A780-A783
A789-A78E A790-A791 A7A0-A7AA A7F8-A7FF EF00-EF19 F400-F426 F428-F441 F6C5 FB00-FB06 FB13-FB17
FB1D-FB36 FB38-FB3C FB3E FB40-FB41 FB43-FB44 FB46-FB4F FE00-FE0F FE20-FE23 FFF9-FFFD 10300-1031E
10320-10323 1D300-1D356 1D538-1D539 1D53B-1D53E 1D540-1D544 1D546 1D54A-1D550 1D552-1D56B
1D7D8-1D7E1 1F030-1F093 1F0A0-1F0AE 1F0B1-1F0BE 1F0C1-1F0CF 1F0D1-1F0DF 1F311-1F318 1F42D-1F42E
1F431 1F435 1F600-1F623 1F625-1F62B 1F62D-1F640 1F643
"""


@cache
def _ranges() -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for part in COVERAGE.split():
        first, _, last = part.partition("-")
        starts.append(int(first, 16))
        ends.append(int(last or first, 16))
    return starts, ends


@cache
def _undrawable() -> re.Pattern[str]:
    """Matches any character ``substitute`` would change (one regex scan instead of a call per character)."""
    starts, ends = _ranges()
    ranges = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in zip(starts, ends, strict=True))
    return re.compile(f"[^\\n{ranges}]")


def all_drawable(text: str) -> bool:
    """True when the PDF shows ``text`` exactly as written (no □, nothing left out)."""
    return _undrawable().search(text) is None


def drawable(code: int) -> bool:
    """True when every embedded font has a glyph for this code point."""
    starts, ends = _ranges()
    i = bisect_right(starts, code) - 1
    return i >= 0 and code <= ends[i]


def substitute(char: str) -> str:
    """What the PDF shows for one character: itself, a space (tab), nothing (invisible
    joiners, tags, control characters) or □."""
    code = ord(char)
    if char == "\n" or drawable(code):
        return char
    if char == "\t":
        return " "
    if code in IGNORABLE or 0xE0000 <= code <= 0xE007F or unicodedata.category(char) == "Cc":
        return ""
    return MISSING_GLYPH


def boxed_chars(text: str) -> list[str]:
    """The characters of ``text`` the PDF shows as □, each once, in order of appearance."""
    return [c for c in dict.fromkeys(text) if substitute(c) == MISSING_GLYPH]


@dataclass(frozen=True)
class Boxed:
    """Characters in one place of a conversation that the PDF will show as □."""

    place: Place
    chars: tuple[str, ...]  # each once, in order of appearance
    count: int  # how many characters in that place become □


def boxed_places(conv: Conversation) -> list[Boxed]:
    """Where a conversation holds characters the PDF will show as □ (in the form's order)."""
    found: dict[Place, tuple[dict[str, None], list[int]]] = {}
    for place, text in written_texts(conv):
        if text.isascii():
            continue
        chars = boxed_chars(text)
        if not chars:
            continue
        seen, count = found.setdefault(place, ({}, [0]))
        seen.update(dict.fromkeys(chars))
        count[0] += sum(text.count(c) for c in chars)
    return [Boxed(place, tuple(seen), count[0]) for place, (seen, count) in found.items()]
