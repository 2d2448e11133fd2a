"""The last line of defence: an exception on the GUI thread becomes a crash dialog with the
path of a report that holds no client data, never a traceback in the person's face."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expertteam_app.crashlog import write_crash_report

_handling = False
_interactive = True


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    global _handling
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = write_crash_report(exc_type, tb)
    if not _interactive:
        # Nobody can answer a dialog here (a smoke run, a headless start): say it and stop.
        print(f"expertteam: program error, report in {path}", file=sys.stderr)
        app = QApplication.instance()
        if app is not None:
            app.exit(1)
        return
    if _handling or QApplication.instance() is None:
        print(f"expertteam: program error, report in {path}", file=sys.stderr)
        return
    _handling = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Messages", "Expertteam"))
        box.setText(
            QCoreApplication.translate(
                "Messages",
                "Something went wrong in the program. Your data is safe; what you were doing was not saved.",
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages", "A report without client data was written to:\n{path}"
            ).format(path=path)
        )
        box.exec()
    finally:
        _handling = False


def install(*, interactive: bool = True) -> None:
    global _interactive
    _interactive = interactive
    sys.excepthook = _excepthook
