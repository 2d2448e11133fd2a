"""Municipalities: after a merger the old one is made inactive (old cases keep it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.roles import Permission, allows
from ui.admin.base import AdminDialog, action_button, make_table, select_key, selected_key
from ui.admin.table_model import Row, RowsModel
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import MunicipalityRow, RegionRow


def _load_op(ctx: JobContext) -> tuple[list[MunicipalityRow], list[RegionRow]]:
    from expertteam_app.services import reference

    with ctx.unit_of_work(write=False) as uow:
        return reference.municipalities(uow, include_inactive=True), reference.regions(uow)


def _set_active_op(cbs_code: str, active: bool) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import reference

        with ctx.unit_of_work() as uow:
            reference.set_municipality_active(uow, cbs_code, active)

    return op


def _fold(text: str) -> str:
    return text.casefold().strip()


class MunicipalitiesDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Municipalities"))
        self.may_manage = allows(info.role, Permission.REFERENCE_MANAGE)
        self.municipalities: dict[str, MunicipalityRow] = {}
        self.region_names: dict[str, str] = {}

        explain = QLabel(
            self.tr(
                "When municipalities merge, make the old one inactive: cases keep it, but it "
                "is no longer offered for new registrations."
            )
        )
        explain.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("municipalityFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, CBS code or province"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._fill())
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("CBS code"),
                self.tr("Province"),
                self.tr("Youth-care region"),
                self.tr("Active"),
            ],
            self,
        )
        self.table = make_table(self.model, "municipalitiesTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.toggle_button = action_button(self.tr("Make inactive"), "toggleMunicipality")
        self.toggle_button.setVisible(self.may_manage)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.count = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.toggle_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 560)
        self.update_actions()
        self.refresh()

    def refresh(self) -> None:
        self.run_job(_load_op, self._loaded)

    def _loaded(self, answer: tuple[list[MunicipalityRow], list[RegionRow]]) -> None:
        municipalities, regions = answer
        self.region_names = {r.code: r.name for r in regions}
        self.municipalities = {m.cbs_code: m for m in municipalities}
        self._fill()
        self.table.resizeColumnsToContents()

    def _fill(self) -> None:
        keep = selected_key(self.table)
        wanted = _fold(self.filter.text())
        rows = []
        for m in self.municipalities.values():
            if wanted and not any(wanted in _fold(t) for t in (m.name, m.cbs_code, m.province)):
                continue
            region = self.region_names.get(m.region_code or "", "")
            active = self.tr("Yes") if m.active else self.tr("No")
            cells = (m.name, m.cbs_code, m.province, region, active)
            rows.append(Row(m.cbs_code, cells, muted=not m.active))
        self.model.set_rows(rows)
        self.count.setText(self.tr("Municipalities shown: {count}").format(count=len(rows)))
        select_key(self.table, keep)
        self.update_actions()

    def selected(self) -> MunicipalityRow | None:
        key = selected_key(self.table)
        return self.municipalities.get(key) if isinstance(key, str) else None

    def update_actions(self) -> None:
        chosen = self.selected()
        self.toggle_button.setText(
            self.tr("Make active")
            if chosen is not None and not chosen.active
            else self.tr("Make inactive")
        )
        self.toggle_button.setEnabled(self.may_manage and chosen is not None and not self.busy)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        self.message.show_text("")
        self.run_job(_set_active_op(chosen.cbs_code, not chosen.active), lambda _n: self.refresh())
