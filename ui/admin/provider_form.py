"""One provider of the sociale kaart: name, contact, kinds of care, notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog, with_message
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import CheckList, FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import ListItemRow, ProviderRow


@dataclass(frozen=True)
class ProviderValues:
    """What the form holds, as plain values (the op builds the service's input from it)."""

    name: str
    contact_name: str
    phone: str
    email: str
    notes: str
    offer_codes: tuple[str, ...]
    active: bool


def _save_op(values: ProviderValues, provider_id: int | None) -> Op:
    def op(ctx: JobContext) -> ProviderRow:
        from expertteam_app.services import reference

        data = reference.ProviderInput(
            name=values.name,
            contact_name=values.contact_name,
            phone=values.phone,
            email=values.email,
            notes=values.notes,
            offer_codes=values.offer_codes,
            active=values.active,
        )
        with ctx.unit_of_work() as uow:
            return reference.save_provider(uow, data, provider_id)

    return op


class ProviderForm(AdminDialog):
    saved = Signal(object)  # ProviderRow

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        offers: Sequence[ListItemRow],
        provider: ProviderRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, parent)
        self.provider = provider
        self.setWindowTitle(
            self.tr("New provider")
            if provider is None
            else self.tr("Provider {name}").format(name=provider.name)
        )
        self.name = QLineEdit()
        self.name.setObjectName("providerName")
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contactName")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.offers = CheckList()
        self.offers.setObjectName("offers")
        self.offers.setMinimumHeight(160)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self.active = QCheckBox(self.tr("Active: offered when choosing a provider"))
        self.active.setObjectName("active")
        self.field_messages = {
            "name": FieldMessage(),
            "email": FieldMessage(),
            "offer_codes": FieldMessage(),
        }

        language = current_language()
        has = set(provider.offer_codes) if provider else set()
        self.offers.set_items(
            (item.code, item.text(language)) for item in offers if item.active or item.code in has
        )
        if provider is not None:
            self.name.setText(provider.name)
            self.contact_name.setText(provider.contact_name)
            self.phone.setText(provider.phone)
            self.email.setText(provider.email)
            self.notes.setPlainText(provider.notes)
            self.offers.set_codes(provider.offer_codes)
        self.active.setChecked(provider.active if provider else True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Name"), with_message(self.name, self.field_messages["name"]))
        form.addRow(self.tr("Contact person"), self.contact_name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), with_message(self.email, self.field_messages["email"]))
        form.addRow(
            self.tr("Kinds of care"), with_message(self.offers, self.field_messages["offer_codes"])
        )
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.active)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveProvider")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def update_actions(self) -> None:
        self.buttons.setEnabled(not self.busy)

    def values(self) -> ProviderValues:
        return ProviderValues(
            name=self.name.text(),
            contact_name=self.contact_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            offer_codes=tuple(self.offers.codes()),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        if self.busy:
            return
        self.run_job(
            _save_op(self.values(), self.provider.id if self.provider else None),
            self._saved,
            lambda exc, crash: self.show_problems(exc, crash, self.field_messages),
        )

    def _saved(self, row: ProviderRow) -> None:
        self.saved.emit(row)
        self.accept()
