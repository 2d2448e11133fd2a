"""New team database: team, place, first administrator, then the recovery code, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from expertteam_app import reference_data
from expertteam_app.domain import passphrase as passphrase_rules
from ui import session
from ui.i18n import current_language
from ui.messages import error_text
from ui.session import SessionInfo
from ui.worker import Database


class StrengthMeter(QProgressBar):
    """0..4 from the domain's estimate, with words, for the passphrase being typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(True)
        self.setObjectName("strengthMeter")
        self.show_for("")

    def show_for(self, text: str) -> None:
        score = passphrase_rules.strength(text)
        words = [
            self.tr("too weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        ]
        colours = ["#b00020", "#d35400", "#b7950b", "#2e7d32", "#1b5e20"]
        self.setValue(score)
        self.setFormat(words[score])
        self.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[score]}; }}")


class TeamPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The team"))
        self.setSubTitle(
            self.tr(
                "The name appears on letters and reports. The region decides the municipalities offered first."
            )
        )
        self.team_name = QLineEdit()
        self.team_name.setObjectName("teamName")
        self.team_name.setPlaceholderText(self.tr("e.g. Expertteam Groningen"))
        self.region = QComboBox()
        self.region.setObjectName("region")
        for code, name in reference_data.regions():
            self.region.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(self.tr("Team name"), self.team_name)
        form.addRow(self.tr("Youth-care region"), self.region)
        self.registerField("team_name*", self.team_name)


class PlacePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the team database is kept"))
        self.setSubTitle(
            self.tr(
                "Two files are made: the database and its key file (.keys). Back up both; one without the other cannot be opened."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("dbPath")
        browse = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        browse.clicked.connect(self._browse)
        self.path.textChanged.connect(self._check)
        self.registerField("db_path*", self.path)

    def initializePage(self) -> None:
        if not self.path.text():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = (
                "".join(c for c in self.field("team_name") if c.isalnum() or c in " -_").strip()
                or "team"
            )
            self.path.setText(str(Path(documents) / "Expertteam" / f"{name}.etdb"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New team database"), self.path.text(), self.tr("Team database (*.etdb)")
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(".etdb") else chosen + ".etdb")

    def _check(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        target = Path(text) if text else None
        exists = target is not None and (target.exists() or Path(text + ".keys").exists())
        self.problem.setText(
            self.tr("This file already exists. Expertteam never overwrites a team database.")
            if exists
            else ""
        )
        return bool(text) and text.endswith(".etdb") and not exists


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "You manage the team members and the key. Choose a long passphrase: a sentence of a few words works well."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("adminName")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("adminPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("adminPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        self.problem = QLabel()
        self.problem.setObjectName("adminProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout(self)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow(self.tr("Passphrase again"), self.again)
        form.addRow("", self.problem)
        for edit in (self.name, self.passphrase, self.again):
            edit.textChanged.connect(self._changed)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create"))

    def _changed(self) -> None:
        self.meter.show_for(self.passphrase.text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        problems = passphrase_rules.problems(self.passphrase.text(), member_name=self.name.text())
        text = ""
        if self.passphrase.text() and problems:
            text = problems[0].en if current_language() == "en" else problems[0].nl
        elif self.again.text() and self.again.text() != self.passphrase.text():
            text = self.tr("The two passphrases differ.")
        self.problem.setText(text)
        return (
            bool(self.name.text().strip())
            and not problems
            and self.again.text() == self.passphrase.text()
        )


class RecoveryCodePage(QWizardPage):
    """Creates the database on the worker, then shows the recovery code once."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.info: SessionInfo | None = None
        self.setTitle(self.tr("Your recovery code"))
        self.status = QLabel(self.tr("Creating the team database…"))
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        self.code.setFont(mono)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setStyleSheet("padding: 12px; border: 2px dashed palette(mid);")
        self.explain = QLabel(
            self.tr(
                "With this code a new passphrase can be set when one is forgotten. It is shown only now. "
                "Write it down and keep it where the team keeps its keys, not on this computer."
            )
        )
        self.explain.setWordWrap(True)
        self.stored = QCheckBox(
            self.tr("I have written down the recovery code and stored it safely")
        )
        self.stored.setObjectName("codeStored")
        self.stored.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.code)
        layout.addWidget(self.explain)
        layout.addWidget(self.stored)
        self.code.hide()
        self.explain.hide()
        self.stored.hide()

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, NewTeamWizard)
        self._db.run(
            session.create_team(
                Path(wizard.place.path.text().strip()),
                wizard.team.team_name.text().strip(),
                wizard.team.region.currentData(),
                wizard.admin.name.text().strip(),
                wizard.admin.passphrase.text(),
            ),
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, result: tuple[SessionInfo, str]) -> None:
        self.info, code = result
        self.status.setText(self.tr("The team database is ready."))
        self.code.setText(code)
        for widget in (self.code, self.explain, self.stored):
            widget.show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(error_text(exc) or self.tr("The team database could not be created."))

    def isComplete(self) -> bool:
        return self.info is not None and self.stored.isChecked()


class NewTeamWizard(QWizard):
    created = Signal(object)  # SessionInfo

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New team database"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.team = TeamPage()
        self.place = PlacePage()
        self.admin = AdminPage()
        self.code = RecoveryCodePage(db)
        for page in (self.team, self.place, self.admin, self.code):
            self.addPage(page)
        self.resize(640, 480)

    def accept(self) -> None:
        if self.code.info is not None:
            self.created.emit(self.code.info)
        super().accept()

    def reject(self) -> None:
        if self.code.info is not None and not self.code.stored.isChecked():
            return  # the code has been shown once; it must be confirmed before leaving
        if self.code.info is not None:
            self.created.emit(self.code.info)
        super().reject()
