"""Screenshots of the escalation dialog and the close dialog over an open case (offscreen).

    .venv/bin/python docs/make_escalation.py [OUT_DIR]

An advice issued five weeks ago whose care started; the chair opens the case and fills in
the escalation dialog (docs/screenshots/escalate.png), then the close dialog
(docs/screenshots/close-case.png). Each image is the window with the dialog drawn over
it, as a person sees it. Synthetic data only: every person, organisation and note here is
made up.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from shots import SCREENSHOTS, Shots


def main() -> int:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QPushButton, QWidget

    from expertteam_app.domain.enums import CaseStatus, EscalationLevel, Role
    from expertteam_app.services import followup
    from ui.case_dialogs import CloseDialog, EscalationDialog
    from ui.main_window import MainWindow
    from ui.settings import Preferences

    shots = Shots("escalation-shot-")
    today = shots.today
    issued = today - timedelta(days=35)

    (advised,) = shots.advise(issued)
    coordinator = shots.team(Role.COORDINATOR, today)
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, advised.care_item_ids[0], on=issued + timedelta(days=10))
    coordinator.close()

    info = shots.open_worker(Role.VOORZITTER)
    main = MainWindow(shots.db, Preferences(), info)
    main.resize(1280, 800)
    main.show()
    shots.settle(0.5)
    main.open_case(advised.case_id)
    shots.settle(1.0)
    tab = main.case_tabs()[0]
    header = tab.header
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SCREENSHOTS

    def press(target: CaseStatus) -> QWidget:
        button = header.findChild(QPushButton, f"move_{target.value}")
        assert button is not None, f"no button for {target}"
        button.click()
        shots.settle(0.6)
        assert header.dialog is not None
        return header.dialog

    def over_window(dialog: QWidget, name: str) -> None:
        """The window, dimmed a little, with the dialog drawn where it stands on screen."""
        shot = QPixmap(main.grab())
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
        picture = dialog.grab()
        bar = 28  # offscreen windows have no frame: draw a title bar with the dialog's title
        x = (shot.width() - picture.width()) // 2
        y = max(40, (shot.height() - picture.height() - bar) // 3)
        painter.fillRect(
            x - 1, y - 1, picture.width() + 2, picture.height() + bar + 2, QColor("#888")
        )
        painter.fillRect(x, y, picture.width(), bar, QColor("#dfe3e8"))
        painter.setPen(QColor("#222"))
        painter.drawText(x + 10, y + 19, dialog.windowTitle())
        painter.drawPixmap(QPoint(x, y + bar), picture)
        painter.end()
        shot.save(str(out / name))
        print("wrote", out / name)

    escalate = press(CaseStatus.OPGESCHAALD)
    assert isinstance(escalate, EscalationDialog)
    escalate.level.set_value(EscalationLevel.SUPRA_REGIONAL)
    escalate.to_whom.setText("Bovenregionaal expertteam Noord-Nederland")
    escalate.reason.setPlainText(
        "Het gezinshuis heeft de plek opgezegd en in de regio is geen andere plek voor een "
        "jongere met deze zorgvraag. Twee aanbieders hebben geweigerd; de wachttijd voor "
        "specialistische zorg is negen maanden."
    )
    shots.settle(0.3)
    over_window(escalate, "escalate.png")
    escalate.reject()
    shots.settle(0.3)

    close = press(CaseStatus.AFGESLOTEN)
    assert isinstance(close, CloseDialog)
    shots.settle(0.4)
    close.choose("goals_partly")
    close.note.setPlainText(
        "Daan gaat weer drie dagen per week naar school. Het gezinshuis blijft de komende "
        "maanden betrokken; de regie ligt weer bij het wijkteam."
    )
    shots.settle(0.3)
    over_window(close, "close-case.png")
    close.reject()
    shots.settle(0.3)
    for each in main.case_tabs():
        each.form._set_dirty(False)
    main.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
