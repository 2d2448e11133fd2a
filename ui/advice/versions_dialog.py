"""Every version of a case's advice, and what changed in a version against the one before.

The differences are the service's (`advice.differences`): a pure comparison of two issued
or draft versions, computed here on the GUI thread because it reads nothing from the store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import make_table
from ui.admin.table_model import Row, RowsModel
from ui.formatting import day
from ui.i18n import current_language

if TYPE_CHECKING:
    from expertteam_app.services.advice import AdviceState, AdviceView


def version_status(view: AdviceView) -> str:
    from PySide6.QtCore import QCoreApplication

    if not view.is_issued:
        return QCoreApplication.translate("VersionsDialog", "draft")
    if view.superseded:
        return QCoreApplication.translate("VersionsDialog", "superseded")
    return QCoreApplication.translate("VersionsDialog", "in force")


class VersionsDialog(QDialog):
    """Non-modal; select a version to see its differences from its predecessor."""

    def __init__(self, state: AdviceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adviceVersions")
        self.setWindowTitle(
            self.tr("Versions of the advice for {reference}").format(reference=state.case_reference)
        )
        self.state = state
        self.model = RowsModel(
            [
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Issued on"),
                self.tr("Issued by"),
                self.tr("Reason for the change"),
            ],
            self,
        )
        newest_first = list(reversed(state.versions))
        self.model.set_rows(
            [
                Row(
                    v.number,
                    (
                        str(v.number),
                        version_status(v),
                        day(v.issued_on),
                        v.issued_by,
                        v.change_reason,
                    ),
                    muted=v.superseded,
                )
                for v in newest_first
            ]
        )
        self.table = make_table(self.model, "versionsTable")
        self.table.resizeColumnsToContents()
        self.caption = QLabel()
        self.caption.setObjectName("differencesCaption")
        self.caption.setWordWrap(True)
        self.differences = QTableWidget(0, 3)
        self.differences.setObjectName("differencesTable")
        self.differences.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.differences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.differences.setWordWrap(True)
        self.differences.verticalHeader().hide()
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.caption)
        lower_layout.addWidget(self.differences, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([160, 320])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        selection = self.table.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(lambda *_: self._show_selected())
        if newest_first:
            self.table.selectRow(0)

    def select_version(self, number: int) -> None:
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return
        number = self.model.key(rows[0].row())
        by_number = {v.number: v for v in self.state.versions}
        newer = by_number[number]  # type: ignore[index]
        older = by_number.get(newer.number - 1)
        self.show_differences(older, newer)

    def show_differences(self, older: AdviceView | None, newer: AdviceView) -> None:
        from expertteam_app.services.advice import differences

        self.differences.setRowCount(0)
        if older is None:
            self.caption.setText(
                self.tr("Version {number} is the first version: nothing to compare.").format(
                    number=newer.number
                )
            )
            return
        found = differences(older, newer)
        if not found:
            self.caption.setText(
                self.tr("Version {new} is the same as version {old}.").format(
                    new=newer.number, old=older.number
                )
            )
            return
        self.caption.setText(
            self.tr("What changed in version {new} against version {old}:").format(
                new=newer.number, old=older.number
            )
        )
        language = current_language()
        self.differences.setRowCount(len(found))
        for r, difference in enumerate(found):
            for c, text in enumerate(
                (difference.what(language), difference.before, difference.after)
            ):
                self.differences.setItem(r, c, QTableWidgetItem(text))
        self.differences.resizeRowsToContents()

    def difference_rows(self) -> list[tuple[str, str, str]]:
        """What the differences table shows, for tests and for copying."""
        rows = []
        for r in range(self.differences.rowCount()):
            cells = [self.differences.item(r, c) for c in range(3)]
            what, before, after = (cell.text() if cell is not None else "" for cell in cells)
            rows.append((what, before, after))
        return rows
