"""The small dialogs of the funding area: request funding, record a decision, open and end
a dispute. Non-modal (`open()`); each runs its change on the database worker, shows the
service's problems next to its fields and stays open until the change is recorded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import DisputeSubject, FundingDecision
from expertteam_app.domain.money import parse_euros
from expertteam_app.services import funding
from expertteam_app.services.funding import (
    CareItemFunding,
    CaseFunding,
    DisputeView,
    FundingRequestInput,
    FundingRequestView,
)
from ui.admin.base import AdminDialog, with_message
from ui.formatting import day, euros
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import DateField, EnumCombo, FieldMessage, SearchCombo
from ui.worker import Database, JobContext, Op

D = FundingDecision


def request_line(request: FundingRequestView) -> str:
    """'Groningen, € 12.500,50, requested on 17-06-2026' in the window's language."""
    return QCoreApplication.translate(
        "FundingDialog", "{municipality}, {amount}, requested on {on}"
    ).format(
        municipality=request.municipality.label or request.municipality.code,
        amount=euros(request.requested_amount),
        on=day(request.requested_on),
    )


class FundingDialog(AdminDialog):
    """A form whose OK runs one funding change; `recorded` carries the case's funding."""

    recorded = Signal(object)  # CaseFunding

    def __init__(
        self, db: Database, info: SessionInfo, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.setObjectName(name)
        self.fields: dict[str, FieldMessage] = {}
        self.intro = QLabel()
        self.intro.setObjectName("dialogIntro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        self.ok_button.setObjectName("recordButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, label: str, widget: QWidget, name: str) -> FieldMessage:
        message = FieldMessage()
        message.setObjectName(f"{name}Message")
        self.fields[name] = message
        self.form.addRow(label, with_message(widget, message))
        return message

    def set_field_visible(self, widget: QWidget, visible: bool) -> None:
        cell = widget.parentWidget()
        self.form.setRowVisible(cell if cell is not None else widget, visible)

    def update_actions(self) -> None:
        self.ok_button.setEnabled(not self.busy)

    def introduce_request(self, text: str, request: FundingRequestView) -> None:
        """The dialog is about `request`; `text` (the subclass's own, translated, with
        {request} and {decision}) says which, and how it stands."""
        self.request = request
        self.intro.setText(
            text.format(
                request=request_line(request), decision=request.decision.label(current_language())
            )
        )

    # --- reading the fields -------------------------------------------------------------

    def clear_messages(self) -> None:
        for message in self.fields.values():
            message.show_text("")
        self.message.show_text("")

    def read_amount(self, edit: QLineEdit, name: str) -> Decimal | None:
        """The amount typed in Dutch notation; None (and a message) when empty or unreadable."""
        try:
            value = parse_euros(edit.text())
        except ValueError:
            self.fields[name].show_text(
                QCoreApplication.translate(
                    "FundingDialog", "Type an amount in euros, such as 1.250,00."
                )
            )
            return None
        if value is None:
            self.fields[name].show_text(
                QCoreApplication.translate("FundingDialog", "Fill in an amount.")
            )
        return value

    def read_date(self, field: DateField, name: str, *, required: bool = True) -> date | None:
        if field.is_unreadable():
            self.fields[name].show_text(
                QCoreApplication.translate("FundingDialog", "Type a date as DD-MM-YYYY.")
            )
        elif field.value() is None and required:
            self.fields[name].show_text(
                QCoreApplication.translate("FundingDialog", "Fill in a date.")
            )
        return field.value()

    def has_messages(self) -> bool:
        return any(m.text() for m in self.fields.values())

    # --- running ------------------------------------------------------------------------

    def collect(self) -> Op | None:
        """The change to run, or None when a field cannot be read (its message shows)."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_messages()
        op = self.collect()
        if op is None or self.has_messages():
            return
        self.run_job(op, self._recorded, lambda e, c: self.show_problems(e, c, self.fields))

    def _recorded(self, result: Any) -> None:
        self.recorded.emit(result)
        self.accept()


def decision_combo(parent: QWidget | None = None) -> QComboBox:
    """Committed or refused (a dispute is opened apart)."""
    combo = QComboBox(parent)
    for decision in (D.COMMITTED, D.REFUSED):
        combo.addItem(decision.label(current_language()), decision.value)
    return combo


def _run(change: Callable[[Any], CaseFunding]) -> Op:
    def op(ctx: JobContext) -> CaseFunding:
        with ctx.unit_of_work() as uow:
            return change(uow)

    return op


class DecidingDialog(FundingDialog):
    """A dialog that records the municipality's decision: committed (how much) or refused,
    and the reference of its letter. Each subclass puts these fields in its form, labelled
    in its own words, in its own order."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        name: str,
        amount: Decimal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, name, parent)
        self.decision = decision_combo()
        self.decision.setObjectName("decision")
        self.amount = QLineEdit(euros(amount))
        self.amount.setObjectName("committedAmount")
        self.amount.setMaximumWidth(180)
        self.reference = QLineEdit()  # the reference of this decision's letter
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(funding.REFERENCE_MAX)

    def chosen(self) -> FundingDecision:
        return FundingDecision(self.decision.currentData())

    def show_amount_if_committed(self) -> None:
        self.set_field_visible(self.amount, self.chosen() == D.COMMITTED)

    def read_committed_amount(self) -> Decimal | None:
        """The amount committed (None, with a message, when it cannot be read); None for a
        refusal, which has no amount."""
        if self.chosen() != D.COMMITTED:
            return None
        return self.read_amount(self.amount, "committed_amount")


class RequestDialog(FundingDialog):
    """Request funding of a care item from a municipality."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        item: CareItemFunding,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, "requestFundingDialog", parent)
        self.setWindowTitle(self.tr("Request funding"))
        self.intro.setText(
            self.tr("{position}. {kind} by {provider}; expected cost {cost}.").format(
                position=item.position + 1,
                kind=item.care_kind.label,
                provider=item.provider_name,
                cost=euros(item.expected_cost),
            )
        )
        self.item = item
        self.municipality = SearchCombo()
        self.municipality.setObjectName("municipality")
        self.municipality.set_items(municipalities)
        self.municipality.set_value(item.funding_municipality.code)
        self.amount = QLineEdit()
        self.amount.setObjectName("requestedAmount")
        self.amount.setMaximumWidth(180)
        remaining = item.expected_cost - item.requested_total
        if remaining > 0:
            self.amount.setText(euros(remaining))
        self.requested_on = DateField()
        self.requested_on.setObjectName("requestedOn")
        self.requested_on.set_value(date.today())
        self.period_from = DateField()
        self.period_from.setObjectName("periodFrom")
        self.period_to = DateField()
        self.period_to.setObjectName("periodTo")
        self.documents = QPlainTextEdit()
        self.documents.setObjectName("documents")
        self.documents.setPlaceholderText(self.tr("One document per line"))
        self.documents.setFixedHeight(70)
        self.add_field(self.tr("Municipality"), self.municipality, "municipality_code")
        self.add_field(self.tr("Amount requested"), self.amount, "requested_amount")
        self.add_field(self.tr("Requested on"), self.requested_on, "requested_on")
        self.add_field(self.tr("Period from"), self.period_from, "period_from")
        self.add_field(self.tr("Period until"), self.period_to, "period_to")
        self.add_field(self.tr("Documents"), self.documents, "documents")
        self.ok_button.setText(self.tr("Record request"))

    def collect(self) -> Op | None:
        code = self.municipality.value()
        if not code:
            self.fields["municipality_code"].show_text(self.tr("Choose a municipality."))
        amount = self.read_amount(self.amount, "requested_amount")
        on = self.read_date(self.requested_on, "requested_on")
        period_from = self.read_date(self.period_from, "period_from", required=False)
        period_to = self.read_date(self.period_to, "period_to", required=False)
        if not code or amount is None or on is None:
            return None
        data = FundingRequestInput(
            str(code), amount, on, period_from, period_to, self.documents.toPlainText()
        )
        care_item_id = self.item.care_item_id
        return _run(lambda uow: funding.request_funding(uow, care_item_id, data))


class DecisionDialog(DecidingDialog):
    """The municipality's decision on a request: committed (how much) or refused (why)."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        request: FundingRequestView,
        parent: QWidget | None = None,
    ) -> None:
        amount = request.committed_amount or request.requested_amount
        super().__init__(db, info, "decisionDialog", amount, parent)
        self.setWindowTitle(self.tr("Record decision"))
        self.introduce_request(self.tr("Request: {request}. Now: {decision}."), request)
        self.decided_on = DateField()
        self.decided_on.setObjectName("decidedOn")
        self.decided_on.set_value(date.today())
        self.reference.setPlaceholderText(self.tr("The municipality's reference"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(70)
        self.add_field(self.tr("Decision"), self.decision, "decision")
        self.add_field(self.tr("Decided on"), self.decided_on, "on")
        self.add_field(self.tr("Amount committed"), self.amount, "committed_amount")
        self.add_field(self.tr("Reference"), self.reference, "reference")
        self.add_field(self.tr("Reason or note"), self.note, "note")
        self.ok_button.setText(self.tr("Record decision"))
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()

    def _decision_changed(self) -> None:
        self.show_amount_if_committed()
        self.note.setPlaceholderText(
            self.tr("Optional")
            if self.chosen() == D.COMMITTED
            else self.tr("Why the municipality refuses")
        )

    def collect(self) -> Op | None:
        decision = self.chosen()
        on = self.read_date(self.decided_on, "on")
        amount = self.read_committed_amount()
        if on is None or (decision == D.COMMITTED and amount is None):
            return None
        request_id, version = self.request.id, self.request.row_version
        reference, note = self.reference.text(), self.note.toPlainText()
        return _run(
            lambda uow: funding.record_decision(
                uow,
                request_id,
                decision,
                on=on,
                committed_amount=amount,
                reference=reference,
                note=note,
                expected_row_version=version,
            )
        )


class DisputeDialog(FundingDialog):
    """Open a dispute about a request: the parties, what it is about, since when."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        request: FundingRequestView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, "disputeDialog", parent)
        self.setWindowTitle(self.tr("Open a dispute"))
        self.introduce_request(self.tr("Request: {request}. Now: {decision}."), request)
        self.parties = QLineEdit()
        self.parties.setObjectName("parties")
        self.parties.setPlaceholderText(self.tr("e.g. Gemeente Utrecht, Gemeente Zeist"))
        self.subject: EnumCombo[DisputeSubject] = EnumCombo(DisputeSubject)
        self.subject.setObjectName("subject")
        self.subject_note = QPlainTextEdit()
        self.subject_note.setObjectName("subjectNote")
        self.subject_note.setFixedHeight(70)
        self.opened_on = DateField()
        self.opened_on.setObjectName("openedOn")
        self.opened_on.set_value(date.today())
        self.add_field(self.tr("Parties"), self.parties, "parties")
        self.add_field(self.tr("About"), self.subject, "subject")
        self.add_field(self.tr("Explanation"), self.subject_note, "subject_note")
        self.add_field(self.tr("Since"), self.opened_on, "on")
        self.ok_button.setText(self.tr("Open dispute"))

    def collect(self) -> Op | None:
        on = self.read_date(self.opened_on, "on")
        subject = self.subject.value()
        if on is None or subject is None:
            return None
        request_id, version = self.request.id, self.request.row_version
        parties, note = self.parties.text(), self.subject_note.toPlainText()
        return _run(
            lambda uow: funding.open_dispute(
                uow,
                request_id,
                parties=parties,
                subject=subject,
                subject_note=note,
                on=on,
                expected_row_version=version,
            )
        )


class EndDisputeDialog(DecidingDialog):
    """End a dispute: how it ended, and the decision that follows (committed or refused)."""

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        request: FundingRequestView,
        dispute: DisputeView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, "endDisputeDialog", request.requested_amount, parent)
        self.setWindowTitle(self.tr("End the dispute"))
        self.intro.setText(
            self.tr("Dispute since {since} between {parties} about: {subject}.").format(
                since=day(dispute.opened_on),
                parties=dispute.parties,
                subject=dispute.subject.label(current_language()),
            )
        )
        self.request = request
        self.dispute = dispute
        self.ended_on = DateField()
        self.ended_on.setObjectName("endedOn")
        self.ended_on.set_value(date.today())
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("How the dispute ended"))
        self.outcome.setFixedHeight(70)
        self.add_field(self.tr("Ended on"), self.ended_on, "on")
        self.add_field(self.tr("Outcome"), self.outcome, "outcome")
        self.add_field(self.tr("Decision"), self.decision, "decision")
        self.add_field(self.tr("Amount committed"), self.amount, "committed_amount")
        self.add_field(self.tr("Reference"), self.reference, "reference")
        self.ok_button.setText(self.tr("End dispute"))
        self.decision.currentIndexChanged.connect(lambda _i: self.show_amount_if_committed())

    def collect(self) -> Op | None:
        decision = self.chosen()
        on = self.read_date(self.ended_on, "on")
        amount = self.read_committed_amount()
        if on is None or (decision == D.COMMITTED and amount is None):
            return None
        dispute_id, version = self.dispute.id, self.request.row_version
        outcome, reference = self.outcome.toPlainText(), self.reference.text()
        return _run(
            lambda uow: funding.end_dispute(
                uow,
                dispute_id,
                on=on,
                outcome=outcome,
                decision=decision,
                committed_amount=amount,
                reference=reference,
                expected_row_version=version,
            )
        )
