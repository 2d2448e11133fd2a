"""Small widgets the forms share: a Dutch date field, a message under a field, a searchable
choice, a checkable list, and an editor for a list of rows (household, care history)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain import dates
from ui.i18n import current_language

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "background: #fff4ce; color: #4a3b00; padding: 6px; border-radius: 3px;"


class FieldMessage(QLabel):
    """The message next to (under) a field; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One line, as wide as it needs: a wrapped label under a narrow field (the BSN)
        # would be cut off by the form layout.
        self.setWordWrap(False)
        self.setStyleSheet(ERROR_STYLE)
        self.setProperty("fieldMessage", True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class DateField(QLineEdit):
    """A date typed as DD-MM-JJJJ; `value()` is a date, None when empty or unreadable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.setMaximumWidth(130)

    def value(self) -> date | None:
        try:
            return dates.parse(self.text())
        except ValueError:
            return None

    def is_unreadable(self) -> bool:
        return bool(self.text().strip()) and self.value() is None

    def set_value(self, value: date | None) -> None:
        self.setText(dates.format_nl(value))


class SearchCombo(QComboBox):
    """A choice from a long list (342 municipalities) that filters as you type any part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_items(self, items: Iterable[tuple[str, Any]], *, empty: str | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        if empty is not None:
            self.addItem(empty, "")
        for text, data in items:
            self.addItem(text, data)
        self.blockSignals(False)
        self.setCurrentIndex(0 if empty is not None else -1)

    def value(self) -> Any:
        """The chosen item's data; the typed text must match an item exactly (case aside)."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else None

    def set_value(self, data: Any) -> None:
        index = self.findData(data)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


E = TypeVar("E", bound=StrEnum)


class EnumCombo(QComboBox, Generic[E]):
    """A choice among an enum's values, shown with their labels in the window's language.

    Qt turns a str subclass into a plain string on the way in, so the combo stores the
    value and gives the enum member back."""

    def __init__(
        self, enum: type[E], *, empty: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        if empty is not None:
            self.addItem(empty, "")
        for member in enum:
            self.addItem(member.label(current_language()), member.value)  # type: ignore[attr-defined]

    def value(self) -> E | None:
        data = self.currentData()
        return self._enum(data) if data else None

    def set_value(self, member: E | None) -> None:
        index = self.findData(member.value if member is not None else "")
        if index >= 0:
            self.setCurrentIndex(index)


class CheckList(QListWidget):
    """Checkable items with a code each (problem areas, bottlenecks)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)


RowT = TypeVar("RowT", bound=QWidget)


class RowEditor(QWidget, Generic[RowT]):
    """A vertical list of row widgets with Add and per-row Remove."""

    changed = Signal()

    def __init__(
        self, make_row: Callable[[], RowT], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[RowT] = []
        self._frames: list[QFrame] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows_box = QVBoxLayout()
        self._layout.addLayout(self._rows_box)
        self.add_button = QPushButton(add_text)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_row())

    def add_row(self) -> RowT:
        widget = self._make_row()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(frame)
        box.addWidget(widget, 1)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeRow")
        box.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        remove.clicked.connect(lambda: self.remove_row(widget))
        self._rows_box.addWidget(frame)
        self.rows.append(widget)
        self._frames.append(frame)
        self.changed.emit()
        return widget

    def remove_row(self, widget: RowT) -> None:
        index = self.rows.index(widget)
        frame = self._frames.pop(index)
        self.rows.pop(index)
        frame.setParent(None)
        frame.deleteLater()
        self.changed.emit()

    def clear_rows(self) -> None:
        for widget in list(self.rows):
            self.remove_row(widget)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for frame in self._frames:
            for button in frame.findChildren(QPushButton, "removeRow"):
                button.setVisible(not read_only)
