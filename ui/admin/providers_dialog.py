"""The sociale kaart: the providers the team works with, and what care they offer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import ListKind
from expertteam_app.services.roles import Permission, allows
from ui.admin.base import AdminDialog, action_button, make_table, select_key, selected_key
from ui.admin.provider_form import ProviderForm
from ui.admin.table_model import Row, RowsModel
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import ListItemRow, ProviderRow, RegionRow


def _load_op(query: str, include_inactive: bool) -> Op:
    def op(ctx: JobContext) -> tuple[list[ProviderRow], list[ListItemRow], list[RegionRow]]:
        from expertteam_app.services import reference

        with ctx.unit_of_work(write=False) as uow:
            return (
                reference.providers(uow, query=query, include_inactive=include_inactive),
                reference.list_items(uow, ListKind.OFFER_CATEGORY, include_inactive=True),
                reference.regions(uow),
            )

    return op


def _age_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f"{'' if low is None else low}–{'' if high is None else high}"


class ProvidersDialog(AdminDialog):
    def __init__(self, db: Database, info: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("Providers (sociale kaart)"))
        self.may_manage = allows(info.role, Permission.PROVIDERS_MANAGE)
        self.providers: dict[int, ProviderRow] = {}
        self.offers: list[ListItemRow] = []
        self.regions: list[RegionRow] = []
        self.loaded = False

        self.search = QLineEdit()
        self.search.setObjectName("providerSearch")
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show inactive providers"))
        self.show_inactive.setObjectName("showInactive")
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.show_inactive.toggled.connect(lambda _on: self.refresh())

        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Contact person"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Ages"),
                self.tr("Wait"),
                self.tr("Kinds of care"),
            ],
            self,
        )
        self.table = make_table(self.model, "providersTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.table.doubleClicked.connect(lambda _i: self.edit_provider())

        self.add_button = action_button(self.tr("Add provider…"), "addProvider")
        self.edit_button = action_button(self.tr("Edit…"), "editProvider")
        self.add_button.clicked.connect(self.add_provider)
        self.edit_button.clicked.connect(self.edit_provider)
        for button in (self.add_button, self.edit_button):
            button.setVisible(self.may_manage)
        self.count = QLabel()
        self.count.setObjectName("providerCount")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 520)
        self.update_actions()
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.run_job(
            _load_op(self.search.text(), self.show_inactive.isChecked()),
            lambda answer: self._show(*answer, select=select),
        )

    def _show(
        self,
        providers: list[ProviderRow],
        offers: list[ListItemRow],
        regions: list[RegionRow],
        *,
        select: int | None,
    ) -> None:
        keep = select if select is not None else selected_key(self.table)
        language = current_language()
        names = {item.code: item.text(language) for item in offers}
        self.offers = offers
        self.regions = regions
        self.providers = {p.id: p for p in providers}
        rows = []
        for p in providers:
            name = p.name if p.active else self.tr("{name} (inactive)").format(name=p.name)
            care = ", ".join(names.get(code, code) for code in p.offer_codes)
            ages = _age_range(p.min_age, p.max_age)
            wait = (
                self.tr("{weeks} wk").format(weeks=p.wait_weeks) if p.wait_weeks is not None else ""
            )
            cells = (name, p.contact_name, p.phone, p.email, ages, wait, care)
            rows.append(Row(p.id, cells, muted=not p.active))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 240))
        self.count.setText(self.tr("Providers shown: {count}").format(count=len(rows)))
        self.loaded = True
        select_key(self.table, keep)
        self.update_actions()

    def selected(self) -> ProviderRow | None:
        key = selected_key(self.table)
        return self.providers.get(key) if isinstance(key, int) else None

    def update_actions(self) -> None:
        ready = self.loaded and not self.busy and self.may_manage
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(ready and self.selected() is not None)

    def add_provider(self) -> None:
        self._open_form(None)

    def edit_provider(self) -> None:
        provider = self.selected()
        if provider is not None and self.may_manage:
            self._open_form(provider)

    def _open_form(self, provider: ProviderRow | None) -> None:
        self.form = ProviderForm(self._db, self.info, self.offers, provider, self, self.regions)
        self.form.saved.connect(lambda row: self.refresh(select=row.id))
        self.form.open()
