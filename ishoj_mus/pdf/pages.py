"""A PDF's pages: the page template (header, footer, retention note, draft watermark), the
document's metadata, and building the PDF from a story."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from ishoj_mus.pdf.errors import PdfLayoutError
from ishoj_mus.pdf.layout import (
    BOLD,
    CONTENT_W,
    FOOTER_BASELINE,
    FOOTER_NOTE_BASELINE,
    FOOTER_RULE,
    HEADER_FROM_TOP,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    REGULAR,
    RULE,
    register_fonts,
)


class _Frame(Frame):  # type: ignore[misc]  # reportlab has no type hints
    """A frame that is cheap to copy.

    ``KeepTogether`` measures its content in a deep copy of the page's frame, once per block
    (≈40 a referat); ``copy.deepcopy`` walks the frame's two dozen numbers one by one. Numbers
    and strings are shared, only the lists (backgrounds, generated content) are copied."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone: _Frame = copy.copy(self)
        for name, value in self.__dict__.items():
            if not isinstance(value, (int, float, str, type(None))):
                setattr(clone, name, copy.deepcopy(value, memo))
        return clone


FOOTER = "Ishøj Kommune · Ishøj MUS"  # the left footer of every document


@dataclass
class PageInfo:
    header_left: str
    header_right: str
    footer_left: str
    draft: bool
    footer_note: str = ""  # a second, smaller footer line (e.g. the retention note)


def _make_canvas_class(info: PageInfo) -> type:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab has no types
        """Defers page output so every page can say "Side X af Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR  # never the unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setFont(REGULAR, 8)
            top = PAGE_H - HEADER_FROM_TOP
            self.drawString(MARGIN_X, top, info.header_left)
            self.setFont(BOLD, 8)
            self.drawRightString(PAGE_W - MARGIN_X, top, info.header_right)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2.5 * mm, PAGE_W - MARGIN_X, top - 2.5 * mm)
            self.line(MARGIN_X, FOOTER_RULE, PAGE_W - MARGIN_X, FOOTER_RULE)
            self.setFont(REGULAR, 8)
            self.drawString(MARGIN_X, FOOTER_BASELINE, info.footer_left)
            self.drawRightString(PAGE_W - MARGIN_X, FOOTER_BASELINE, f"Side {number} af {total}")
            if info.footer_note:  # between the rule and the footer line, never nearer the edge
                self.setFont(REGULAR, 6.5)
                self.drawString(
                    MARGIN_X, FOOTER_NOTE_BASELINE, _fit(info.footer_note, REGULAR, 6.5, CONTENT_W)
                )
            if info.draft:
                self.setFillColor(colors.HexColor("#a01818"))
                self.setFont(BOLD, 8)
                self.drawCentredString(PAGE_W / 2, FOOTER_BASELINE, "UDKAST – ikke underskrevet")
            self.restoreState()

    return NumberedCanvas


META_CHARS = 1000  # of a PDF's title, author, subject (Info and XMP): far below the 32 767-byte limit
NAME_IN_BOX = 160  # characters of a name shown in a fixed box (signatures); all of it is on the cover


def shortened(text: str, limit: int = NAME_IN_BOX) -> str:
    """A name for a box that cannot grow across pages (a 5 000-character name made the signature
    table taller than a page: no PDF at all). The whole text stays on the cover and in the data."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + " …"


def fit_line(text: str, font: str, size: float, width: float) -> str:
    return _fit(text, font, size, width)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line that fits ``width``: shortened with "…" when longer (the whole text is elsewhere)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + " …", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 20))]
    return text.rstrip() + " …"


def _watermark(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#ececec"))
    canvas.setFont(BOLD, 96)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -30, "UDKAST")
    canvas.restoreState()


@dataclass
class Metadata:
    title: str
    author: str
    subject: str
    keywords: list[str]


def build_pdf(story: list[Any], info: PageInfo, meta: Metadata) -> bytes:
    """Lay out a story on A4 pages with our header and footer; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # PDF/A allows no string over 32 767 bytes: a 17 000-character name with one emoji (UTF-16)
        # in the title made the referat fail; the document itself shows all of it.
        title=shortened(meta.title, META_CHARS),
        author=shortened(meta.author, META_CHARS),
        subject=shortened(meta.subject, META_CHARS),
        keywords=[shortened(k, META_CHARS // 4) for k in meta.keywords[:8]],
        creator="Ishøj MUS",
        lang="da-DK",
        invariant=False,
        initialFontName=REGULAR,
        initialFontSize=9.5,
    )
    frame = _Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_W,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    on_page: Callable[[Any, Any], None] | None = _watermark if info.draft else None
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))])
    try:
        doc.build(story, canvasmaker=_make_canvas_class(info))
    except LayoutError as exc:  # should not happen any more: said in Danish if it does
        raise PdfLayoutError() from exc
    return buffer.getvalue()
