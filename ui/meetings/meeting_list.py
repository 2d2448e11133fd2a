"""The Meetings tab: the list of meetings (upcoming first) and what can be done with one.

The list shows no client data (date, title, place, chair and two counts), so it needs no
access-log entry; opening, editing and printing a meeting go through services that log.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.meetings import MeetingRow, MeetingView, MemberChoice
from expertteam_app.services.roles import Permission, allows
from ui import documents
from ui.formatting import day
from ui.meetings.meeting_dialog import MeetingDialog
from ui.meetings.meeting_room import MeetingRoom
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

Index = QModelIndex | QPersistentModelIndex
PAST = QColor("#767676")


def list_op(from_day: date | None) -> Op:
    def op(ctx: JobContext) -> list[MeetingRow]:
        from expertteam_app.services import meetings

        with ctx.unit_of_work(write=False) as uow:
            return meetings.list_meetings(uow, from_day=from_day)

    return op


def edit_data_op(meeting_id: int | None) -> Op:
    """What the plan/edit dialog starts from: the active members and the meeting."""

    def op(ctx: JobContext) -> tuple[list[MemberChoice], MeetingView | None]:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            members = meetings.member_choices(uow)
            view = None if meeting_id is None else meetings.get_meeting(uow, meeting_id)
        return members, view

    return op


def cancel_op(meeting_id: int) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            meetings.cancel_meeting(uow, meeting_id)

    return op


def export_op(meeting_id: int, kind: str) -> documents.MakePdf:
    def make(ctx: JobContext, path: Path) -> Path:
        from expertteam_app.services import documents as document_service

        with ctx.unit_of_work() as uow:
            return document_service.export_meeting_document(
                uow, meeting_id, document_service.MeetingDocumentKind(kind), path, ctx.report
            )

    return make


def upcoming_first(rows: list[MeetingRow], today: date) -> list[MeetingRow]:
    """Today's and later meetings soonest first, then the past ones, latest first."""
    start = datetime.combine(today, datetime.min.time())
    coming = [r for r in rows if r.starts_at >= start]
    past = [r for r in rows if r.starts_at < start]
    return coming + sorted(past, key=lambda r: (r.starts_at, r.id), reverse=True)


class MeetingListModel(QAbstractTableModel):
    """Plain MeetingRow tuples; a past meeting is grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRow] = []
        self._today = date.today()
        self._headers = [
            self.tr("Date and time"),
            self.tr("Title"),
            self.tr("Place"),
            self.tr("Chair"),
            self.tr("Cases"),
            self.tr("With minutes"),
        ]

    def set_rows(self, rows: list[MeetingRow], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], self._today)

    def meeting_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def meeting(self, row: int) -> MeetingRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), None)

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.starts_at.date() < self._today:
            return QBrush(PAST)
        return None

    def _display(self, row: MeetingRow, column: int) -> str:
        if column == 0:
            return f"{day(row.starts_at.date())} {row.starts_at:%H:%M}"
        if column == 1:
            return row.title
        if column == 2:
            return row.place
        if column == 3:
            return row.chair_name
        if column == 4:
            return str(row.case_count)
        if column == 5:
            return str(row.minutes_count)
        return ""


class MeetingListPage(QWidget):
    """The meetings, and the buttons to plan, edit, open, print and cancel one."""

    changed = Signal()  # a meeting was planned, changed or cancelled (case statuses moved)

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self._generation = 0
        self._loaded_once = False
        self._rooms: dict[int, MeetingRoom] = {}
        self.dialog: MeetingDialog | None = None  # the plan/edit dialog while it is open
        self.confirm_box: QMessageBox | None = None
        self.model = MeetingListModel(self)
        role = info.role
        may_plan = allows(role, Permission.CASE_SCHEDULE)
        may_print = allows(role, Permission.CASE_PRINT)

        self.show_past = QCheckBox(self.tr("Show past meetings"))
        self.show_past.setObjectName("showPastMeetings")
        self.count_label = QLabel()
        self.count_label.setObjectName("meetingCount")

        def button(text: str, name: str, allowed: bool = True) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setVisible(allowed)
            made.setEnabled(allowed)
            return made

        self.new_button = button(self.tr("New meeting…"), "newMeeting", may_plan)
        self.edit_button = button(self.tr("Edit…"), "editMeeting", may_plan)
        self.open_button = button(self.tr("Open meeting"), "openMeeting")
        self.agenda_button = button(self.tr("Agenda as PDF…"), "agendaPdf", may_print)
        self.minutes_button = button(self.tr("Minutes as PDF…"), "minutesPdf", may_print)
        self.cancel_button = button(self.tr("Cancel meeting…"), "cancelMeeting", may_plan)
        self.open_button.setToolTip(
            self.tr("The chair's view in the room: one case at a time, with its minutes")
        )
        self._may = {
            self.new_button: may_plan,
            self.edit_button: may_plan,
            self.open_button: True,
            self.agenda_button: may_print,
            self.minutes_button: may_print,
            self.cancel_button: may_plan,
        }

        self.table = QTableView()
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((140, 260, 220, 160, 70, 110)):
            self.table.setColumnWidth(column, width)

        self.message = FieldMessage()
        self.message.setObjectName("meetingMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.open_button)
        top.addWidget(self.agenda_button)
        top.addWidget(self.minutes_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        top.addWidget(self.show_past)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.show_past.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.agenda_button.clicked.connect(lambda: self.export_selected("agenda"))
        self.minutes_button.clicked.connect(lambda: self.export_selected("minutes"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self._update_buttons()

    # --- the list --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # agendas change as cases move; the list is cheap to ask again

    def refresh(self, select: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        keep = select if select is not None else self.selected_meeting_id()
        today = date.today()
        self._db.run(
            list_op(None if self.show_past.isChecked() else today),
            on_done=lambda rows: self._rows_arrived(generation, rows, today, keep),
            on_error=self._failed,
            owner=self,
        )

    def _rows_arrived(
        self, generation: int, rows: list[MeetingRow], today: date, keep: int | None
    ) -> None:
        if generation != self._generation:
            return  # an answer to an older question
        self._loaded_once = True
        self.model.set_rows(upcoming_first(rows, today), today)
        self.count_label.setText(self.tr("{n} meeting(s)").format(n=len(rows)))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)

    def clear(self) -> None:
        """Forget the rows (when the database is locked)."""
        self._generation += 1
        self.model.clear()
        self.count_label.clear()

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.meeting_id(rows[0].row()) if rows else None

    def select_meeting(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_meeting_id() is not None
        for button, allowed in self._may.items():
            if button is not self.new_button:
                button.setEnabled(allowed and chosen)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    # --- planning --------------------------------------------------------------------------

    def new_meeting(self) -> None:
        if allows(self.info.role, Permission.CASE_SCHEDULE):
            self._db.run(edit_data_op(None), on_done=self._open_dialog, on_error=self._failed)

    def edit_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None and allows(self.info.role, Permission.CASE_SCHEDULE):
            self._db.run(edit_data_op(meeting_id), on_done=self._open_dialog, on_error=self._failed)

    def _open_dialog(self, data: tuple[list[MemberChoice], MeetingView | None]) -> None:
        members, view = data
        self.message.show_text("")
        dialog = MeetingDialog(self._db, self.info, members, view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._meeting_saved)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _meeting_saved(self, view: MeetingView) -> None:
        self.refresh(select=view.id)
        room = self._rooms.get(view.id)
        if room is not None:
            room.reload()
        self.changed.emit()

    # --- the room --------------------------------------------------------------------------

    def open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None:
            self.open_room(meeting_id)

    def open_room(self, meeting_id: int) -> MeetingRoom:
        room = self._rooms.get(meeting_id)
        if room is None:
            room = MeetingRoom(self._db, self.info, meeting_id, self)
            self._rooms[meeting_id] = room
            room.destroyed.connect(lambda _o=None, i=meeting_id: self._rooms.pop(i, None))
            room.minutes_saved.connect(lambda: self.refresh())
            room.show()
            return room
        room.showNormal() if room.isMinimized() else room.show()
        room.raise_()  # already open: bring it to the front rather than open it twice
        room.activateWindow()
        return room

    def room(self, meeting_id: int) -> MeetingRoom | None:
        return self._rooms.get(meeting_id)

    # --- printing --------------------------------------------------------------------------

    def export_selected(self, kind: str) -> None:
        row = self.model.meeting(self._selected_row())
        if row is None or not allows(self.info.role, Permission.CASE_PRINT):
            return
        stamp = f"{row.starts_at:%Y-%m-%d}"
        name = (
            self.tr("agenda {date}.pdf") if kind == "agenda" else self.tr("minutes {date}.pdf")
        ).format(date=stamp)
        self.message.show_text("")
        documents.export_pdf(self, self._db, export_op(row.id, kind), name)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # --- cancelling ------------------------------------------------------------------------

    def cancel_selected(self) -> None:
        row = self.model.meeting(self._selected_row())
        if row is None or not allows(self.info.role, Permission.CASE_SCHEDULE):
            return
        box = QMessageBox(self)
        box.setObjectName("confirmCancel")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel meeting"))
        box.setText(
            self.tr(
                "Cancel the meeting of {when} ({title})? Its cases go back to 'in behandeling' unless they are on another agenda."
            ).format(
                when=f"{day(row.starts_at.date())} {row.starts_at:%H:%M}",
                title=row.title or row.place,
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting_id = row.id

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._cancel(meeting_id)

        box.buttonClicked.connect(answered)
        box.destroyed.connect(lambda _o=None: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _cancel(self, meeting_id: int) -> None:
        self.message.show_text("")
        self._db.run(
            cancel_op(meeting_id),
            on_done=lambda _r: self._cancelled(meeting_id),
            on_error=self._failed,
            owner=self,
        )

    def _cancelled(self, meeting_id: int) -> None:
        room = self._rooms.get(meeting_id)
        if room is not None:
            room.meeting_gone()
        self.refresh()
        self.changed.emit()
