"""The case list with its filters, counts per status and a preview of the selected case."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import CaseStatus
from expertteam_app.services.case_search import CaseQuery, StatusCounts
from expertteam_app.services.cases import CaseDetail
from ui.case_list_model import CaseListModel
from ui.formatting import day
from ui.i18n import current_language
from ui.messages import show_error
from ui.session import SessionInfo
from ui.widgets import DateField, SearchCombo
from ui.worker import Database, JobContext, Op

SEARCH_DELAY_MS = 250
PREVIEW_DELAY_MS = 200


def read_case_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> CaseDetail:
        from expertteam_app.services import cases

        with ctx.unit_of_work() as uow:
            return cases.get_case(uow, case_id)

    return op


class CaseListPage(QWidget):
    open_case = Signal(int)

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._info = info
        self._preview_generation = 0
        self.model = CaseListModel(db, self)

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search by name, reference, BSN or text…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.municipality_filter = SearchCombo()
        self.municipality_filter.setObjectName("municipalityFilter")
        self.municipality_filter.set_items([], empty=self.tr("All municipalities"))
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("ownerFilter")
        self.owner_filter.addItem(self.tr("Everyone's cases"), None)
        self.owner_filter.addItem(self.tr("My cases"), info.member_id)
        self.date_from = DateField()
        self.date_from.setObjectName("dateFrom")
        self.date_to = DateField()
        self.date_to.setObjectName("dateTo")
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")
        self._fill_status_filter(None)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 2)
        filters.addWidget(self.municipality_filter, 2)
        filters.addWidget(self.owner_filter, 1)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Registered from")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        period.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((110, 95, 150, 200, 95, 150, 140, 80)):
            self.table.setColumnWidth(column, width)

        self.preview = QTextBrowser()
        self.preview.setObjectName("casePreview")
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Choose a case to see it here."))
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.setObjectName("openCase")
        self.open_button.setEnabled(False)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.open_button)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.municipality_filter.currentIndexChanged.connect(self.apply_filters)
        self.owner_filter.currentIndexChanged.connect(self.apply_filters)
        self.date_from.editingFinished.connect(self.apply_filters)
        self.date_to.editingFinished.connect(self.apply_filters)
        self.model.counts_changed.connect(self._counts_arrived)
        self.model.failed.connect(lambda exc, crash: show_error(self, exc, crash))
        self.model.modelReset.connect(self._selection_gone)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.open_button.clicked.connect(self._open_selected)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.search.setFocus)

    def set_municipalities(self, items: list[tuple[str, str]]) -> None:
        self.municipality_filter.set_items(items, empty=self.tr("All municipalities"))

    def set_members(self, members: list[tuple[int, str]]) -> None:
        for member_id, name in members:
            if member_id != self._info.member_id:
                self.owner_filter.addItem(name, member_id)

    # --- filtering -------------------------------------------------------------------------

    def query(self) -> CaseQuery:
        data = self.status_filter.currentData()
        status = CaseStatus(data) if data else None
        municipality = self.municipality_filter.value()
        return CaseQuery(
            text=self.search.text(),
            statuses=frozenset({status}) if status else frozenset(),
            municipality_codes=frozenset({municipality}) if municipality else frozenset(),
            owner_id=self.owner_filter.currentData(),
            registered_from=self.date_from.value(),
            registered_to=self.date_to.value(),
            sort=self.model.query.sort,
        )

    def apply_filters(self) -> None:
        query = self.query()
        if query != self.model.query or self.model.rowCount() == 0:
            self.model.set_query(query)

    def refresh(self) -> None:
        self.model.set_query(replace(self.query(), sort=self.model.query.sort))

    def _fill_status_filter(self, counts: StatusCounts | None) -> None:
        language = current_language()
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        total = sum(counts.by_status.values()) if counts else None
        self.status_filter.addItem(
            self.tr("All statuses") + (f" ({total})" if total is not None else ""), None
        )
        for status in CaseStatus:
            n = counts.by_status.get(status, 0) if counts else None
            self.status_filter.addItem(
                status.label(language) + (f" ({n})" if n is not None else ""), status.value
            )
        index = self.status_filter.findData(current)
        self.status_filter.setCurrentIndex(max(index, 0))
        self.status_filter.blockSignals(False)

    def _counts_arrived(self, counts: StatusCounts) -> None:
        self._fill_status_filter(counts)
        self.count_label.setText(self.tr("{n} case(s)").format(n=counts.total))

    # --- preview ---------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.open_button.setEnabled(bool(selected.indexes()))
        self._preview_timer.start()

    def _selection_gone(self) -> None:
        self.preview.clear()
        self.open_button.setEnabled(False)
        self.count_label.clear()  # the old count does not belong to the new question

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def _load_preview(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            self.preview.clear()
            return
        self._preview_generation += 1
        generation = self._preview_generation
        self._db.run(
            read_case_op(case_id),
            on_done=lambda d: self._show_preview(generation, d),
            on_error=lambda *_: None,
            owner=self,
        )

    def _show_preview(self, generation: int, detail: CaseDetail) -> None:
        if generation == self._preview_generation:
            self.preview.setHtml(self.preview_html(detail, self._info.target_lead_time_weeks))

    def preview_html(self, detail: CaseDetail, target_weeks: int) -> str:
        """The case on one screen; every value from the file is escaped."""
        language = current_language()
        e = html.escape
        p = detail.young_person
        suspended = self.tr("suspended")
        consent_missing = self.tr("Consent missing")
        question = self.tr("Question to the team")
        rows = [
            (
                self.tr("Status"),
                detail.status.label(language)
                + (f" — {suspended}" if detail.active_suspension else ""),
            ),
            (self.tr("Registered"), day(detail.registered_on)),
            (
                self.tr("Lead time"),
                self.tr("{days} days (target {weeks} weeks)").format(
                    days=detail.lead_time_days, weeks=target_weeks
                ),
            ),
            (self.tr("Young person"), f"{p.display_name}, {day(p.date_of_birth)} ({p.age})"),
            (
                self.tr("Municipality"),
                detail.residence_municipality.label if detail.residence_municipality else "-",
            ),
            (
                self.tr("Referrer"),
                detail.referrer_type.label(language)
                + (f", {detail.referrer_organisation}" if detail.referrer_organisation else ""),
            ),
            (self.tr("Owner"), detail.owner_name or "-"),
            (self.tr("Problem areas"), "; ".join(c.label for c in detail.problem_areas) or "-"),
            (self.tr("Bottlenecks"), "; ".join(c.label for c in detail.bottlenecks) or "-"),
        ]
        table = "".join(
            f"<tr><td style='color:#555;padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
            for k, v in rows
        )
        missing = ""
        if detail.consent_missing:
            lacking = "; ".join(m.en if language == "en" else m.nl for m in detail.consent_missing)
            missing = (
                f"<p style='background:#fff4ce;padding:4px'>{e(consent_missing)}: {e(lacking)}</p>"
            )
        return (
            f"<h3>{e(detail.reference)} — {e(p.display_name)}</h3><table>{table}</table>{missing}"
            f"<p><b>{e(question)}</b><br>{e(detail.question).replace(chr(10), '<br>')}</p>"
        )

    def clear_preview(self) -> None:
        self._preview_generation += 1
        self.preview.clear()

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.open_case.emit(case_id)

    def _open_selected(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_case.emit(case_id)
