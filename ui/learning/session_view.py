"""One learning-table session: its summaries on the left, the review of the chosen one on the
right; making the summaries (the anonymiser loads on the worker, once, with progress and
Cancel), and the export once every summary is approved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.learning_views import SessionView, SummaryView
from ui.formatting import day
from ui.i18n import current_language
from ui.learning.export_dialog import ExportDialog
from ui.learning.models import SummaryListModel
from ui.learning.review import ReviewPane
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, JobHandle, Op

Change = Callable[[Any, int, Any], None]  # (uow, summary_id, anonymiser): one review step


class StatusRelay(QObject):
    """Carries the worker's words to the progress dialog (a queued signal, since it is
    emitted on the worker and lives on the GUI thread)."""

    loading = Signal()  # the anonymiser is not loaded yet: this will take a while
    line = Signal(str)  # the anonymiser's own status line while it loads
    building = Signal()


def session_op(session_id: int) -> Op:
    def op(ctx: JobContext) -> SessionView:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:
            return learning.session_view(uow, session_id)

    return op


def summary_op(summary_id: int, language: str) -> Op:
    def op(ctx: JobContext) -> SummaryView:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:  # the original texts are read: the service logs it
            return learning.summary_view(uow, summary_id, language=language)

    return op


def load_anonymiser(ctx: JobContext, relay: StatusRelay) -> Any:
    """The process's anonymiser, loaded here on the worker the first time (deduce takes
    seconds, a minute the very first time); None when the person cancelled meanwhile."""
    from expertteam_app.anonymise.scrubber import anonymiser_loaded, shared_anonymiser

    if not anonymiser_loaded():
        relay.loading.emit()
    anonymiser = shared_anonymiser(progress=relay.line.emit)
    return None if ctx.cancelled() else anonymiser


def review_op(
    session_id: int, summary_id: int, change: Change, language: str, relay: StatusRelay | None
) -> Op:
    """One review step (with the anonymiser when it re-scrubs), then the session and the
    summary as they are now; None when cancelled while the anonymiser loaded."""

    def op(ctx: JobContext) -> tuple[SessionView, SummaryView] | None:
        from expertteam_app.services import learning

        anonymiser = None
        if relay is not None:
            anonymiser = load_anonymiser(ctx, relay)
            if anonymiser is None:
                return None
            relay.building.emit()
        with ctx.unit_of_work() as uow:
            change(uow, summary_id, anonymiser)
        with ctx.unit_of_work() as uow:
            return (
                learning.session_view(uow, session_id),
                learning.summary_view(uow, summary_id, language=language),
            )

    return op


def build_op(session_id: int, relay: StatusRelay) -> Op:
    def op(ctx: JobContext) -> int | None:
        from expertteam_app.services import learning

        anonymiser = load_anonymiser(ctx, relay)
        if anonymiser is None:
            return None
        relay.building.emit()
        with ctx.unit_of_work() as uow:
            return learning.build_summaries(
                uow, session_id, anonymiser, progress=ctx.report, cancelled=ctx.cancelled
            )

    return op


def _redact(phrase: str) -> Change:
    def change(uow: Any, summary_id: int, anonymiser: Any) -> None:
        from expertteam_app.services import learning

        learning.redact(uow, summary_id, phrase, anonymiser=anonymiser)

    return change


def _unredact(phrase: str) -> Change:
    def change(uow: Any, summary_id: int, anonymiser: Any) -> None:
        from expertteam_app.services import learning

        learning.unredact(uow, summary_id, phrase, anonymiser=anonymiser)

    return change


def _approve(uow: Any, summary_id: int, _anonymiser: Any) -> None:
    from expertteam_app.services import learning

    learning.approve(uow, summary_id)


def _withdraw(uow: Any, summary_id: int, _anonymiser: Any) -> None:
    from expertteam_app.services import learning

    learning.withdraw_approval(uow, summary_id)


class SessionPanel(QWidget):
    back = Signal()
    changed = Signal()  # built, approved or exported: the list of sessions shows counts

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self.session: SessionView | None = None
        self._jobs = 0
        self._generation = 0
        self.progress: QProgressDialog | None = None
        self.relay: StatusRelay | None = None
        self.job: JobHandle | None = None  # the last job that may be cancelled
        self.export_dialog: ExportDialog | None = None
        self.model = SummaryListModel(self)

        self.back_button = QPushButton(self.tr("← Sessions"))
        self.back_button.setObjectName("backToSessions")
        self.title = QLabel()
        self.title.setObjectName("sessionHeading")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.build_button = QPushButton(self.tr("Make summaries"))
        self.build_button.setObjectName("buildSummaries")
        self.build_button.setToolTip(
            self.tr(
                "Anonymise every summary that is not approved yet (an approved one stays as it is)"
            )
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportSession")
        self.export_button.setToolTip(self.tr("Possible once every summary is approved"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("approvedCount")

        self.table = QTableView()
        self.table.setObjectName("summaryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(220)
        self.review = ReviewPane()
        self.review.setObjectName("reviewPane")
        self.message = FieldMessage()
        self.message.setObjectName("sessionMessage")
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.build_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.review)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.back)
        self.build_button.clicked.connect(self.build)
        self.export_button.clicked.connect(self.open_export)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._summary_chosen())
        self.review.redact_requested.connect(
            lambda phrase: self._review(_redact(phrase), rescrub=True)
        )
        self.review.unredact_requested.connect(
            lambda phrase: self._review(_unredact(phrase), rescrub=True)
        )
        self.review.approve_requested.connect(lambda: self._review(_approve))
        self.review.withdraw_requested.connect(lambda: self._review(_withdraw))
        self._update_actions()

    # --- jobs ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._jobs > 0

    def _run(
        self,
        op: Op,
        on_done: Callable[[Any], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> JobHandle:
        self._jobs += 1
        self._update_actions()
        generation = self._generation

        def finish() -> bool:
            if not shiboken6.isValid(self):
                return False
            self._jobs -= 1
            self._update_actions()
            return generation == self._generation  # an answer about a session left since

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(exc: BaseException, crash: str | None) -> None:
            if finish():
                self._failed(exc, crash)

        return self._db.run(op, on_done=done, on_error=failed, progress=progress, owner=self)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self._close_progress()
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    def _update_actions(self) -> None:
        idle = not self.busy and self.session is not None
        self.build_button.setEnabled(idle and bool(self.model.rows()))
        self.export_button.setEnabled(idle and self.model.all_approved())
        self.review.set_busy(self.busy)

    # --- showing a session ------------------------------------------------------------------

    def open_session(self, session_id: int) -> None:
        self._generation += 1
        self.session = None
        self.model.clear()
        self.title.clear()
        self.message.show_text("")
        self.review.show_nothing(self.tr("Loading…"))
        self._run(session_op(session_id), self._session_arrived)

    def reload(self) -> None:
        if self.session is not None:
            self._run(session_op(self.session.id), self._session_arrived)

    def clear(self) -> None:
        """Forget everything shown (the window locks): the originals are client data."""
        self._generation += 1
        self._close_progress()
        if self.job is not None:
            self.job.cancel()
        if self.export_dialog is not None:
            self.export_dialog.close()
        self.session = None
        self.model.clear()
        self.title.clear()
        self.review.show_nothing("")
        self._update_actions()

    def _session_arrived(self, view: SessionView) -> None:
        keep = self.selected_summary_id()
        self.session = view
        self.title.setText(f"{view.title} — {day(view.held_on)}")
        self.model.set_rows(view.summaries)
        approved = sum(1 for s in view.summaries if s.approved)
        self.progress_label.setText(
            self.tr("{n} of {m} approved").format(n=approved, m=len(view.summaries))
        )
        self._update_actions()
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and view.summaries:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._summary_chosen()
        else:
            self.review.show_nothing(self.tr("This session has no cases."))

    def selected_summary_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row(rows[0].row()) if rows else None
        return chosen.id if chosen is not None else None

    def select_summary(self, summary_id: int) -> bool:
        row = self.model.row_of(summary_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _summary_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row(rows[0].row()) if rows else None
        if chosen is None:
            self.review.show_nothing(self.tr("Choose a case on the left."))
            return
        if not chosen.built:
            self.review.show_nothing(
                self.tr(
                    "{label} is not anonymised yet. Press 'Make summaries' to make the summaries of this session."
                ).format(label=chosen.label)
            )
            return
        if self.review.view is not None and self.review.view.id == chosen.id:
            return
        self._run(summary_op(chosen.id, current_language()), self._summary_arrived)

    def _summary_arrived(self, view: SummaryView) -> None:
        if view.id == self.selected_summary_id():
            self.review.show_summary(view)

    # --- review ------------------------------------------------------------------------------

    def _review(self, change: Change, *, rescrub: bool = False) -> None:
        view = self.review.view
        if view is None or self.session is None or self.busy:
            return
        self.message.show_text("")
        # A redaction scrubs the summary again: the anonymiser may have to load first.
        relay = self._progress(self.tr("Anonymising again…"), show_now=False) if rescrub else None
        self.job = self._run(
            review_op(self.session.id, view.id, change, current_language(), relay),
            self._reviewed,
        )

    def _reviewed(self, views: tuple[SessionView, SummaryView] | None) -> None:
        self._close_progress()
        if views is None:
            return
        session, summary = views
        self.review.show_summary(summary)
        self._session_arrived(session)
        self.changed.emit()

    # --- making the summaries ------------------------------------------------------------------

    def _progress(self, working: str, *, show_now: bool) -> StatusRelay:
        """A progress dialog fed by the worker: 'loading the anonymiser' (shown then, if not
        before) while deduce loads, then `working`; Cancel cancels the job."""
        self._close_progress()
        relay = StatusRelay(self)
        progress = QProgressDialog(working, self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("anonymiserProgress")
        progress.setWindowTitle(self.tr("Anonymising"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0 if show_now else 60_000)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(480)
        loading = self.tr("Loading the anonymiser… (the first time this can take a minute)")

        def alive() -> bool:
            return self.progress is progress and shiboken6.isValid(progress)

        def show_loading(line: str = "") -> None:
            if alive():
                progress.setLabelText(f"{loading}\n{line}" if line else loading)
                progress.show()

        relay.loading.connect(show_loading)
        relay.line.connect(show_loading)

        def show_working() -> None:
            if alive():
                progress.setLabelText(working)

        relay.building.connect(show_working)
        progress.canceled.connect(self._cancel_job)
        self.progress = progress
        self.relay = relay
        if show_now:
            progress.show()
        return relay

    def build(self) -> None:
        if self.session is None or self.busy:
            return
        self.message.show_text("")
        relay = self._progress(self.tr("Making the summaries…"), show_now=True)
        progress = self.progress

        def step(done: int, total: int) -> None:
            if progress is not None and shiboken6.isValid(progress):
                progress.setRange(0, max(total, 1))
                progress.setValue(done)

        def built(_count: int | None) -> None:
            self._close_progress()
            self.review.view = None  # the texts changed: read the chosen one again
            self.reload()
            self.changed.emit()

        self.job = self._run(build_op(self.session.id, relay), built, step)

    def _cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None and shiboken6.isValid(progress):
            progress.canceled.disconnect()  # closing it says "canceled" too
            progress.close()
            progress.deleteLater()
        if self.relay is not None:
            self.relay.deleteLater()
            self.relay = None

    # --- export ----------------------------------------------------------------------------

    def open_export(self) -> None:
        session = self.session
        if session is None or not self.model.all_approved():
            return
        dialog = ExportDialog(
            self._db,
            self.info,
            session.id,
            f"{session.title} {session.held_on:%Y-%m-%d}",
            self,
        )
        dialog.exported.connect(lambda _paths: self.changed.emit())
        dialog.destroyed.connect(lambda _o=None: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
