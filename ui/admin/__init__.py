"""The administrator screens, opened from the Management menu of the main window.

Each opener is `(parent, db, info) -> None`: the dialog opens window-modal, does its
database work on the worker, and is deleted when closed. The modules are imported when a
screen is first opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ui.session import SessionInfo
from ui.settings import Preferences
from ui.worker import Database


def _show(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_members(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.members_dialog import MembersDialog

    _show(MembersDialog(db, info, parent))


def open_team_settings(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.settings_dialog import TeamSettingsDialog

    dialog = TeamSettingsDialog(db, info, parent)
    reload_info = getattr(parent, "reload_session_info", None)
    if reload_info is not None:
        dialog.finished.connect(lambda _result: reload_info())
    _show(dialog)


def open_providers(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.providers_dialog import ProvidersDialog

    _show(ProvidersDialog(db, info, parent))


def open_municipalities(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.municipalities_dialog import MunicipalitiesDialog

    _show(MunicipalitiesDialog(db, info, parent))


def open_lists(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.lists_dialog import ListsDialog

    _show(ListsDialog(db, info, parent))


def open_access_log(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.access_log_dialog import RecentAccessLogDialog

    _show(RecentAccessLogDialog(db, info, parent))


def open_check(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.check_dialog import CheckDialog

    _show(CheckDialog(db, info, parent))


def open_backup(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.backup import BackupDialog, choose_target

    target = choose_target(parent, info)
    if target is not None:
        _show(BackupDialog(db, info, target, parent))


def open_passphrase(parent: QWidget, db: Database, info: SessionInfo) -> None:
    from ui.admin.passphrase_dialog import PassphraseDialog

    _show(PassphraseDialog(db, info, parent))


def open_language(parent: QWidget, prefs: Preferences) -> None:
    from ui.admin.language_dialog import LanguageDialog

    _show(LanguageDialog(prefs, parent))
