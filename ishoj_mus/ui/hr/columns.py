"""HR's desk: its table's columns as wide as their widest text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QStyle, QTableView


class ColumnFit:
    """Every column as wide as its widest text. The widths are measured as the rows are
    filled (``measure``), a few texts per event: Qt's resizeColumnToContents asks every
    row's delegate at once (≈ 50 ms for 200 rows at 150 %), and with a row limit a long name
    further down would be cut."""

    def __init__(self, table: QTableView, model: QStandardItemModel, count: int):
        self.table = table
        self.model = model
        self.widths = [0] * count  # widest text per column, in pixels
        self.fm_cache: dict[str, int] = {}

    def forget(self) -> None:
        """A new batch: nothing measured yet."""
        self.widths = [0] * len(self.widths)
        self.fm_cache = {}

    def fit(self, remeasure: bool = False) -> None:
        """``remeasure``: the font changed (zoom)."""
        count = len(self.widths)
        if remeasure:
            self.widths = [0] * count
            for row in range(self.model.rowCount()):
                for column in range(count):
                    self.measure(column, self.model.item(row, column).text())
        header_fm = self.table.horizontalHeader().fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        sort_room = self.table.fontMetrics().height() + 8  # the header's sort arrow
        for column in range(count - 1):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(
                column, max(header_fm.horizontalAdvance(heading) + sort_room, self.widths[column] + margin)
            )

    def measure(self, column: int, text: str) -> None:
        width = self.fm_cache.get(text)
        if width is None:
            width = self.fm_cache[text] = self.table.fontMetrics().horizontalAdvance(text)
        if width > self.widths[column]:
            self.widths[column] = width
