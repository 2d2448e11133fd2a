"""Read-only tables of figures: the admin screens' rows model with amounts aligned right and
a bold totals row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.admin.table_model import Index, Row, RowsModel

TOTAL = "total"  # the key of a totals row


class FigureModel(RowsModel):
    """Rows of text; the columns in `right` are figures (aligned right), a row keyed
    `TOTAL` is bold."""

    def __init__(
        self, headers: Sequence[str], right: Iterable[int] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(headers, parent)
        self._right = frozenset(right)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if index.column() in self._right
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.row(index.row()).key == TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and section in self._right
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


def shape_table(view: QTableView, *stretch: int) -> None:
    """Columns as wide as their contents, except the `stretch` ones, which share the room
    left and elide what does not fit (the full text is in the tooltip)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit_rows(view: QTableView, rows: int, *, least: int = 1) -> None:
    """A short table exactly as tall as its rows, without scroll bars: several stand one
    under the other in a scrolling page."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader().sizeHint().height()
    row = view.verticalHeader().defaultSectionSize()
    frame = 2 * view.frameWidth()
    view.setFixedHeight(header + max(rows, least) * row + frame)


__all__ = ["TOTAL", "FigureModel", "Row", "fit_rows", "shape_table"]
