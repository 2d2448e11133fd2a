"""The rows of the retrospective: a decision on the timeline and a bottleneck, and a list
of such rows that can be added, removed and (for the timeline) moved up and down."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.services.retrospective import (
    ROLE_MAX,
    SUGGESTED_ROLES,
    WHERE_MAX,
    BottleneckInput,
    DecisionInput,
)
from ui.widgets import DateField, FieldMessage


class EditRow(QWidget):
    """What a row in a RowList offers: a change signal, a message, emptiness, read-only."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.message = FieldMessage()

    def is_empty(self) -> bool:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError


class DecisionRow(EditRow):
    """One decision point: when, who (a role, never a name), what, and what followed."""

    def __init__(self) -> None:
        super().__init__()
        self.decided_on = DateField()
        self.decided_on.setObjectName("decidedOn")
        self.role = QComboBox()
        self.role.setObjectName("decidedByRole")
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.addItem("")
        self.role.addItems(list(SUGGESTED_ROLES))
        self.role.setMinimumContentsLength(16)
        editor = self.role.lineEdit()
        assert editor is not None  # an editable combo has one
        editor.setMaxLength(ROLE_MAX)
        editor.setPlaceholderText(self.tr("Who decided (role)"))
        self.decision = QLineEdit()
        self.decision.setObjectName("decision")
        self.decision.setPlaceholderText(self.tr("What was decided"))
        self.consequence = QLineEdit()
        self.consequence.setObjectName("consequence")
        self.consequence.setPlaceholderText(self.tr("What followed"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.decided_on, 0, 0)
        grid.addWidget(self.role, 0, 1)
        grid.addWidget(self.decision, 0, 2)
        grid.addWidget(self.consequence, 1, 2)
        grid.addWidget(QLabel(self.tr("Consequence")), 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.message, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.role.currentTextChanged.connect(self.changed)
        for edit in (self.decided_on, self.decision, self.consequence):
            edit.textChanged.connect(self.changed)

    def value(self) -> DecisionInput:
        return DecisionInput(
            self.decided_on.value(),
            self.role.currentText(),
            self.decision.text(),
            self.consequence.text(),
        )

    def set_value(self, d: DecisionInput) -> None:
        self.decided_on.set_value(d.decided_on)
        self.role.setEditText(d.decided_by_role)
        self.decision.setText(d.decision)
        self.consequence.setText(d.consequence)
        for edit in (self.decision, self.consequence):
            edit.setCursorPosition(0)  # a long text shows its start, not its end

    def is_empty(self) -> bool:
        d = self.value()
        return not (
            d.decided_on
            or self.decided_on.text().strip()
            or d.decided_by_role.strip()
            or d.decision.strip()
            or d.consequence.strip()
        )

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.decided_on, self.decision, self.consequence):
            edit.setReadOnly(read_only)
        self.role.setEnabled(not read_only)


class BottleneckRow(EditRow):
    """What went wrong where: a category from the team's list, the point in the chain, a note."""

    def __init__(self, choices: list[tuple[int, str]]) -> None:
        super().__init__()
        self.category = QComboBox()
        self.category.setObjectName("bottleneckCategory")
        self.category.addItem(self.tr("(choose a bottleneck)"), None)
        for item_id, label in choices:
            self.category.addItem(label, item_id)
        self.where = QLineEdit()
        self.where.setObjectName("whereInChain")
        self.where.setMaxLength(WHERE_MAX)
        self.where.setPlaceholderText(self.tr("Where in the chain (e.g. access, funding)"))
        self.note = QLineEdit()
        self.note.setObjectName("bottleneckNote")
        self.note.setPlaceholderText(self.tr("What happened there"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.category, 0, 0)
        grid.addWidget(self.where, 0, 1)
        grid.addWidget(self.note, 1, 0, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.where, self.note):
            edit.textChanged.connect(self.changed)

    def value(self) -> BottleneckInput:
        return BottleneckInput(self.category.currentData(), self.where.text(), self.note.text())

    def set_value(self, b: BottleneckInput, label: str = "") -> None:
        index = self.category.findData(b.bottleneck_id)
        if index < 0 and b.bottleneck_id is not None:
            # A retired category the case still carries: shown, kept, not offered anew.
            self.category.addItem(label, b.bottleneck_id)
            index = self.category.count() - 1
        self.category.setCurrentIndex(max(index, 0))
        self.where.setText(b.where_in_chain)
        self.note.setText(b.note)
        for edit in (self.where, self.note):
            edit.setCursorPosition(0)

    def is_empty(self) -> bool:
        b = self.value()
        return b.bottleneck_id is None and not b.where_in_chain.strip() and not b.note.strip()

    def set_read_only(self, read_only: bool) -> None:
        self.category.setEnabled(not read_only)
        self.where.setReadOnly(read_only)
        self.note.setReadOnly(read_only)


RowT = TypeVar("RowT", bound=EditRow)


class RowList(QWidget, Generic[RowT]):
    """Rows in a column with Add, and per row Remove and, when `movable`, up and down."""

    changed = Signal()

    def __init__(
        self,
        make_row: Callable[[], RowT],
        add_text: str,
        *,
        movable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row: Callable[[], RowT] = make_row
        self._movable = movable
        self._read_only = False
        self.rows: list[RowT] = []
        self._frames: list[QFrame] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.add_button.clicked.connect(lambda: self.add_row())

    def add_row(self) -> RowT:
        row = self._make_row()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(frame)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(row, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        if self._movable:
            for name, text, tip, step in (
                ("moveUp", "↑", self.tr("Move up"), -1),
                ("moveDown", "↓", self.tr("Move down"), 1),
            ):
                button = QToolButton()
                button.setObjectName(name)
                button.setText(text)
                button.setToolTip(tip)
                button.clicked.connect(self._mover(row, step))
                buttons.addWidget(button)
        remove = QToolButton()
        remove.setObjectName("removeRow")
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.clicked.connect(self._remover(row))
        buttons.addWidget(remove)
        box.addLayout(buttons)
        box.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self._rows_box.addWidget(frame)
        self.rows.append(row)
        self._frames.append(frame)
        row.changed.connect(self.changed)
        row.set_read_only(self._read_only)
        self._sync_buttons()
        self.changed.emit()
        return row

    def _mover(self, row: RowT, step: int) -> Callable[[], None]:
        return lambda: self.move_row(row, step)

    def _remover(self, row: RowT) -> Callable[[], None]:
        return lambda: self.remove_row(row)

    def remove_row(self, row: RowT) -> None:
        index = self.rows.index(row)
        frame = self._frames.pop(index)
        self.rows.pop(index)
        frame.setParent(None)
        frame.deleteLater()
        self._sync_buttons()
        self.changed.emit()

    def move_row(self, row: RowT, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if not 0 <= target < len(self.rows):
            return
        frame = self._frames[index]
        self.rows.insert(target, self.rows.pop(index))
        self._frames.insert(target, self._frames.pop(index))
        self._rows_box.removeWidget(frame)
        self._rows_box.insertWidget(target, frame)
        self._sync_buttons()
        self.changed.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)

    def filled_rows(self) -> list[RowT]:
        """The rows the service gets (it drops the ones left wholly empty), in order; its
        problems' indices (`decisions[2]`) count these."""
        return [row for row in self.rows if not row.is_empty()]

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self.rows:
            row.set_read_only(read_only)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        last = len(self._frames) - 1
        for index, frame in enumerate(self._frames):
            for button in frame.findChildren(QToolButton):
                button.setVisible(not self._read_only)
                if button.objectName() == "moveUp":
                    button.setEnabled(index > 0)
                elif button.objectName() == "moveDown":
                    button.setEnabled(index < last)
