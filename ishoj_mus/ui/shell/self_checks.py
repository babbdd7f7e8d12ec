"""Checks of ``--self-test`` that need Qt: what the bundle relies on beyond the window and the PDF.

The preview and printing need PDFium and Qt's print support; Danish sorting and case mapping need
the ICU data the Linux bundle cuts down (scripts/icu_subset.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ishoj_mus.ui.outputs.print_support import PdfPreview, new_printer, print_pdf


def check_preview_and_print(window: QWidget, data: bytes, target: Path) -> None:
    """The preview renders every page (PDFium), and printing through Qt's print support works."""

    preview = PdfPreview(data, "Selvtest", window)
    try:
        if not preview.pages or any(label.pixmap().isNull() for label in preview.pages):
            raise RuntimeError("forhåndsvisningen viste ingen sider")
        pages = len(preview.pages)
    finally:
        preview.done(0)
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    if print_pdf(data, printer) != pages or not target.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("udskriften fik ikke alle sider")


def check_danish_text() -> None:
    """Qt's collation and case mapping (its ICU data is cut down in the bundle) know Danish."""

    locale = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    names = ["Åse", "Zoe", "Øre", "aa", "Æble", "Anna"]
    ordered = sorted(names, key=QCollator(locale).sortKey)
    if ordered != ["Anna", "Zoe", "Æble", "Øre", "aa", "Åse"]:  # Æ, Ø, Å after Z; "aa" is an å
        raise RuntimeError(f"forkert dansk sortering: {', '.join(ordered)}")
    if locale.toUpper("æøå straße") != "ÆØÅ STRASSE":
        raise RuntimeError("forkerte store bogstaver for æ, ø og å")
