"""The work list's table: one row per signal, the most urgent first (as the service sorts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from expertteam_app.services.worklist import Signal
from ui.formatting import day
from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
# As the follow-up area marks a late care item.
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#8a1c13")

WHAT, CASE, PERSON, OWNER, DUE, DAYS = range(6)


class SignalModel(QAbstractTableModel):
    """Plain Signal tuples; an overdue row has a red tint and its days in dark red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Signal] = []
        self._headers = [
            self.tr("What"),
            self.tr("Case"),
            self.tr("Young person"),
            self.tr("Case owner"),
            self.tr("Due"),
            self.tr("Days"),
        ]
        self._bold = QFont()
        self._bold.setBold(True)

    def set_signals(self, signals: tuple[Signal, ...] | list[Signal]) -> None:
        self.beginResetModel()
        self._rows = list(signals)
        self.endResetModel()

    def clear(self) -> None:
        self.set_signals([])

    def signal(self, row: int) -> Signal | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def days_text(self, days_over: int) -> str:
        if days_over == 0:
            return self.tr("today")
        if days_over == 1:
            return self.tr("1 day late")
        if days_over > 1:
            return self.tr("{n} days late").format(n=days_over)
        if days_over == -1:
            return self.tr("1 day left")
        return self.tr("{n} days left").format(n=-days_over)

    def what_text(self, signal: Signal) -> str:
        label = signal.kind.label(current_language())
        return f"{label}: {signal.subject}" if signal.subject else label

    # --- Qt's model interface ------------------------------------------------------------

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
        signal = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(signal, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return self.what_text(signal)
        if role == Qt.ItemDataRole.UserRole:
            return signal.case_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if signal.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and column == DAYS:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.FontRole and column == DAYS:
                return self._bold
        return None

    def _display(self, signal: Signal, column: int) -> str:
        if column == WHAT:
            return self.what_text(signal)
        if column == CASE:
            return signal.case_reference
        if column == PERSON:
            return signal.young_person_name
        if column == OWNER:
            return signal.owner_name
        if column == DUE:
            return day(signal.due_on)
        if column == DAYS:
            return self.days_text(signal.days_over)
        return ""
