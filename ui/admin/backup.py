"""Make a backup: choose a file name, copy the database and its key file on the worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.admin.base import AdminDialog
from ui.session import SessionInfo
from ui.worker import Database, JobContext, Op

SUFFIX = ".etdb"


def _backup_op(target: Path) -> Op:
    def op(ctx: JobContext) -> tuple[Path, Path]:
        from expertteam_app.services import maintenance
        from expertteam_app.store.vault import slot_file_for

        made = maintenance.backup(ctx.team, target)
        return made, slot_file_for(made)

    return op


def choose_target(parent: QWidget | None, info: SessionInfo) -> Path | None:
    """Ask where the backup goes; None when the person cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{info.path.stem}-backup-{date.today():%Y-%m-%d}{SUFFIX}"
    suggested = Path(folder or Path.home()) / name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backup", "Make a backup"),
        str(suggested),
        QCoreApplication.translate("Backup", "Team database (*.etdb)"),
        "",
        # The backup never replaces a file; the service says so if the name is taken.
        QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix == SUFFIX else target.with_name(target.name + SUFFIX)


class BackupDialog(AdminDialog):
    """Shows that the backup is being made, then where its two files went."""

    def __init__(
        self, db: Database, info: SessionInfo, target: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, parent)
        self.target = target
        self.made: tuple[Path, Path] | None = None
        self.setWindowTitle(self.tr("Make a backup"))
        self.status = QLabel(
            self.tr("Making the backup in {folder}…").format(folder=str(target.parent))
        )
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the copy reports no steps
        self.files = QLabel()
        self.files.setObjectName("backupFiles")
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.files)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self.run_job(_backup_op(target), self._made, self._failed)

    def update_actions(self) -> None:
        self.buttons.setEnabled(not self.busy)
        self.progress.setVisible(self.busy)

    def _made(self, made: tuple[Path, Path]) -> None:
        self.made = made
        self.status.setText(
            self.tr(
                "The backup is ready. Keep these two files together: one without the other "
                "cannot be opened."
            )
        )
        self.files.setText("\n".join(str(path) for path in made))
        self.files.show()

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.status.setText(self.tr("No backup was made."))
        self.show_failure(exc, crash)
