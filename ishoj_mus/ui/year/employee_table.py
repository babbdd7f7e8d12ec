"""Table helpers of the overview: the employees' search and flag filter, and the name column
that takes what the other columns leave."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
)

from ishoj_mus.domain.codes import State
from ishoj_mus.domain.overview import EmployeeRow
from ishoj_mus.ui.year.tables import KEY_ROLE


class EmployeeFilter(QSortFilterProxyModel):
    """Text search over the name and job columns, and one of the flag filters."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.text = ""
        self.flag = "all"
        self.rows: dict[str, EmployeeRow] = {}

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        key = model.index(source_row, 0, source_parent).data(KEY_ROLE)
        row = self.rows.get(key)
        if row is None:
            return False
        if self.text:
            hay = " ".join((row.name, row.employee.job_title, row.employee.workplace)).casefold()
            if self.text.casefold() not in hay:
                return False
        if self.flag == "overdue":
            return bool(row.overdue)
        if self.flag == "stale":
            return row.stale
        if self.flag == "unsigned":
            return row.latest.record.state != State.UNDERSKREVET
        return True


class NameTakesTheRest(QObject):
    """The name column takes what the others leave – when they leave enough. At 150 % they
    did not, and a stretching name column was squeezed to 45 px ("A… J…"); then every column
    keeps its contents' width and the table scrolls sideways instead."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def fit(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count())
        )
        room = table.viewport().width()
        mode = QHeaderView.ResizeMode.Stretch if needed <= room else QHeaderView.ResizeMode.ResizeToContents
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(0, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
