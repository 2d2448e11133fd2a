"""A new learning-table session: a title and a date, then the cases, found by a filter
(closed in a period, themes, bottlenecks, references) and ticked by hand.

The references and names are shown here because the coordinator chooses by them; they
stay in the team (the export carries neither).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.learning_views import CandidateCase, CaseFilter
from expertteam_app.services.reference import ListItemRow
from ui.admin.base import AdminDialog, action_button, with_message
from ui.i18n import current_language
from ui.learning.models import CandidateModel
from ui.session import SessionInfo
from ui.widgets import CheckList, DateField, FieldMessage
from ui.worker import Database, JobContext, Op


def filter_choices_op(ctx: JobContext) -> tuple[list[ListItemRow], list[ListItemRow]]:
    from expertteam_app.domain.enums import ListKind
    from expertteam_app.services import reference

    with ctx.unit_of_work(write=False) as uow:
        return (
            reference.list_items(uow, ListKind.THEME),
            reference.list_items(uow, ListKind.BOTTLENECK),
        )


def candidates_op(case_filter: CaseFilter) -> Op:
    def op(ctx: JobContext) -> list[CandidateCase]:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:  # names are read: the service logs it
            return learning.candidate_cases(uow, case_filter)

    return op


def create_op(title: str, held_on: date, case_ids: list[int]) -> Op:
    def op(ctx: JobContext) -> int:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:
            return learning.create_session(uow, title, held_on, case_ids)

    return op


class NewSessionDialog(AdminDialog):
    created = Signal(int)  # the new session's id

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("New learning-table session"))
        self.model = CandidateModel(self)
        self.messages: dict[str, FieldMessage] = {}

        self.title = QLineEdit()
        self.title.setObjectName("sessionTitle")
        self.title.setPlaceholderText(self.tr("e.g. Leertafel thuiszitters"))
        self.held_on = DateField()
        self.held_on.setObjectName("sessionDate")
        self.held_on.set_value(date.today())

        self.closed_from = DateField()
        self.closed_from.setObjectName("closedFrom")
        self.closed_to = DateField()
        self.closed_to.setObjectName("closedTo")
        self.references = QLineEdit()
        self.references.setObjectName("caseReferences")
        self.references.setPlaceholderText(self.tr("ET-2026-0001, ET-2026-0002"))
        self.all_cases = QCheckBox(self.tr("All cases (ignore the filter)"))
        self.all_cases.setObjectName("allCases")
        self.themes = CheckList()
        self.themes.setObjectName("themeChoice")
        self.bottlenecks = CheckList()
        self.bottlenecks.setObjectName("bottleneckChoice")
        for chooser in (self.themes, self.bottlenecks):
            chooser.setMaximumHeight(110)
        self.search_button = action_button(self.tr("Search"), "searchCandidates")
        self.found = QLabel()
        self.found.setObjectName("candidateCount")

        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 220, 130, 100)):
            self.table.setColumnWidth(column, width)
        self.select_all = action_button(self.tr("Select all"), "selectAll")
        self.select_none = action_button(self.tr("Select none"), "selectNone")
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCount")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button: QPushButton = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createSession")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self._field(self.title, "title"))
        form.addRow(self.tr("Date of the session"), self._field(self.held_on, "held_on"))

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Closed from")))
        period.addWidget(self.closed_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.closed_to)
        period.addStretch(1)
        period.addWidget(self.all_cases)
        lists = QHBoxLayout()
        for caption, chooser in (
            (self.tr("Themes (any of)"), self.themes),
            (self.tr("Bottlenecks (any of)"), self.bottlenecks),
        ):
            stacked = QVBoxLayout()
            stacked.addWidget(QLabel(caption))
            stacked.addWidget(chooser)
            lists.addLayout(stacked, 1)
        refs = QHBoxLayout()
        refs.addWidget(QLabel(self.tr("References")))
        refs.addWidget(self.references, 1)
        refs.addWidget(self.search_button)
        filter_box = QGroupBox(self.tr("Find cases"))
        filter_layout = QVBoxLayout(filter_box)
        filter_layout.addLayout(period)
        filter_layout.addWidget(self._message("filter"))
        filter_layout.addLayout(lists)
        filter_layout.addLayout(refs)

        picks = QHBoxLayout()
        picks.addWidget(self.found)
        picks.addStretch(1)
        picks.addWidget(self.chosen)
        picks.addWidget(self.select_all)
        picks.addWidget(self.select_none)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(filter_box)
        layout.addLayout(picks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._message("case_ids"))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

        self.search_button.clicked.connect(self.search)
        self.select_all.clicked.connect(lambda: self.model.set_all(True))
        self.select_none.clicked.connect(lambda: self.model.set_all(False))
        self.model.dataChanged.connect(lambda *_: self._count_chosen())
        self.model.modelReset.connect(self._count_chosen)
        self._count_chosen()
        self.run_job(filter_choices_op, self._choices_arrived)

    def _message(self, path: str) -> FieldMessage:
        message = FieldMessage()
        message.setObjectName(f"{path}Message")
        message.setWordWrap(True)
        self.messages[path] = message
        return message

    def _field(self, widget: QWidget, path: str) -> QWidget:
        return with_message(widget, self._message(path))

    def _choices_arrived(self, lists: tuple[list[ListItemRow], list[ListItemRow]]) -> None:
        themes, bottlenecks = lists
        language = current_language()
        self.themes.set_items((str(i.id), i.text(language)) for i in themes)
        self.bottlenecks.set_items((str(i.id), i.text(language)) for i in bottlenecks)

    def update_actions(self) -> None:
        idle = not self.busy
        self.search_button.setEnabled(idle)
        self.create_button.setEnabled(idle and bool(self.model.checked_ids()))

    def _count_chosen(self) -> None:
        self.chosen.setText(self.tr("{n} chosen").format(n=len(self.model.checked_ids())))
        self.update_actions()

    def case_filter(self) -> CaseFilter | None:
        """The filter as typed; None (with a message) when a date cannot be read."""
        unreadable = [f for f in (self.closed_from, self.closed_to) if f.is_unreadable()]
        if unreadable:
            self.messages["filter"].show_text(self.tr("Type the date as DD-MM-YYYY."))
            return None
        self.messages["filter"].show_text("")
        references = tuple(r.strip() for r in self.references.text().replace(";", ",").split(","))
        return CaseFilter(
            closed_from=self.closed_from.value(),
            closed_to=self.closed_to.value(),
            theme_ids=tuple(int(code) for code in self.themes.codes()),
            bottleneck_ids=tuple(int(code) for code in self.bottlenecks.codes()),
            references=tuple(r for r in references if r),
            all_cases=self.all_cases.isChecked(),
        )

    def search(self) -> None:
        case_filter = self.case_filter()
        if case_filter is None or self.busy:
            return
        self.message.show_text("")
        self.run_job(
            candidates_op(case_filter),
            self._found,
            lambda exc, crash: self.show_problems(exc, crash, self.messages),
        )

    def _found(self, rows: list[CandidateCase]) -> None:
        self.model.set_rows(rows)
        self.found.setText(self.tr("{n} case(s) found").format(n=len(rows)))

    def submit(self) -> None:
        if self.busy:
            return
        held_on = self.held_on.value()
        if held_on is None:
            for message in self.messages.values():
                message.show_text("")
            self.messages["held_on"].show_text(self.tr("Type the date as DD-MM-YYYY."))
            return
        self.run_job(
            create_op(self.title.text().strip(), held_on, self.model.checked_ids()),
            self._created,
            lambda exc, crash: self.show_problems(exc, crash, self.messages),
        )

    def _created(self, session_id: int) -> None:
        self.created.emit(session_id)
        self.accept()
