"""Table models of the follow-up area: the advised care items and the goals.

Both hold the plain views the service returns (a handful of rows per case) and are reset
whenever a fresh view arrives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from expertteam_app.domain.enums import CareAnswer
from expertteam_app.services.followup import CareItemFollowUpView, GoalFollowUpView
from ui.formatting import day
from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
LATE_BACKGROUND = QColor("#fde2e1")
LATE_TEXT = QColor("#8a1c13")
DUE_BACKGROUND = QColor("#fff4ce")
DECLINED_TEXT = QColor("#b00020")
# A role for the row's key (care item id, goal id): what the area selects by.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _RowsModel(QAbstractTableModel):
    """Shared plumbing: a fixed list of headers and a list of plain rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self.headers()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, key: int) -> int:
        """The row number of the care item or goal `key`, or -1."""
        return next((n for n, row in enumerate(self._rows) if self.key_of(row) == key), -1)

    def key_of(self, row: Any) -> int:
        raise NotImplementedError


class CareItemsModel(_RowsModel):
    """Kind of care, provider, latest start, answer, start, end; late rows stand out."""

    def headers(self) -> list[str]:
        return [
            self.tr("Kind of care"),
            self.tr("Provider"),
            self.tr("Latest start"),
            self.tr("Answer"),
            self.tr("Started"),
            self.tr("Ended"),
        ]

    def set_items(self, items: Sequence[CareItemFollowUpView]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> CareItemFollowUpView:
        value: CareItemFollowUpView = self._rows[row]
        return value

    def key_of(self, row: Any) -> int:
        return int(row.care_item_id)

    def _text(self, item: CareItemFollowUpView, column: int) -> str:
        language = current_language()
        if column == 0:
            return item.care_kind(language)
        if column == 1:
            return item.provider_name
        if column == 2:
            if item.late:
                return self.tr("{date} — late").format(date=day(item.latest_start))
            return day(item.latest_start)
        if column == 3:
            if item.answer is None:
                return self.tr("no answer yet")
            return self.tr("{answer}, {date}").format(
                answer=item.answer.label(language), date=day(item.answered_on)
            )
        if column == 4:
            return day(item.started_on)
        return day(item.ended_on)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.late:
                return self.tr("Past its latest start date and not started.")
            if column == 3 and item.decline_reason:
                return item.decline_reason
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and item.late:
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.late:
                return QBrush(LATE_TEXT)
            if column == 3 and item.answer == CareAnswer.DECLINED:
                return QBrush(DECLINED_TEXT)
        if role == Qt.ItemDataRole.FontRole and item.late and column == 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return item.care_item_id
        return None


class GoalsModel(_RowsModel):
    """Goal, target date, evaluation moment, latest outcome; a due evaluation stands out."""

    def headers(self) -> list[str]:
        return [
            self.tr("Goal"),
            self.tr("Target date"),
            self.tr("Evaluation"),
            self.tr("Latest outcome"),
        ]

    def set_goals(self, goals: Sequence[GoalFollowUpView]) -> None:
        self.beginResetModel()
        self._rows = list(goals)
        self.endResetModel()

    def goal(self, row: int) -> GoalFollowUpView:
        value: GoalFollowUpView = self._rows[row]
        return value

    def key_of(self, row: Any) -> int:
        return int(row.goal_id)

    def _text(self, goal: GoalFollowUpView, column: int) -> str:
        if column == 0:
            return goal.description
        if column == 1:
            return day(goal.target_date)
        if column == 2:
            if goal.due:
                return self.tr("{date} — due").format(date=day(goal.evaluation_date))
            return day(goal.evaluation_date)
        latest = goal.evaluations[-1] if goal.evaluations else None
        if latest is None:
            return self.tr("not evaluated yet")
        return self.tr("{outcome}, {date}").format(
            outcome=latest.outcome.label(current_language()), date=day(latest.evaluated_on)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        goal = self.goal(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and goal.measure:
                return f"{goal.description}\n{goal.measure}"
            return self._text(goal, column)
        if role == Qt.ItemDataRole.BackgroundRole and goal.due:
            return QBrush(DUE_BACKGROUND)
        if role == KEY_ROLE:
            return goal.goal_id
        return None
