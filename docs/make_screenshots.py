"""Screenshots of the main screens for the README, made offscreen on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Synthetic data only (the demo generator's invented people).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from expertteam_app.services import demo
    from tests.support import registers
    from ui import i18n, session
    from ui.import_dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.new_team_wizard import NewTeamWizard
    from ui.settings import Preferences
    from ui.unlock_window import UnlockWindow
    from ui.worker import Database

    work = Path(tempfile.mkdtemp(prefix="expertteam-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication(["expertteam"])
    i18n.install(app, "nl")
    made = demo.create_demo_database(work / "demo-team.etdb", cases=300)
    db = Database()
    prefs = Preferences()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or not db.idle:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    unlock = UnlockWindow(db, prefs)
    unlock.panel.select_database(str(made.path))
    unlock.panel.member.setCurrentText("Demo Coördinator")
    unlock.show()
    shot(unlock, "unlock")

    box: dict[str, object] = {}
    db.run(
        session.unlock(made.path, "Demo Coördinator", made.passphrase),
        on_done=lambda i: box.setdefault("info", i),
    )
    settle(1.0)
    unlock.hide()
    main_window = MainWindow(db, prefs, box["info"])  # type: ignore[arg-type]
    main_window.resize(1360, 820)
    main_window.show()
    settle(1.0)
    page = main_window.list_page
    page.table.selectRow(2)
    settle(1.0)
    shot(main_window, "case-list")

    page.search.setText("jansen")
    settle(1.0)
    page.table.selectRow(0)
    settle(1.0)
    shot(main_window, "case-search")

    case_id = page.selected_case_id()
    assert case_id is not None
    main_window.open_case(case_id)
    settle(1.0)
    tab = main_window.case_tabs()[-1]
    shot(main_window, "case-form")
    tab.form.sections.setCurrentIndex(5)
    shot(main_window, "case-consent")

    new_tab = main_window.new_registration()
    assert new_tab is not None
    form = new_tab.form
    form.first_name.setText("Fenna")
    form.last_name.setText("Postma")
    form.date_of_birth.setText("14-02-2013")
    form.bsn.setText("123456789")
    form.question.setPlainText("Schoolweigering en angst; ambulante hulp is twee keer vastgelopen.")
    form.save()
    settle(1.0)
    shot(main_window, "registration-validation")
    form._set_dirty(False)

    dialog = ImportDialog(db, main_window)
    rng = random.Random(3)
    rows = [registers.good_row(rng) for _ in range(8)]
    rows[3]["bsn"] = "123456789"
    rows[5]["gemeente"] = "Atlantis"
    rows[6]["status"] = "bijna klaar"
    dialog.set_file(registers.write_xlsx(work / "register.xlsx", rows))
    dialog.show()
    dialog.start()
    settle(1.0)
    shot(dialog, "import-report")
    dialog.close()

    main_window.lock()
    settle(0.6)
    shot(main_window, "locked")

    wizard = NewTeamWizard(db)
    wizard.team.team_name.setText("Expertteam Noord")
    wizard.show()
    shot(wizard, "wizard-team")
    wizard.next()
    wizard.place.path.setText(str(work / "noord.etdb"))
    wizard.next()
    wizard.admin.name.setText("Anna de Vries")
    wizard.admin.passphrase.setText("drie tulpen in de regen")
    wizard.admin.again.setText("drie tulpen in de regen")
    shot(wizard, "wizard-admin")
    wizard.next()
    settle(1.5)
    shot(wizard, "wizard-recovery-code")
    wizard.code.stored.setChecked(True)
    wizard.accept()
    settle()
    main_window.close()
    db.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
