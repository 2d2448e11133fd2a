"""The cases behind one bar of a dashboard chart: reference, name and status, and a
double-click that opens the case in the main window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.monitoring_views import CaseBehind
from ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex


# One case behind a bar, as the service gives it.
CaseLine = CaseBehind


class CasesBehindModel(QAbstractTableModel):
    """Reference, name, status; the case id under UserRole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseLine] = []

    def set_rows(self, rows: Sequence[CaseLine]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Reference"), self.tr("Name"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.reference
            if column == 1:
                return row.name
            if column == 2:
                return row.status.label(current_language())
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CasesBehindDialog(QDialog):
    """Non-modal: it stays beside the dashboard; opening a case leaves it open."""

    def __init__(
        self,
        title: str,
        rows: Sequence[CaseLine],
        open_case: Callable[[int], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesBehind")
        self.setWindowTitle(self.tr("Cases behind the figure"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open_case = open_case
        self.model = CasesBehindModel(self)
        self.model.set_rows(rows)
        heading = QLabel(title)
        heading.setObjectName("casesBehindTitle")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        count = QLabel(
            self.tr("{count} cases; double-click a case to open it.").format(count=len(rows))
        )
        count.setObjectName("casesBehindCount")
        self.table = QTableView()
        self.table.setObjectName("casesBehindTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 220)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if case_id is not None and self._open_case is not None:
            self._open_case(int(case_id))
