"""The chair's view in the room: the agenda on the left, the current case on one screen in
large text on the right, and its minutes typed in place below it.

Minutes are written through: about 1.5 s after typing stops, when another case is chosen,
when the window is hidden (the lock hides it) or closed, and when the main window closes.
Saves for one agenda item never race: while one is on its way, the newest text waits and
goes next (the single database worker keeps the order of everything else).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.errors import ValidationError
from expertteam_app.services.advice import AdviceState
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.meetings import (
    ActionInput,
    AgendaItemView,
    MeetingView,
    MinutesInput,
)
from expertteam_app.services.roles import Permission, allows
from ui.formatting import day
from ui.i18n import current_language
from ui.messages import error_text, show_error
from ui.session import SessionInfo
from ui.widgets import ERROR_STYLE, DateField, FieldMessage, RowEditor
from ui.worker import Database, JobContext, Op

AUTOSAVE_MS = 1500
SUMMARY_POINT_SIZE = 14
NEXT_KEYS = ("Alt+Right", "Ctrl+PgDown")
PREVIOUS_KEYS = ("Alt+Left", "Ctrl+PgUp")


@dataclass(frozen=True)
class CaseSummary:
    detail: CaseDetail
    advice: AdviceState


def meeting_op(meeting_id: int) -> Op:
    def op(ctx: JobContext) -> MeetingView:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            return meetings.get_meeting(uow, meeting_id)

    return op


def summary_op(case_id: int) -> Op:
    """The case and its advice in one unit of work: one trip to the worker per case."""

    def op(ctx: JobContext) -> CaseSummary:
        from expertteam_app.services import advice, cases

        with ctx.unit_of_work() as uow:
            return CaseSummary(cases.get_case(uow, case_id), advice.advice_state(uow, case_id))

    return op


def save_minutes_op(agenda_item_id: int, minutes: MinutesInput) -> Op:
    def op(ctx: JobContext) -> AgendaItemView:
        from expertteam_app.services import meetings

        with ctx.unit_of_work() as uow:
            return meetings.save_minutes(uow, agenda_item_id, minutes)

    return op


def _has_content(minutes: MinutesInput) -> bool:
    return bool(minutes.discussion.strip() or minutes.agreements.strip() or minutes.actions)


def _section(title: str, body: str) -> str:
    """A heading in the summary: the body's size, bold and blue, so the text stays large."""
    return (
        "<p style='color:#1f4e79;font-weight:bold;margin:12px 0 2px 0'>"
        f"{html.escape(title)}</p>{body}"
    )


def _items(values: list[str], empty: str) -> str:
    """A bullet list of (already escaped) values, or the muted `empty` text."""
    if not values:
        return f"<p style='color:#666;margin:0'>{html.escape(empty)}</p>"
    return "<ul style='margin:0 0 0 -14px'>" + "".join(f"<li>{v}</li>" for v in values) + "</ul>"


class ActionRow(QWidget):
    """One action: who, what, by when."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.who = QLineEdit()
        self.who.setObjectName("actionWho")
        self.who.setPlaceholderText(self.tr("Who"))
        self.who.setMaximumWidth(220)
        self.what = QLineEdit()
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("What"))
        self.due = DateField()
        self.due.setObjectName("actionDue")
        self.due.setToolTip(self.tr("By when (DD-MM-YYYY)"))
        self.message = FieldMessage()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.who, 0, 0)
        grid.addWidget(self.what, 0, 1)
        grid.addWidget(self.due, 0, 2)
        grid.addWidget(self.message, 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        for field in (self.who, self.what, self.due):
            field.textChanged.connect(self.changed)
        self.due.textChanged.connect(self._check_date)

    def _check_date(self) -> None:
        self.message.show_text(
            self.tr("Type the date as DD-MM-YYYY; an unreadable date is not kept.")
            if self.due.is_unreadable()
            else ""
        )

    def set_value(self, action: ActionInput) -> None:
        self.who.setText(action.who)
        self.what.setText(action.what)
        self.due.set_value(action.due_on)

    def value(self) -> ActionInput | None:
        """None for a row left empty (an added row not filled in yet)."""
        if not (self.who.text().strip() or self.what.text().strip() or self.due.text().strip()):
            return None
        return ActionInput(self.who.text(), self.what.text(), self.due.value())

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.who, self.what, self.due):
            field.setReadOnly(read_only)


class MeetingRoom(QDialog):
    """A top-level window per meeting. A QDialog so the lock hides it with the others."""

    minutes_saved = Signal()

    def __init__(
        self, db: Database, info: SessionInfo, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.info = info
        self.meeting_id = meeting_id
        self.writable = allows(info.role, Permission.MINUTES_WRITE)
        self.meeting: MeetingView | None = None
        self.items: list[AgendaItemView] = []
        self.index = -1
        self.last_saved: datetime | None = None
        self._dirty = False
        self._loading_editor = False
        self._latest: dict[int, MinutesInput] = {}  # the newest text per item, saved or on its way
        self._in_flight: set[int] = set()
        self._queued: dict[int, MinutesInput] = {}
        self._failed: dict[int, str] = {}
        self._summaries: dict[int, CaseSummary] = {}
        self._summary_generation = 0
        self._closing = False
        self._close_refused = False
        self._gone = False

        self.setObjectName("meetingRoom")
        self.setWindowTitle(self.tr("Meeting"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.WindowMinMaxButtonsHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(False)

        # --- top line ---------------------------------------------------------------------
        self.header = QLabel()
        self.header.setObjectName("roomHeader")
        header_font = QFont(self.header.font())
        header_font.setPointSize(header_font.pointSize() + 3)
        header_font.setBold(True)
        self.header.setFont(header_font)
        self.header.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeRoom")
        self.close_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.status)
        top.addWidget(self.close_button)

        # --- the agenda -------------------------------------------------------------------
        self.agenda = QListWidget()
        self.agenda.setObjectName("roomAgenda")
        agenda_font = QFont(self.agenda.font())
        agenda_font.setPointSize(agenda_font.pointSize() + 2)
        self.agenda.setFont(agenda_font)
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(4)
        self.previous_button = QPushButton(self.tr("◀ Previous case"))
        self.previous_button.setObjectName("previousCase")
        self.previous_button.setAutoDefault(False)
        self.previous_button.setToolTip(self.tr("Alt+Left or Ctrl+PgUp"))
        self.next_button = QPushButton(self.tr("Next case ▶"))
        self.next_button.setObjectName("nextCase")
        self.next_button.setAutoDefault(False)
        self.next_button.setToolTip(self.tr("Alt+Right or Ctrl+PgDown"))
        self.position = QLabel()
        self.position.setObjectName("casePosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Agenda")))
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.position)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        left_layout.addLayout(steps)

        # --- the case on one screen -------------------------------------------------------
        self.summary = QTextBrowser()
        self.summary.setObjectName("caseSummary")
        self.summary.setOpenLinks(False)
        summary_font = QFont(self.summary.font())
        summary_font.setPointSize(SUMMARY_POINT_SIZE)
        self.summary.setFont(summary_font)
        self.summary.document().setDefaultFont(summary_font)

        # --- the minutes ------------------------------------------------------------------
        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("discussion")
        self.discussion.setPlaceholderText(self.tr("What was discussed"))
        self.agreements = QPlainTextEdit()
        self.agreements.setObjectName("agreements")
        self.agreements.setPlaceholderText(self.tr("What was agreed"))
        minutes_font = QFont(self.discussion.font())
        minutes_font.setPointSize(minutes_font.pointSize() + 1)
        for editor in (self.discussion, self.agreements):
            editor.setFont(minutes_font)
            editor.setTabChangesFocus(True)
        self.action_rows: RowEditor[ActionRow] = RowEditor(self._make_action, self.tr("Add action"))
        self.action_rows.setObjectName("actions")
        self.action_rows.add_button.setAutoDefault(False)
        actions_scroll = QScrollArea()
        actions_scroll.setWidgetResizable(True)
        actions_scroll.setWidget(self.action_rows)
        actions_scroll.setMinimumHeight(120)
        self.minutes_message = FieldMessage()
        self.minutes_message.setObjectName("minutesMessage")
        self.minutes_message.setWordWrap(True)
        minutes = QWidget()
        grid = QGridLayout(minutes)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Discussion")), 0, 0)
        grid.addWidget(QLabel(self.tr("Agreements")), 0, 1)
        grid.addWidget(self.discussion, 1, 0)
        grid.addWidget(self.agreements, 1, 1)
        grid.addWidget(QLabel(self.tr("Actions (who, what, by when)")), 2, 0, 1, 2)
        grid.addWidget(actions_scroll, 3, 0, 1, 2)
        grid.addWidget(self.minutes_message, 4, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.summary)
        right.addWidget(minutes)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setSizes([320, 1080])
        right.setSizes([530, 340])
        self.splitter = body
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        # --- keys and timers --------------------------------------------------------------
        self.next_action = QAction(self.tr("Next case"), self)
        self.next_action.setShortcuts([QKeySequence(k) for k in NEXT_KEYS])
        self.previous_action = QAction(self.tr("Previous case"), self)
        self.previous_action.setShortcuts([QKeySequence(k) for k in PREVIOUS_KEYS])
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.next_action.triggered.connect(self.next_case)
        self.previous_action.triggered.connect(self.previous_case)
        self.next_button.clicked.connect(self.next_case)
        self.previous_button.clicked.connect(self.previous_case)
        self.close_button.clicked.connect(self.close)
        self.agenda.currentRowChanged.connect(self.show_item)

        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.flush)
        self.discussion.textChanged.connect(self._edited)
        self.agreements.textChanged.connect(self._edited)
        self.action_rows.changed.connect(self._edited)

        self._apply_read_only()
        self._update_steps()
        if parent is not None:
            # The main window closing ends the application: save what was typed first.
            parent.window().installEventFilter(self)
        self.resize(1400, 900)
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._db.run(
            meeting_op(self.meeting_id),
            on_done=self._meeting_loaded,
            on_error=self._load_failed,
            owner=self,
        )

    def _load_failed(self, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if text:
            self._set_status(text, error=True)
        else:
            show_error(self, exc, crash)

    def _meeting_loaded(self, view: MeetingView) -> None:
        self.meeting = view
        current = self.items[self.index].id if 0 <= self.index < len(self.items) else None
        self.items = list(view.agenda)
        self.setWindowTitle(
            self.tr("Meeting {date} — {title}").format(
                date=day(view.starts_at.date()), title=view.title or view.place
            )
        )
        parts = [
            f"{day(view.starts_at.date())} {view.starts_at:%H:%M}",
            view.title,
            view.place,
        ]
        chair = self.tr("chair: {name}").format(name=view.chair_name) if view.chair_name else ""
        self.header.setText(" · ".join(p for p in [*parts, chair] if p))
        ids = [item.id for item in self.items]
        if current is not None and current in ids:
            self.index = ids.index(current)  # the same case stays in front of the chair
            self._render_agenda()
            self._update_steps()
            self._show_summary(self.items[self.index])  # the preparation may have changed
            return
        self.index = -1
        self._dirty = False  # the item it belonged to is gone from the agenda
        self._render_agenda()
        if self.items:
            self.show_item(0)
        else:
            self.summary.setHtml(
                "<p>{}</p>".format(html.escape(self.tr("There are no cases on this agenda.")))
            )
            self._load_editor(None)
            self._update_steps()

    def _render_agenda(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for number, item in enumerate(self.items, start=1):
            mark = ""
            if item.id in self._failed:
                mark = "  ⚠"
            elif self.has_minutes(item.id):
                mark = "  ✓"
            entry = QListWidgetItem(
                f"{number}. {item.case_reference}\n{item.young_person_name}{mark}"
            )
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if mark.strip() == "✓":
                entry.setToolTip(self.tr("Minutes have been written for this case"))
            elif mark:
                entry.setToolTip(self._failed.get(item.id, ""))
            self.agenda.addItem(entry)
        self.agenda.setCurrentRow(self.index)
        self.agenda.blockSignals(False)

    def has_minutes(self, agenda_item_id: int) -> bool:
        latest = self._latest.get(agenda_item_id)
        if latest is not None:
            return _has_content(latest)
        item = next((i for i in self.items if i.id == agenda_item_id), None)
        return item is not None and item.has_minutes

    # --- moving through the agenda -----------------------------------------------------------

    def next_case(self) -> None:
        if self.index + 1 < len(self.items):
            self.show_item(self.index + 1)

    def previous_case(self) -> None:
        if self.index > 0:
            self.show_item(self.index - 1)

    def show_item(self, index: int) -> None:
        if not 0 <= index < len(self.items) or index == self.index:
            return
        self.flush()  # what was typed for the case on screen goes first
        self.index = index
        item = self.items[index]
        self._load_editor(item)
        self._render_agenda()
        self._update_steps()
        self._show_summary(item)

    def current_item(self) -> AgendaItemView | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def _update_steps(self) -> None:
        count = len(self.items)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < count - 1)
        self.position.setText(
            self.tr("Case {n} of {count}").format(n=self.index + 1, count=count)
            if self.index >= 0
            else ""
        )

    def _show_summary(self, item: AgendaItemView) -> None:
        cached = self._summaries.get(item.case_id)
        self._summary_generation += 1
        if cached is not None:
            self.summary.setHtml(self.summary_html(item, cached))
            return
        generation = self._summary_generation
        self.summary.setHtml(
            "<h2>{}</h2><p>{}</p>".format(
                html.escape(f"{self.index + 1}. {item.case_reference} — {item.young_person_name}"),
                html.escape(self.tr("Loading…")),
            )
        )
        self._db.run(
            summary_op(item.case_id),
            on_done=lambda s: self._summary_arrived(generation, item.id, s),
            on_error=self._load_failed,
            owner=self,
        )

    def _summary_arrived(self, generation: int, item_id: int, summary: CaseSummary) -> None:
        self._summaries[summary.detail.id] = summary
        item = self.current_item()
        if generation == self._summary_generation and item is not None and item.id == item_id:
            self.summary.setHtml(self.summary_html(item, summary))

    def summary_html(self, item: AgendaItemView, summary: CaseSummary) -> str:
        """The case on one screen, in two columns: what is asked on the left, what is known
        (problem areas, bottlenecks, the advice in force) on the right. Every value from
        the file is escaped."""
        language = current_language()
        e = html.escape
        d = summary.detail
        p = d.young_person
        none = self.tr("none recorded")

        def text(value: str) -> str:
            return e(value.strip()).replace("\n", "<br>")

        history = []
        for h in d.care_history:
            period = " – ".join(x for x in (day(h.period_from), day(h.period_to)) if x)
            who = ", ".join(x for x in (h.description, h.provider_name) if x)
            line = f"<b>{e(who)}</b>" + (f" ({e(period)})" if period else "")
            history.append(line + (f": {e(h.outcome)}" if h.outcome else ""))
        guests = [
            f"{e(g.name)} ({e(g.role.label(language))}"
            + (f", {e(g.organisation)}" if g.organisation else "")
            + ")"
            for g in (self.meeting.guests if self.meeting else ())
            if g.case_id == item.case_id
        ]

        left = _section(
            self.tr("Question to the team"),
            f"<p style='margin:0'>{text(d.question) or e(none)}</p>",
        )
        if item.preparation.strip():
            left += _section(
                self.tr("Preparation"),
                "<table width='100%' cellpadding='6' bgcolor='#eef4fb'><tr><td>"
                f"{text(item.preparation)}</td></tr></table>",
            )
        left += _section(self.tr("Care so far"), _items(history, none))
        if guests:
            left += _section(self.tr("Guests for this case"), _items(guests, ""))
        right = _section(
            self.tr("Problem areas"), _items([e(c.label) for c in d.problem_areas], none)
        )
        right += _section(self.tr("Bottlenecks"), _items([e(c.label) for c in d.bottlenecks], none))
        right += _section(self.tr("Earlier advice"), self._advice_html(summary))

        facts = [
            self.tr("{age} years").format(age=p.age),
            d.residence_municipality.label if d.residence_municipality else "",
            d.status.label(language),
            self.tr("day {n} since registration").format(n=d.lead_time_days),
        ]
        title = f"{self.index + 1}. {item.case_reference} — {p.display_name}"
        return (
            f"<p style='font-size:x-large;font-weight:bold;margin:0'>{e(title)}</p>"
            f"<p style='color:#555;margin-top:2px'>{e(' · '.join(f for f in facts if f))}</p>"
            "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td width='50%' valign='top' style='padding-right:18px'>{left}</td>"
            f"<td width='50%' valign='top'>{right}</td>"
            "</tr></table>"
        )

    def _advice_html(self, summary: CaseSummary) -> str:
        e = html.escape
        current = summary.advice.current
        detail = summary.detail
        if current is not None:
            care = []
            for c in current.care_items:
                start = self.tr("start by {date}").format(date=day(c.latest_start))
                rest = ", ".join(x for x in (c.provider_name, c.intensity, start) if x)
                care.append(f"<b>{e(c.care_kind.label)}</b> — {e(rest)}")
            goals = [
                "{} ({})".format(
                    e(g.description),
                    e(self.tr("target {date}").format(date=day(g.target_date))),
                )
                for g in current.goals
            ]
            head = self.tr("Version {n}, issued {date}").format(
                n=current.number, date=day(current.issued_on)
            )
            body = f"<p style='margin:0'>{e(head)}</p>"
            if current.no_new_care:
                reason = self.tr("No new care: {reason}").format(reason=current.no_new_care_reason)
                body += f"<p>{e(reason)}</p>"
            if care:
                care_title = self.tr("Care")
                body += f"<p style='margin:4px 0 0 0'><i>{e(care_title)}</i></p>"
                body += _items(care, "")
            if goals:
                goals_title = self.tr("Goals")
                body += f"<p style='margin:4px 0 0 0'><i>{e(goals_title)}</i></p>"
                body += _items(goals, "")
            return body
        if detail.imported_advice_text.strip():
            head = (
                self.tr("Imported advice of {date}").format(date=day(detail.imported_advice_on))
                if detail.imported_advice_on
                else self.tr("Imported advice")
            )
            imported = e(detail.imported_advice_text.strip()).replace("\n", "<br>")
            return f"<p><i>{e(head)}</i><br>{imported}</p>"
        return "<p style='color:#666'>{}</p>".format(e(self.tr("No earlier advice.")))

    # --- the minutes editor ------------------------------------------------------------------

    def _make_action(self) -> ActionRow:
        row = ActionRow()
        row.changed.connect(self._edited)
        row.set_read_only(not self.writable)
        return row

    def _load_editor(self, item: AgendaItemView | None) -> None:
        self._loading_editor = True
        try:
            latest = self._latest.get(item.id) if item is not None else None
            if latest is None and item is not None:
                latest = MinutesInput(item.discussion, item.agreements, item.actions)
            minutes = latest or MinutesInput()
            self.discussion.setPlainText(minutes.discussion)
            self.agreements.setPlainText(minutes.agreements)
            self.action_rows.clear_rows()
            for action in minutes.actions:
                self.action_rows.add_row().set_value(action)
            self.action_rows.set_read_only(not self.writable)
            failure = self._failed.get(item.id) if item is not None else None
            self.minutes_message.show_text(failure or "")
            for editor in (self.discussion, self.agreements):
                editor.setEnabled(item is not None)
            self.action_rows.setEnabled(item is not None)
        finally:
            self._loading_editor = False
        self._dirty = item is not None and item.id in self._failed

    def _apply_read_only(self) -> None:
        for editor in (self.discussion, self.agreements):
            editor.setReadOnly(not self.writable)
        self.action_rows.set_read_only(not self.writable)
        if not self.writable:
            self.discussion.setPlaceholderText("")
            self.agreements.setPlaceholderText("")
            self._set_status(self.tr("Read only: your role does not keep minutes"))

    def _edited(self) -> None:
        if self._loading_editor or not self.writable or self.current_item() is None:
            return
        self._dirty = True
        self._close_refused = False
        self.autosave.start()

    def minutes(self) -> MinutesInput:
        """What the editor holds now."""
        return MinutesInput(
            discussion=self.discussion.toPlainText(),
            agreements=self.agreements.toPlainText(),
            actions=tuple(
                a for a in (row.value() for row in self.action_rows.rows) if a is not None
            ),
        )

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        return bool(self._in_flight or self._queued)

    # --- writing through ---------------------------------------------------------------------

    def flush(self) -> None:
        """Save what the editor holds now, if it changed since the last save."""
        self.autosave.stop()
        item = self.current_item()
        if not self._dirty or not self.writable or item is None or self._gone:
            return
        self._dirty = False
        minutes = self.minutes()
        self._latest[item.id] = minutes
        self._send(item.id, minutes)

    def _send(self, item_id: int, minutes: MinutesInput) -> None:
        if item_id in self._in_flight:
            self._queued[item_id] = minutes  # the newest text goes when this save is back
            return
        self._in_flight.add(item_id)
        self._set_status(self.tr("Saving…"))
        self._db.run(
            save_minutes_op(item_id, minutes),
            on_done=lambda view: self._saved(item_id, view),
            on_error=lambda exc, crash: self._save_failed(item_id, exc, crash),
            owner=self,
        )

    def _next_in_line(self, item_id: int) -> None:
        self._in_flight.discard(item_id)
        queued = self._queued.pop(item_id, None)
        if queued is not None:
            self._send(item_id, queued)

    def _saved(self, item_id: int, view: AgendaItemView) -> None:
        self._failed.pop(item_id, None)
        self.items = [view if i.id == item_id else i for i in self.items]
        self._next_in_line(item_id)
        current = self.current_item()
        if current is not None and current.id == item_id:
            self.minutes_message.show_text("")
            for row in self.action_rows.rows:
                if not row.due.is_unreadable():
                    row.message.show_text("")
        self._render_agenda()
        if not self.saving:
            self.last_saved = datetime.now()
            self._set_status(self.tr("Saved {time}").format(time=f"{self.last_saved:%H:%M}"))
        self.minutes_saved.emit()
        if self._closing and not self.saving and not self._dirty and not self._failed:
            self.close()

    def _save_failed(self, item_id: int, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if not text:
            show_error(self, exc, crash)
            text = self.tr("a fault in the program")
        self._failed[item_id] = text
        self._next_in_line(item_id)
        current = self.current_item()
        if current is not None and current.id == item_id:
            self._dirty = True  # the next edit, case change or close tries again
            self._show_save_problems(exc, text)
        self._render_agenda()
        self._set_status(self.tr("Not saved: {reason}").format(reason=text), error=True)
        if self._closing:
            self._closing = False
            self._close_refused = True
            self._set_status(
                self.tr("Not saved: {reason} Close again to discard it.").format(reason=text),
                error=True,
            )

    def _show_save_problems(self, exc: BaseException, text: str) -> None:
        if not isinstance(exc, ValidationError):
            self.minutes_message.show_text(text)
            return
        rest = []
        for problem in exc.problems:
            parts = problem.field.split(".")
            row_text = problem.en if current_language() == "en" else problem.nl
            if len(parts) == 3 and parts[0] == "actions" and parts[1].isdigit():
                filled = [row for row in self.action_rows.rows if row.value() is not None]
                index = int(parts[1])
                if index < len(filled):
                    filled[index].message.show_text(row_text)
                    continue
            rest.append(row_text)
        self.minutes_message.show_text("\n".join(rest))

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "color: #555;")

    # --- the window ---------------------------------------------------------------------------

    def meeting_gone(self) -> None:
        """The meeting was cancelled: nothing left to save here."""
        self._gone = True
        self.autosave.stop()
        self._dirty = False
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape must not close the minutes by accident
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # the lock hides this window before it closes the database
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.flush()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._gone and self.writable:
            self.flush()
            if not self._close_refused and (self.saving or self._failed):
                # Close once the last save is in; stay open (with its message) if it fails.
                self._closing = self.saving
                if not self.saving:
                    self._close_refused = True
                    self._set_status(
                        self.tr("Not saved: {reason} Close again to discard it.").format(
                            reason=next(iter(self._failed.values()))
                        ),
                        error=True,
                    )
                event.ignore()
                return
        super().closeEvent(event)

    def done_saving(self) -> bool:
        """True when everything typed has been saved (for tests and the close path)."""
        return not (self._dirty or self.saving or self._failed)
