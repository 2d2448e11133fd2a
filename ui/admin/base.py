"""What every administrator dialog shares: running a job on the database worker with the
buttons disabled meanwhile, showing a refusal or a field problem in the dialog, and a
read-only table view."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.errors import ValidationError
from ui.admin.table_model import RowsModel
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, Op


def problem_text(problem: Any) -> str:
    """A FieldProblem in the language in use."""
    return str(problem.en if current_language() == "en" else problem.nl)


class WrappingDialog(QDialog):
    """Grows to fit text that wraps: a message appearing under a field takes more lines,
    and Qt sizes a top-level window without height-for-width by itself."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


class AdminDialog(WrappingDialog):
    """A dialog whose database work runs on the worker; `update_actions` enables buttons."""

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self._jobs = 0
        self.message = FieldMessage()
        self.message.setObjectName("dialogMessage")

    @property
    def busy(self) -> bool:
        return self._jobs > 0

    def update_actions(self) -> None:
        """Enable or disable the buttons for the busy state and the selection."""

    def run_job(
        self,
        op: Op,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str | None], None] | None = None,
    ) -> None:
        self._jobs += 1
        self.update_actions()

        def done(result: Any) -> None:
            if self._finish():
                on_done(result)

        def failed(exc: BaseException, crash: str | None) -> None:
            if self._finish():
                (on_error or self.show_failure)(exc, crash)

        self._db.run(op, on_done=done, on_error=failed)

    def _finish(self) -> bool:
        """Count the job as done; False when the dialog is gone already."""
        if not shiboken6.isValid(self):
            return False
        self._jobs -= 1
        self.update_actions()
        return True

    def show_failure(self, exc: BaseException, crash: str | None) -> None:
        """A refusal or a problem the person can act on, in the dialog; a bug in a box."""
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    def show_problems(
        self, exc: BaseException, crash: str | None, fields: Mapping[str, FieldMessage]
    ) -> None:
        """Each field problem under its field; anything else in the dialog's message."""
        for message in fields.values():
            message.show_text("")
        self.message.show_text("")
        if crash is not None or not isinstance(exc, ValidationError):
            self.show_failure(exc, crash)
            return
        texts: dict[str, list[str]] = {}
        for problem in exc.problems:
            texts.setdefault(problem.field if problem.field in fields else "", []).append(
                problem_text(problem)
            )
        for name, lines in texts.items():
            (fields[name] if name else self.message).show_text("\n".join(lines))

    # Closing while a change is on its way would lose its answer: wait for it.

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)


def action_button(text: str, name: str) -> QPushButton:
    """A button beside a list; never the dialog's default, so Enter in a field does not
    press it."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


def with_message(field: QWidget, message: FieldMessage) -> QWidget:
    """A field with its message right under it, as one cell of a form."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(field)
    box.addWidget(message)
    return cell


def make_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def selected_key(view: QTableView) -> Hashable | None:
    model = view.model()
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows or not isinstance(model, RowsModel):
        return None
    return model.key(rows[0].row())


def select_key(view: QTableView, key: Hashable | None) -> None:
    """Select the row of `key` again after a refresh (nothing if it is gone)."""
    model = view.model()
    if key is None or not isinstance(model, RowsModel):
        return
    number = model.row_of(key)
    if number < 0:
        return
    view.selectRow(number)
    view.scrollTo(model.index(number, 0))
