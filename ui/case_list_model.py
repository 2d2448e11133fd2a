"""The case list: a table model over keyset pages fetched on the database worker.

Sorting and filtering happen in SQL (services.case_search); the model holds plain row
tuples, asks for the next page when the view scrolls near the end (canFetchMore /
fetchMore), and drops answers to questions that are no longer asked (a generation count).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from expertteam_app.domain.enums import CaseStatus, Urgency
from expertteam_app.services.case_search import (
    CasePage,
    CaseQuery,
    CaseRow,
    Cursor,
    SortKey,
    StatusCounts,
)
from ui.formatting import day
from ui.i18n import current_language
from ui.worker import Database, JobContext, Op

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

# column -> the SQL sort it maps to (None: not sortable)
_SORTS: dict[int, tuple[SortKey, SortKey] | None] = {
    0: (SortKey.REFERENCE, SortKey.REFERENCE),
    1: (SortKey.REGISTERED_ASC, SortKey.REGISTERED_DESC),
    2: (SortKey.STATUS, SortKey.STATUS),
    3: (SortKey.NAME, SortKey.NAME),
}


def _fetch_page(query: CaseQuery, after: Cursor | None) -> Op:
    def op(ctx: JobContext) -> CasePage:
        from expertteam_app.services import case_search

        with ctx.unit_of_work() as uow:
            return case_search.search_cases(uow, query, after=after, limit=PAGE)

    return op


def _fetch_counts(query: CaseQuery) -> Op:
    def op(ctx: JobContext) -> StatusCounts:
        from expertteam_app.services import case_search

        with ctx.unit_of_work(write=False) as uow:
            return case_search.status_counts(uow, query)

    return op


class CaseListModel(QAbstractTableModel):
    counts_changed = Signal(object)  # StatusCounts
    loading_changed = Signal(bool)
    failed = Signal(object, object)  # exception, crash report path

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[CaseRow] = []
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.query = CaseQuery()
        self.counts: StatusCounts | None = None
        self._headers = [
            self.tr("Reference"),
            self.tr("Registered"),
            self.tr("Status"),
            self.tr("Young person"),
            self.tr("Born"),
            self.tr("Municipality"),
            self.tr("Owner"),
            self.tr("Urgency"),
        ]

    # --- asking --------------------------------------------------------------------------

    def set_query(self, query: CaseQuery) -> None:
        self.query = query
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self._loading = False  # an older request still under way is answered to nobody
        self.endResetModel()
        self._request(first=True)
        generation = self._generation
        self._db.run(
            _fetch_counts(query),
            on_done=lambda counts: self._counts_arrived(generation, counts),
            on_error=self._failed,
        )

    def refresh(self) -> None:
        self.set_query(self.query)

    def clear(self) -> None:
        """Forget every row (when the database is locked)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()
        self._set_loading(False)

    def _request(self, *, first: bool = False) -> None:
        if self._loading or (self._exhausted and not first):
            return
        self._set_loading(True)
        generation = self._generation
        self._db.run(
            _fetch_page(self.query, None if first else self._cursor),
            on_done=lambda page: self._page_arrived(generation, page),
            on_error=self._failed,
        )

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _page_arrived(self, generation: int, page: CasePage) -> None:
        if generation != self._generation:
            return  # an answer to an older question
        # Cursor first, loading last: a view may ask for more while the rows go in, and
        # must then neither ask for this page again nor start before it is in.
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._set_loading(False)

    def _counts_arrived(self, generation: int, counts: StatusCounts) -> None:
        if generation == self._generation:
            self.counts = counts
            self.counts_changed.emit(counts)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self._set_loading(False)
        self.failed.emit(exc, crash)

    @property
    def loading(self) -> bool:
        return self._loading

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._request()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.suspended:
            return self.tr("Suspended: the lead-time clock is paused")
        if role == Qt.ItemDataRole.ForegroundRole and row.status in (
            CaseStatus.AFGESLOTEN,
            CaseStatus.NIET_ONTVANKELIJK,
        ):
            return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.FontRole and column == 7 and row.urgency == Urgency.CRISIS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        language = current_language()
        if column == 0:
            return row.reference
        if column == 1:
            return day(row.registered_on)
        if column == 2:
            text = row.status.label(language)
            return text + (" ⏸" if row.suspended else "")
        if column == 3:
            return row.name
        if column == 4:
            return day(row.date_of_birth)
        if column == 5:
            return row.municipality
        if column == 6:
            return row.owner
        if column == 7:
            return row.urgency.label(language)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sorts = _SORTS.get(column)
        if sorts is None:
            return
        key = sorts[0] if order == Qt.SortOrder.AscendingOrder else sorts[1]
        if key != self.query.sort:
            self.set_query(replace(self.query, sort=key))

    # --- for the window -------------------------------------------------------------------

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)
