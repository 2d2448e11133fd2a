"""Team settings (stored in the team database): name, region, lead time, lock time ..."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.roles import Permission, allows
from expertteam_app.services.settings import label
from ui.admin.base import AdminDialog, with_message
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import RegionRow
    from expertteam_app.services.settings import TeamSettings

NUMBERS = ("target_lead_time_weeks", "idle_lock_minutes", "small_cell_threshold")
# The work list's thresholds (services.worklist), in their own group.
WORK_LIST_NUMBERS = (
    "lead_time_warning_days",
    "provider_answer_days",
    "funding_decision_days",
    "evaluation_notice_days",
    "turning_18_months",
)


def _load_op(ctx: JobContext) -> tuple[TeamSettings, list[RegionRow]]:
    from expertteam_app.services import reference, settings

    with ctx.unit_of_work(write=False) as uow:
        return settings.read_settings(uow), reference.regions(uow)


def _save_op(changes: dict[str, Any]) -> Op:
    def op(ctx: JobContext) -> TeamSettings:
        from expertteam_app.services import settings

        with ctx.unit_of_work() as uow:
            return settings.update_settings(uow, **changes)

    return op


def _wrap(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


class TeamSettingsDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Team settings"))
        self.loaded: TeamSettings | None = None
        self.may_change = allows(info.role, Permission.SETTINGS_MANAGE)
        language = current_language()

        self.team_name = QLineEdit()
        self.team_name.setObjectName("teamName")
        self.region = QComboBox()
        self.region.setObjectName("region")
        # Wide ranges on purpose: the allowed range is the service's rule, shown on Save.
        self.numbers: dict[str, QSpinBox] = {}
        for name in (*NUMBERS, *WORK_LIST_NUMBERS):
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(0, 999)
            spin.setMaximumWidth(90)
            self.numbers[name] = spin
        self.bsn_in_letters = QCheckBox(label("bsn_in_letters", language))
        self.bsn_in_letters.setObjectName("bsnInLetters")
        # The advice letter's letterhead and its paragraph on the binding nature.
        self.letter_address = QPlainTextEdit()
        self.letter_address.setObjectName("letterAddress")
        self.letter_address.setTabChangesFocus(True)
        self.letter_address.setFixedHeight(56)
        self.letter_contact = QLineEdit()
        self.letter_contact.setObjectName("letterContact")
        self.objection_route = QPlainTextEdit()
        self.objection_route.setObjectName("objectionRoute")
        self.objection_route.setTabChangesFocus(True)
        self.objection_route.setFixedHeight(140)  # the whole paragraph, without scrolling
        self.logo_b64 = ""
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("Choose logo…"))
        self.choose_logo.setObjectName("chooseLogo")
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(""))
        self.field_messages: dict[str, FieldMessage] = {
            name: FieldMessage()
            for name in (
                "team_name",
                "region_code",
                *NUMBERS,
                *WORK_LIST_NUMBERS,
                "letter_logo_b64",
                "objection_route",
            )
        }

        form = QFormLayout()
        form.addRow(
            label("team_name", language),
            with_message(self.team_name, self.field_messages["team_name"]),
        )
        form.addRow(
            label("region_code", language),
            with_message(self.region, self.field_messages["region_code"]),
        )
        for name in NUMBERS:
            form.addRow(
                label(name, language), with_message(self.numbers[name], self.field_messages[name])
            )
        form.addRow("", self.bsn_in_letters)

        work_list = QGroupBox(self.tr("Work list"))
        work_list.setObjectName("workListSettings")
        work_list_form = QFormLayout(work_list)
        for name in WORK_LIST_NUMBERS:
            work_list_form.addRow(
                label(name, language), with_message(self.numbers[name], self.field_messages[name])
            )

        letters = QGroupBox(self.tr("Advice letters"))
        letter_form = QFormLayout(letters)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        letter_form.addRow(
            label("letter_logo_b64", language),
            with_message(_wrap(logo_row), self.field_messages["letter_logo_b64"]),
        )
        letter_form.addRow(label("letter_address", language), self.letter_address)
        letter_form.addRow(label("letter_contact", language), self.letter_contact)
        letter_form.addRow(
            label("objection_route", language),
            with_message(self.objection_route, self.field_messages["objection_route"]),
        )

        note = QLabel(
            self.tr(
                "Saved settings apply at once: the lock time, the target lead time and the team name in this window."
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setVisible(self.may_change)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # The work list's thresholds beside the general settings: the dialog stays low
        # enough for a 768-pixel laptop screen.
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(work_list, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(letters)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(900, 0)
        self.update_actions()
        self.run_job(_load_op, self._loaded)

    def _editors(self) -> list[QWidget]:
        return [
            self.team_name,
            self.region,
            *self.numbers.values(),
            self.bsn_in_letters,
            self.letter_address,
            self.letter_contact,
            self.objection_route,
            self.choose_logo,
            self.remove_logo,
        ]

    def update_actions(self) -> None:
        ready = self.loaded is not None and not self.busy
        for editor in self._editors():
            editor.setEnabled(ready and self.may_change)
        self.save_button.setEnabled(ready and self.may_change)

    def _loaded(self, answer: tuple[TeamSettings, list[RegionRow]]) -> None:
        current, regions = answer
        self.region.clear()
        self.region.addItem(self.tr("(no region)"), "")
        for region in regions:
            self.region.addItem(region.name, region.code)
        self._show(current)

    def _show(self, current: TeamSettings) -> None:
        self.loaded = current
        self.team_name.setText(current.team_name)
        self.region.setCurrentIndex(max(0, self.region.findData(current.region_code)))
        for name, spin in self.numbers.items():
            spin.setValue(int(getattr(current, name)))
        self.bsn_in_letters.setChecked(current.bsn_in_letters)
        self.letter_address.setPlainText(current.letter_address)
        self.letter_contact.setText(current.letter_contact)
        self.objection_route.setPlainText(current.objection_route)
        self.set_logo(current.letter_logo_b64)
        self.update_actions()

    def set_logo(self, encoded: str) -> None:
        self.logo_b64 = encoded
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)") if not encoded else "?")

    def pick_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the team's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not chosen:
            return
        try:
            data = Path(chosen).read_bytes()
        except OSError as exc:
            self.message.show_text(
                self.tr("The file could not be read: {error}").format(error=exc.strerror or "")
            )
            return
        # Size and kind are checked by the service on Save; the preview shows it at once.
        self.set_logo(base64.b64encode(data).decode("ascii"))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "team_name": self.team_name.text(),
            "region_code": str(self.region.currentData() or ""),
            "bsn_in_letters": self.bsn_in_letters.isChecked(),
            "letter_address": self.letter_address.toPlainText().strip(),
            "letter_contact": self.letter_contact.text().strip(),
            "objection_route": self.objection_route.toPlainText().strip(),
            "letter_logo_b64": self.logo_b64,
        }
        values.update({name: spin.value() for name, spin in self.numbers.items()})
        return values

    def save(self) -> None:
        if self.loaded is None or self.busy:
            return
        changes = {k: v for k, v in self.values().items() if getattr(self.loaded, k) != v}
        self.status.setText("")
        if not changes:
            self.status.setText(self.tr("Nothing has changed."))
            return
        self.run_job(
            _save_op(changes),
            self._saved,
            lambda exc, crash: self.show_problems(exc, crash, self.field_messages),
        )

    def _saved(self, current: TeamSettings) -> None:
        for message in self.field_messages.values():
            message.show_text("")
        self.message.show_text("")
        self._show(current)
        self.status.setText(self.tr("The settings are saved."))
