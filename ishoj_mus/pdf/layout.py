"""Shared page layout for every PDF: fonts, styles, header, footer, "Side X af Y", UDKAST."""

from __future__ import annotations

import copy
import re
from dataclasses import fields, is_dataclass, replace
from datetime import date
from enum import Enum
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags

from ishoj_mus.domain.codes import Voice
from ishoj_mus.paths import resource
from ishoj_mus.pdf import glyphs
from ishoj_mus.text import VOICE_TEXT

REGULAR, BOLD, ITALIC = "MUS-Sans", "MUS-Sans-Bold", "MUS-Sans-Italic"
PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
# Every letter at least 10 mm from the paper's edge, also when the A4 page is printed shrunk to
# fit US Letter (× 0.94: 10.7 mm on A4 is 10 mm there); printers cut 4–6 mm.
HEADER_FROM_TOP = 14 * mm  # the header's baseline (its capitals reach ≈ 11 mm from the top)
FOOTER_BASELINE = 12 * mm  # the footer line (its descenders reach ≈ 11.4 mm)
FOOTER_NOTE_BASELINE = 15 * mm  # the retention note, above the footer line
FOOTER_RULE = 18.5 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6472")
RULE = colors.HexColor("#c9ced6")
FRAMEWORK_BG = colors.HexColor("#f2f4f7")
BRAND = colors.HexColor("#0b4f6c")

# Voice colours: distinct in hue *and* lightness, and every use also carries the word.
VOICE_COLOURS = {
    Voice.MEDARBEJDER: colors.HexColor("#1f5fa8"),
    Voice.LEDER: colors.HexColor("#a34a00"),
    Voice.FAELLES: colors.HexColor("#2e6b34"),
}
VOICE_TINTS = {
    Voice.MEDARBEJDER: colors.HexColor("#eaf1fa"),
    Voice.LEDER: colors.HexColor("#fbefe4"),
    Voice.FAELLES: colors.HexColor("#e9f3ea"),
}


@cache
def register_fonts() -> None:
    # Binary streams, not ASCII85: reportlab's encoder is pure Python (≈20 ms a summary), and
    # pikepdf rewrites every stream as plain Flate when it makes the PDF/A anyway.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(resource("fonts", "DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # Charts start each drawing with the default font; make that ours, not Helvetica.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=18, leading=23, textColor=BRAND, spaceAfter=2 * mm
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=4 * mm
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=13,
            leading=17,
            textColor=BRAND,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=True,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=True,
        ),
        "question": ParagraphStyle(
            "question",
            parent=base,
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=2.5 * mm,
            spaceAfter=1 * mm,
            keepWithNext=True,
        ),
        "fw": ParagraphStyle("fw", parent=base, fontSize=8.5, leading=11.5),
        "fw_head": ParagraphStyle("fw_head", parent=base, fontName=BOLD, fontSize=8.5, leading=11.5),
        "fw_bullet": ParagraphStyle(
            "fw_bullet", parent=base, fontSize=8.5, leading=11.5, leftIndent=9, bulletIndent=1
        ),
        "voice": ParagraphStyle("voice", parent=base, fontName=BOLD, fontSize=7, leading=9),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=BOLD, fontSize=8, leading=10.5, textColor=colors.white
        ),
        "missing": ParagraphStyle(
            "missing", parent=base, fontName=ITALIC, textColor=colors.HexColor("#a01818")
        ),
    }


LONG_WORD = 60  # characters; a longer "word" (no spaces) gets a break every 60 characters
CHUNK = 1500  # characters per paragraph piece, so a long answer flows across pages quickly
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD}}}(?=\S)")


class _Paragraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph that remembers its line breaks for the width it was last wrapped at.

    A table wraps each cell to measure the row and again to draw it, and the frame wraps a
    flowable before it places it: the same paragraph at the same width, every time (about 2.6
    wraps per paragraph in a summary). Line breaking depends only on the width and the text;
    a split makes new paragraphs (and may drop ``blPara``, which then is worked out again)."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return float(width), float(height)


def breakable(text: str) -> str:
    """Give very long words (no spaces: a pasted link, a run of letters) a place to break.

    reportlab breaks such a word itself, but in quadratic time (50,000 letters: 12 s); a
    space every 60 characters keeps the PDF fast and loses no letter.
    """
    return _LONG_WORD.sub(lambda m: m.group(0) + " ", text) if len(text) > LONG_WORD else text


_SUSPENDED_HYPHEN = re.compile(r"(?<=\w)- (?=\w)")


def p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain user text: escaped, line breaks kept. A suspended hyphen stays with
    the word after it ("morgen- og eftermiddagshold" never leaves "morgen-" at a line's end)."""
    text = _SUSPENDED_HYPHEN.sub("-\u00a0", breakable(text))
    if text and not _NOT_PLAIN.search(text):
        return _plain_paragraph(text, styles()[style])
    return _Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


_NOT_PLAIN = re.compile(r"[<>&\n]")


def _plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of one line of text without markup, made without reportlab's markup parser.

    The parser (an HTML parser per paragraph) was a sixth of a referat's layout time. For text
    with no tags, entities or line breaks it yields one fragment in the style's font; that
    fragment is taken from a parse of one letter in the same style and given the text, after
    the same clean-up the parser's input gets. Everything else goes through the parser."""
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return _Paragraph(cleaned, style)
    fragment = copy.copy(_style_fragment(style))
    fragment.text = cleaned
    frags = [fragment]
    textTransformFrags(frags, style)
    return _Paragraph(cleaned, style, frags=frags)


_FRAGMENTS: dict[int, Any] = {}  # id(style) → the fragment a plain text gets in that style


def _style_fragment(style: ParagraphStyle) -> Any:
    key = id(style)
    if key not in _FRAGMENTS:  # styles() is cached: one parse per style and process
        (fragment,) = Paragraph("x", style).frags
        _FRAGMENTS[key] = (style, fragment)  # the style is kept alive, so its id stays its own
    return _FRAGMENTS[key][1]


def paragraphs(text: str, style: str = "body") -> list[Paragraph]:
    """Plain user text as paragraph pieces of at most about CHUNK characters.

    One reportlab Paragraph must be re-wrapped at every page it is split over (quadratic in
    pages), and inside a table cell it cannot be split at all in older reportlab; pieces at
    line breaks (or, in a very long line, at a sentence or word) flow across any number of pages.
    """
    if len(text) <= CHUNK:
        return [p(text, style)]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > CHUNK:
            cut = _cut_at(line, CHUNK)
            pieces.extend(["\n".join([*current, line[:cut]])] if current or line[:cut] else [])
            current, size = [], 0
            line = line[cut:].lstrip(" ")
        if size + len(line) > CHUNK and current:
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pieces.append("\n".join(current))
    return [p(piece, style) for piece in pieces]


def _cut_at(line: str, limit: int) -> int:
    """Where to cut a long line: after a sentence, else at a space, else at the limit."""
    for mark in (". ", "! ", "? ", "; ", ", ", " "):
        at = line.rfind(mark, limit // 2, limit)
        if at != -1:
            return at + len(mark)
    return limit


def printable(text: str) -> tuple[str, int]:
    """(text the fonts can draw, number of characters shown as □).

    Invisible joiners and variation selectors the font lacks are left out; a tab is a space;
    anything else the font has no glyph for (many emoji, Chinese, control characters) becomes
    a visible □, never the invisible .notdef glyph that PDF/A forbids. The rules and the fonts'
    coverage live in ``glyphs`` (light), so the window's summary step says the same before signing.
    """
    if glyphs.all_drawable(text):
        return text, 0
    missing = {c for c in set(text) if glyphs.substitute(c) != c}
    if not missing:
        return text, 0
    table: dict[int, str] = {}
    shown = 0
    for c in missing:
        table[ord(c)] = glyphs.substitute(c)
        if table[ord(c)] == glyphs.MISSING_GLYPH:
            shown += text.count(c)
    return text.translate(table), shown


def printable_copy(value: Any) -> tuple[Any, int]:
    """A conversation (or form, or any dataclass tree) whose every text the fonts can draw, and
    how many characters became □. Keys, ids and enum values are left as they are. Only what
    changes is copied: where the fonts draw everything, the very same object comes back, so
    renderers must treat it as read-only (they only read)."""
    counter = [0]

    def walk(node: Any) -> Any:
        if isinstance(node, str):
            if isinstance(node, Enum):
                return node
            text, n = printable(node)
            counter[0] += n
            return text
        if is_dataclass(node) and not isinstance(node, type):
            values = {f.name: getattr(node, f.name) for f in fields(node) if f.init}
            changes = {name: walk(value) for name, value in values.items()}
            if all(changes[name] is value for name, value in values.items()):
                return node  # nothing to change: no copy (most of a conversation is drawable)
            return replace(node, **changes)
        if isinstance(node, dict):
            items = {k: walk(v) for k, v in node.items()}
            return node if all(items[k] is v for k, v in node.items()) else items
        if isinstance(node, (list, tuple)):
            if node and isinstance(node[0], (int, float)) and all(isinstance(v, (int, float)) for v in node):
                return node  # a point of a drawn signature, a scale's values: no text
            walked = [walk(v) for v in node]
            if all(new is old for new, old in zip(walked, node, strict=True)):
                return node
            return walked if isinstance(node, list) else tuple(walked)
        return node

    return walk(value), counter[0]


def replaced_note(count: int) -> Paragraph:
    """Said on the first page, so both see it before they sign."""
    what = "1 tegn" if count == 1 else f"{count} tegn"
    return p(
        f"Bemærk: {what} (fx emoji eller tegn fra andre skriftsystemer) findes ikke i PDF'ens "
        f"skrifttype og er vist som {glyphs.MISSING_GLYPH}. Den oprindelige tekst er bevaret i samtalefilen "
        "og i PDF'ens vedhæftede data.",
        "missing",
    )


def rich(markup: str, style: str = "body") -> Paragraph:
    return _Paragraph(markup, styles()[style])


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """reportlab tables default to Helvetica (never embedded): always set our font."""
    return TableStyle(
        [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8.5), *commands]
    )


def grid_table(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
    s = styles()
    data: list[list[Any]] = [[_Paragraph(escape(h), s["cell_head"]) for h in header]]
    for row in rows:
        data.append([c if not isinstance(c, str) else paragraphs(c, "cell") for c in row])
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)  # a long cell flows on
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, 0), BRAND),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f8fa")]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table


def voice_block(voice: Voice, text: str, empty: str = "(ikke besvaret)") -> Table:
    """An answer marked by voice: the word, a coloured rule and a tint (greyscale-safe)."""
    s = styles()
    label = _Paragraph(
        f'<font color="{VOICE_COLOURS[voice].hexval()}">{escape(VOICE_TEXT[voice].upper())}</font>',
        s["voice"],
    )
    body = paragraphs(text, "body") if text.strip() else [p(empty, "missing")]
    # One row per piece: a page break falls between rows, so even a 50-page answer flows on
    # without re-measuring the whole text at every page.
    rows = [[label if i == 0 else "", piece] for i, piece in enumerate(body)]
    t = Table(rows, colWidths=[27 * mm, CONTENT_W - 27 * mm], splitInRow=1)
    t.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBEFORE", (0, 0), (0, -1), 2.2, VOICE_COLOURS[voice]),
            ("BACKGROUND", (0, 0), (-1, -1), VOICE_TINTS[voice]),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 5),
        )
    )
    t.spaceAfter = 1.5 * mm
    return t


def format_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "–"
