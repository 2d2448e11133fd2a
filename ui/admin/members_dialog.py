"""Team members and their roles: add, change a role, reset a passphrase, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.roles import Permission, allows
from ui.admin.base import AdminDialog, action_button, make_table, select_key, selected_key
from ui.admin.member_forms import AddMemberDialog, ChangeRoleDialog, ResetPassphraseDialog
from ui.admin.table_model import Row, RowsModel
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.team import MemberRow


def _members_op(ctx: JobContext) -> list[MemberRow]:
    from expertteam_app.services import team

    with ctx.unit_of_work(write=False) as uow:
        return team.list_members(uow)


def _remove_op(member_id: int) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import team

        with ctx.unit_of_work() as uow:
            team.remove_member(uow, member_id)

    return op


class MembersDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Team members"))
        self.members: dict[int, MemberRow] = {}
        self.may_manage = allows(info.role, Permission.MEMBERS_MANAGE)
        self.model = RowsModel([self.tr("Name"), self.tr("Role")], self)
        self.table = make_table(self.model, "membersTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _i: self.change_role())

        self.add_button = action_button(self.tr("Add member…"), "addMember")
        self.role_button = action_button(self.tr("Change role…"), "changeRole")
        self.reset_button = action_button(self.tr("Reset passphrase…"), "resetPassphrase")
        self.remove_button = action_button(self.tr("Remove…"), "removeMember")
        self.add_button.clicked.connect(self.add_member)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.remove_button.clicked.connect(self.remove_member)
        actions = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.remove_button):
            button.setVisible(self.may_manage)
            actions.addWidget(button)
        actions.addStretch(1)

        # The button's own words, so the note and the unlock window always agree.
        recover = QCoreApplication.translate("UnlockPanel", "Recover with recovery code…")
        recovery = QLabel(
            self.tr(
                "Forgot a passphrase? Reset it here, or the member uses the team's recovery "
                "code in the unlock window: “{button}”."
            ).format(button=recover)
        )
        recovery.setObjectName("recoveryNote")
        recovery.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("membersStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(recovery)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(620, 420)
        self.update_actions()
        self.refresh()

    # --- the list -----------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Load the list again; keep the selection, or select `select`."""
        self.run_job(_members_op, lambda members: self._show(members, select))

    def _show(self, members: list[MemberRow], select: int | None) -> None:
        keep = select if select is not None else selected_key(self.table)
        language = current_language()
        self.members = {m.id: m for m in members}
        rows = []
        for m in members:
            name = m.name
            if m.id == self.info.member_id:
                name = self.tr("{name} (you)").format(name=m.name)
            rows.append(Row(m.id, (name, m.role.label(language))))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        select_key(self.table, keep)
        self.update_actions()

    def selected(self) -> MemberRow | None:
        key = selected_key(self.table)
        return self.members.get(key) if isinstance(key, int) else None

    def update_actions(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.may_manage and not self.busy)
        for button in (self.role_button, self.reset_button, self.remove_button):
            button.setEnabled(self.may_manage and chosen and not self.busy)

    def _say(self, text: str) -> None:
        self.message.show_text("")
        self.status.setText(text)

    # --- actions ------------------------------------------------------------------------

    def add_member(self) -> None:
        self.add_dialog = AddMemberDialog(self._db, self.info, self)
        self.add_dialog.added.connect(
            lambda m: self._changed(m.id, self.tr("{name} is added.").format(name=m.name))
        )
        self.add_dialog.open()

    def change_role(self) -> None:
        member = self.selected()
        if member is None or not self.may_manage:
            return
        self.role_dialog = ChangeRoleDialog(self._db, self.info, member, self)
        self.role_dialog.changed.connect(
            lambda m: self._changed(
                m.id,
                self.tr("{name} is now {role}.").format(
                    name=m.name, role=m.role.label(current_language()).lower()
                ),
            )
        )
        self.role_dialog.open()

    def reset_passphrase(self) -> None:
        member = self.selected()
        if member is None:
            return
        self.reset_dialog = ResetPassphraseDialog(self._db, self.info, member, self)
        self.reset_dialog.reset_done.connect(
            lambda m: self._changed(
                m.id, self.tr("{name} has a new passphrase.").format(name=m.name)
            )
        )
        self.reset_dialog.open()

    def remove_member(self) -> None:
        member = self.selected()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove member"),
            self.tr(
                "Remove {name} from the team?\n\nTheir key is destroyed: they can no longer "
                "open the team database. What they did stays in the access log."
            ).format(name=member.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_job(
            _remove_op(member.id),
            lambda _none: self._changed(
                None, self.tr("{name} is removed.").format(name=member.name)
            ),
        )

    def _changed(self, member_id: int | None, text: str) -> None:
        self._say(text)
        self.refresh(select=member_id)
