"""Starting the application as a person does: the unlock window, the new-team wizard,
and recovery with the recovery code."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QWizard

from expertteam_app.domain.enums import Role
from expertteam_app.services import team as team_service
from expertteam_app.store.vault import Vault, slot_file_for
from tests.support.team import MEMBERS
from tests.ui.conftest import wait
from ui.new_team_wizard import NewTeamWizard
from ui.recovery_dialog import RecoveryDialog
from ui.unlock_window import UnlockWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unlock_window(qtbot, db, prefs, path: Path) -> UnlockWindow:  # type: ignore[no-untyped-def]
    window = UnlockWindow(db, prefs)
    qtbot.addWidget(window)
    window.panel.select_database(str(path))
    window.show()
    return window


def test_the_wizard_creates_a_team_database_and_shows_the_recovery_code_once(qtbot, db, tmp_path):
    wizard = NewTeamWizard(db)
    qtbot.addWidget(wizard)
    created = []
    wizard.created.connect(created.append)
    wizard.show()
    wizard.team.team_name.setText("Expertteam Testregio")
    wizard.team.region.setCurrentIndex(wizard.team.region.findData("JZ01"))
    wizard.next()
    target = tmp_path / "nieuw.etdb"
    wizard.place.path.setText(str(target))
    wizard.next()
    wizard.admin.name.setText("Bea Beheer")
    wizard.admin.passphrase.setText("kort")
    assert not wizard.admin.isComplete()
    assert "12 tekens" in wizard.admin.problem.text()
    assert wizard.admin.meter.value() == 0
    wizard.admin.passphrase.setText("paars konijn op de fiets")
    wizard.admin.again.setText("paars konijn op de fiets")
    assert wizard.admin.isComplete()
    assert wizard.admin.meter.value() >= 2
    wizard.next()  # the commit page: creates the database on the worker
    wait(qtbot, db)
    code = wizard.code.code.text()
    assert len(code.split("-")) == 6
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()  # cannot leave before confirming the code was stored
    assert wizard.isVisible()
    wizard.code.stored.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    assert [i.member_name for i in created] == ["Bea Beheer"]
    assert created[0].role == Role.BEHEERDER
    assert target.exists() and slot_file_for(target).exists()
    assert code not in slot_file_for(target).read_text()


def test_the_wizard_refuses_a_place_where_a_database_already_is(qtbot, db, team_db):
    wizard = NewTeamWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.team.team_name.setText("X")
    wizard.next()
    wizard.place.path.setText(str(team_db))
    assert not wizard.place.isComplete()
    assert "overschrijft" in wizard.place.problem.text()


def test_a_wrong_passphrase_is_a_message_in_the_window_and_changes_nothing(
    qtbot, db, prefs, team_db
):
    before = (digest(team_db), digest(slot_file_for(team_db)))
    window = unlock_window(qtbot, db, prefs, team_db)
    name, _ = MEMBERS[Role.COORDINATOR]
    window.panel.member.setCurrentText(name)
    window.panel.passphrase.setText("dit is het niet, helaas")
    with qtbot.assertNotEmitted(window.panel.unlocked):
        window.panel.unlock_button.click()
        wait(qtbot, db)
    assert "Onjuist wachtwoord" in window.panel.error.text()
    assert (digest(team_db), digest(slot_file_for(team_db))) == before


def test_the_right_passphrase_unlocks_and_the_choice_is_remembered(qtbot, db, prefs, team_db):
    window = unlock_window(qtbot, db, prefs, team_db)
    name, passphrase = MEMBERS[Role.VOORZITTER]
    window.panel.member.setCurrentText(name)
    window.panel.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.panel.unlocked, timeout=15_000) as signal:
        window.panel.unlock_button.click()
    info = signal.args[0]
    assert info.role == Role.VOORZITTER and info.team_name == "Expertteam Testregio"
    assert prefs.recent_databases[0] == str(team_db)
    assert prefs.last_member(str(team_db)) == name
    assert window.panel.passphrase.text() == ""


def test_a_plaintext_file_is_refused_with_its_own_message(qtbot, db, prefs, tmp_path, team_db):
    plain = tmp_path / "plain.etdb"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    slot_file_for(plain).write_bytes(slot_file_for(team_db).read_bytes())
    window = unlock_window(qtbot, db, prefs, plain)
    name, passphrase = MEMBERS[Role.COORDINATOR]
    window.panel.member.setCurrentText(name)
    window.panel.passphrase.setText(passphrase)
    window.panel.unlock_button.click()
    wait(qtbot, db)
    assert "onversleutelde SQLite-database" in window.panel.error.text()


def test_a_missing_key_file_is_explained_before_anything_is_typed(
    qtbot, db, prefs, tmp_path, team_db
):
    lonely = tmp_path / "los.etdb"
    lonely.write_bytes(team_db.read_bytes())
    window = unlock_window(qtbot, db, prefs, lonely)
    assert "sleutelbestand" in window.panel.error.text()
    assert not window.panel.unlock_button.isEnabled()


def test_the_demo_database_says_so_and_gives_the_demo_passphrase(qtbot, db, prefs, tmp_path):
    from expertteam_app.services import demo

    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=3)
    window = unlock_window(qtbot, db, prefs, made.path)
    assert window.panel.demo_hint.isVisibleTo(window)
    assert "demo-expertteam" in window.panel.demo_hint.text()
    assert window.panel.member.count() == 4


def test_the_keyring_choice_says_why_it_is_not_offered(qtbot, db, prefs, team_db):
    window = unlock_window(qtbot, db, prefs, team_db)
    qtbot.waitUntil(lambda: bool(window.panel.remember_reason.text()), timeout=5_000)
    assert not window.panel.remember.isEnabled()  # the reason shows, e.g. no secure keyring


def test_recovery_sets_a_new_passphrase_and_shows_the_new_code(qtbot, db, team_db, team_template):
    dialog = RecoveryDialog(db, str(team_db))
    qtbot.addWidget(dialog)
    dialog.show()
    name, _ = MEMBERS[Role.LID]
    dialog.member.setCurrentText(name)
    dialog.code.setText(team_template.recovery_code.lower())
    dialog.passphrase.setText("een gloednieuwe zin voor lies")
    dialog.again.setText("een gloednieuwe zin voor lies")
    recovered = []
    dialog.recovered.connect(recovered.append)
    dialog._submit()
    wait(qtbot, db)
    new_code = dialog.new_code.text()
    assert len(new_code.split("-")) == 6 and new_code != team_template.recovery_code
    dialog.reject()
    assert dialog.isVisible()  # the new code must be confirmed first
    dialog.stored.setChecked(True)
    dialog._submit()
    assert [i.member_name for i in recovered] == [name]
    db.shutdown()  # the worker holds the database exclusively; let go before checking
    team = team_service.unlock(team_db, name, "een gloednieuwe zin voor lies")
    team.close()
    assert len(Vault.load(slot_file_for(team_db)).member_names()) == 4


def test_with_a_secure_keyring_the_workstation_remembers_and_unlocks_without_passphrase(
    qtbot, db, prefs, team_db, memory_keyring
):
    window = unlock_window(qtbot, db, prefs, team_db)
    panel = window.panel
    qtbot.waitUntil(panel.remember.isEnabled, timeout=5_000)
    assert "eigen aanmelding" in panel.remember_reason.text()
    name, passphrase = MEMBERS[Role.COORDINATOR]
    panel.member.setCurrentText(name)
    assert not panel.remembered_button.isVisibleTo(panel)
    panel.passphrase.setText(passphrase)
    panel.remember.setChecked(True)
    with qtbot.waitSignal(panel.unlocked, timeout=15_000):
        panel.unlock_button.click()
    assert len(memory_keyring.secrets) == 1
    wait(qtbot, db)
    db.run(lambda ctx: ctx.state.team.close())  # let go, as quitting would
    wait(qtbot, db)

    again = unlock_window(qtbot, db, prefs, team_db)
    again.panel.member.setCurrentText(name)
    assert again.panel.remembered_button.isVisibleTo(again.panel)
    with qtbot.waitSignal(again.panel.unlocked, timeout=15_000) as signal:
        again.panel.remembered_button.click()
    assert signal.args[0].member_name == name
