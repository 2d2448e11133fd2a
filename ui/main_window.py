"""The main window: the case list, open cases as tabs, the menus, and the lock.

Locking (Ctrl+L, or after the team's idle time) hides every window's content, closes the
database and forgets the key on the worker; the widgets, and what was typed in them, stay.
Unlocking with the same person's passphrase brings it all back.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.transition import big_five_applies
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.roles import Permission, allows
from ui import session
from ui.case_form import CaseForm, FormChoices, load_choices
from ui.case_header import CaseHeader
from ui.case_list_page import CaseListPage, read_case_op
from ui.i18n import current_language
from ui.messages import show_error
from ui.session import SessionInfo
from ui.settings import Preferences
from ui.unlock_window import UnlockPanel
from ui.worker import Database

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Counts the time since the last key press or mouse movement in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_seconds = minutes * 60.0
        self.last_input = time.monotonic()
        self._timer = QTimer(self, interval=5_000)
        self._timer.timeout.connect(self._check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if time.monotonic() - self.last_input >= self.limit_seconds:
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class CaseTab(QWidget):
    """An open case (or a new registration): its header, and below it the registration form
    and, once the case is saved, its binding advice."""

    def __init__(
        self, db: Database, info: SessionInfo, choices: FormChoices, detail: CaseDetail | None
    ) -> None:
        super().__init__()
        self._db = db
        self._info = info
        self._choices = choices
        self.header = CaseHeader(db, info)
        self.form = CaseForm(db, info, choices, detail)
        # The areas of a saved case (ui.advice, ui.followup, ui.funding); None until saved.
        self.advice: Any = None
        self.followup: Any = None
        self.funding: Any = None
        self.transition: Any = None
        self.retrospective: Any = None
        self.areas = QTabWidget()
        self.areas.setObjectName("caseAreas")
        self.areas.setTabBarAutoHide(True)  # a new registration has only its form
        self.areas.addTab(self.form, self.tr("Registration"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.areas, 1)
        self.header.setVisible(detail is not None)
        if detail is not None:
            self.header.show_case(detail)
            self._add_areas(detail)
        self.form.saved.connect(self._saved)
        self.header.changed.connect(self.form.load)

    def _add_areas(self, detail: CaseDetail) -> None:
        from ui.advice import AdviceEditor
        from ui.followup import FollowUpArea, TransitionArea
        from ui.funding import FundingArea
        from ui.retrospective import RetrospectiveArea

        self.advice = AdviceEditor(self._db, self._info, self._choices, detail)
        self.followup = FollowUpArea(self._db, self._info, detail)
        self.funding = FundingArea(self._db, self._info, detail)
        self.transition = TransitionArea(self._db, self._info, detail)
        self.areas.addTab(self.advice, self.tr("Advice"))
        self.areas.addTab(self.followup, self.tr("Follow-up"))
        self.areas.addTab(self.funding, self.tr("Funding"))
        self.areas.addTab(self.transition, self.tr("18-/18+"))
        self.retrospective = RetrospectiveArea(self._db, self._info, detail)
        self.areas.addTab(self.retrospective, self.tr("Retrospective"))
        self.header.changed.connect(self.retrospective.set_case)
        for area in (self.advice, self.followup, self.funding, self.transition):
            area.case_changed.connect(self.header.refresh)
            self.header.changed.connect(area.set_case)
        self._show_transition(detail)
        self.header.changed.connect(self._show_transition)

    def _show_transition(self, detail: CaseDetail) -> None:
        # The big five checklist is shown from 16.5 years (the rule lives in the domain).
        applies = big_five_applies(detail.young_person.date_of_birth, date.today())
        self.areas.setTabVisible(self.areas.indexOf(self.transition), applies)

    def show_area(self, name: str) -> None:
        """Bring an area to the front: registration, advice, followup, funding, transition,
        retrospective."""
        widget = {
            "registration": self.form,
            "advice": self.advice,
            "followup": self.followup,
            "funding": self.funding,
            "transition": self.transition,
            "retrospective": self.retrospective,
        }.get(name)
        if widget is not None:
            index = self.areas.indexOf(widget)
            if index >= 0 and self.areas.isTabVisible(index):
                self.areas.setCurrentIndex(index)

    def _saved(self, detail: CaseDetail) -> None:
        self.header.setVisible(True)
        self.header.show_case(detail)
        if self.advice is None:
            self._add_areas(detail)
        else:
            for area in (self.advice, self.followup, self.funding, self.transition):
                area.set_case(detail)
            self.retrospective.set_case(detail)
            self._show_transition(detail)

    @property
    def case_id(self) -> int | None:
        return self.form.detail.id if self.form.detail else None


class MainWindow(QMainWindow):
    locked_changed = Signal(bool)

    def __init__(
        self, db: Database, prefs: Preferences, info: SessionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._prefs = prefs
        self.info = info
        self.choices: FormChoices | None = None
        self._pending_opens: list[int | None] = []
        self._hidden_dialogs: list[QWidget] = []
        self.locked = False
        db.default_error = lambda exc, crash: show_error(self, exc, crash)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        from ui.meetings import MeetingListPage
        from ui.worklist import WorkListPage

        # The work list is the home screen: what needs a person now.
        self.work_list = WorkListPage(db, info)
        self.list_page = CaseListPage(db, info)
        self.meetings_page = MeetingListPage(db, info)
        for page, title in (
            (self.work_list, self.tr("Work list")),
            (self.list_page, self.tr("Cases")),
            (self.meetings_page, self.tr("Meetings")),
        ):
            index = self.tabs.addTab(page, title)
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        # Learning tables (Ctrl+3): a placeholder until first shown, so the window starts
        # without the learning modules; only for the roles that prepare learning tables.
        self.learning_tab: QWidget | None = None
        self.learning_page: Any = None  # ui.learning.LearningPage once built
        if allows(info.role, Permission.LEARNING_TABLE):
            self.learning_tab = QWidget()
            self.learning_tab.setObjectName("learningTab")
            QVBoxLayout(self.learning_tab).setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(self.learning_tab, self.tr("Learning tables"))
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
            self.tabs.currentChanged.connect(lambda _i: self._build_learning_page())
        # Monitoring (Ctrl+4): also built when first shown, so Qt Charts stays out of start-up.
        self.monitoring_tab: QWidget | None = None
        self.monitoring_page: Any = None  # ui.monitoring.MonitoringPage once built
        if allows(info.role, Permission.MONITORING_READ):
            self.monitoring_tab = QWidget()
            self.monitoring_tab.setObjectName("monitoringTab")
            QVBoxLayout(self.monitoring_tab).setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(self.monitoring_tab, self.tr("Monitoring"))
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
            self.tabs.currentChanged.connect(lambda _i: self._build_monitoring_page())
        self.tabs.setCurrentWidget(self.work_list)
        self.meetings_page.changed.connect(lambda: self.list_page.refresh())
        self.meetings_page.changed.connect(lambda: self.work_list.refresh())
        self.work_list.open_case.connect(self.open_case)
        for page in (self.meetings_page, self.work_list):
            self.locked_changed.connect(lambda locked, p=page: p.clear() if locked else p.refresh())
        self.tabs.tabCloseRequested.connect(self.close_tab)

        self.lock_page = QWidget()
        self.lock_page.setObjectName("lockPage")
        self.lock_panel: UnlockPanel | None = None
        lock_layout = QVBoxLayout(self.lock_page)
        self._lock_row = QHBoxLayout()
        lock_layout.addStretch(1)
        lock_layout.addLayout(self._lock_row)
        lock_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self.status_user = QLabel()
        self.statusBar().addPermanentWidget(self.status_user)
        self._show_identity()

        self.list_page.open_case.connect(self.open_case)
        self.idle = IdleWatcher(info.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)

        state = prefs.window_state("main_geometry")
        if state is not None:
            self.restoreGeometry(state)
        else:
            self.resize(1280, 800)
        self.list_page.apply_filters()
        db.run(load_choices, on_done=self._choices_loaded)

    # --- menus ------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        role = self.info.role
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("New registration"), self.new_registration, "Ctrl+N", "newRegistration"
        )
        self.new_action.setEnabled(allows(role, Permission.CASE_REGISTER))
        self.import_action = self._action(
            self.tr("Import register…"), self.import_register, None, "importRegister"
        )
        self.import_action.setEnabled(allows(role, Permission.REGISTER_IMPORT))
        self.lock_action = self._action(self.tr("Lock"), self.lock, "Ctrl+L", "lockAction")
        quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_action, self.import_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(quit_action)

        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(
            self._action(self.tr("Open selected case"), self._open_selected, "Ctrl+O")
        )
        case_menu.addAction(
            self._action(
                self.tr("Refresh list"), self.list_page.refresh, QKeySequence.StandardKey.Refresh
            )
        )
        case_menu.addAction(
            self._action(
                self.tr("Find"), self.list_page.search.setFocus, QKeySequence.StandardKey.Find
            )
        )
        case_menu.addSeparator()
        case_menu.addAction(
            self._action(self.tr("Show work list"), self.show_work_list, "Ctrl+1", "showWorkList")
        )
        self.funding_overview_action = self._action(
            self.tr("Funding overview…"), self.open_funding_overview, None, "fundingOverview"
        )
        case_menu.addAction(self.funding_overview_action)

        meetings_menu = self.menuBar().addMenu(self.tr("&Meetings"))

        def show_meetings() -> None:
            self.tabs.setCurrentWidget(self.meetings_page)

        def new_meeting() -> None:
            show_meetings()
            self.meetings_page.new_meeting()

        meetings_menu.addAction(
            self._action(self.tr("Show meetings"), show_meetings, "Ctrl+2", "showMeetings")
        )
        self.new_meeting_action = self._action(
            self.tr("New meeting…"), new_meeting, "Ctrl+Shift+N", "newMeetingAction"
        )
        self.new_meeting_action.setEnabled(allows(role, Permission.CASE_SCHEDULE))
        meetings_menu.addAction(self.new_meeting_action)
        meetings_menu.addAction(
            self._action(
                self.tr("Open the meeting room"),
                self.meetings_page.open_selected,
                None,
                "openMeetingRoom",
            )
        )

        if self.learning_tab is not None:
            learning_menu = self.menuBar().addMenu(self.tr("&Learning tables"))
            learning_menu.addAction(
                self._action(
                    self.tr("Show learning tables"),
                    self.show_learning_tables,
                    "Ctrl+3",
                    "showLearningTables",
                )
            )
            learning_menu.addAction(
                self._action(
                    self.tr("New learning-table session…"),
                    lambda: (page := self.show_learning_tables()) and page.new_session(),
                    None,
                    "newLearningSession",
                )
            )

        if self.monitoring_tab is not None:
            monitoring_menu = self.menuBar().addMenu(self.tr("M&onitoring"))
            monitoring_menu.addAction(
                self._action(
                    self.tr("Show monitoring"), self.show_monitoring, "Ctrl+4", "showMonitoring"
                )
            )

        from ui import admin

        self.admin_menu = self.menuBar().addMenu(self.tr("&Management"))
        for text, permission, opener, name in (
            (
                self.tr("Team members…"),
                Permission.MEMBERS_MANAGE,
                admin.open_members,
                "adminMembers",
            ),
            (
                self.tr("Team settings…"),
                Permission.SETTINGS_MANAGE,
                admin.open_team_settings,
                "adminSettings",
            ),
            (
                self.tr("Providers (sociale kaart)…"),
                Permission.PROVIDERS_MANAGE,
                admin.open_providers,
                "adminProviders",
            ),
            (
                self.tr("Municipalities…"),
                Permission.REFERENCE_MANAGE,
                admin.open_municipalities,
                "adminMunicipalities",
            ),
            (
                self.tr("The team's lists…"),
                Permission.REFERENCE_MANAGE,
                admin.open_lists,
                "adminLists",
            ),
            (
                self.tr("Access log…"),
                Permission.ACCESS_LOG_READ,
                admin.open_access_log,
                "adminAccessLog",
            ),
            (
                self.tr("Check the database…"),
                Permission.DATABASE_CHECK,
                admin.open_check,
                "adminCheck",
            ),
            (self.tr("Make a backup…"), Permission.BACKUP, admin.open_backup, "adminBackup"),
        ):
            action = self._action(
                text, lambda _c=False, o=opener: o(self, self._db, self.info), None, name
            )
            action.setEnabled(allows(role, permission))
            action.setVisible(allows(role, permission))
            self.admin_menu.addAction(action)
        self.admin_menu.addSeparator()
        self.admin_menu.addAction(
            self._action(
                self.tr("Change my passphrase…"),
                lambda: admin.open_passphrase(self, self._db, self.info),
            )
        )
        self.admin_menu.addAction(
            self._action(self.tr("Language…"), lambda: admin.open_language(self, self._prefs))
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("About Expertteam"), self._about))

        toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar = toolbar
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.import_action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)

    def show_work_list(self) -> None:
        # Becoming the current tab refreshes the page; refresh by hand only if it already is.
        if self.tabs.currentWidget() is self.work_list:
            self.work_list.refresh()
        else:
            self.tabs.setCurrentWidget(self.work_list)

    def _build_learning_page(self) -> Any:
        """The learning-table page, built the first time its tab is shown."""
        if self.learning_page is None and self.learning_tab is not None:
            if self.tabs.currentWidget() is not self.learning_tab:
                return None
            from ui.learning import LearningPage

            self.learning_page = LearningPage(self._db, self.info)
            layout = self.learning_tab.layout()
            assert layout is not None
            layout.addWidget(self.learning_page)
            self.locked_changed.connect(
                lambda locked: self.learning_page.clear() if locked else None
            )
        return self.learning_page

    def show_learning_tables(self) -> Any:
        if self.learning_tab is None or self.locked:
            return None
        self.tabs.setCurrentWidget(self.learning_tab)
        return self._build_learning_page()

    def _build_monitoring_page(self) -> Any:
        """The monitoring dashboard, built the first time its tab is shown."""
        if self.monitoring_page is None and self.monitoring_tab is not None:
            if self.tabs.currentWidget() is not self.monitoring_tab:
                return None
            from ui.monitoring import MonitoringPage

            self.monitoring_page = MonitoringPage(self._db, self.info, self.open_case)
            layout = self.monitoring_tab.layout()
            assert layout is not None
            layout.addWidget(self.monitoring_page)
            self.locked_changed.connect(
                lambda locked: self.monitoring_page.clear() if locked else None
            )
        return self.monitoring_page

    def show_monitoring(self) -> Any:
        if self.monitoring_tab is None or self.locked:
            return None
        self.tabs.setCurrentWidget(self.monitoring_tab)
        return self._build_monitoring_page()

    def open_funding_overview(self) -> None:
        from ui.funding import open_funding_overview

        open_funding_overview(self, self._db, self.info)

    def _show_identity(self) -> None:
        info = self.info
        role = info.role.label(current_language())
        title = f"Expertteam — {info.team_name} — {info.member_name} ({role})"
        if info.is_demo:
            title = "DEMO — " + title
        self.setWindowTitle(title)
        self.status_user.setText(
            f"{info.member_name} · {role}" + (" · DEMO" if info.is_demo else "")
        )

    def _about(self) -> None:
        from expertteam_app import __version__

        QMessageBox.about(
            self,
            self.tr("About Expertteam"),
            self.tr(
                "Expertteam {version}\nCase register, binding advice and learning tables for regional expert teams in youth care."
            ).format(version=__version__),
        )

    # --- cases ------------------------------------------------------------------------------

    def _choices_loaded(self, choices: FormChoices) -> None:
        self.choices = choices
        self.list_page.set_municipalities(choices.municipalities)
        self.list_page.set_members(choices.members)
        pending, self._pending_opens = self._pending_opens, []
        for case_id in pending:
            if case_id is None:
                self.new_registration()
            else:
                self.open_case(case_id)

    def _open_selected(self) -> None:
        case_id = self.list_page.selected_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def case_tabs(self) -> list[CaseTab]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseTab)
        ]

    def new_registration(self) -> CaseTab | None:
        if self.locked or not allows(self.info.role, Permission.CASE_REGISTER):
            return None
        if self.choices is None:
            self._pending_opens.append(None)
            return None
        return self._add_tab(None)

    def open_case(self, case_id: int, area: str = "") -> None:
        """Open (or bring forward) a case's tab, at `area` if given (see CaseTab.show_area)."""
        if self.locked:
            return
        for tab in self.case_tabs():
            if tab.case_id == case_id:
                self.tabs.setCurrentWidget(tab)
                tab.show_area(area)
                return
        if self.choices is None:
            self._pending_opens.append(case_id)
            return
        self._db.run(read_case_op(case_id), on_done=lambda detail: self._case_loaded(detail, area))

    def _case_loaded(self, detail: CaseDetail, area: str = "") -> None:
        self._add_tab(detail).show_area(area)

    def _add_tab(self, detail: CaseDetail | None) -> CaseTab:
        assert self.choices is not None
        tab = CaseTab(self._db, self.info, self.choices, detail)
        index = self.tabs.addTab(tab, tab.form.title())
        self.tabs.setCurrentIndex(index)
        tab.form.title_changed.connect(lambda title, t=tab: self._retitle(t, title))
        tab.form.dirty_changed.connect(lambda dirty, t=tab: self._retitle(t, t.form.title()))
        tab.form.saved.connect(lambda _d: self.list_page.refresh())
        tab.form.open_case.connect(self.open_case)
        tab.header.changed.connect(lambda _d: self.list_page.refresh())
        tab.form.first_name.setFocus()
        return tab

    def _retitle(self, tab: CaseTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, ("● " if tab.form.dirty else "") + title)

    def _advice_may_go(self, tabs: list[CaseTab]) -> bool:
        """Unsaved advice and retrospective edits are not dropped without asking (both are
        saved by hand)."""
        return self._advice_edits_may_go(tabs) and self._retrospective_edits_may_go(tabs)

    def _retrospective_edits_may_go(self, tabs: list[CaseTab]) -> bool:
        unsaved = [
            t.form.title() for t in tabs if t.retrospective is not None and t.retrospective.dirty()
        ]
        if not unsaved:
            return True
        choice = QMessageBox.question(
            self,
            self.tr("Unsaved retrospective"),
            self.tr(
                "The retrospective of {titles} has changes that are not saved. Close anyway and lose them?"
            ).format(titles=", ".join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return choice == QMessageBox.StandardButton.Discard

    def _advice_edits_may_go(self, tabs: list[CaseTab]) -> bool:
        unsaved = [t.form.title() for t in tabs if t.advice is not None and t.advice.dirty]
        if not unsaved:
            return True
        choice = QMessageBox.question(
            self,
            self.tr("Unsaved advice"),
            self.tr(
                "The advice of {titles} has changes that are not saved. Close anyway and lose them?"
            ).format(titles=", ".join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return choice == QMessageBox.StandardButton.Discard

    def close_tab(self, index: int) -> bool:
        tab = self.tabs.widget(index)
        if not isinstance(tab, CaseTab):
            return False
        if not self._advice_may_go([tab]):
            return False
        if not tab.form.confirm_leave():
            if not tab.form.dirty:
                return False
            # "Save" was chosen: close once the save has gone through.
            tab.form.saved.connect(lambda _d, t=tab: self._close_tab_widget(t))
            return False
        self._close_tab_widget(tab)
        return True

    def _close_tab_widget(self, tab: CaseTab) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
            tab.deleteLater()

    def import_register(self) -> None:
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._db, self)
        dialog.finished.connect(lambda _r: self.list_page.refresh())
        dialog.open()

    def reload_session_info(self) -> None:
        """After the team settings changed: lock time, target lead time, team name."""
        self._db.run(session.current_info, on_done=self._apply_info, owner=self)

    def _apply_info(self, info: SessionInfo) -> None:
        self.info = info
        self.idle.limit_seconds = info.idle_lock_minutes * 60.0
        self._show_identity()
        for tab in self.case_tabs():
            tab.header._info = info
            if tab.header.detail is not None:
                tab.header.show_case(tab.header.detail)

    # --- locking ----------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                widget.hide()
                self._hidden_dialogs.append(widget)
        self.list_page.model.clear()
        self.list_page.clear_preview()
        if self.lock_panel is not None:  # a fresh panel each time: nothing typed lingers
            self.lock_panel.deleteLater()
        while self._lock_row.count():
            self._lock_row.takeAt(0)
        panel = UnlockPanel(self._db, self._prefs, locked=self.info)
        panel.unlocked.connect(self._unlocked)
        self._lock_row.addStretch(1)
        self._lock_row.addWidget(panel)
        self._lock_row.addStretch(1)
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.lock_panel = panel
        self._db.run(session.lock)
        self.locked_changed.emit(True)
        panel.passphrase.setFocus()

    def _unlocked(self, info: SessionInfo) -> None:
        if info.member_id != self.info.member_id:
            return  # the panel only offers the same person; never switch identity here
        self.info = info
        self.locked = False
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs.clear()
        self.idle = IdleWatcher(info.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._apply_info(info)
        self.list_page.refresh()
        self.locked_changed.emit(False)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._advice_may_go(self.case_tabs()):
            event.ignore()
            return
        if self.locked:
            unsaved = [t.form.title() for t in self.case_tabs() if t.form.dirty]
            if unsaved:
                choice = QMessageBox.question(
                    self,
                    self.tr("Unsaved changes"),
                    self.tr(
                        "These cases have changes that are not saved: {titles}.\nUnlock first to save them. Quit anyway and lose them?"
                    ).format(titles=", ".join(unsaved)),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if choice != QMessageBox.StandardButton.Discard:
                    event.ignore()
                    return
            event.accept()
            self._prefs.set_window_state("main_geometry", self.saveGeometry())
            return
        for tab in self.case_tabs():
            if tab.form.dirty:
                self.tabs.setCurrentWidget(tab)
                if not tab.form.confirm_leave():
                    event.ignore()
                    return
        self._prefs.set_window_state("main_geometry", self.saveGeometry())
        self.idle.stop()
        event.accept()
