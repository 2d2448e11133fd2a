"""`expertteam gui` / `expertteam-gui`: the unlock window first, then the main window.

Start-up is kept light: only what the unlock window needs is imported before it shows
(SQLAlchemy and the services are imported on the worker while the person types).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.session import SessionInfo
    from ui.settings import Preferences


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="expertteam-gui", allow_abbrev=False)
    parser.add_argument("--db", help="team database to offer first")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the window")
    parser.add_argument("--version", action="store_true")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open --db as --user (passphrase from EXPERTTEAM_PASSPHRASE), show the case list, exit",
    )
    parser.add_argument("--user", help="member name for --smoke")
    parser.add_argument(
        "--smoke-letter",
        metavar="PDF",
        help="with --smoke: also write the letter of the first issued advice (reportlab check)",
    )
    parser.add_argument(
        "--smoke-scrub",
        action="store_true",
        help="load the learning tables' anonymiser, scrub one synthetic sentence, print it, exit",
    )
    # For the start-up benchmark: quit as soon as the unlock window is on screen.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(list(argv)[1:] if argv is not None else sys.argv[1:])
    if args.version:
        from expertteam_app import __version__

        print(f"Expertteam {__version__}")
        return 0
    if args.smoke_scrub:
        return _smoke_scrub()
    # Libraries the unlock needs, imported before PySide6 (which slows later imports).
    from PySide6.QtWidgets import QApplication

    import expertteam_app.store.vault  # noqa: F401
    from ui import crash, i18n
    from ui.settings import Preferences

    app = QApplication.instance() or QApplication(["expertteam"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Expertteam")
    app.setApplicationName("Expertteam")
    prefs = Preferences()
    i18n.install(app, args.lang or prefs.language)
    crash.install(interactive=not args.smoke and app.platformName() != "offscreen")
    controller = AppController(prefs, args.db)
    if args.smoke:
        return controller.smoke(
            args.user or "",
            os.environ.get("EXPERTTEAM_PASSPHRASE", ""),
            letter=Path(args.smoke_letter) if args.smoke_letter else None,
        )
    controller.start()
    if args.startup_probe:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()


class AppController:
    """Owns the database worker and moves between the unlock window and the main window."""

    def __init__(self, prefs: Preferences, db_path: str | None) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.unlock_window import UnlockWindow
        from ui.worker import Database

        self.prefs = prefs
        self.db = Database()
        self.main_window: MainWindow | None = None
        self.unlock_window = UnlockWindow(self.db, prefs)
        panel = self.unlock_window.panel
        panel.unlocked.connect(self.open_main)
        panel.new_team_requested.connect(self.new_team)
        panel.recovery_requested.connect(self.recover)
        if db_path:
            panel.select_database(str(Path(db_path).resolve()))
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.db.shutdown)

    def start(self) -> None:
        self.unlock_window.show()

    def open_main(self, info: SessionInfo) -> None:
        from ui.main_window import MainWindow

        self.main_window = MainWindow(self.db, self.prefs, info)
        self.main_window.show()
        self.unlock_window.hide()

    def new_team(self) -> None:
        from ui.new_team_wizard import NewTeamWizard

        wizard = NewTeamWizard(self.db, self.unlock_window)
        wizard.created.connect(self._created)
        wizard.open()
        self._wizard = wizard

    def _created(self, info: SessionInfo) -> None:
        self.prefs.remember_database(str(info.path))
        self.prefs.set_last_member(str(info.path), info.member_name)
        self.open_main(info)

    def recover(self, path: str) -> None:
        from ui.recovery_dialog import RecoveryDialog

        if not path:
            return
        dialog = RecoveryDialog(self.db, path, self.unlock_window)
        dialog.recovered.connect(self.open_main)
        dialog.open()
        self._recovery = dialog

    def smoke(self, user: str, passphrase: str, letter: Path | None = None) -> int:
        """Unlock, show the main window with its first page of cases, then quit (installer
        test). With `letter`, also write the first issued advice's letter as PDF there."""
        from PySide6.QtCore import QEventLoop, QTimer

        from ui import session

        path = self.unlock_window.panel.current_path()
        if not path or not user or not passphrase:
            print("smoke: needs --db, --user and EXPERTTEAM_PASSPHRASE", file=sys.stderr)
            return 2
        loop = QEventLoop()
        outcome: dict[str, object] = {}

        def unlocked(info: SessionInfo) -> None:
            self.open_main(info)
            assert self.main_window is not None
            model = self.main_window.list_page.model
            model.loading_changed.connect(
                lambda loading: None if loading else finish(model.rowCount())
            )

        def finish(rows: int) -> None:
            outcome["rows"] = rows
            if letter is None:
                loop.quit()
            else:
                self.db.run(_first_letter(letter), on_done=written, on_error=failed)

        def written(path: Path) -> None:
            outcome["letter"] = path
            loop.quit()

        def failed(exc: BaseException, crash: str | None) -> None:
            outcome["error"] = f"{type(exc).__name__}: {getattr(exc, 'message', exc)}"
            loop.quit()

        self.db.run(session.unlock(Path(path), user, passphrase), on_done=unlocked, on_error=failed)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        if self.main_window is not None:
            self.main_window.close()
        self.db.shutdown()
        if "rows" in outcome and (letter is None or "letter" in outcome):
            print(f"smoke ok: main window shows {outcome['rows']} cases")
            if letter is not None:
                print(f"smoke ok: advice letter written to {outcome['letter']}")
            return 0
        print(f"smoke failed: {outcome.get('error', 'timeout')}", file=sys.stderr)
        return 1


def _smoke_scrub() -> int:
    """The installer test's check that deduce, its lookup cache and the word list are frozen
    with the app: one invented sentence, scrubbed as for a learning table."""
    from expertteam_app.anonymise.labels import Labeller
    from expertteam_app.anonymise.scrubber import shared_anonymiser
    from expertteam_app.anonymise.types import KnownEntities, KnownPerson

    known = KnownEntities(persons=(KnownPerson("Daan", "van der", "Berg"),), places=("Zwolle",))
    text = (
        "Daan van der Berg (BSN 123456782) woont in Zwolle en staat op de wachtlijst "
        "voor autisme; bel 06-12345678."
    )
    scrubbed = shared_anonymiser().scrub(text, known, Labeller())
    print(f"smoke scrub: {scrubbed.text}")
    return 0


def _first_letter(target: Path) -> Any:
    def op(ctx: Any) -> Path:
        from sqlalchemy import select

        from expertteam_app.domain.advice import BindingAdvice
        from expertteam_app.services import documents

        with ctx.unit_of_work() as uow:
            advice_id = uow.session.scalar(
                select(BindingAdvice.id).where(BindingAdvice.issued_at.is_not(None)).limit(1)
            )
            if advice_id is None:
                raise RuntimeError("no issued advice in this database")
            return documents.export_advice_letter(uow, advice_id, target)

    return op


if __name__ == "__main__":
    sys.exit(main())
