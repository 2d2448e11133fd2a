"""Saving a PDF the person asked for: where to save it, progress on the worker, then open it
in the system's viewer. The document itself is drawn by the services (reports), never here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ui.worker import Database, JobContext

MakePdf = Callable[[JobContext, Path], Any]  # runs on the worker; writes the file at the path


def open_document(path: Path) -> None:
    """Hand the file to the system viewer (a PDF reader)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_pdf_path(parent: QWidget, suggested_name: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Documents", "Save as PDF"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("Documents", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def export_pdf(
    parent: QWidget,
    db: Database,
    make: MakePdf,
    suggested_name: str,
    *,
    on_done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where, make the PDF on the worker with progress, then open it."""
    path = ask_pdf_path(parent, suggested_name)
    if path is None:
        return
    progress = QProgressDialog(
        QCoreApplication.translate("Documents", "Making the PDF…"), "", 0, 0, parent
    )
    progress.setObjectName("pdfProgress")
    progress.setCancelButton(None)  # a letter takes a second; nothing to cancel
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def step(done: int, total: int) -> None:
        progress.setRange(0, max(total, 1))
        progress.setValue(done)

    def finished(_: Any) -> None:
        progress.close()
        open_document(path)
        if on_done is not None:
            on_done(path)

    def failed(exc: BaseException, crash: str | None) -> None:
        progress.close()
        if db.default_error is not None:
            db.default_error(exc, crash)

    db.run(
        lambda ctx: make(ctx, path), on_done=finished, on_error=failed, progress=step, owner=parent
    )
