"""The small forms behind the members list: add a member, change a role, reset a passphrase.

Each form runs its own change on the worker, so a refusal or a field problem is shown in
the form, which stays open; on success it closes and says so by signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import Role
from ui.admin.base import AdminDialog, with_message
from ui.admin.passphrase_fields import NewPassphraseFields
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.team import MemberRow


def _add_op(name: str, role: Role, passphrase: str) -> Op:
    def op(ctx: JobContext) -> MemberRow:
        from expertteam_app.services import team

        with ctx.unit_of_work() as uow:
            return team.add_member(uow, name, role, passphrase)

    return op


def _change_role_op(member_id: int, role: Role) -> Op:
    def op(ctx: JobContext) -> MemberRow:
        from expertteam_app.services import team

        with ctx.unit_of_work() as uow:
            return team.change_role(uow, member_id, role)

    return op


def _reset_op(member_id: int, passphrase: str) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import team

        with ctx.unit_of_work() as uow:
            team.reset_passphrase(uow, member_id, passphrase)

    return op


def role_combo(selected: Role) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("roleChoice")
    language = current_language()
    for role in Role:
        combo.addItem(role.label(language), role.value)
    combo.setCurrentIndex(combo.findData(selected.value))
    return combo


class _MemberForm(AdminDialog):
    """A form with OK/Cancel whose OK starts the job; both wait while it runs."""

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None) -> None:
        super().__init__(db, info, parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)
        self.box.addLayout(self.form)
        self.box.addWidget(self.message)
        self.box.addStretch(1)
        self.box.addWidget(self.buttons)

    def update_actions(self) -> None:
        self.buttons.setEnabled(not self.busy)

    def submit(self) -> None:
        raise NotImplementedError


class AddMemberDialog(_MemberForm):
    added = Signal(object)  # MemberRow

    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.ok_button.setText(self.tr("Add"))
        self.setWindowTitle(self.tr("Add a team member"))
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.name_message = FieldMessage()
        self.role = role_combo(Role.LID)
        self.secret = NewPassphraseFields(self.name.text, self)
        explain = QLabel(
            self.tr(
                "The new member opens the team database with their own name and this "
                "passphrase. Tell it to them in person; they can change it afterwards."
            )
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.form.addRow(self.tr("Name"), with_message(self.name, self.name_message))
        self.form.addRow(self.tr("Role"), self.role)
        self.secret.add_to(self.form, self.tr("Passphrase"))
        self.name.textChanged.connect(self.secret.refresh_advice)
        self.resize(460, 0)

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def submit(self) -> None:
        if self.busy:
            return
        self.message.show_text("")
        self.name_message.show_text("")
        if not self.secret.both_match():
            return
        self.run_job(
            _add_op(self.name.text(), self.selected_role(), self.secret.text()),
            self._added,
            lambda exc, crash: self.show_problems(
                exc, crash, {"name": self.name_message, "passphrase": self.secret.message}
            ),
        )

    def _added(self, row: MemberRow) -> None:
        self.added.emit(row)
        self.accept()


class ChangeRoleDialog(_MemberForm):
    changed = Signal(object)  # MemberRow

    def __init__(
        self, db: Database, info: SessionInfo, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.ok_button.setText(self.tr("Change role"))
        self.member = member
        self.setWindowTitle(self.tr("Role of {name}").format(name=member.name))
        self.role = role_combo(member.role)
        self.form.addRow(self.tr("Member"), QLabel(member.name))
        self.form.addRow(self.tr("Role"), self.role)
        self.resize(380, 0)

    def submit(self) -> None:
        if self.busy:
            return
        self.message.show_text("")
        role = Role(self.role.currentData())
        if role == self.member.role:
            self.accept()
            return
        self.run_job(_change_role_op(self.member.id, role), self._changed)

    def _changed(self, row: MemberRow) -> None:
        self.changed.emit(row)
        self.accept()


class ResetPassphraseDialog(_MemberForm):
    reset_done = Signal(object)  # MemberRow

    def __init__(
        self, db: Database, info: SessionInfo, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.ok_button.setText(self.tr("Set passphrase"))
        self.member = member
        self.setWindowTitle(self.tr("New passphrase for {name}").format(name=member.name))
        explain = QLabel(
            self.tr(
                "Give {name} a new passphrase. Tell it to them in person; they can change it "
                "afterwards with “Change my passphrase”. Their old passphrase stops working."
            ).format(name=member.name)
        )
        explain.setWordWrap(True)
        self.secret = NewPassphraseFields(lambda: member.name, self)
        self.form.addRow(explain)
        self.secret.add_to(self.form, self.tr("New passphrase"))
        self.resize(460, 0)

    def submit(self) -> None:
        if self.busy:
            return
        self.message.show_text("")
        if not self.secret.both_match():
            return
        self.run_job(
            _reset_op(self.member.id, self.secret.text()),
            lambda _none: self._reset(),
            lambda exc, crash: self.show_problems(exc, crash, {"passphrase": self.secret.message}),
        )

    def _reset(self) -> None:
        self.reset_done.emit(self.member)
        self.accept()
