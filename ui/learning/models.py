"""The learning-table lists: sessions, a session's summaries, and the cases to choose from.

Plain frozen rows from services.learning_views; each model resets when new rows arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from expertteam_app.services.learning_views import CandidateCase, SessionRow, SummaryRow
from ui.formatting import day, moment

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
DONE = QColor("#1e6b2e")
OPEN = QColor("#8a4b00")


class _RowsModel(QAbstractTableModel, Generic[RowT]):
    """Read-only rows with an `id`, shown column by column (see `_display`)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers = headers

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, number: int) -> RowT | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        return self._extra(row, index.column(), role)

    def _display(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def _extra(self, row: RowT, column: int, role: int) -> Any:
        return None


class SessionListModel(_RowsModel[SessionRow]):
    """Title, date, cases, approved n of m, last export."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Title"),
                self.tr("Date"),
                self.tr("Cases"),
                self.tr("Approved"),
                self.tr("Last export"),
            ],
            parent,
        )

    def _display(self, row: SessionRow, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return day(row.held_on)
        if column == 2:
            return str(row.case_count)
        if column == 3:
            return self.tr("{n} of {m}").format(n=row.approved_count, m=row.case_count)
        if column == 4:
            return moment(row.last_exported_at) if row.last_exported_at else self.tr("never")
        return ""

    def _extra(self, row: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            complete = row.case_count > 0 and row.approved_count == row.case_count
            return QBrush(DONE if complete else OPEN)
        return None


class SummaryListModel(_RowsModel[SummaryRow]):
    """A session's summaries: label, built, approved."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self.tr("Case"), self.tr("Made"), self.tr("Approved")], parent)

    def _display(self, row: SummaryRow, column: int) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return self.tr("yes") if row.built else self.tr("not yet")
        if column == 2:
            return self.tr("yes") if row.approved else self.tr("no")
        return ""

    def _extra(self, row: SummaryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 2):
            done = row.built if column == 1 else row.approved
            return QBrush(DONE if done else OPEN)
        return None

    def all_approved(self) -> bool:
        return bool(self._rows) and all(r.approved for r in self._rows)


class CandidateModel(_RowsModel[CandidateCase]):
    """The cases a session may hold, each with a check box (the first column)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [self.tr("Case"), self.tr("Young person"), self.tr("Status"), self.tr("Closed on")],
            parent,
        )
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[CandidateCase]) -> None:
        # A new search keeps what was ticked among the cases it finds again.
        keep = {r.case_id for r in rows} & self._checked
        self._checked = keep
        super().set_rows(rows)

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.case_id == row_id), None)

    def checked_ids(self) -> list[int]:
        return [r.case_id for r in self._rows if r.case_id in self._checked]

    def set_all(self, checked: bool) -> None:
        self._checked = {r.case_id for r in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def set_checked(self, case_id: int, checked: bool) -> None:
        number = self.row_of(case_id)
        if number is not None:
            self.setData(
                self.index(number, 0),
                (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def flags(self, index: Index) -> Qt.ItemFlag:
        made = super().flags(index)
        if index.isValid() and index.column() == 0:
            made |= Qt.ItemFlag.ItemIsUserCheckable
        return made

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == 0
            and 0 <= index.row() < len(self._rows)
        ):
            chosen = self._rows[index.row()].case_id in self._checked
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if (
            role == Qt.ItemDataRole.UserRole
            and index.isValid()
            and 0 <= index.row() < len(self._rows)
        ):
            return self._rows[index.row()].case_id
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        case_id = self._rows[index.row()].case_id
        if state == Qt.CheckState.Checked.value:
            self._checked.add(case_id)
        else:
            self._checked.discard(case_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _display(self, row: CandidateCase, column: int) -> str:
        if column == 0:
            return row.reference
        if column == 1:
            return row.name
        if column == 2:
            return row.status
        if column == 3:
            return day(row.closed_on) if row.closed_on else ""
        return ""
