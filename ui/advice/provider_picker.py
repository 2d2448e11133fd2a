"""Choosing a provider for an advised care item from the sociale kaart.

The list is ranked by the service (`reference.search_providers`): providers that offer the
chosen kind of care first, then those serving the young person's age, then the shortest
wait. The picker only shows that order and what a chair weighs: offer, ages, region, wait,
capacity and whom to call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.admin.table_model import Row, RowsModel
from ui.messages import error_text, show_error
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import ProviderRow

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class PickerFound:
    providers: list[ProviderRow]
    regions: dict[str, str]  # code -> name


def search_op(text: str, care_kind_code: str, age: int | None) -> Op:
    def op(ctx: JobContext) -> PickerFound:
        from expertteam_app.services import reference

        with ctx.unit_of_work(write=False) as uow:
            return PickerFound(
                reference.search_providers(uow, text=text, care_kind_code=care_kind_code, age=age),
                {r.code: r.name for r in reference.regions(uow)},
            )

    return op


def age_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f"{'' if low is None else low}–{'' if high is None else high}"


class ProviderPickerModel(RowsModel):
    """The ranked providers; those that offer the chosen kind of care in bold."""

    COLUMNS = 8

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(headers, parent)
        self.providers: list[ProviderRow] = []
        self._offering: list[bool] = []

    def set_providers(
        self,
        providers: Sequence[ProviderRow],
        rows: Sequence[Row],
        offering: Sequence[bool],
    ) -> None:
        self.providers = list(providers)
        self._offering = list(offering)
        self.set_rows(rows)

    def provider(self, number: int) -> ProviderRow:
        return self.providers[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and index.row() < len(self._offering)
            and self._offering[index.row()]
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ProviderPicker(QDialog):
    """Non-modal: the editor opens it for one care item and takes `chosen`."""

    chosen = Signal(object)  # ProviderRow

    def __init__(
        self,
        db: Database,
        *,
        kinds: Mapping[str, str],  # code -> label, for the offer column
        care_kind_code: str,
        age: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providerPicker")
        self.setWindowTitle(self.tr("Choose a provider (sociale kaart)"))
        self._db = db
        self._kinds = dict(kinds)
        self._care_kind_code = care_kind_code
        self._age = age
        self._generation = 0
        self.loaded = False

        kind_label = self._kinds.get(care_kind_code, "")
        if kind_label and age is not None:
            ranking = self.tr(
                "First the providers that offer {kind} (in bold) and take a young person of {age}, then by shortest wait."
            ).format(kind=kind_label.lower(), age=age)
        elif kind_label:
            ranking = self.tr(
                "First the providers that offer {kind} (in bold), then by shortest wait."
            ).format(kind=kind_label.lower())
        else:
            ranking = self.tr(
                "Choose the kind of care first to see the providers that offer it at the top."
            )
        self.ranking = QLabel(ranking)
        self.ranking.setObjectName("pickerRanking")
        self.ranking.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Search by name, contact, address or notes"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        self.model = ProviderPickerModel(
            [
                self.tr("Name"),
                self.tr("For this case"),
                self.tr("Kinds of care"),
                self.tr("Ages"),
                self.tr("Region"),
                self.tr("Wait"),
                self.tr("Capacity"),
                self.tr("Contact"),
            ],
            self,
        )
        from ui.admin.base import make_table

        self.table = make_table(self.model, "pickerTable")
        self.table.doubleClicked.connect(lambda _i: self.choose())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count = QLabel()
        self.count.setObjectName("pickerCount")
        self.message = FieldMessage()
        self.message.setObjectName("pickerMessage")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button = self.buttons.addButton(
            self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setObjectName("pickerChoose")
        self.choose_button.setEnabled(False)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ranking)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1060, 460)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self._db.run(
            search_op(self.search.text(), self._care_kind_code, self._age),
            on_done=lambda found: self._found(generation, found),
            on_error=self._failed,
            owner=self,
        )

    def _found(self, generation: int, found: PickerFound) -> None:
        if generation != self._generation:
            return  # an older search answered after a newer one was asked
        rows: list[Row] = []
        offering: list[bool] = []
        for p in found.providers:
            offers = bool(self._care_kind_code) and self._care_kind_code in p.offer_codes
            fits = self._age is None or p.serves_age(self._age)
            fit: list[str] = []
            if self._care_kind_code:
                fit.append(self.tr("offers it") if offers else self.tr("does not offer it"))
            if self._age is not None:
                fit.append(self.tr("age fits") if fits else self.tr("age does not fit"))
            contact = " · ".join(x for x in (p.contact_name, p.phone, p.email) if x)
            rows.append(
                Row(
                    p.id,
                    (
                        p.name,
                        ", ".join(fit),
                        ", ".join(self._kinds.get(c, c) for c in p.offer_codes),
                        age_range(p.min_age, p.max_age),
                        found.regions.get(p.region_code, p.region_code),
                        self.tr("{weeks} wk").format(weeks=p.wait_weeks)
                        if p.wait_weeks is not None
                        else "",
                        p.capacity_note,
                        contact,
                    ),
                    muted=not fits,
                )
            )
            offering.append(offers)
        self.model.set_providers(found.providers, rows, offering)
        self.table.resizeColumnsToContents()
        for column in (1, 2, 6, 7):  # long texts: readable without a table wider than the screen
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.count.setText(self.tr("{count} providers").format(count=len(rows)))
        self.loaded = True
        if rows:
            self.table.selectRow(0)
        self.choose_button.setEnabled(bool(rows))

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        text = error_text(exc) if crash is None else ""
        if text:
            self.message.show_text(text)
        else:
            show_error(self, exc, crash)

    def selected(self) -> ProviderRow | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.provider(rows[0].row()) if rows else None

    def choose(self) -> None:
        provider = self.selected()
        if provider is None:
            return
        self.chosen.emit(provider)
        self.accept()
