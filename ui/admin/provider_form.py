"""One provider of the sociale kaart: name, contact, kinds of care, ages, region, wait."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog, with_message
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import CheckList, FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import ListItemRow, ProviderRow, RegionRow

UNKNOWN = -1  # a spin box at its minimum shows "unknown" (None)


def _optional_spin(name: str, maximum: int, unknown_text: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(UNKNOWN, maximum)
    spin.setSpecialValueText(unknown_text)
    spin.setValue(UNKNOWN)
    spin.setMaximumWidth(110)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == UNKNOWN else spin.value()


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
    address: str = ""
    website: str = ""
    min_age: int | None = None
    max_age: int | None = None
    region_code: str = ""
    wait_weeks: int | None = None
    capacity_note: str = ""


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
            address=values.address,
            website=values.website,
            min_age=values.min_age,
            max_age=values.max_age,
            region_code=values.region_code,
            wait_weeks=values.wait_weeks,
            capacity_note=values.capacity_note,
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
        regions: Sequence[RegionRow] = (),
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
        # The sociale kaart: for whom, where, how long the wait is, and where letters go.
        self.min_age = _optional_spin("minAge", 27, self.tr("any"))
        self.max_age = _optional_spin("maxAge", 27, self.tr("any"))
        self.region = QComboBox()
        self.region.setObjectName("providerRegion")
        self.region.addItem(self.tr("(national / any region)"), "")
        for region in regions:
            self.region.addItem(region.name, region.code)
        self.wait_weeks = _optional_spin("waitWeeks", 260, self.tr("unknown"))
        self.wait_weeks.setSuffix(self.tr(" weeks"))
        self.capacity_note = QLineEdit()
        self.capacity_note.setObjectName("capacityNote")
        self.capacity_note.setPlaceholderText(self.tr("e.g. 2 places free from March"))
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(56)
        self.address.setPlaceholderText(self.tr("Postal address, for advice letters"))
        self.website = QLineEdit()
        self.website.setObjectName("website")
        self.active = QCheckBox(self.tr("Active: offered when choosing a provider"))
        self.active.setObjectName("active")
        self.field_messages = {
            "name": FieldMessage(),
            "email": FieldMessage(),
            "offer_codes": FieldMessage(),
            "min_age": FieldMessage(),
            "max_age": FieldMessage(),
            "wait_weeks": FieldMessage(),
            "region_code": FieldMessage(),
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
            self.address.setPlainText(provider.address)
            self.website.setText(provider.website)
            self.min_age.setValue(UNKNOWN if provider.min_age is None else provider.min_age)
            self.max_age.setValue(UNKNOWN if provider.max_age is None else provider.max_age)
            self.region.setCurrentIndex(max(0, self.region.findData(provider.region_code)))
            self.wait_weeks.setValue(
                UNKNOWN if provider.wait_weeks is None else provider.wait_weeks
            )
            self.capacity_note.setText(provider.capacity_note)
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
        ages = QHBoxLayout()
        ages.addWidget(with_message(self.min_age, self.field_messages["min_age"]))
        ages.addWidget(QLabel(self.tr("to")))
        ages.addWidget(with_message(self.max_age, self.field_messages["max_age"]))
        ages.addStretch(1)
        form.addRow(self.tr("Ages (years)"), ages)
        form.addRow(
            self.tr("Region"), with_message(self.region, self.field_messages["region_code"])
        )
        form.addRow(
            self.tr("Current wait"),
            with_message(self.wait_weeks, self.field_messages["wait_weeks"]),
        )
        form.addRow(self.tr("Capacity"), self.capacity_note)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Website"), self.website)
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
            address=self.address.toPlainText(),
            website=self.website.text(),
            min_age=_spin_value(self.min_age),
            max_age=_spin_value(self.max_age),
            region_code=str(self.region.currentData() or ""),
            wait_weeks=_spin_value(self.wait_weeks),
            capacity_note=self.capacity_note.text(),
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
