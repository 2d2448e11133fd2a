"""The Learning tables tab: the list of learning-table sessions and, in its place once one is
opened, that session (its summaries, their review, the export).

The list shows no client data (title, date, counts); the session's texts are read through
the service, which logs it. Locking the window forgets both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.learning_views import SessionRow
from expertteam_app.services.roles import Permission, allows
from ui.formatting import day
from ui.learning.models import SessionListModel
from ui.learning.session_dialog import NewSessionDialog
from ui.learning.session_view import SessionPanel
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op


def sessions_op(ctx: JobContext) -> list[SessionRow]:
    from expertteam_app.services import learning

    with ctx.unit_of_work() as uow:
        return learning.sessions(uow)


def delete_op(session_id: int) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:
            learning.delete_session(uow, session_id)

    return op


class LearningPage(QWidget):
    """Sessions list and session view in one stack; New…, Open, Delete…"""

    changed = Signal()

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self._generation = 0
        self.dialog: NewSessionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = SessionListModel(self)
        allowed = allows(info.role, Permission.LEARNING_TABLE)

        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setObjectName("newLearningSession")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openLearningSession")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteLearningSession")
        self.count_label = QLabel()
        self.count_label.setObjectName("learningSessionCount")
        self.new_button.setEnabled(allowed)
        intro = QLabel(
            self.tr(
                "A learning table looks back at complex cases with outside experts. Choose the cases, check every anonymised summary, approve it, and export."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555555;")

        self.table = QTableView()
        self.table.setObjectName("learningSessionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((340, 110, 70, 110, 150)):
            self.table.setColumnWidth(column, width)
        self.message = FieldMessage()
        self.message.setObjectName("learningMessage")
        self.message.setWordWrap(True)

        self.list_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(intro)
        list_layout.addLayout(top)
        list_layout.addWidget(self.message)
        list_layout.addWidget(self.table, 1)

        self.panel = SessionPanel(db, info)
        self.panel.setObjectName("learningSession")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.new_button.clicked.connect(self.new_session)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.panel.back.connect(self.show_list)
        self.panel.changed.connect(lambda: self.refresh())
        self._update_buttons()

    # --- the list ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.list_page:
            self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self._generation += 1
        generation = self._generation
        keep = select if select is not None else self.selected_session_id()
        self._db.run(
            sessions_op,
            on_done=lambda rows: self._rows_arrived(generation, rows, keep),
            on_error=self._failed,
            owner=self,
        )

    def _rows_arrived(self, generation: int, rows: list[SessionRow], keep: int | None) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{n} session(s)").format(n=len(rows)))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)

    def clear(self) -> None:
        """Forget the rows and the open session (the window locks)."""
        self._generation += 1
        self.model.clear()
        self.count_label.clear()
        self.panel.clear()
        if self.dialog is not None:
            self.dialog.close()
        self.stack.setCurrentWidget(self.list_page)

    def selected_session_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row(rows[0].row()) if rows else None
        return chosen.id if chosen is not None else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_session_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and allows(self.info.role, Permission.LEARNING_TABLE))

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    def show_list(self) -> None:
        self.panel.clear()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh()

    # --- new, open, delete -----------------------------------------------------------------

    def new_session(self) -> NewSessionDialog | None:
        if not allows(self.info.role, Permission.LEARNING_TABLE):
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.message.show_text("")
        dialog = NewSessionDialog(self._db, self.info, self)
        dialog.created.connect(self._created)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, session_id: int) -> None:
        self.refresh(select=session_id)
        self.open_session(session_id)
        self.changed.emit()

    def open_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> None:
        self.message.show_text("")
        self.stack.setCurrentWidget(self.panel)
        self.panel.open_session(session_id)

    def delete_selected(self) -> None:
        row = self.model.row(self._selected_row())
        if row is None or not allows(self.info.role, Permission.LEARNING_TABLE):
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteSession")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete session"))
        box.setText(
            self.tr(
                "Delete the learning-table session '{title}' of {date} with its summaries? Files already exported stay where they are."
            ).format(title=row.title, date=day(row.held_on))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session_id = row.id

        def answered(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._delete(session_id)

        box.buttonClicked.connect(answered)
        box.destroyed.connect(lambda _o=None: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _delete(self, session_id: int) -> None:
        self.message.show_text("")
        self._db.run(
            delete_op(session_id),
            on_done=lambda _r: self.refresh(),
            on_error=self._failed,
            owner=self,
        )
