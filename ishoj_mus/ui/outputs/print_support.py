"""The PDF preview (fits the screen, zooms, prints) and printing through the system's dialog,
and the window's two flows that use them: previewing and printing the HR edition.

Printing sends the very PDF the preview shows: PDFium (pypdfium2) renders each page at the
printer's resolution (at most 300 dpi) and Qt's QPrinter prints it, on paper or, with the
PDF output format, into a file. QtPrintSupport is part of PySide6-Essentials and is kept by
the PyInstaller spec (it is not in its list of unused Qt modules).
"""

from __future__ import annotations

from typing import Any

import pypdfium2
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ishoj_mus.text import fill
from ishoj_mus.ui.outputs.outputs import Outputs
from ishoj_mus.ui.outputs.pdf_actions import bitmap_image
from ishoj_mus.ui.widgets import messages
from ishoj_mus.ui.widgets.i18n import tr
from ishoj_mus.ui.widgets.keys import key_shortcuts

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5)
MAX_PRINT_DPI = 300


class PrintFailed(RuntimeError):
    pass


def _page_image(page: Any, scale: float) -> QImage:  # a pypdfium2 page (untyped library)
    return bitmap_image(page.render(scale=scale, rev_byteorder=True))


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of ``data`` on ``printer`` (a QPrinter); returns the number of pages."""
    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed(tr("Printeren kunne ikke startes. Tjek printeren, og prøv igen."))
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        count = len(document)
        for index in range(count):
            if index:
                printer.newPage()
            page = document[index]
            image = _page_image(page, dpi / 72)
            page.close()
            room = QRectF(painter.viewport())
            scale = min(room.width() / image.width(), room.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(room.x() + (room.width() - w) / 2, room.y() + (room.height() - h) / 2, w, h)
            painter.drawImage(target, image)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("MUS-referat"))
    return printer


def ask_and_print(parent: QWidget, data: bytes, printer: QPrinter | None = None) -> bool:
    """The system's print dialog, then printing; a clear message when it fails."""
    printer = printer or new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Udskriv referatet"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        print_pdf(data, printer)
    except PrintFailed as exc:
        messages.warning(parent, tr("Referatet blev ikke udskrevet"), str(exc))
        return False
    return True


def available_room(widget: QWidget) -> QRect | None:
    """The free part of the screen the program's window is on."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


class PdfPreview(QDialog):
    """A preview of the PDF inside the program: its pages rendered by PDFium, with zoom and print.

    Never taller than 90 % of the screen, so 'Luk' is always in reach on a 1366 × 768 laptop.
    """

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.setWindowTitle(title)
        self.zoom = 1.0
        self._document = pypdfium2.PdfDocument(data)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.zoom_out = QPushButton(tr("Zoom ud"))
        self.zoom_label = QLabel()
        self.zoom_in = QPushButton(tr("Zoom ind"))
        self.fit = QPushButton(tr("Tilpas bredden"))
        self.print_button = QPushButton(tr("Udskriv …"))
        self.close_button = QPushButton(tr("Luk"))
        self.zoom_label.setAccessibleName(tr("Zoom"))
        for w in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setAccessibleName(tr("Forhåndsvisning af PDF"))
        self.pages_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pages = QWidget()
        self.column = QVBoxLayout(pages)
        self.column.setSpacing(12)
        self.pages: list[QLabel] = []
        for index in range(len(self._document)):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(fill(tr("Side %1 af %2"), str(index + 1), str(len(self._document))))
            self.column.addWidget(label)
            self.pages.append(label)
        self.pages_area.setWidget(pages)
        layout.addWidget(self.pages_area, 1)
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.fit.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(lambda: ask_and_print(self, self.data))
        self.close_button.clicked.connect(self.reject)
        # the program's keys for the same actions (widgets/keys.py): zoom and print as in the window
        key_shortcuts("zoomIn", self, lambda: self.step_zoom(+1))
        key_shortcuts("zoomOut", self, lambda: self.step_zoom(-1))
        key_shortcuts("print", self, self.print_button.click)
        self._fit_screen()
        self.render_pages()

    def _fit_screen(self) -> None:
        """At most 90 % of the window's screen (not the primary one), minus the title bar,
        and centred on it: 'Luk' in reach on a 1366 × 768 and a 1024 × 600 screen."""
        room = available_room(self)
        width, height = 860, 900
        if room is not None:
            frame = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + 8
            width = min(width, int(room.width() * 0.9))
            height = min(height, int(room.height() * 0.9) - frame)
            self.setMaximumSize(room.width(), room.height() - frame)
        self.resize(width, height)
        if room is not None:
            self.move(
                room.x() + (room.width() - width) // 2, room.y() + max(0, (room.height() - height) // 2 - 8)
            )

    def render_pages(self) -> None:
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self.pages):
            page = self._document[index]
            image = _page_image(page, 1.25 * self.zoom * ratio)
            page.close()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_out.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in.setEnabled(self.zoom < ZOOMS[-1])

    def step_zoom(self, direction: int) -> None:
        bigger = [z for z in ZOOMS if z > self.zoom + 1e-6]
        smaller = [z for z in ZOOMS if z < self.zoom - 1e-6]
        if direction > 0 and bigger:
            self.zoom = bigger[0]
        elif direction < 0 and smaller:
            self.zoom = smaller[-1]
        else:
            return
        self.render_pages()

    def fit_width(self) -> None:
        if not self.pages:
            return
        page_width_pt = self._document[0].get_width()
        room = self.pages_area.viewport().width() - 24
        self.zoom = max(ZOOMS[0], min(ZOOMS[-1], room / (page_width_pt * 1.25)))
        self.render_pages()

    def page_count(self) -> int:
        return len(self.pages)

    def done(self, result: int) -> None:  # noqa: D401 – Qt API
        super().done(result)
        self._document.close()


def preview_pdf(outputs: Outputs) -> None:
    """A preview of the HR edition: exactly what HR will receive (a draft before signing)."""
    conv = outputs.conversation()
    job = outputs.hr_edition_job(conv) if conv is not None else None
    if job is None:
        return

    def done(data: bytes) -> None:
        preview = PdfPreview(data, tr("Det får HR – forhåndsvisning"), outputs.window)
        outputs.preview = preview
        preview.open()

    outputs.runner.run(tr("Vis HR-udgaven"), job, done)


def print_referat(outputs: Outputs, printer: QPrinter | None = None) -> None:
    """Ctrl+P: the HR edition (what the preview shows) through the system's print dialog."""
    conv = outputs.conversation()
    job = outputs.hr_edition_job(conv) if conv is not None else None
    if job is None:
        return

    def done(data: bytes) -> None:
        ask_and_print(outputs.window, data, printer)

    outputs.runner.run(tr("Udskriv referatet"), job, done)
