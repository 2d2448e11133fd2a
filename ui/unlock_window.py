"""The first window: choose the team database and your name, type your passphrase.

The same panel is the lock screen after an auto-lock, with the database and the person
fixed, so unlocking returns them to where they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.errors import ExpertteamError
from expertteam_app.store.vault import SlotKind, Vault, slot_file_for
from ui import session
from ui.i18n import current_language
from ui.messages import error_text
from ui.session import SessionInfo
from ui.settings import Preferences
from ui.worker import Database, JobContext

DEMO_PASSPHRASE_HINT = "demo-expertteam"
WARM_UP_DELAY_MS = 300


def _keyring_refusal(ctx: JobContext) -> tuple[str, str] | None:
    """None when a secure keyring exists; else the reason, in both languages."""
    from expertteam_app.store import keyring_slot

    try:
        keyring_slot.secure_backend()
    except ExpertteamError as exc:
        return exc.message.nl, exc.message.en
    except Exception:  # a keyring that fails while being asked counts as none
        return (
            "De sleutelbos op deze werkplek reageert niet.",
            "The keyring on this workstation does not respond.",
        )
    return None


class UnlockPanel(QFrame):
    unlocked = Signal(object)  # SessionInfo
    new_team_requested = Signal()
    recovery_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        prefs: Preferences,
        *,
        locked: SessionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._prefs = prefs
        self._locked = locked
        self._vault: Vault | None = None
        self._busy = False
        self.setObjectName("unlockPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMaximumWidth(560)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        title = QLabel(self.tr("Expertteam") if locked is None else self.tr("Locked"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("Regional expert team for youth care")
            if locked is None
            else self.tr(
                "The team database is locked. Type your passphrase to go on where you were."
            )
        )
        subtitle.setWordWrap(True)

        self.database = QComboBox()
        self.database.setObjectName("databaseChoice")
        self.database.setMinimumContentsLength(30)
        self.database.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.browse = QPushButton(self.tr("Browse…"))
        db_row = QHBoxLayout()
        db_row.addWidget(self.database, 1)
        db_row.addWidget(self.browse)
        self.team_label = QLabel()
        self.team_label.setObjectName("teamLabel")
        self.member = QComboBox()
        self.member.setObjectName("memberChoice")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.remember = QCheckBox(self.tr("Remember on this workstation"))
        self.remember.setObjectName("remember")
        self.remember.setEnabled(False)
        self.remember_reason = QLabel()
        self.remember_reason.setWordWrap(True)
        self.remember_reason.setObjectName("rememberReason")
        self.remember_reason.setStyleSheet("color: palette(mid);")
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(
            "background: #fff4ce; color: #4a3b00; padding: 6px; border-radius: 3px;"
        )
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.remembered_button = QPushButton(self.tr("Unlock with this workstation"))
        self.remembered_button.setObjectName("rememberedButton")
        self.new_button = QPushButton(self.tr("New team database…"))
        self.new_button.setObjectName("newTeamButton")
        self.recover_button = QPushButton(self.tr("Recover with recovery code…"))
        self.recover_button.setObjectName("recoverButton")

        form = QFormLayout()
        form.addRow(self.tr("Team database"), db_row)
        form.addRow("", self.team_label)
        form.addRow(self.tr("Your name"), self.member)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.remembered_button)
        buttons.addStretch(1)
        other = QHBoxLayout()
        other.addWidget(self.new_button)
        other.addWidget(self.recover_button)
        other.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addLayout(other)

        self.browse.clicked.connect(self._browse)
        self.database.currentIndexChanged.connect(self._database_chosen)
        self.member.currentIndexChanged.connect(self._member_chosen)
        self.unlock_button.clicked.connect(self._unlock)
        self.remembered_button.clicked.connect(self._unlock_remembered)
        self.passphrase.returnPressed.connect(self._unlock)
        self.new_button.clicked.connect(self.new_team_requested)
        self.recover_button.clicked.connect(
            lambda: self.recovery_requested.emit(self.current_path() or "")
        )
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self._browse)

        if locked is not None:
            self.database.addItem(str(locked.path), str(locked.path))
            self.database.setEnabled(False)
            self.browse.hide()
            self.new_button.hide()
            self.recover_button.hide()
            self.remember.hide()
            self.remember_reason.hide()
        else:
            for path in prefs.recent_databases:
                self.database.addItem(path, path)
        self._database_chosen()
        if locked is None:
            # After the first paint: the worker's imports would otherwise compete with the
            # window for the interpreter while it is being shown.
            QTimer.singleShot(WARM_UP_DELAY_MS, self._start_background_work)

    def _start_background_work(self) -> None:
        self._db.run(
            _keyring_refusal, on_done=self._keyring_checked, on_error=lambda *_: None, owner=self
        )
        self._db.run(session.warm_up, on_error=lambda *_: None, owner=self)

    # --- choosing ----------------------------------------------------------------------

    def current_path(self) -> str | None:
        data = self.database.currentData()
        return str(data) if data else None

    def select_database(self, path: str) -> None:
        index = self.database.findData(path)
        if index < 0:
            self.database.insertItem(0, path, path)
            index = 0
        self.database.setCurrentIndex(index)
        self._database_chosen()

    def _browse(self) -> None:
        start = self.current_path() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open team database"), start, self.tr("Team database (*.etdb)")
        )
        if chosen:
            self.select_database(chosen)

    def _database_chosen(self) -> None:
        self.error.clear()
        self.member.clear()
        self.team_label.clear()
        self.demo_hint.hide()
        self._vault = None
        path = self.current_path()
        if not path:
            self.team_label.setText(self.tr("Choose a team database, or make a new one."))
            self._update_buttons()
            return
        try:
            self._vault = Vault.load(slot_file_for(Path(path)))
        except ExpertteamError as exc:
            self.error.setText(exc.text(current_language()))
            self._update_buttons()
            return
        self.team_label.setText(self._vault.team_name)
        if self._vault.demo:
            self.demo_hint.setText(
                self.tr(
                    "DEMO database with invented cases. Every demo member's passphrase is: {passphrase}"
                ).format(passphrase=DEMO_PASSPHRASE_HINT)
            )
            self.demo_hint.show()
        names = self._vault.member_names()
        self.member.addItems(names)
        wanted = self._locked.member_name if self._locked else self._prefs.last_member(path)
        if wanted in names:
            self.member.setCurrentIndex(names.index(wanted))
        if self._locked is not None:
            self.member.setEnabled(False)
        self._member_chosen()

    def _member_chosen(self) -> None:
        self._update_buttons()

    def _is_remembered_here(self) -> bool:
        if self._vault is None or not self.member.currentText():
            return False
        from expertteam_app.store.keyring_slot import workstation_name

        try:
            slot = self._vault.member_slot(self.member.currentText())
        except ExpertteamError:
            return False
        return any(
            s.kind == SlotKind.WORKSTATION and s.label == workstation_name()
            for s in self._vault.workstation_slots(slot.member_id)
        )

    def _update_buttons(self) -> None:
        ready = self._vault is not None and bool(self.member.currentText()) and not self._busy
        self.unlock_button.setEnabled(ready)
        self.remembered_button.setVisible(
            ready and self._locked is None and self._is_remembered_here()
        )
        self.passphrase.setEnabled(not self._busy)
        self.database.setEnabled(not self._busy and self._locked is None)
        if ready:
            self.passphrase.setFocus()

    def _keyring_checked(self, refusal: tuple[str, str] | None) -> None:
        if refusal is None:
            self.remember.setEnabled(True)
            self.remember_reason.setText(
                self.tr("Your operating system keeps the key under your own login.")
            )
        else:
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember_reason.setText(refusal[1] if current_language() == "en" else refusal[0])

    # --- unlocking ---------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.error.setText(self.tr("Unlocking…"))
            self.error.setStyleSheet("color: palette(text);")
        self._update_buttons()

    def _unlock(self) -> None:
        path = self.current_path()
        if self._busy or not path or self._vault is None:
            return
        if not self.passphrase.text():
            self._show_error(self.tr("Type your passphrase."))
            return
        self._set_busy(True)
        self._db.run(
            session.unlock(
                Path(path),
                self.member.currentText(),
                self.passphrase.text(),
                self.remember.isChecked(),
            ),
            on_done=self._done,
            on_error=self._failed,
        )

    def _unlock_remembered(self) -> None:
        path = self.current_path()
        if self._busy or not path:
            return
        self._set_busy(True)
        self._db.run(
            session.unlock_remembered(Path(path), self.member.currentText()),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, info: SessionInfo | None) -> None:
        self._set_busy(False)
        if info is None:
            self._show_error(
                self.tr("Nothing is remembered for you on this workstation. Type your passphrase.")
            )
            return
        self.passphrase.clear()
        self.error.clear()
        path = str(info.path)
        self._prefs.remember_database(path)
        self._prefs.set_last_member(path, info.member_name)
        self.unlocked.emit(info)

    def _failed(self, exc: BaseException, crash: str | None) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        if crash is not None:
            from ui.messages import show_error

            self.error.clear()
            show_error(self, exc, crash)
            return
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setText(text)


class UnlockWindow(QWidget):
    """The start window around the panel."""

    def __init__(self, db: Database, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expertteam — unlock"))
        self.panel = UnlockPanel(db, prefs, parent=self)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.resize(760, 560)
