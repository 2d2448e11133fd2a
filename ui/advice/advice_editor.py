"""The binding advice of an open case: build it, save it as a draft, have the chair issue it,
change it only by a new version with a reason, compare versions, print the letter.

The editor holds no rules. What an advice needs before it can be issued comes from
`advice.draft_problems` (asked on the worker a moment after typing stops) and is shown next
to the field it concerns; saving, issuing and the immutability of an issued version are the
service's, and its refusals are shown as they come.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import RecipientKind
from expertteam_app.domain.money import parse_euros
from expertteam_app.errors import FieldProblem, ValidationError
from expertteam_app.services.advice import (
    DRAFTABLE,
    AdviceDraft,
    AdviceState,
    AdviceView,
    CareItemInput,
    GoalInput,
    RecipientInput,
)
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.roles import Permission, allows
from ui.case_form import FormChoices
from ui.formatting import day, euros
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    DateField,
    EnumCombo,
    FieldMessage,
    RowEditor,
    SearchCombo,
)
from ui.worker import Database, JobContext, Op

VALIDATE_DELAY_MS = 400
ROW_PATH = re.compile(r"^(care_items|goals|recipients)\.(\d+)(?:\.(\w+))?$")
ISSUED_STYLE = "background: #e6f4ea; color: #0d3b1e; padding: 8px; border-radius: 3px;"
DRAFT_STYLE = WARNING_STYLE.replace("6px", "8px")
NONE_STYLE = "background: #eef1f5; color: #1f2933; padding: 8px; border-radius: 3px;"


QWIDGETSIZE_MAX = (1 << 24) - 1


@cache
def line_height() -> int:
    """The height of a one-line input in the current style."""
    probe = QLineEdit()
    height = probe.sizeHint().height()
    probe.deleteLater()
    return height


def _text(problem: FieldProblem) -> str:
    return problem.en if current_language() == "en" else problem.nl


# --- work on the database worker ------------------------------------------------------------


@dataclass(frozen=True)
class AdviceLoad:
    state: AdviceState
    suggested: AdviceDraft | None  # a first draft from the case, when there is no advice yet
    kinds: list[tuple[str, str, bool]]  # kind of care: code, label, active


@dataclass(frozen=True)
class IssueResult:
    state: AdviceState
    detail: CaseDetail | None  # the case after issuing (its status changes with version 1)
    error: BaseException | None  # the issue refused after the draft was saved


def load_op(case_id: int, may_draft: bool) -> Op:
    def op(ctx: JobContext) -> AdviceLoad:
        from expertteam_app.domain.enums import ListKind
        from expertteam_app.services import advice, reference

        language = current_language()
        with ctx.unit_of_work() as uow:
            state = advice.advice_state(uow, case_id)
            suggested = (
                advice.suggested_draft(uow, case_id)
                if may_draft and not state.versions and state.case_status in DRAFTABLE
                else None
            )
            kinds = [
                (i.code, i.text(language), i.active)
                for i in reference.list_items(uow, ListKind.OFFER_CATEGORY, include_inactive=True)
            ]
        return AdviceLoad(state, suggested, kinds)

    return op


def problems_op(case_id: int, draft: AdviceDraft) -> Op:
    def op(ctx: JobContext) -> list[FieldProblem]:
        from expertteam_app.services import advice

        with ctx.unit_of_work(write=False) as uow:
            return advice.draft_problems(uow, case_id, draft)

    return op


def save_op(case_id: int, draft: AdviceDraft, row_version: int | None) -> Op:
    def op(ctx: JobContext) -> AdviceState:
        from expertteam_app.services import advice

        with ctx.unit_of_work() as uow:
            return advice.save_draft(uow, case_id, draft, expected_row_version=row_version)

    return op


def issue_op(case_id: int, draft: AdviceDraft | None, row_version: int | None) -> Op:
    """Save what is on screen (when given), then issue that draft: one click for the chair."""

    def op(ctx: JobContext) -> IssueResult:
        from expertteam_app.errors import ExpertteamError
        from expertteam_app.services import advice, cases

        version = row_version
        if draft is not None:
            with ctx.unit_of_work() as uow:
                saved = advice.save_draft(uow, case_id, draft, expected_row_version=row_version)
        else:
            with ctx.unit_of_work(write=False) as uow:
                saved = advice.advice_state(uow, case_id)
        target = saved.draft
        if target is None:
            return IssueResult(saved, None, None)
        if draft is not None:
            version = target.row_version
        try:
            with ctx.unit_of_work() as uow:
                state = advice.issue_advice(uow, target.id, expected_row_version=version)
                detail = cases.detail_of(cases.load_case(uow.session, case_id), uow.clock.today())
        except ExpertteamError as exc:
            # The draft is saved; say why it was not issued and show the saved draft.
            return IssueResult(saved, None, exc)
        return IssueResult(state, detail, None)

    return op


def new_version_op(case_id: int, reason: str) -> Op:
    def op(ctx: JobContext) -> AdviceState:
        from expertteam_app.services import advice

        with ctx.unit_of_work() as uow:
            return advice.new_version(uow, case_id, reason)

    return op


def discard_op(advice_id: int) -> Op:
    def op(ctx: JobContext) -> AdviceState:
        from expertteam_app.services import advice

        with ctx.unit_of_work() as uow:
            return advice.discard_draft(uow, advice_id)

    return op


def letter_maker(advice_id: int) -> Callable[[JobContext, Path], Path]:
    def make(ctx: JobContext, path: Path) -> Path:
        from expertteam_app.services import documents

        with ctx.unit_of_work() as uow:
            return documents.export_advice_letter(uow, advice_id, path, ctx.report)

    return make


# --- rows --------------------------------------------------------------------------------------


class _Row(QWidget):
    """A row of the advice (care item, goal, addressee): fields in a grid, each with its
    message under it, and a message for the row as a whole."""

    changed = Signal(str)  # the field that changed

    def __init__(self) -> None:
        super().__init__()
        self.touched: set[str] = set()
        # Added by hand since the last load or save: it shows only what was touched, not
        # everything a saved draft still lacks.
        self.fresh = False
        self.messages: dict[str, FieldMessage] = {}
        self.message = FieldMessage()
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def cell(
        self, row: int, column: int, label: str, field: QWidget, name: str, *, span: int = 1
    ) -> None:
        """`label` and `field` at grid row `row`, in the left (0) or right (1) column."""
        message = FieldMessage()
        message.setObjectName(f"{name}Message")
        message.setWordWrap(True)
        self.messages[name] = message
        box = QVBoxLayout()
        box.setSpacing(1)
        if field.maximumWidth() < QWIDGETSIZE_MAX:
            # A narrow field (a date, an amount) keeps its width without capping the
            # column, which would hand the spare room to the label columns.
            box.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            box.addWidget(field)
        box.addWidget(message)
        box.addStretch(1)  # the field stays level with its caption when a neighbour grows
        caption = QLabel(label)
        caption.setBuddy(field)
        # Level with the first line of the field; the message below may add lines.
        caption.setMinimumHeight(min(field.sizeHint().height(), line_height()))
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(box, row, column * 2 + 1, 1, span * 2 - 1)

    def edited(self, name: str) -> None:
        self.touched.add(name)
        self.changed.emit(name)

    def local_problems(self) -> dict[str, str]:
        """Input the row cannot even read (a date, an amount): said before the worker."""
        return {}

    def show_problems(self, found: Mapping[str, list[str]], show_all: bool) -> None:
        show_all = show_all and not self.fresh
        local = self.local_problems()
        for name, message in self.messages.items():
            if name in local:
                message.show_text(local[name])
            elif show_all or name in self.touched:
                message.show_text(" ".join(found.get(name, [])))
            else:
                message.show_text("")
        whole = found.get("", [])
        self.message.show_text(" ".join(whole) if show_all or self.touched else "")

    def problem_count(self) -> int:
        return sum(1 for m in [*self.messages.values(), self.message] if m.text())


def _date_problem(field: DateField) -> str | None:
    return (
        QCoreApplication.translate("AdviceEditor", "Type the date as DD-MM-YYYY.")
        if field.is_unreadable()
        else None
    )


class CareItemRow(_Row):
    pick_provider = Signal()

    def __init__(
        self,
        kinds: Sequence[tuple[str, str]],
        municipalities: Sequence[tuple[str, str]],
        default_municipality: str,
    ) -> None:
        super().__init__()
        self.provider_id: int | None = None
        self.care_kind = QComboBox()
        self.care_kind.setObjectName("careKind")
        self.care_kind.addItem(self.tr("(choose)"), "")
        for code, label in kinds:
            self.care_kind.addItem(label, code)
        self.provider = QLineEdit()
        self.provider.setObjectName("providerName")
        self.provider.setReadOnly(True)
        self.provider.setPlaceholderText(self.tr("Choose from the sociale kaart"))
        self.choose_provider = QPushButton(self.tr("Choose…"))
        self.choose_provider.setObjectName("chooseProvider")
        self.choose_provider.setAutoDefault(False)
        provider_box = QWidget()
        provider_row = QHBoxLayout(provider_box)
        provider_row.setContentsMargins(0, 0, 0, 0)
        provider_row.addWidget(self.provider, 1)
        provider_row.addWidget(self.choose_provider)
        self.intensity = QLineEdit()
        self.intensity.setObjectName("intensity")
        self.intensity.setPlaceholderText(self.tr("e.g. 3 hours a week for 6 months"))
        self.latest_start = DateField()
        self.latest_start.setObjectName("latestStart")
        self.funding = SearchCombo()
        self.funding.setObjectName("fundingMunicipality")
        self.funding.set_items(municipalities, empty=self.tr("(choose)"))
        if default_municipality:
            self.funding.set_value(default_municipality)
        self.cost = QLineEdit()
        self.cost.setObjectName("expectedCost")
        self.cost.setPlaceholderText("€ 0,00")
        self.cost.setMaximumWidth(160)
        self.notes = QLineEdit()
        self.notes.setObjectName("careNotes")

        self.cell(0, 0, self.tr("Kind of care"), self.care_kind, "care_kind")
        self.cell(0, 1, self.tr("Provider"), provider_box, "provider")
        self.cell(1, 0, self.tr("Intensity"), self.intensity, "intensity")
        self.cell(1, 1, self.tr("Start at the latest"), self.latest_start, "latest_start")
        self.cell(2, 0, self.tr("Funded by"), self.funding, "funding_municipality")
        self.cell(2, 1, self.tr("Expected cost"), self.cost, "expected_cost")
        self.cell(3, 0, self.tr("Notes"), self.notes, "notes", span=2)
        self.grid.addWidget(self.message, 4, 0, 1, 4)

        self.choose_provider.clicked.connect(self.pick_provider)
        self.care_kind.currentIndexChanged.connect(lambda _i: self.edited("care_kind"))
        self.intensity.textChanged.connect(lambda _t: self.edited("intensity"))
        self.latest_start.textChanged.connect(lambda _t: self.edited("latest_start"))
        self.funding.currentTextChanged.connect(lambda _t: self.edited("funding_municipality"))
        self.cost.textChanged.connect(lambda _t: self.edited("expected_cost"))
        self.cost.editingFinished.connect(self._format_cost)
        self.notes.textChanged.connect(lambda _t: self.edited("notes"))

    def cost_value(self) -> Decimal | None:
        try:
            return parse_euros(self.cost.text())
        except ValueError:
            return None

    def _format_cost(self) -> None:
        """Show a readable amount back in Dutch notation (1250 -> € 1.250,00)."""
        value = self.cost_value()
        if value is not None and self.cost.text() != euros(value):
            self.cost.setText(euros(value))

    def local_problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if (problem := _date_problem(self.latest_start)) is not None:
            found["latest_start"] = problem
        if self.cost.text().strip() and self.cost_value() is None:
            found["expected_cost"] = self.tr("Type an amount in euros, e.g. 1.250,00.")
        return found

    def set_provider(self, provider_id: int | None, name: str) -> None:
        self.provider_id = provider_id
        self.provider.setText(name)
        self.edited("provider")

    def value(self) -> CareItemInput:
        return CareItemInput(
            care_kind_code=self.care_kind.currentData() or "",
            provider_id=self.provider_id,
            intensity=self.intensity.text(),
            latest_start=self.latest_start.value(),
            notes=self.notes.text(),
            funding_municipality_code=self.funding.value() or "",
            expected_cost=self.cost_value(),
        )

    def set_value(
        self, item: CareItemInput, *, kind_label: str, provider_name: str, municipality_label: str
    ) -> None:
        index = self.care_kind.findData(item.care_kind_code)
        if index < 0 and item.care_kind_code:  # a kind taken off the list since
            self.care_kind.addItem(kind_label or item.care_kind_code, item.care_kind_code)
            index = self.care_kind.count() - 1
        self.care_kind.setCurrentIndex(max(index, 0))
        self.provider_id = item.provider_id
        self.provider.setText(provider_name)
        self.intensity.setText(item.intensity)
        self.latest_start.set_value(item.latest_start)
        code = item.funding_municipality_code
        if code and self.funding.findData(code) < 0:
            self.funding.addItem(municipality_label or code, code)
        self.funding.set_value(code if code else "")
        self.cost.setText(euros(item.expected_cost) if item.expected_cost is not None else "")
        self.notes.setText(item.notes)


class GoalRow(_Row):
    def __init__(self) -> None:
        super().__init__()
        self.description = QLineEdit()
        self.description.setObjectName("goalDescription")
        self.description.setPlaceholderText(self.tr("What is reached, feasibly, and by whom"))
        self.measure = QLineEdit()
        self.measure.setObjectName("goalMeasure")
        self.measure.setPlaceholderText(self.tr("How it is measured"))
        self.target_date = DateField()
        self.target_date.setObjectName("targetDate")
        self.evaluation_date = DateField()
        self.evaluation_date.setObjectName("evaluationDate")
        self.cell(0, 0, self.tr("Goal"), self.description, "description", span=2)
        self.cell(1, 0, self.tr("Measured by"), self.measure, "measure", span=2)
        self.cell(2, 0, self.tr("Target date"), self.target_date, "target_date")
        self.cell(2, 1, self.tr("Evaluation"), self.evaluation_date, "evaluation_date")
        self.grid.addWidget(self.message, 3, 0, 1, 4)
        for name, edit in (
            ("description", self.description),
            ("measure", self.measure),
            ("target_date", self.target_date),
            ("evaluation_date", self.evaluation_date),
        ):
            edit.textChanged.connect(lambda _t, n=name: self.edited(n))

    def local_problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, field in (
            ("target_date", self.target_date),
            ("evaluation_date", self.evaluation_date),
        ):
            if (problem := _date_problem(field)) is not None:
                found[name] = problem
        return found

    def value(self) -> GoalInput:
        return GoalInput(
            self.description.text(),
            self.measure.text(),
            self.target_date.value(),
            self.evaluation_date.value(),
        )

    def set_value(self, goal: GoalInput) -> None:
        self.description.setText(goal.description)
        self.measure.setText(goal.measure)
        self.target_date.set_value(goal.target_date)
        self.evaluation_date.set_value(goal.evaluation_date)


class RecipientRow(_Row):
    def __init__(self) -> None:
        super().__init__()
        self.kind: EnumCombo[RecipientKind] = EnumCombo(RecipientKind)
        self.kind.setObjectName("recipientKind")
        self.name = QLineEdit()
        self.name.setObjectName("recipientName")
        self.address = QPlainTextEdit()
        self.address.setObjectName("recipientAddress")
        self.address.setPlaceholderText(self.tr("Address lines (optional)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.cell(0, 0, self.tr("Addressee"), self.kind, "kind")
        self.cell(0, 1, self.tr("Name"), self.name, "name")
        self.cell(1, 0, self.tr("Address"), self.address, "address", span=2)
        self.grid.addWidget(self.message, 2, 0, 1, 4)
        self.kind.currentIndexChanged.connect(lambda _i: self.edited("kind"))
        self.name.textChanged.connect(lambda _t: self.edited("name"))
        self.address.textChanged.connect(lambda: self.edited("address"))

    def value(self) -> RecipientInput:
        return RecipientInput(
            self.kind.value() or RecipientKind.OTHER, self.name.text(), self.address.toPlainText()
        )

    def set_value(self, recipient: RecipientInput) -> None:
        self.kind.set_value(recipient.kind)
        self.name.setText(recipient.name)
        self.address.setPlainText(recipient.address)


# --- dialogs -----------------------------------------------------------------------------------


class NewVersionDialog(QDialog):
    """Asks why the issued advice changes; the reason goes into the file and the letter."""

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newVersionDialog")
        self.setWindowTitle(self.tr("New version of the advice"))
        explanation = QLabel(
            self.tr(
                "Version {current} stays in force until version {next} is issued. Why does the advice change?"
            ).format(current=current, next=current + 1)
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("changeReason")
        self.reason.setPlaceholderText(self.tr("The reason goes into the file."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Open new version"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, 240)


# --- the editor --------------------------------------------------------------------------------


class AdviceEditor(QWidget):
    """The advice area of an open case. Loads when first shown."""

    case_changed = Signal(object)  # CaseDetail, after issuing moved the case on
    state_changed = Signal(object)  # AdviceState
    dirty_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        choices: FormChoices,
        detail: CaseDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adviceEditor")
        self._db = db
        self._info = info
        self._choices = choices
        self.detail = detail
        self.may_draft = allows(info.role, Permission.ADVICE_DRAFT)
        self.may_issue = allows(info.role, Permission.ADVICE_ISSUE)
        self.may_print = allows(info.role, Permission.CASE_EXPORT)
        self.state: AdviceState | None = None
        self.shown: AdviceView | None = None
        self.editable = False
        self.loaded = False
        self._started = False
        self._busy = 0
        self._dirty = False
        self._loading = False
        self._show_all = False
        self._touched: set[str] = set()
        self._problems: list[FieldProblem] = []
        self._generation = 0
        self._row_version: int | None = None
        self._meeting_id: int | None = None
        self._kind_labels: dict[str, str] = {}
        self._active_kinds: list[tuple[str, str]] = []
        self._providers = dict(choices.providers)
        self._municipality_names = {code: name for name, code in choices.municipalities}
        self._messages: dict[str, FieldMessage] = {}
        self.picker: Any = None
        self.versions_dialog: Any = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QPushButton | None = None
        self.reason_dialog: NewVersionDialog | None = None

        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate)

        self.headline = QLabel()
        self.headline.setObjectName("adviceHeadline")
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("adviceState")
        self.state_label.setWordWrap(True)
        banner = QWidget()
        banner.setObjectName("adviceBanner")
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        banner_layout.setSpacing(2)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.state_label)
        self.banner = banner

        self.content = QWidget()
        self.content.setObjectName("adviceContent")
        self.content.setMaximumWidth(1100)  # a form stretched over a wide screen reads badly
        content_layout = QVBoxLayout(self.content)
        content_layout.addWidget(self._build_care())
        content_layout.addWidget(self._build_goals())
        content_layout.addWidget(self._build_direction())
        content_layout.addWidget(self._build_recipients())
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("adviceScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        self.scroll_area = scroll

        self.general = FieldMessage()
        self.general.setObjectName("adviceGeneral")
        self.general.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("adviceStatus")
        self.status.setWordWrap(True)

        self.versions_button = self._button(self.tr("Versions…"), "adviceVersionsButton")
        self.letter_button = self._button(self.tr("Letter as PDF…"), "adviceLetterButton")
        self.discard_button = self._button(self.tr("Discard draft…"), "discardDraftButton")
        self.new_version_button = self._button(self.tr("New version…"), "newVersionButton")
        self.save_button = self._button(self.tr("Save draft"), "saveDraftButton")
        self.issue_button = self._button(self.tr("Issue advice…"), "issueAdviceButton")
        for button in (
            self.discard_button,
            self.new_version_button,
            self.save_button,
            self.issue_button,
        ):
            button.setVisible(self.may_draft)
        if not self.may_issue:
            self.issue_button.setToolTip(self.tr("Only the chair (voorzitter) issues the advice."))
        if not self.may_print:
            self.letter_button.setToolTip(self.tr("Your role may not export case data."))
        bar = QHBoxLayout()
        bar.addWidget(self.versions_button)
        bar.addWidget(self.letter_button)
        bar.addStretch(1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.new_version_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.issue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.general)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(bar)

        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self.issue)
        self.new_version_button.clicked.connect(self.ask_new_version)
        self.discard_button.clicked.connect(self.ask_discard)
        self.versions_button.clicked.connect(self.show_versions)
        self.letter_button.clicked.connect(self.print_letter)
        self.headline.setText(self.tr("Advice"))
        self.state_label.setText(self.tr("Loading…"))
        self._set_editable(False)
        self._update_buttons()

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # --- building ---------------------------------------------------------------------------

    def _message(self, path: str) -> FieldMessage:
        message = FieldMessage()
        message.setObjectName(f"{path}Message")
        message.setWordWrap(True)
        self._messages[path] = message
        return message

    def _build_care(self) -> QGroupBox:
        group = QGroupBox(self.tr("Advised care"))
        group.setObjectName("careGroup")
        layout = QVBoxLayout(group)
        self.no_new_care = QCheckBox(self.tr("No new care needed"))
        self.no_new_care.setObjectName("noNewCare")
        self.no_new_care_reason = QPlainTextEdit()
        self.no_new_care_reason.setObjectName("noNewCareReason")
        self.no_new_care_reason.setPlaceholderText(self.tr("Why no new care is needed"))
        self.no_new_care_reason.setTabChangesFocus(True)
        self.no_new_care_reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        layout.addWidget(self.no_new_care)
        layout.addWidget(self._message("no_new_care"))
        layout.addWidget(self.no_new_care_reason)
        layout.addWidget(self._message("no_new_care_reason"))
        layout.addWidget(self._message("care_items"))
        self.care: RowEditor[CareItemRow] = RowEditor(self._make_care_row, self.tr("Add care"))
        self.care.setObjectName("careItemsEditor")
        self.care.add_button.setObjectName("addCareItem")
        layout.addWidget(self.care)
        self.totals = QLabel()
        self.totals.setObjectName("adviceTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.totals)
        self.no_new_care.toggled.connect(self._no_new_care_toggled)
        self.no_new_care_reason.textChanged.connect(lambda: self._edited("no_new_care_reason"))
        self.care.changed.connect(lambda: self._edited("care_items"))
        self._no_new_care_toggled(False, edited=False)
        return group

    def _build_goals(self) -> QGroupBox:
        group = QGroupBox(self.tr("Feasible goals"))
        group.setObjectName("goalsGroup")
        layout = QVBoxLayout(group)
        layout.addWidget(self._message("goals"))
        self.goals: RowEditor[GoalRow] = RowEditor(self._make_goal_row, self.tr("Add goal"))
        self.goals.setObjectName("goalsEditor")
        self.goals.add_button.setObjectName("addGoal")
        layout.addWidget(self.goals)
        self.goals.changed.connect(lambda: self._edited("goals"))
        return group

    def _build_direction(self) -> QGroupBox:
        group = QGroupBox(self.tr("Case direction and rationale"))
        group.setObjectName("directionGroup")
        form = QFormLayout(group)
        self.director_name = QLineEdit()
        self.director_name.setObjectName("caseDirectorName")
        self.director_name.setPlaceholderText(self.tr("Who directs the case (regiehouder)"))
        self.director_organisation = QLineEdit()
        self.director_organisation.setObjectName("caseDirectorOrganisation")
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(
            self.tr("Why this care, by these providers, now: the team's reasoning.")
        )
        self.rationale.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.rationale.setMaximumHeight(self.fontMetrics().lineSpacing() * 10 + 12)
        for label, widget, path in (
            (self.tr("Case director"), self.director_name, "case_director_name"),
            (self.tr("Organisation"), self.director_organisation, "case_director_organisation"),
            (self.tr("Rationale"), self.rationale, "rationale"),
        ):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self._message(path))
            form.addRow(label, box)
        self.director_name.textChanged.connect(lambda _t: self._edited("case_director_name"))
        self.director_organisation.textChanged.connect(
            lambda _t: self._edited("case_director_organisation")
        )
        self.rationale.textChanged.connect(lambda: self._edited("rationale"))
        return group

    def _build_recipients(self) -> QGroupBox:
        group = QGroupBox(self.tr("Addressees of the letter"))
        group.setObjectName("recipientsGroup")
        layout = QVBoxLayout(group)
        layout.addWidget(self._message("recipients"))
        self.recipients: RowEditor[RecipientRow] = RowEditor(
            self._make_recipient_row, self.tr("Add addressee")
        )
        self.recipients.setObjectName("recipientsEditor")
        self.recipients.add_button.setObjectName("addRecipient")
        layout.addWidget(self.recipients)
        self.recipients.changed.connect(lambda: self._edited("recipients"))
        return group

    def _default_municipality(self) -> str:
        d = self.detail
        chosen = d.funding_municipality or d.residence_municipality
        return chosen.code if chosen is not None else ""

    def _make_care_row(self) -> CareItemRow:
        row = CareItemRow(
            self._active_kinds, self._choices.municipalities, self._default_municipality()
        )
        row.fresh = not self._loading
        row.changed.connect(lambda _n: self._edited(None))
        row.pick_provider.connect(lambda r=row: self.choose_provider(r))
        return row

    def _make_goal_row(self) -> GoalRow:
        row = GoalRow()
        row.fresh = not self._loading
        row.changed.connect(lambda _n: self._edited(None))
        return row

    def _make_recipient_row(self) -> RecipientRow:
        row = RecipientRow()
        row.fresh = not self._loading
        row.changed.connect(lambda _n: self._edited(None))
        return row

    # --- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.reload()

    def reload(self) -> None:
        self._started = True
        self._run(load_op(self.detail.id, self.may_draft), self._loaded)

    def _loaded(self, load: AdviceLoad) -> None:
        self._kind_labels = {code: label for code, label, _active in load.kinds}
        self._active_kinds = [(code, label) for code, label, active in load.kinds if active]
        self._apply(load.state, load.suggested)

    def set_case(self, detail: CaseDetail) -> None:
        """The case changed elsewhere (the header moved its status): what may happen next
        may have changed with it."""
        status_changed = detail.status != self.detail.status
        self.detail = detail
        if status_changed and self.loaded and not self._dirty:
            self.reload()

    def _apply(self, state: AdviceState, suggested: AdviceDraft | None = None) -> None:
        self.state = state
        self.shown = state.draft or state.current
        self._row_version = state.draft.row_version if state.draft is not None else None
        self.editable = self.may_draft and (
            state.draft is not None or (not state.versions and state.case_status in DRAFTABLE)
        )
        if self.shown is not None:
            self._fill(self.shown.to_draft(), self.shown)
        else:
            self._fill(suggested or AdviceDraft(), None)
        self._touched.clear()
        self._show_all = state.draft is not None  # a saved draft: show what issuing still needs
        self._problems = []
        self._set_editable(self.editable)
        self._show_banner()
        self._set_dirty(False)
        self._show_problems([])
        self.loaded = True
        self._update_buttons()
        self.state_changed.emit(state)
        if self.editable and self._show_all:
            self._validate()

    def _fill(self, draft: AdviceDraft, view: AdviceView | None) -> None:
        self._loading = True
        self._meeting_id = draft.meeting_id
        self.rationale.setPlainText(draft.rationale)
        self.director_name.setText(draft.case_director_name)
        self.director_organisation.setText(draft.case_director_organisation)
        self.no_new_care_reason.setPlainText(draft.no_new_care_reason)
        self.no_new_care.setChecked(draft.no_new_care)
        self._no_new_care_toggled(draft.no_new_care, edited=False)
        self.care.clear_rows()
        for i, item in enumerate(draft.care_items):
            shown = view.care_items[i] if view is not None else None
            self.care.add_row().set_value(
                item,
                kind_label=shown.care_kind.label
                if shown
                else self._kind_labels.get(item.care_kind_code, ""),
                provider_name=shown.provider_name
                if shown
                else self._providers.get(item.provider_id or -1, ""),
                municipality_label=shown.funding_municipality.label
                if shown
                else self._municipality_names.get(item.funding_municipality_code, ""),
            )
        self.goals.clear_rows()
        for goal in draft.goals:
            self.goals.add_row().set_value(goal)
        self.recipients.clear_rows()
        for recipient in draft.recipients:
            self.recipients.add_row().set_value(recipient)
        for editor in (self.care, self.goals, self.recipients):
            for row in editor.rows:
                row.touched.clear()
        self._loading = False
        self._update_totals()

    def _show_banner(self) -> None:
        state = self.state
        if state is None:
            return
        language = current_language()
        lines: list[str] = []
        current, draft = state.current, state.draft
        if draft is not None:
            self.headline.setText(self.tr("Draft advice — version {n}").format(n=draft.number))
            style = DRAFT_STYLE
            if draft.change_reason:
                lines.append(
                    self.tr("Reason for the new version: {reason}").format(
                        reason=draft.change_reason
                    )
                )
            if current is not None:
                lines.append(
                    self.tr(
                        "Version {n}, issued on {date} by {name}, stays in force until this version is issued."
                    ).format(n=current.number, date=day(current.issued_on), name=current.issued_by)
                )
            elif self.may_issue:
                lines.append(self.tr("Save the draft as you go; issue it when it is complete."))
            elif self.may_draft:
                lines.append(
                    self.tr("The chair (voorzitter) issues the advice once it is complete.")
                )
        elif current is not None:
            self.headline.setText(self.tr("Issued advice — version {n}").format(n=current.number))
            style = ISSUED_STYLE
            lines.append(
                self.tr(
                    "Issued on {date} by {name}. Binding: it cannot be changed; a change is a new version with a reason."
                ).format(date=day(current.issued_on), name=current.issued_by)
            )
            if current.change_reason:
                lines.append(
                    self.tr("Reason for this version: {reason}").format(
                        reason=current.change_reason
                    )
                )
        else:
            self.headline.setText(self.tr("No advice yet"))
            style = NONE_STYLE
            if state.case_status not in DRAFTABLE:
                lines.append(
                    self.tr("A case that is '{status}' takes no advice.").format(
                        status=state.case_status.label(language).lower()
                    )
                )
            elif self.may_draft:
                lines.append(
                    self.tr("Build the advice below and save it as a draft; the chair issues it.")
                )
            else:
                lines.append(self.tr("The chair and the coordinator draft the advice."))
        superseded = [v for v in state.versions if v.superseded]
        if superseded:
            lines.append(
                self.tr("Superseded: {versions}.").format(
                    versions=", ".join(
                        self.tr("version {n} of {date}").format(n=v.number, date=day(v.issued_on))
                        for v in superseded
                    )
                )
            )
        shown = self.shown
        if shown is not None and shown.meeting_starts_at is not None:
            lines.append(
                self.tr("Discussed in the meeting of {date}.").format(
                    date=day(shown.meeting_starts_at.date())
                )
            )
        if not self.may_draft:
            lines.append(self.tr("You can read the advice; your role does not change it."))
        self.banner.setStyleSheet(f"#adviceBanner {{ {style} }}")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner.layout().setContentsMargins(10, 8, 10, 8)  # type: ignore[union-attr]
        self.state_label.setText("\n".join(lines))

    def _set_editable(self, editable: bool) -> None:
        # Read-only rather than disabled text: an issued advice stays legible and its text
        # can be selected and copied; the window's background colour says it is not input.
        background = self.palette().color(
            QPalette.ColorRole.Base if editable else QPalette.ColorRole.Window
        )
        texts: list[QLineEdit | QPlainTextEdit] = [
            *self.content.findChildren(QLineEdit),
            *self.content.findChildren(QPlainTextEdit),
        ]
        for edit in texts:
            if edit.objectName() != "providerName":  # chosen through the picker only
                edit.setReadOnly(not editable)
            palette = edit.palette()
            palette.setColor(QPalette.ColorRole.Base, background)
            edit.setPalette(palette)
        for combo in self.content.findChildren(QComboBox):
            combo.setEnabled(editable)
        for box in self.content.findChildren(QCheckBox):
            box.setEnabled(editable)
        for button in self.content.findChildren(QPushButton, "chooseProvider"):
            button.setVisible(editable)
        for editor in (self.care, self.goals, self.recipients):
            editor.set_read_only(not editable)
        if editable:
            self._no_new_care_toggled(self.no_new_care.isChecked(), edited=False)

    def _update_buttons(self) -> None:
        state, idle = self.state, self._busy == 0
        has_draft = state is not None and state.draft is not None
        self.save_button.setEnabled(idle and self.editable)
        self.issue_button.setEnabled(idle and self.editable and self.may_issue)
        self.discard_button.setEnabled(idle and self.may_draft and has_draft)
        self.new_version_button.setEnabled(
            idle
            and self.may_draft
            and state is not None
            and state.current is not None
            and not has_draft
            and state.case_status in DRAFTABLE
        )
        self.versions_button.setEnabled(state is not None and bool(state.versions))
        self.letter_button.setEnabled(idle and self.may_print and self.shown is not None)

    # --- editing --------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _edited(self, path: str | None) -> None:
        if self._loading:
            return
        if path is not None:
            self._touched.add(path)
        self._update_totals()
        if not self.editable:
            return
        self._set_dirty(True)
        self._show_problems(self._problems)  # what cannot even be read, at once
        self._validate_timer.start()

    def _no_new_care_toggled(self, checked: bool, *, edited: bool = True) -> None:
        self.no_new_care_reason.setVisible(checked)
        # The care items stay on screen (greyed) but are left out of the advice while the
        # box is ticked: unticking brings them back.
        self.care.setEnabled(not checked)
        self.totals.setVisible(not checked)
        if edited:
            self._edited("no_new_care")

    def _update_totals(self) -> None:
        per_municipality: dict[str, Decimal] = {}
        total = Decimal("0.00")
        for row in self.care.rows:
            cost = row.cost_value()
            if cost is None:
                continue
            code = row.funding.value() or ""
            name = self._municipality_names.get(code) or row.funding.currentText() or "?"
            per_municipality[name] = per_municipality.get(name, Decimal("0.00")) + cost
            total += cost
        if not self.care.rows:
            self.totals.setText("")
            return
        parts = [f"{name} {euros(amount)}" for name, amount in sorted(per_municipality.items())]
        text = self.tr("Expected cost in total: {total}").format(total=euros(total))
        if len(per_municipality) > 1 or parts:
            text += "\n" + self.tr("Per municipality: {parts}").format(parts="; ".join(parts))
        self.totals.setText(text)

    def draft(self) -> AdviceDraft:
        no_care = self.no_new_care.isChecked()
        return AdviceDraft(
            rationale=self.rationale.toPlainText(),
            case_director_name=self.director_name.text(),
            case_director_organisation=self.director_organisation.text(),
            no_new_care=no_care,
            no_new_care_reason=self.no_new_care_reason.toPlainText() if no_care else "",
            care_items=[] if no_care else [row.value() for row in self.care.rows],
            goals=[row.value() for row in self.goals.rows],
            recipients=[row.value() for row in self.recipients.rows],
            meeting_id=self._meeting_id,
        )

    def choose_provider(self, row: CareItemRow) -> None:
        from ui.advice.provider_picker import ProviderPicker

        if not self.editable:
            return
        picker = ProviderPicker(
            self._db,
            kinds=self._kind_labels,
            care_kind_code=row.care_kind.currentData() or "",
            age=self.detail.young_person.age,
            parent=self,
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(provider: Any) -> None:
            if shiboken6.isValid(row) and row in self.care.rows:
                row.set_provider(provider.id, provider.name)

        picker.chosen.connect(chosen)
        self.picker = picker
        picker.open()

    # --- checking -------------------------------------------------------------------------------

    def _validate(self) -> None:
        if not self.editable or self.state is None:
            return
        self._generation += 1
        generation = self._generation
        self._db.run(
            problems_op(self.detail.id, self.draft()),
            on_done=lambda problems: self._validated(generation, problems),
            on_error=lambda *_: None,
            owner=self,
        )

    def _validated(self, generation: int, problems: list[FieldProblem]) -> None:
        if generation == self._generation:
            self._show_problems(problems)

    def _visible(self, path: str) -> bool:
        return self._show_all or path in self._touched

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        self._problems = problems
        top: dict[str, list[str]] = {}
        rows: dict[tuple[str, int], dict[str, list[str]]] = {}
        general: list[str] = []
        for problem in problems:
            text = _text(problem)
            match = ROW_PATH.match(problem.field)
            if match is not None:
                kind, index, field = match.group(1), int(match.group(2)), match.group(3) or ""
                rows.setdefault((kind, index), {}).setdefault(field, []).append(text)
            elif problem.field in self._messages:
                top.setdefault(problem.field, []).append(text)
            else:
                general.append(text)
        for path, message in self._messages.items():
            message.show_text(" ".join(top.get(path, [])) if self._visible(path) else "")
        for kind, editor in (
            ("care_items", self.care),
            ("goals", self.goals),
            ("recipients", self.recipients),
        ):
            for index, row in enumerate(editor.rows):
                row.show_problems(rows.get((kind, index), {}), self._show_all)
        self.general.show_text(" ".join(general) if self._show_all else "")

    def problem_texts(self) -> dict[str, str]:
        """Every message on screen by its field path (for tests and the status line)."""
        found = {path: m.text() for path, m in self._messages.items() if m.text()}
        for kind, editor in (
            ("care_items", self.care),
            ("goals", self.goals),
            ("recipients", self.recipients),
        ):
            for index, row in enumerate(editor.rows):
                for name, message in row.messages.items():
                    if message.text():
                        found[f"{kind}.{index}.{name}"] = message.text()
                if row.message.text():
                    found[f"{kind}.{index}"] = row.message.text()
        if self.general.text():
            found[""] = self.general.text()
        return found

    # --- acting ---------------------------------------------------------------------------------

    def _run(
        self,
        op: Op,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str | None], None] | None = None,
    ) -> None:
        self._busy += 1
        self._update_buttons()

        def done(result: Any) -> None:
            self._busy -= 1
            on_done(result)
            self._update_buttons()

        def failed(exc: BaseException, crash: str | None) -> None:
            self._busy -= 1
            (on_error or self._failed)(exc, crash)
            self._update_buttons()

        self._db.run(op, on_done=done, on_error=failed, owner=self)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        """A refusal in the status line; a field problem next to its field; a bug in a box."""
        if crash is None and isinstance(exc, ValidationError):
            self._show_everything()
            self._show_problems(exc.problems)
            self._say(self.tr("Not done: see the marked fields."), error=True)
            return
        text = error_text(exc) if crash is None else ""
        if text:
            self._say(text, error=True)
        else:
            show_error(self, exc, crash)

    def _show_everything(self) -> None:
        """After a save or issue attempt: every problem, also in rows just added."""
        self._show_all = True
        for editor in (self.care, self.goals, self.recipients):
            for row in editor.rows:
                row.fresh = False

    def save(self) -> None:
        """Save the draft. Also asked of an issued advice: the service says why not."""
        self._show_everything()
        self._say(self.tr("Saving…"))
        self._run(save_op(self.detail.id, self.draft(), self._row_version), self._saved)

    def _saved(self, state: AdviceState) -> None:
        self._apply(state)
        self._say(self.tr("Draft saved at {time}.").format(time=datetime.now().strftime("%H:%M")))

    def issue(self) -> None:
        """Ask the chair to confirm; issuing happens when the confirmation is given."""
        state = self.state
        if state is None:
            return
        number = state.draft.number if state.draft is not None else 1
        box = QMessageBox(self)
        box.setObjectName("confirmIssue")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue the binding advice"))
        box.setText(
            self.tr("Issue version {n} of the advice for {reference}?").format(
                n=number, reference=state.case_reference
            )
        )
        box.setInformativeText(
            self.tr(
                "Once issued, the advice is binding for the providers and the municipality, and it cannot be changed: a change is a new version with a reason."
            )
        )
        confirm = box.addButton(self.tr("Issue advice"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._issue_confirmed() if button is confirm else None
        )
        self.confirm_box, self.confirm_button = box, confirm
        box.open()

    def _issue_confirmed(self) -> None:
        self.confirm_box = self.confirm_button = None
        state = self.state
        if state is None:
            return
        self._show_everything()
        self._say(self.tr("Issuing…"))
        needs_save = self._dirty or state.draft is None
        self._run(
            issue_op(self.detail.id, self.draft() if needs_save else None, self._row_version),
            self._issued,
        )

    def _issued(self, result: IssueResult) -> None:
        self._apply(result.state)
        if result.error is not None:
            self._failed(result.error, None)
            if isinstance(result.error, ValidationError):
                self._say(
                    self.tr("The draft is saved but not issued: see the marked fields."),
                    error=True,
                )
            return
        current = result.state.current
        if current is not None:
            self._say(
                self.tr("Version {n} is issued. The advice is binding from now on.").format(
                    n=current.number
                )
            )
        if result.detail is not None:
            self.detail = result.detail  # before the header's change comes back here
            self.case_changed.emit(result.detail)

    def ask_new_version(self) -> None:
        state = self.state
        if state is None or state.current is None:
            return
        dialog = NewVersionDialog(state.current.number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open_new_version(dialog.reason.toPlainText()))
        self.reason_dialog = dialog
        dialog.open()

    def _open_new_version(self, reason: str) -> None:
        self.reason_dialog = None
        self._say(self.tr("Opening a new version…"))
        self._run(new_version_op(self.detail.id, reason), self._version_opened)

    def _version_opened(self, state: AdviceState) -> None:
        self._apply(state)
        draft = state.draft
        if draft is not None:
            self._say(
                self.tr(
                    "Version {n} is open as a draft, starting from the version in force."
                ).format(n=draft.number)
            )

    def ask_discard(self) -> None:
        state = self.state
        if state is None or state.draft is None:
            return
        draft = state.draft
        box = QMessageBox(self)
        box.setObjectName("confirmDiscard")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Discard draft"))
        box.setText(self.tr("Discard draft version {n}?").format(n=draft.number))
        box.setInformativeText(
            self.tr("What it holds is deleted. Issued versions stay as they are.")
        )
        confirm = box.addButton(self.tr("Discard draft"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._discard(draft.id) if button is confirm else None
        )
        self.confirm_box, self.confirm_button = box, confirm
        box.open()

    def _discard(self, advice_id: int) -> None:
        self.confirm_box = self.confirm_button = None
        self._run(discard_op(advice_id), lambda _state: self._discarded())

    def _discarded(self) -> None:
        self._say(self.tr("The draft is discarded."))
        self.reload()

    def show_versions(self) -> None:
        from ui.advice.versions_dialog import VersionsDialog

        if self.state is None or not self.state.versions:
            return
        dialog = VersionsDialog(self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.versions_dialog = dialog
        dialog.open()

    def print_letter(self) -> None:
        from ui.documents import export_pdf

        shown = self.shown
        if shown is None:
            return
        if self._dirty and not shown.is_issued:
            self._say(self.tr("Save the draft first: the letter shows what is saved."), error=True)
            return
        name = f"Advies {shown.case_reference} versie {shown.number}"
        if not shown.is_issued:
            name += " CONCEPT"
        export_pdf(
            self,
            self._db,
            letter_maker(shown.id),
            name + ".pdf",
            on_done=lambda path: self._say(
                self.tr("The letter is saved as {path}.").format(path=str(path))
            ),
        )
