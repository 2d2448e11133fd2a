"""Exporting an approved learning-table session: where the PDF, the CSV and the XLSX go (a
format without a path is not written), then the export on the worker and where the files
went. The service refuses unapproved summaries and logs the export per case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog, action_button
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op

FORMATS = ("pdf", "csv", "xlsx")


def export_op(session_id: int, paths: dict[str, Path | None]) -> Op:
    def op(ctx: JobContext) -> Any:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:
            return learning.export_learning_table(
                uow, session_id, pdf=paths["pdf"], csv=paths["csv"], xlsx=paths["xlsx"]
            )

    return op


def safe_name(text: str) -> str:
    """A file name from a session title: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned or "leertafel"


class ExportDialog(AdminDialog):
    exported = Signal(list)  # the paths written

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        session_id: int,
        stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, info, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export learning table"))
        self.session_id = session_id
        self._stem = safe_name(stem)
        self.paths: dict[str, QLineEdit] = {}
        self.choose_buttons: dict[str, QPushButton] = {}

        intro = QLabel(
            self.tr(
                "Every summary is approved. Choose where each file goes; a format without a place is not written."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        captions = {
            "pdf": self.tr("PDF (to print or show)"),
            "csv": self.tr("CSV (summaries and tables)"),
            "xlsx": self.tr("Excel workbook"),
        }
        for row, kind in enumerate(FORMATS):
            field = QLineEdit()
            field.setObjectName(f"{kind}Path")
            field.setMinimumWidth(380)
            field.textChanged.connect(lambda _t: self.update_actions())
            button = action_button(self.tr("Choose…"), f"choose_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            grid.addWidget(QLabel(captions[kind]), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            self.paths[kind] = field
            self.choose_buttons[kind] = button
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button: QPushButton = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("runExport")
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.update_actions()

    def choose(self, kind: str) -> None:
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        current = self.paths[kind].text().strip()
        if not current:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            current = str(Path(folder) / f"{self._stem}.{kind}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), current, filters[kind])
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(f"{path.name}.{kind}")
            self.paths[kind].setText(str(path))

    def chosen_paths(self) -> dict[str, Path | None]:
        return {
            kind: Path(field.text().strip()) if field.text().strip() else None
            for kind, field in self.paths.items()
        }

    def update_actions(self) -> None:
        idle = not self.busy
        self.export_button.setEnabled(idle and any(self.chosen_paths().values()))
        for kind in FORMATS:
            self.choose_buttons[kind].setEnabled(idle)
            self.paths[kind].setEnabled(idle)

    def export(self) -> None:
        paths = self.chosen_paths()
        if self.busy or not any(paths.values()):
            return
        self.message.show_text("")
        self.result_label.setText(self.tr("Exporting…"))
        self.run_job(
            export_op(self.session_id, paths),
            lambda _result: self._done([p for p in paths.values() if p is not None]),
            self._failed,
        )

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.result_label.setText("")
        self.show_failure(exc, crash)

    def _done(self, written: list[Path]) -> None:
        self.result_label.setText(
            self.tr("Written:\n{files}").format(files="\n".join(str(p) for p in written))
        )
        self.exported.emit(written)
