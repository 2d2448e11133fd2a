"""The work list (werklijst), the home screen: what needs a person now, most urgent first.

The signals are computed by services.worklist each time the page is shown or refreshed;
a double-click or Enter opens the case at the area the signal is about.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import SignalKind
from expertteam_app.services.worklist import Signal as WorkSignal
from expertteam_app.services.worklist import WorkList
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import EnumCombo, FieldMessage
from ui.worker import Database, JobContext, Op
from ui.worklist.model import SignalModel


def work_list_op(mine: bool, kind: SignalKind | None, language: str) -> Op:
    def op(ctx: JobContext) -> WorkList:
        from expertteam_app.services import worklist

        kinds = None if kind is None else frozenset({kind})
        with ctx.unit_of_work() as uow:  # the list is an access: it is logged
            return worklist.work_list(uow, mine=mine, kinds=kinds, language=language)

    return op


class WorkListPage(QWidget):
    open_case = Signal(int, str)  # case id, the case area to show

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self._generation = 0
        self.loaded: WorkList | None = None
        self.model = SignalModel(self)

        self.mine = QCheckBox(self.tr("Only my cases"))
        self.mine.setObjectName("mineOnly")
        self.kind = EnumCombo(SignalKind, empty=self.tr("All signals"))
        self.kind.setObjectName("signalKind")
        self.kind.setToolTip(self.tr("Show one kind of signal"))
        self.count_label = QLabel()
        self.count_label.setObjectName("signalCount")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshWorkList")

        self.table = QTableView()
        self.table.setObjectName("signalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        for column, width in enumerate((420, 120, 190, 160, 95, 125)):
            self.table.setColumnWidth(column, width)

        self.empty = QLabel()
        self.empty.setObjectName("workListEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.message = FieldMessage()
        self.message.setObjectName("workListMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.mine)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.mine.toggled.connect(lambda _on: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        # Double-click and Enter both activate a row (one signal, so a case opens once).
        self.table.activated.connect(self._activated)

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # what is due changes as people work in the cases

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.loaded is None:
            self.count_label.setText(self.tr("Loading…"))
        self._db.run(
            work_list_op(self.mine.isChecked(), self.kind.value(), current_language()),
            on_done=lambda work: self._arrived(generation, work),
            on_error=self._failed,
            owner=self,
        )

    def _arrived(self, generation: int, work: WorkList) -> None:
        if generation != self._generation:
            return  # an answer to an older question (or the page was cleared)
        keep = self.selected_signal()
        self.loaded = work
        self.message.show_text("")
        self.model.set_signals(work.signals)
        self.count_label.setText(self._count_text(work))
        if work.signals:
            self.stack.setCurrentWidget(self.table)
            keys = [(s.kind, s.case_id, s.subject) for s in work.signals]
            if keep is not None and (keep.kind, keep.case_id, keep.subject) in keys:
                self.table.selectRow(keys.index((keep.kind, keep.case_id, keep.subject)))
        else:
            self._show_empty()

    def _show_empty(self) -> None:
        if self.mine.isChecked() or self.kind.value() is not None:
            detail = self.tr("Nothing needs a person for this selection.")
        else:
            detail = self.tr("Nothing needs a person right now.")
        self.empty.setText(
            "<p style='font-size:16pt'>{title}</p><p>{detail}</p>".format(
                title=self.tr("Nothing to do"), detail=detail
            )
        )
        self.stack.setCurrentWidget(self.empty)

    def _count_text(self, work: WorkList) -> str:
        locale = QLocale(
            QLocale.Language.English if current_language() == "en" else QLocale.Language.Dutch
        )
        total = work.total
        if work.truncated:
            return self.tr("The {shown} most urgent of {total} signals").format(
                shown=locale.toString(len(work.signals)), total=locale.toString(total)
            )
        if total == 1:
            return self.tr("1 signal")
        return self.tr("{n} signals").format(n=locale.toString(total))

    def clear(self) -> None:
        """Forget the signals (when the window locks); a late answer is dropped too."""
        self._generation += 1
        self.loaded = None
        self.model.clear()
        self.count_label.clear()
        self.message.show_text("")
        self.stack.setCurrentWidget(self.table)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    # --- opening a case ----------------------------------------------------------------------

    def selected_signal(self) -> WorkSignal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.signal(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        signal = self.model.signal(index.row())
        if signal is not None:
            self.open_case.emit(signal.case_id, signal.area)
