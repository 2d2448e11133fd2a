"""The lists a team manages: problem areas, bottlenecks, kinds of care and the results a
case is closed with.

Items are never deleted (cases refer to them); a retired item is made inactive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import ListKind
from expertteam_app.services.roles import Permission, allows
from ui.admin.base import (
    AdminDialog,
    action_button,
    make_table,
    select_key,
    selected_key,
    with_message,
)
from ui.admin.table_model import Row, RowsModel
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import FieldMessage
from ui.worker import Database, JobContext, Op

if TYPE_CHECKING:
    from expertteam_app.services.reference import ListItemRow


def _load_op(kind: ListKind) -> Op:
    def op(ctx: JobContext) -> list[ListItemRow]:
        from expertteam_app.services import reference

        with ctx.unit_of_work(write=False) as uow:
            return reference.list_items(uow, kind, include_inactive=True)

    return op


def _add_op(kind: ListKind, label: str, label_en: str) -> Op:
    def op(ctx: JobContext) -> ListItemRow:
        from expertteam_app.services import reference

        with ctx.unit_of_work() as uow:
            return reference.add_list_item(uow, kind, label, label_en)

    return op


def _set_active_op(item_id: int, active: bool) -> Op:
    def op(ctx: JobContext) -> None:
        from expertteam_app.services import reference

        with ctx.unit_of_work() as uow:
            reference.set_list_item_active(uow, item_id, active)

    return op


class ListsDialog(AdminDialog):
    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        parent: QWidget | None = None,
        kind: ListKind = ListKind.PROBLEM_AREA,
    ) -> None:
        super().__init__(db, info, parent)
        self.setWindowTitle(self.tr("The team's lists"))
        self.may_manage = allows(info.role, Permission.REFERENCE_MANAGE)
        self.items: dict[int, ListItemRow] = {}
        language = current_language()

        self.kind = QComboBox()
        self.kind.setObjectName("listKind")
        for each in ListKind:
            self.kind.addItem(each.label(language), each.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(
            [self.tr("Label"), self.tr("English label"), self.tr("Code"), self.tr("Active")], self
        )
        self.table = make_table(self.model, "listTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.toggle_button = action_button(self.tr("Make inactive"), "toggleItem")
        self.toggle_button.clicked.connect(self.toggle_active)

        self.new_label = QLineEdit()
        self.new_label.setObjectName("newLabel")
        self.new_label_en = QLineEdit()
        self.new_label_en.setObjectName("newLabelEn")
        self.new_label_en.setPlaceholderText(self.tr("optional"))
        self.label_message = FieldMessage()
        self.add_button = action_button(self.tr("Add to the list"), "addItem")
        self.add_button.clicked.connect(self.add_item)
        self.new_label.returnPressed.connect(self.add_item)
        self.new_label_en.returnPressed.connect(self.add_item)
        adding = QGroupBox(self.tr("New item"))
        form = QFormLayout(adding)
        form.addRow(self.tr("Label"), with_message(self.new_label, self.label_message))
        form.addRow(self.tr("English label"), self.new_label_en)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        adding.setVisible(self.may_manage)
        self.toggle_button.setVisible(self.may_manage)

        top = QFormLayout()
        top.addRow(self.tr("List"), self.kind)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.toggle_button)
        toggle_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(toggle_row)
        layout.addWidget(adding)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(820, 600)
        self.update_actions()
        self.refresh()

    def current_kind(self) -> ListKind:
        return ListKind(self.kind.currentData())

    def refresh(self, select: int | None = None) -> None:
        self.run_job(_load_op(self.current_kind()), lambda items: self._show(items, select))

    def _show(self, items: list[ListItemRow], select: int | None) -> None:
        keep = select if select is not None else selected_key(self.table)
        if any(item.kind != self.current_kind() for item in items):
            return  # an answer for the list shown before; the next one is on its way
        self.items = {item.id: item for item in items}
        yes, no = self.tr("Yes"), self.tr("No")
        self.model.set_rows(
            [
                Row(i.id, (i.label, i.label_en, i.code, yes if i.active else no), not i.active)
                for i in items
            ]
        )
        self.table.resizeColumnsToContents()
        select_key(self.table, keep)
        self.update_actions()

    def selected(self) -> ListItemRow | None:
        key = selected_key(self.table)
        return self.items.get(key) if isinstance(key, int) else None

    def update_actions(self) -> None:
        chosen = self.selected()
        self.toggle_button.setText(
            self.tr("Make active")
            if chosen is not None and not chosen.active
            else self.tr("Make inactive")
        )
        self.toggle_button.setEnabled(self.may_manage and chosen is not None and not self.busy)
        self.add_button.setEnabled(self.may_manage and not self.busy)
        self.kind.setEnabled(not self.busy)

    def add_item(self) -> None:
        if self.busy or not self.may_manage:
            return
        self.message.show_text("")
        self.label_message.show_text("")
        self.run_job(
            _add_op(self.current_kind(), self.new_label.text(), self.new_label_en.text()),
            self._added,
            lambda exc, crash: self.show_problems(exc, crash, {"label": self.label_message}),
        )

    def _added(self, item: ListItemRow) -> None:
        self.new_label.clear()
        self.new_label_en.clear()
        self.refresh(select=item.id)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        self.message.show_text("")
        self.run_job(_set_active_op(chosen.id, not chosen.active), lambda _n: self.refresh())
