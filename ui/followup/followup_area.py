"""The follow-up area of an open case: what became of each advised care item (the
provider's answer, start, end, a dated timeline) and of each goal (its evaluations), for
the advice in force.

The area holds no rules: late items, due evaluations and what this person may record come
from services.followup; its refusals are shown in the dialog that asked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import CareAnswer, CareUpdateKind
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.followup import (
    CareItemFollowUpView,
    FollowUpResult,
    FollowUpView,
    GoalFollowUpView,
)
from ui.followup.area import BANNER_STYLE, CaseArea, heading
from ui.followup.dialogs import (
    AnswerDialog,
    CareItemDialog,
    EndDialog,
    EvaluateDialog,
    RecordDialog,
    StartDialog,
    UpdateDialog,
)
from ui.followup.models import CareItemsModel, GoalsModel
from ui.formatting import day
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op


def load_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> FollowUpView:
        from expertteam_app.services import followup

        with ctx.unit_of_work(write=False) as uow:
            return followup.follow_up(uow, case_id)

    return op


def _table(model: Any, name: str, stretch: tuple[int, ...]) -> QTableView:
    """A read-only table whose `stretch` columns share the width (long text elides, the
    full text is in the tooltip) and whose other columns fit their contents."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class FollowUpArea(CaseArea):
    """The Follow-up tab of an open case. Loads when first shown, and again each time it is
    shown (a new advice version may have been issued in the advice tab meanwhile)."""

    case_changed = Signal(object)  # CaseDetail, after the first start moved the case on

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, detail, parent)
        self.setObjectName("followUpArea")
        self.view: FollowUpView | None = None
        self.dialog: RecordDialog | None = None

        self.banner = QLabel(self.tr("Loading…"))
        self.banner.setObjectName("followUpBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)

        self.care_model = CareItemsModel(self)
        self.care_table = _table(self.care_model, "careItemsTable", (0, 1))
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setAlternatingRowColors(True)  # one entry from the next
        self.timeline_title = heading(self.tr("Timeline"))
        self.answer_button = _button(self.tr("Provider's answer…"), "answerButton")
        self.start_button = _button(self.tr("Care started…"), "startButton")
        self.end_button = _button(self.tr("Care ended…"), "endButton")
        self.update_button = _button(self.tr("Add update…"), "addUpdateButton")
        care_buttons = QHBoxLayout()
        for button in (self.answer_button, self.start_button, self.end_button, self.update_button):
            button.setVisible(self.may_follow_up)
            care_buttons.addWidget(button)
        care_buttons.addStretch(1)
        timeline_box = QVBoxLayout()
        timeline_box.addWidget(self.timeline_title)
        timeline_box.addWidget(self.timeline, 1)
        care_row = QHBoxLayout()
        care_row.addWidget(self.care_table, 5)
        care_row.addLayout(timeline_box, 2)
        self.care_group = QGroupBox(self.tr("Advised care"))
        self.care_group.setObjectName("careFollowUpGroup")
        care_layout = QVBoxLayout(self.care_group)
        care_layout.addLayout(care_row, 1)
        care_layout.addLayout(care_buttons)

        self.goals_model = GoalsModel(self)
        self.goals_table = _table(self.goals_model, "goalsTable", (0,))
        self.evaluations = QListWidget()
        self.evaluations.setObjectName("evaluations")
        self.evaluations.setWordWrap(True)
        self.evaluations.setSpacing(3)
        self.evaluations.setAlternatingRowColors(True)
        self.evaluate_button = _button(self.tr("Evaluate goal…"), "evaluateButton")
        self.evaluate_button.setVisible(self.may_follow_up)
        self.summary = QLabel()
        self.summary.setObjectName("goalSummary")
        self.summary.setWordWrap(True)
        evaluations_box = QVBoxLayout()
        evaluations_box.addWidget(heading(self.tr("Evaluations")))
        evaluations_box.addWidget(self.evaluations, 1)
        goals_row = QHBoxLayout()
        goals_row.addWidget(self.goals_table, 5)
        goals_row.addLayout(evaluations_box, 2)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.summary, 1)
        goal_buttons.addWidget(self.evaluate_button)
        self.goals_group = QGroupBox(self.tr("Goals"))
        self.goals_group.setObjectName("goalsFollowUpGroup")
        goals_layout = QVBoxLayout(self.goals_group)
        goals_layout.addLayout(goals_row, 1)
        goals_layout.addLayout(goal_buttons)

        self.status.setObjectName("followUpStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.care_group, 3)
        layout.addWidget(self.goals_group, 2)
        layout.addWidget(self.status)
        self.care_group.hide()
        self.goals_group.hide()

        self.care_table.selectionModel().currentRowChanged.connect(lambda *_: self._item_selected())
        self.goals_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._goal_selected()
        )
        self.answer_button.clicked.connect(lambda: self._open_item_dialog(AnswerDialog))
        self.start_button.clicked.connect(lambda: self._open_item_dialog(StartDialog))
        self.end_button.clicked.connect(lambda: self._open_item_dialog(EndDialog))
        self.update_button.clicked.connect(lambda: self._open_item_dialog(UpdateDialog))
        self.evaluate_button.clicked.connect(self._evaluate)
        self.care_table.doubleClicked.connect(lambda _i: self._default_action())
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        self._started = True
        self._db.run(
            load_op(self.detail.id), on_done=self._apply, on_error=self._failed, owner=self
        )

    def set_case(self, detail: CaseDetail) -> None:
        """The case changed elsewhere (its status moved): what may be recorded may have too."""
        same = detail == self.detail
        self.detail = detail
        if self.loaded and not same:
            self.reload()

    def _apply(self, view: FollowUpView) -> None:
        keep_item = self.selected_item()
        keep_goal = self.selected_goal()
        self.view = view
        self.loaded = True
        self._show_banner(view)
        has_advice = view.has_advice
        self.care_group.setVisible(has_advice)
        self.goals_group.setVisible(has_advice)
        self.care_model.set_items(view.care_items)
        self.goals_model.set_goals(view.goals)
        self.summary.setText(
            self.tr("Goals: {summary}").format(summary=view.goal_summary.text(current_language()))
            if view.goals
            else self.tr("This advice has no goals.")
        )
        self._select(
            self.care_table,
            self.care_model.row_of(keep_item.care_item_id) if keep_item else -1,
        )
        self._select(
            self.goals_table, self.goals_model.row_of(keep_goal.goal_id) if keep_goal else -1
        )
        self._item_selected()
        self._goal_selected()

    @staticmethod
    def _select(table: QTableView, row: int) -> None:
        model = table.model()
        if model.rowCount() == 0:
            return
        table.selectRow(max(row, 0))
        table.setCurrentIndex(model.index(max(row, 0), 0))

    def _show_banner(self, view: FollowUpView) -> None:
        if not view.has_advice:
            self.banner.setText(
                self.tr(
                    "There is no issued advice yet. Follow-up starts once the chair has issued "
                    "the binding advice."
                )
            )
            return
        lines = [
            self.tr("Follow-up of advice version {n}, issued on {date}.").format(
                n=view.advice_number, date=day(view.issued_on)
            )
        ]
        late = sum(1 for item in view.care_items if item.late)
        if late:
            lines.append(
                self.tr("{count} care item(s) past the latest start date and not started.").format(
                    count=late
                )
            )
        due = sum(1 for goal in view.goals if goal.due)
        if due:
            lines.append(self.tr("{count} goal evaluation(s) due.").format(count=due))
        if not self.may_follow_up:
            lines.append(self.tr("You can read the follow-up; your role does not record it."))
        elif not view.may_record:
            lines.append(
                self.tr("This case is '{status}': reopen it to record follow-up.").format(
                    status=view.case_status.label(current_language()).lower()
                )
            )
        self.banner.setText("\n".join(lines))

    # --- selection --------------------------------------------------------------------------

    def selected_item(self) -> CareItemFollowUpView | None:
        index = self.care_table.currentIndex()
        if not index.isValid() or index.row() >= self.care_model.rowCount():
            return None
        return self.care_model.item(index.row())

    def selected_goal(self) -> GoalFollowUpView | None:
        index = self.goals_table.currentIndex()
        if not index.isValid() or index.row() >= self.goals_model.rowCount():
            return None
        return self.goals_model.goal(index.row())

    def select_item(self, care_item_id: int) -> None:
        self._select(self.care_table, self.care_model.row_of(care_item_id))

    def select_goal(self, goal_id: int) -> None:
        self._select(self.goals_table, self.goals_model.row_of(goal_id))

    def _item_selected(self) -> None:
        item = self.selected_item()
        self.timeline.clear()
        if item is None:
            self.timeline_title.setText(self.tr("Timeline"))
        else:
            self.timeline_title.setText(
                self.tr("Timeline: {kind}").format(kind=item.care_kind(current_language()))
            )
            language = current_language()
            for update in item.updates:
                text = f"{day(update.written_on)} · {update.kind.label(language)}"
                if update.text and update.kind != CareUpdateKind.START:
                    text += f"\n{update.text}"
                if update.member_name:
                    text += f"\n— {update.member_name}"
                self.timeline.addItem(QListWidgetItem(text))
            if not item.updates:
                placeholder = QListWidgetItem(self.tr("Nothing recorded yet."))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.timeline.addItem(placeholder)
        self._update_buttons()

    def _goal_selected(self) -> None:
        goal = self.selected_goal()
        self.evaluations.clear()
        if goal is not None:
            language = current_language()
            for evaluation in goal.evaluations:
                text = f"{day(evaluation.evaluated_on)} · {evaluation.outcome.label(language)}"
                if evaluation.note:
                    text += f"\n{evaluation.note}"
                if evaluation.member_name:
                    text += f"\n— {evaluation.member_name}"
                self.evaluations.addItem(QListWidgetItem(text))
            if not goal.evaluations:
                placeholder = QListWidgetItem(
                    self.tr("Not evaluated yet; evaluation moment {date}.").format(
                        date=day(goal.evaluation_date)
                    )
                )
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.evaluations.addItem(placeholder)
        self._update_buttons()

    def _update_buttons(self) -> None:
        may = self.may_follow_up and self.view is not None and self.view.may_record
        item = self.selected_item()
        chosen = may and item is not None
        self.answer_button.setEnabled(chosen)
        self.update_button.setEnabled(chosen)
        declined = item is not None and item.answer == CareAnswer.DECLINED
        self.start_button.setEnabled(
            chosen and item is not None and item.started_on is None and not declined
        )
        self.start_button.setToolTip(
            self.tr("Declined: record first that the provider accepts after all.")
            if declined
            else ""
        )
        self.end_button.setEnabled(
            chosen and item is not None and item.started_on is not None and item.ended_on is None
        )
        self.evaluate_button.setEnabled(may and self.selected_goal() is not None)

    # --- recording --------------------------------------------------------------------------

    def _default_action(self) -> None:
        if self.start_button.isVisible() and self.start_button.isEnabled():
            self._open_item_dialog(StartDialog)
        elif self.answer_button.isVisible() and self.answer_button.isEnabled():
            self._open_item_dialog(AnswerDialog)

    def _open_item_dialog(self, kind: type[CareItemDialog]) -> None:
        item = self.selected_item()
        if item is None or not self.may_follow_up:
            return
        self._open(kind(self._db, self._info, item, self))

    def _evaluate(self) -> None:
        goal = self.selected_goal()
        if goal is None or not self.may_follow_up:
            return
        self._open(EvaluateDialog(self._db, self._info, goal, self))

    def _open(self, dialog: RecordDialog) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
        self.dialog = dialog
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.open()

    def _forget(self, dialog: RecordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _recorded(self, result: FollowUpResult) -> None:
        self._say(self.tr("Recorded."))
        self._apply(result.view)
        if result.moved is not None:
            self.detail = result.moved  # before the header's change comes back here
            self.case_changed.emit(result.moved)
