"""The Funding area of an open case: per care item of the advice in force its requests to
municipalities, the totals, and for the selected request its history and disputes.

Loads the first time it is shown. The changes go through small non-modal dialogs; what a
change returns (the case's funding) replaces what is shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import FundingDecision
from expertteam_app.services import funding, reference
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.funding import CareItemFunding, CaseFunding, FundingRequestView
from expertteam_app.services.roles import Permission, allows
from ui.admin.base import action_button, make_table
from ui.formatting import day, euros
from ui.funding.dialogs import (
    DecisionDialog,
    DisputeDialog,
    EndDisputeDialog,
    FundingDialog,
    RequestDialog,
)
from ui.funding.models import FigureModel, Row, fit_rows, shape_table
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE
from ui.worker import Database, JobContext

D = FundingDecision


@dataclass(frozen=True)
class FundingLoad:
    state: CaseFunding
    municipalities: list[tuple[str, str]]  # (name, CBS code)


def load_op(case_id: int) -> Any:
    def op(ctx: JobContext) -> FundingLoad:
        with ctx.unit_of_work() as uow:
            state = funding.case_funding(uow, case_id)
            names = [(m.name, m.cbs_code) for m in reference.municipalities(uow)]
        return FundingLoad(state, names)

    return op


def period_text(request: FundingRequestView) -> str:
    if request.period_from and request.period_to:
        return f"{day(request.period_from)} – {day(request.period_to)}"
    if request.period_from:
        return f"{day(request.period_from)} –"
    if request.period_to:
        return f"– {day(request.period_to)}"
    return ""


class CareItemBox(QGroupBox):
    """One care item: what the advice expects, its requests, and a button to add one."""

    def __init__(self, item: CareItemFunding, may_request: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"careItemFunding{item.care_item_id}")
        self.setTitle(f"{item.position + 1}. {item.care_kind.label} — {item.provider_name}")
        self.summary = QLabel()
        self.summary.setObjectName("itemSummary")
        self.summary.setWordWrap(True)
        self.request_button = action_button(self.tr("Request funding…"), "requestFunding")
        self.request_button.setVisible(may_request)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignTop)
        self.model = FigureModel(
            [
                self.tr("Municipality"),
                self.tr("Requested"),
                self.tr("Period"),
                self.tr("Requested on"),
                self.tr("Decision"),
                self.tr("Decided on"),
                self.tr("Committed"),
                self.tr("Reference"),
            ],
            right=(1, 6),
            parent=self,
        )
        self.table = make_table(self.model, "fundingRequests")
        shape_table(self.table, 7)
        self.empty = QLabel(self.tr("No funding requested yet."))
        self.empty.setObjectName("noRequests")
        self.empty.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.show_item(item)

    def show_item(self, item: CareItemFunding) -> None:
        self.item = item
        language = current_language()
        self.summary.setText(
            self.tr(
                "Expected cost {cost}; the advice names {municipality}. Requested {requested}, committed {committed}."
            ).format(
                cost=euros(item.expected_cost),
                municipality=item.funding_municipality.label or item.funding_municipality.code,
                requested=euros(item.requested_total),
                committed=euros(item.committed_total),
            )
        )
        self.model.set_rows(
            [
                Row(
                    r.id,
                    (
                        r.municipality.label or r.municipality.code,
                        euros(r.requested_amount),
                        period_text(r),
                        day(r.requested_on),
                        r.decision.label(language),
                        day(r.decided_on),
                        euros(r.committed_amount),
                        r.decision_reference,
                    ),
                    muted=r.decision == D.REFUSED,
                )
                for r in item.requests
            ]
        )
        fit_rows(self.table, len(item.requests))
        self.table.setVisible(bool(item.requests))
        self.empty.setVisible(not item.requests)


class FundingArea(QWidget):
    """The Funding tab of a case."""

    case_changed = Signal(object)  # CaseDetail; funding never moves the case, kept for the tab
    loaded_changed = Signal()

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        detail: CaseDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fundingArea")
        self._db = db
        self._info = info
        self.detail = detail
        self.may_record = allows(info.role, Permission.CASE_FOLLOW_UP)
        self.state: CaseFunding | None = None
        self.municipalities: list[tuple[str, str]] = []
        self.loaded = False
        self._started = False
        self._busy = 0
        self.selected_id: int | None = None
        self.boxes: dict[int, CareItemBox] = {}
        self.dialog: FundingDialog | None = None

        self.headline = QLabel()
        self.headline.setObjectName("fundingHeadline")
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline.setFont(font)
        self.explanation = QLabel()
        self.explanation.setObjectName("fundingExplanation")
        self.explanation.setWordWrap(True)

        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(10)
        self.totals = QLabel()
        self.totals.setObjectName("fundingTotals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.decision_button = action_button(self.tr("Record decision…"), "recordDecision")
        self.dispute_button = action_button(self.tr("Dispute…"), "openDispute")
        self.end_dispute_button = action_button(self.tr("End dispute…"), "endDispute")
        self.decision_button.clicked.connect(self.ask_decision)
        self.dispute_button.clicked.connect(self.ask_dispute)
        self.end_dispute_button.clicked.connect(self.ask_end_dispute)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedRequest")
        self.selected_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label, 1)
        for button in (self.decision_button, self.dispute_button, self.end_dispute_button):
            button.setVisible(self.may_record)
            actions.addWidget(button)

        self.history_model = FigureModel(
            [
                self.tr("Date"),
                self.tr("Step"),
                self.tr("Amount"),
                self.tr("Reference"),
                self.tr("By"),
                self.tr("Note"),
            ],
            right=(2,),
            parent=self,
        )
        self.history = make_table(self.history_model, "fundingHistory")
        shape_table(self.history, 5)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.disputes_model = FigureModel(
            [
                self.tr("Since"),
                self.tr("Parties"),
                self.tr("About"),
                self.tr("Ended"),
                self.tr("Outcome"),
            ],
            parent=self,
        )
        self.disputes = make_table(self.disputes_model, "fundingDisputes")
        shape_table(self.disputes, 2, 4)
        self.disputes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.details = QGroupBox(self.tr("The selected request"))
        self.details.setObjectName("requestDetails")
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(actions)
        self.history_label = QLabel(self.tr("History"))
        details_layout.addWidget(self.history_label)
        details_layout.addWidget(self.history)
        self.disputes_label = QLabel(self.tr("Disputes"))
        details_layout.addWidget(self.disputes_label)
        details_layout.addWidget(self.disputes)

        self.status = QLabel()
        self.status.setObjectName("fundingStatus")
        self.status.setWordWrap(True)

        content = QWidget()
        content.setObjectName("fundingContent")
        content.setMaximumWidth(1100)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.headline)
        content_layout.addWidget(self.explanation)
        content_layout.addLayout(self.items_box)
        content_layout.addWidget(self.totals)
        content_layout.addWidget(self.details)
        content_layout.addWidget(self.status)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.details.hide()
        self.totals.hide()

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def reload(self) -> None:
        self._started = True
        self._run(load_op(self.detail.id), self._loaded)

    def _loaded(self, load: FundingLoad) -> None:
        self.municipalities = load.municipalities
        self.show_funding(load.state)
        self.loaded = True
        self.loaded_changed.emit()

    def set_case(self, detail: CaseDetail) -> None:
        """The case changed elsewhere; a new status may open or close recording."""
        status_changed = detail.status != self.detail.status
        self.detail = detail
        if status_changed and self._started:
            self.reload()

    # --- showing --------------------------------------------------------------------------

    def show_funding(self, state: CaseFunding) -> None:
        self.state = state
        if state.advice_id is None:
            self.headline.setText(self.tr("No binding advice yet"))
            self.explanation.setText(
                self.tr("Funding is requested for the care items of an issued binding advice.")
            )
        else:
            self.headline.setText(
                self.tr("Funding of advice version {number}, issued on {on}").format(
                    number=state.advice_number, on=day(state.advice_issued_on)
                )
            )
            self.explanation.setText(
                self.tr(
                    "Record per care item what was asked of which municipality, the decision and any dispute. A care item may have several requests: split funding, or a new period."
                )
                if state.may_record
                else self.tr("Funding as recorded by the chair and the case coordinator.")
            )
        may_request = self.may_record and state.may_record
        for care_item_id in [
            i for i in self.boxes if i not in {c.care_item_id for c in state.items}
        ]:
            gone = self.boxes.pop(care_item_id)
            gone.setParent(None)
            gone.deleteLater()
        for position, item in enumerate(state.items):
            box = self.boxes.get(item.care_item_id)
            if box is None:
                box = CareItemBox(item, may_request, self)
                box.request_button.clicked.connect(
                    lambda _c=False, i=item.care_item_id: self.ask_request(i)
                )
                box.table.selectionModel().selectionChanged.connect(
                    lambda sel, _old, b=box: self._selection_changed(b, sel)
                )
                self.boxes[item.care_item_id] = box
                self.items_box.insertWidget(position, box)
            else:
                box.request_button.setVisible(may_request)
                box.show_item(item)
        self.totals.setText(
            self.tr(
                "All care items: expected {expected}, requested {requested}, committed {committed}."
            ).format(
                expected=euros(state.expected_total),
                requested=euros(state.requested_total),
                committed=euros(state.committed_total),
            )
        )
        self.totals.setVisible(bool(state.items))
        if self.selected_id is not None and not self._find(self.selected_id):
            self.selected_id = None
        self.select_request(self.selected_id)

    def _find(self, request_id: int) -> FundingRequestView | None:
        if self.state is None:
            return None
        for item in self.state.items:
            for found in item.requests:
                if found.id == request_id:
                    return found
        return None

    @property
    def selected(self) -> FundingRequestView | None:
        return None if self.selected_id is None else self._find(self.selected_id)

    def select_request(self, request_id: int | None) -> None:
        """Select the request's row (and no other) and show its history and disputes."""
        self.selected_id = request_id
        for box in self.boxes.values():
            number = box.model.row_of(request_id) if request_id is not None else -1
            selection = box.table.selectionModel()
            selection.blockSignals(True)
            if number >= 0:
                box.table.selectRow(number)
            else:
                box.table.clearSelection()
            selection.blockSignals(False)
            box.table.viewport().update()
        self._show_selected()

    def _selection_changed(self, box: CareItemBox, selected: QItemSelection) -> None:
        rows = box.table.selectionModel().selectedRows()
        if rows:
            key = box.model.key(rows[0].row())
            assert isinstance(key, int)
            self.select_request(key)
        elif (
            not selected.indexes()
            and self.selected_id is not None
            and box.model.row_of(self.selected_id) >= 0
        ):
            self.select_request(None)

    def _show_selected(self) -> None:
        request = self.selected
        self.details.setVisible(request is not None)
        if request is None:
            self.update_actions()
            return
        language = current_language()
        self.selected_label.setText(
            self.tr("{municipality}: {amount} requested on {on}; now {decision}.").format(
                municipality=request.municipality.label or request.municipality.code,
                amount=euros(request.requested_amount),
                on=day(request.requested_on),
                decision=request.decision.label(language).lower(),
            )
        )
        self.history_model.set_rows(
            [
                Row(
                    number,
                    (
                        day(e.occurred_on),
                        e.decision.label(language),
                        euros(e.amount),
                        e.reference,
                        e.member_name,
                        " ".join(e.note.split()),
                    ),
                )
                for number, e in enumerate(request.events)
            ]
        )
        fit_rows(self.history, len(request.events))
        self.disputes_model.set_rows(
            [
                Row(
                    d.id,
                    (
                        day(d.opened_on),
                        d.parties,
                        d.subject.label(language)
                        + (f": {' '.join(d.subject_note.split())}" if d.subject_note else ""),
                        day(d.ended_on),
                        " ".join(d.outcome.split()),
                    ),
                )
                for d in request.disputes
            ]
        )
        fit_rows(self.disputes, len(request.disputes))
        self.disputes.setVisible(bool(request.disputes))
        self.disputes_label.setVisible(bool(request.disputes))
        self.update_actions()

    def update_actions(self) -> None:
        request = self.selected
        writable = (
            self.may_record and self.state is not None and self.state.may_record and not self._busy
        )
        disputed = request is not None and request.open_dispute is not None
        self.decision_button.setEnabled(writable and request is not None and not disputed)
        self.dispute_button.setEnabled(writable and request is not None and not disputed)
        self.end_dispute_button.setEnabled(writable and disputed)
        for box in self.boxes.values():
            box.request_button.setEnabled(writable)

    # --- changing -------------------------------------------------------------------------

    def _open(self, dialog: FundingDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self._dialog_gone(d))
        dialog.open()

    def _dialog_gone(self, dialog: FundingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_request(self, care_item_id: int) -> None:
        box = self.boxes.get(care_item_id)
        if box is None:
            return
        self._open(RequestDialog(self._db, self._info, box.item, self.municipalities, self))

    def ask_decision(self) -> None:
        request = self.selected
        if request is not None:
            self._open(DecisionDialog(self._db, self._info, request, self))

    def ask_dispute(self) -> None:
        request = self.selected
        if request is not None:
            self._open(DisputeDialog(self._db, self._info, request, self))

    def ask_end_dispute(self) -> None:
        request = self.selected
        dispute = request.open_dispute if request is not None else None
        if request is not None and dispute is not None:
            self._open(EndDisputeDialog(self._db, self._info, request, dispute, self))

    def _recorded(self, state: CaseFunding) -> None:
        known = {r.id for i in (self.state.items if self.state else ()) for r in i.requests}
        new = [r.id for i in state.items for r in i.requests if r.id not in known]
        if new:
            self.selected_id = max(new)  # a request just made: show it
        self.show_funding(state)
        self._say("")

    # --- running --------------------------------------------------------------------------

    def _run(self, op: Any, on_done: Any) -> None:
        self._busy += 1
        self.update_actions()

        def done(result: Any) -> None:
            self._busy -= 1
            on_done(result)
            self.update_actions()

        def failed(exc: BaseException, crash: str | None) -> None:
            self._busy -= 1
            self.update_actions()
            text = error_text(exc) if crash is None else ""
            if text:
                self._say(text, error=True)
            else:
                show_error(self, exc, crash)

        self._db.run(op, on_done=done, on_error=failed, owner=self)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setVisible(bool(text))
