"""Plan or change a meeting: when and where, who chairs and attends, guests, and the agenda.

The agenda is built by searching the cases that may be discussed (the service decides
which), in the order they will be discussed, each with its preparation text. Saving runs
plan_meeting or update_meeting on the worker; its problems appear next to the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import CaseStatus, GuestRole, Role
from expertteam_app.errors import ValidationError
from expertteam_app.services.meetings import (
    AgendaInput,
    CaseChoice,
    GuestInput,
    GuestView,
    MeetingInput,
    MeetingView,
    MemberChoice,
)
from ui.admin.base import AdminDialog, action_button, problem_text, with_message
from ui.formatting import day
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import CheckList, DateField, EnumCombo, FieldMessage, RowEditor
from ui.worker import Database, JobContext, Op

SEARCH_DELAY_MS = 250
DEFAULT_TIME = QTime(14, 0)


@dataclass(frozen=True)
class AgendaEntry:
    """One case on the agenda as the dialog holds it."""

    case_id: int
    reference: str
    name: str
    status: CaseStatus
    preparation: str = ""
    has_minutes: bool = False


def search_op(text: str) -> Op:
    def op(ctx: JobContext) -> list[CaseChoice]:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            return meetings.schedulable_cases(uow, text)

    return op


def save_op(data: MeetingInput, meeting_id: int | None, version: int | None) -> Op:
    def op(ctx: JobContext) -> MeetingView:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            if meeting_id is None:
                return meetings.plan_meeting(uow, data)
            return meetings.update_meeting(uow, meeting_id, data, expected_version=version)

    return op


class GuestRow(QWidget):
    """A guest: name, role, organisation, and the case they come for (or the whole meeting)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("guestName")
        self.name.setPlaceholderText(self.tr("Name"))
        self.role: EnumCombo[GuestRole] = EnumCombo(GuestRole)
        self.role.setObjectName("guestRole")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("guestOrganisation")
        self.organisation.setPlaceholderText(self.tr("Organisation"))
        self.case = QComboBox()
        self.case.setObjectName("guestCase")
        self.name_message = FieldMessage()
        self.case_message = FieldMessage()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.role, 0, 1)
        grid.addWidget(self.name_message, 1, 0, 1, 2)
        grid.addWidget(self.organisation, 2, 0)
        grid.addWidget(self.case, 2, 1)
        grid.addWidget(self.case_message, 3, 0, 1, 2)
        # The typed fields take the width; the two choices stay as wide as their texts.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for combo in (self.role, self.case):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.set_cases([])
        self.name.textChanged.connect(self.changed)
        self.organisation.textChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.case.currentIndexChanged.connect(self.changed)

    def set_cases(self, entries: list[AgendaEntry]) -> None:
        """Offer the agenda's cases; keep the chosen one while it is still on the agenda."""
        current = self.case.currentData()
        self.case.blockSignals(True)
        self.case.clear()
        self.case.addItem(self.tr("For the whole meeting"), None)
        for entry in entries:
            self.case.addItem(f"{entry.reference} — {entry.name}", entry.case_id)
        index = self.case.findData(current) if current is not None else 0
        self.case.setCurrentIndex(max(index, 0))
        self.case.blockSignals(False)

    def set_value(self, guest: GuestView) -> None:
        self.name.setText(guest.name)
        self.role.set_value(guest.role)
        self.organisation.setText(guest.organisation)
        if guest.case_id is not None:
            self.case.setCurrentIndex(max(self.case.findData(guest.case_id), 0))

    def value(self) -> GuestInput:
        return GuestInput(
            name=self.name.text(),
            role=self.role.value() or GuestRole.OTHER,
            organisation=self.organisation.text(),
            case_id=self.case.currentData(),
        )


class MeetingDialog(AdminDialog):
    """Window-modal (`open()`); `saved` carries the MeetingView the service returned."""

    saved = Signal(object)  # MeetingView

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        members: list[MemberChoice],
        meeting: MeetingView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, parent)
        self.meeting = meeting
        self.entries: list[AgendaEntry] = []
        self._choices: list[CaseChoice] = []
        self._search_generation = 0
        self._showing_preparation = False
        language = current_language()
        self.setObjectName("meetingDialog")
        self.setWindowTitle(
            self.tr("New meeting")
            if meeting is None
            else self.tr("Meeting of {date}").format(date=day(meeting.starts_at.date()))
        )

        # --- when, where, who -------------------------------------------------------------
        self.date = DateField()
        self.date.setObjectName("meetingDate")
        self.time = QTimeEdit()
        self.time.setObjectName("meetingTime")
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(DEFAULT_TIME)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setPlaceholderText(self.tr("Room and building, or 'online'"))
        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.title.setPlaceholderText(self.tr("For example: case meeting June"))
        self.chair = QComboBox()
        self.chair.setObjectName("meetingChair")
        self.chair.addItem(self.tr("(choose the chair)"), None)
        for member in members:
            self.chair.addItem(f"{member.name} ({member.role.label(language)})", member.id)
        self.attendees = CheckList()
        self.attendees.setObjectName("attendees")
        self.attendees.set_items((str(m.id), m.name) for m in members)
        self.attendees.setFixedHeight(120)  # the guests below take the room that is left
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("meetingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.guests: RowEditor[GuestRow] = RowEditor(self._make_guest, self.tr("Add guest"))
        self.guests.setObjectName("guests")
        self.guests.add_button.setAutoDefault(False)
        guests_scroll = QScrollArea()
        guests_scroll.setWidgetResizable(True)
        guests_scroll.setWidget(self.guests)
        guests_scroll.setMinimumHeight(150)

        self.field_messages: dict[str, FieldMessage] = {
            "starts_at": FieldMessage(),
            "place": FieldMessage(),
            "chair_id": FieldMessage(),
            "attendee_ids": FieldMessage(),
        }
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.time)
        when.addStretch(1)
        when_box = QWidget()
        when_box.setLayout(when)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Date"), with_message(when_box, self.field_messages["starts_at"]))
        form.addRow(self.tr("Place"), with_message(self.place, self.field_messages["place"]))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Chair"), with_message(self.chair, self.field_messages["chair_id"]))
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow("", self.field_messages["attendee_ids"])
        form.addRow(self.tr("Guests"), guests_scroll)
        form.addRow(self.tr("Notes"), self.notes)

        # --- the agenda -------------------------------------------------------------------
        self.case_search = QLineEdit()
        self.case_search.setObjectName("agendaCaseSearch")
        self.case_search.setPlaceholderText(self.tr("Find a case by reference or name…"))
        self.case_search.setClearButtonEnabled(True)
        self.case_results = QListWidget()
        self.case_results.setObjectName("agendaCaseResults")
        self.case_results.setMinimumHeight(120)
        self.add_case_button = action_button(self.tr("Add to the agenda"), "addAgendaCase")
        self.agenda = QListWidget()
        self.agenda.setObjectName("agendaList")
        self.agenda.setMinimumHeight(140)
        self.up_button = action_button(self.tr("Up"), "agendaUp")
        self.down_button = action_button(self.tr("Down"), "agendaDown")
        self.remove_button = action_button(self.tr("Remove from the agenda"), "agendaRemove")
        self.agenda_message = FieldMessage()
        self.agenda_message.setObjectName("agendaMessage")
        self.agenda_message.setWordWrap(True)
        self.preparation_label = QLabel(self.tr("Preparation for the chosen case"))
        self.preparation = QPlainTextEdit()
        self.preparation.setObjectName("agendaPreparation")
        self.preparation.setTabChangesFocus(True)
        self.preparation.setPlaceholderText(
            self.tr("Explanatory analysis and the question for the table")
        )
        self.preparation.setMinimumHeight(90)

        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.case_search)
        agenda_layout.addWidget(self.case_results)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_case_button)
        agenda_layout.addLayout(add_row)
        agenda_layout.addWidget(QLabel(self.tr("In this order:")))
        agenda_layout.addWidget(self.agenda, 1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        order_row.addWidget(self.remove_button)
        agenda_layout.addLayout(order_row)
        agenda_layout.addWidget(self.agenda_message)
        agenda_layout.addWidget(self.preparation_label)
        agenda_layout.addWidget(self.preparation)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveMeeting")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QWidget()
        left.setLayout(form)
        columns.addWidget(left, 1)
        columns.addWidget(agenda_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.message.setWordWrap(True)
        self.resize(1100, 740)

        self._fill(members, meeting)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_cases)
        self.case_search.textChanged.connect(self._search_timer.start)
        self.case_search.installEventFilter(self)
        self.case_results.installEventFilter(self)
        self.case_results.itemDoubleClicked.connect(lambda _item: self.add_chosen_case())
        self.case_results.currentRowChanged.connect(lambda _row: self.update_actions())
        self.add_case_button.clicked.connect(self.add_chosen_case)
        self.agenda.currentRowChanged.connect(self._agenda_row_changed)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.preparation.textChanged.connect(self._preparation_edited)
        self.update_actions()
        self.search_cases()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the case search or its results adds the case; it must not reach the
        # dialog, where it would press Save.
        if (
            watched in (self.case_search, self.case_results)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_chosen_case()
            return True
        return super().eventFilter(watched, event)

    def _fill(self, members: list[MemberChoice], meeting: MeetingView | None) -> None:
        if meeting is None:
            chair = next((m for m in members if m.role == Role.VOORZITTER), None)
            if chair is not None:
                self.chair.setCurrentIndex(self.chair.findData(chair.id))
            self.attendees.set_codes(str(m.id) for m in members if m.role != Role.BEHEERDER)
            self._render_agenda(-1)
            return
        self.date.set_value(meeting.starts_at.date())
        self.time.setTime(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
        self.place.setText(meeting.place)
        self.title.setText(meeting.title)
        if meeting.chair_id is not None:
            index = self.chair.findData(meeting.chair_id)
            if index < 0:  # a chair who is no longer active stays visible, so the change shows
                self.chair.addItem(meeting.chair_name, meeting.chair_id)
                index = self.chair.count() - 1
            self.chair.setCurrentIndex(index)
        self.attendees.set_codes(str(a.id) for a in meeting.attendees)
        self.notes.setPlainText(meeting.notes)
        self.entries = [
            AgendaEntry(
                a.case_id,
                a.case_reference,
                a.young_person_name,
                a.case_status,
                a.preparation,
                a.has_minutes,
            )
            for a in meeting.agenda
        ]
        self._render_agenda(0 if self.entries else -1)
        for guest in meeting.guests:
            self.guests.add_row().set_value(guest)

    def _make_guest(self) -> GuestRow:
        row = GuestRow()
        row.set_cases(self.entries)
        return row

    def update_actions(self) -> None:
        row = self.agenda.currentRow()
        chosen = 0 <= row < len(self.entries)
        self.buttons.setEnabled(not self.busy)
        self.add_case_button.setEnabled(self.case_results.currentRow() >= 0)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.entries) - 1)
        self.remove_button.setEnabled(chosen)
        self.preparation.setEnabled(chosen)
        self.preparation_label.setEnabled(chosen)

    # --- finding cases ----------------------------------------------------------------------

    def search_cases(self) -> None:
        self._search_generation += 1
        generation = self._search_generation
        self._db.run(
            search_op(self.case_search.text()),
            on_done=lambda found: self._found(generation, found),
            on_error=self.show_failure,
            owner=self,
        )

    def _found(self, generation: int, found: list[CaseChoice]) -> None:
        if generation == self._search_generation:
            self._choices = found
            self._render_results()

    @property
    def searching(self) -> bool:
        return self._search_timer.isActive()

    def _render_results(self) -> None:
        language = current_language()
        on_agenda = {e.case_id for e in self.entries}
        self.case_results.clear()
        for choice in self._choices:
            if choice.case_id in on_agenda:
                continue
            item = QListWidgetItem(
                f"{choice.reference} — {choice.young_person_name} · {choice.status.label(language)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, choice.case_id)
            self.case_results.addItem(item)
        if self.case_results.count():
            self.case_results.setCurrentRow(0)
        self.update_actions()

    def result_case_ids(self) -> list[int]:
        return [
            int(self.case_results.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.case_results.count())
        ]

    def add_chosen_case(self) -> None:
        item = self.case_results.currentItem()
        if item is None:
            return
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.add_case(case_id)

    def add_case(self, case_id: int) -> None:
        choice = next((c for c in self._choices if c.case_id == case_id), None)
        if choice is None or any(e.case_id == case_id for e in self.entries):
            return
        self.entries.append(
            AgendaEntry(choice.case_id, choice.reference, choice.young_person_name, choice.status)
        )
        self._agenda_changed(len(self.entries) - 1)
        self._render_results()

    # --- ordering ---------------------------------------------------------------------------

    def move_chosen(self, step: int) -> None:
        row = self.agenda.currentRow()
        target = row + step
        if not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return
        self.entries[row], self.entries[target] = self.entries[target], self.entries[row]
        self._agenda_changed(target)

    def remove_chosen(self) -> None:
        row = self.agenda.currentRow()
        if not 0 <= row < len(self.entries):
            return
        del self.entries[row]
        self._agenda_changed(min(row, len(self.entries) - 1))
        self._render_results()

    def _agenda_changed(self, select: int) -> None:
        self._render_agenda(select)
        for guest in self.guests.rows:
            guest.set_cases(self.entries)
        self.agenda_message.show_text("")

    def _render_agenda(self, select: int) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, entry in enumerate(self.entries, start=1):
            text = f"{number}. {entry.reference} — {entry.name}"
            item = QListWidgetItem(text + ("  ✎" if entry.has_minutes else ""))
            if entry.has_minutes:
                item.setToolTip(self.tr("Minutes exist for this case; it stays on the agenda"))
            item.setData(Qt.ItemDataRole.UserRole, entry.case_id)
            self.agenda.addItem(item)
        self.agenda.setCurrentRow(select)
        self.agenda.blockSignals(False)
        self._agenda_row_changed(select)

    def _agenda_row_changed(self, row: int) -> None:
        self._showing_preparation = True
        self.preparation.setPlainText(
            self.entries[row].preparation if 0 <= row < len(self.entries) else ""
        )
        self._showing_preparation = False
        self.update_actions()

    def _preparation_edited(self) -> None:
        row = self.agenda.currentRow()
        if self._showing_preparation or not 0 <= row < len(self.entries):
            return
        self.entries[row] = replace(self.entries[row], preparation=self.preparation.toPlainText())

    def agenda_case_ids(self) -> list[int]:
        return [e.case_id for e in self.entries]

    # --- saving -----------------------------------------------------------------------------

    def meeting_input(self) -> MeetingInput:
        day_value = self.date.value()
        starts_at = None
        if day_value is not None:
            chosen = self.time.time()
            starts_at = datetime.combine(day_value, time(chosen.hour(), chosen.minute()))
        return MeetingInput(
            # None when no date is given: the service names that problem at starts_at.
            starts_at=cast(datetime, starts_at),
            place=self.place.text(),
            title=self.title.text(),
            chair_id=self.chair.currentData(),
            attendee_ids=[int(code) for code in self.attendees.codes()],
            guests=[row.value() for row in self.guests.rows],
            agenda=[AgendaInput(e.case_id, e.preparation) for e in self.entries],
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if self.busy:
            return
        if self.date.is_unreadable():
            self._clear_problems()
            self.field_messages["starts_at"].show_text(self.tr("Type the date as DD-MM-YYYY."))
            return
        meeting = self.meeting
        self.run_job(
            save_op(
                self.meeting_input(),
                meeting.id if meeting else None,
                meeting.version if meeting else None,
            ),
            self._saved,
            self.show_save_problems,
        )

    def _saved(self, view: MeetingView) -> None:
        self.meeting = view
        self.saved.emit(view)
        self.accept()

    def _clear_problems(self) -> None:
        for message in self.field_messages.values():
            message.show_text("")
        for row in self.guests.rows:
            row.name_message.show_text("")
            row.case_message.show_text("")
        self.agenda_message.show_text("")
        self.message.show_text("")

    def show_save_problems(self, exc: BaseException, crash: str | None) -> None:
        """Field problems next to their fields, agenda problems under the agenda (with the
        case they concern), a refusal (not admissible, minutes exist) in the message line."""
        self._clear_problems()
        if crash is not None or not isinstance(exc, ValidationError):
            self.show_failure(exc, crash)
            return
        fields = dict(self.field_messages)
        for index, row in enumerate(self.guests.rows):
            fields[f"guests.{index}.name"] = row.name_message
            fields[f"guests.{index}.case_id"] = row.case_message
        texts: dict[str, list[str]] = {}
        agenda_lines: list[str] = []
        general: list[str] = []
        for problem in exc.problems:
            name = problem.field
            if name.startswith("agenda."):
                index = int(name.split(".")[1]) if name.split(".")[1].isdigit() else -1
                entry = self.entries[index] if 0 <= index < len(self.entries) else None
                prefix = f"{index + 1}. {entry.reference}: " if entry is not None else ""
                agenda_lines.append(prefix + problem_text(problem))
            elif name in fields:
                texts.setdefault(name, []).append(problem_text(problem))
            else:
                general.append(problem_text(problem))
        for name, lines in texts.items():
            fields[name].show_text("\n".join(lines))
        self.agenda_message.show_text("\n".join(agenda_lines))
        self.message.show_text("\n".join(general))
