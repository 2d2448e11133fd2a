"""The administrator screens, driven through their widgets over a real encrypted team
database opened on the database worker (as the window does)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from expertteam_app.domain import passphrase as passphrase_rules
from expertteam_app.domain.enums import ListKind, Role
from expertteam_app.errors import UnknownMember, WrongPassphrase
from expertteam_app.services import access_log, closing, reference, settings
from expertteam_app.services import team as team_service
from tests.support.team import MEMBERS, TeamTemplate, open_as
from ui import admin as screens
from ui import session
from ui.admin.access_log_dialog import RecentAccessLogDialog
from ui.admin.backup import BackupDialog
from ui.admin.base import problem_text
from ui.admin.check_dialog import CheckDialog
from ui.admin.language_dialog import LanguageDialog
from ui.admin.lists_dialog import ListsDialog
from ui.admin.members_dialog import MembersDialog
from ui.admin.municipalities_dialog import MunicipalitiesDialog
from ui.admin.passphrase_dialog import PassphraseDialog
from ui.admin.providers_dialog import ProvidersDialog
from ui.admin.settings_dialog import TeamSettingsDialog
from ui.admin.table_model import Row, RowsModel
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.settings import Preferences
from ui.worker import Database, JobContext

NEW_PASSPHRASE = "groene appels in de winter"


class Admin:
    """The administrator's unlocked team on a database worker, as in the window."""

    def __init__(self, qtbot: Any, template: TeamTemplate, path: Path) -> None:
        self.qtbot = qtbot
        self.template = template
        self.path = path
        self.db = Database()
        self.errors: list[BaseException] = []
        self.db.default_error = lambda exc, _crash: self.errors.append(exc)
        self._running = True

        def unlock(ctx: JobContext) -> SessionInfo:
            ctx.state.team = open_as(template, path, Role.BEHEERDER)
            return session._info(ctx)

        self.info: SessionInfo = self.call(unlock)

    def wait(self) -> None:
        self.qtbot.waitUntil(lambda: self.db.idle, timeout=20_000)

    def call(self, op: Callable[[JobContext], Any]) -> Any:
        """Run `op` on the worker and wait for its answer (or raise its error)."""
        answers: list[Any] = []
        failures: list[BaseException] = []
        self.db.run(op, on_done=answers.append, on_error=lambda exc, _c: failures.append(exc))
        self.qtbot.waitUntil(lambda: bool(answers or failures), timeout=20_000)
        if failures:
            raise failures[0]
        return answers[0]

    def read(self, service_call: Callable[[Any], Any]) -> Any:
        def op(ctx: JobContext) -> Any:
            with ctx.unit_of_work(write=False) as uow:
                return service_call(uow)

        return self.call(op)

    def shutdown(self) -> None:
        if self._running:
            self._running = False
            self.db.shutdown()


@pytest.fixture
def admin(qtbot: Any, team_template: TeamTemplate, team_db: Path) -> Iterator[Admin]:
    harness = Admin(qtbot, team_template, team_db)
    yield harness
    harness.shutdown()
    assert harness.errors == []


def shown(qtbot: Any, admin: Admin, dialog: QDialog) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    admin.wait()
    return dialog


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(view: Any, key: Any) -> None:
    number = view.model().row_of(key)
    assert number >= 0, f"{key} is not in the table"
    view.selectRow(number)


def tr(context: str, text: str) -> str:
    """What the person sees for an English source string, in the language installed."""
    return QCoreApplication.translate(context, text)


def in_language(nl: str, en: str) -> str:
    return en if current_language() == "en" else nl


def member_names(dialog: MembersDialog) -> list[str]:
    return dialog.model.column_texts(0)


# --- the table model --------------------------------------------------------------------


def test_the_rows_model_is_a_sound_qt_model(qtmodeltester: Any) -> None:
    model = RowsModel(["Name", "Role"])
    model.set_rows([Row(1, ("Bea", "Beheerder")), Row(2, ("Lies", "Lid"), muted=True)])
    qtmodeltester.check(model)
    assert model.row_of(2) == 1
    with pytest.raises(ValueError, match="2 cells"):
        model.set_rows([Row(3, ("only one",))])


# --- members ----------------------------------------------------------------------------


def test_administrator_adds_a_member_who_can_then_unlock(
    qtbot: Any, admin: Admin, qtmodeltester: Any
) -> None:
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    bea = MEMBERS[Role.BEHEERDER][0]
    assert tr("MembersDialog", "{name} (you)").format(name=bea) in member_names(dialog)
    assert len(member_names(dialog)) == 4
    qtmodeltester.check(dialog.model)

    click(qtbot, dialog.add_button)
    form = dialog.add_dialog
    qtbot.keyClicks(form.name, "Nina Nieuw")
    form.role.setCurrentIndex(form.role.findData(Role.COORDINATOR.value))
    qtbot.keyClicks(form.secret.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(form.secret.again, NEW_PASSPHRASE)
    assert form.secret.meter.value() >= 2
    click(qtbot, form.ok_button)
    # While the key is made on the worker the form waits: no second click, no closing.
    assert form.busy and not form.buttons.isEnabled()
    form.reject()
    assert form.isVisible()
    qtbot.waitUntil(lambda: admin.db.idle and "Nina Nieuw" in member_names(dialog))

    assert not form.isVisible()
    nina = dialog.selected()  # the new member is selected
    assert nina is not None and nina.name == "Nina Nieuw"
    cells = dialog.model.row(dialog.model.row_of(nina.id)).cells
    assert cells == ("Nina Nieuw", Role.COORDINATOR.label(current_language()))
    assert "Nina Nieuw" in dialog.status.text()

    admin.shutdown()
    team = team_service.unlock(admin.path, "Nina Nieuw", NEW_PASSPHRASE)
    try:
        assert team.actor.role == Role.COORDINATOR
    finally:
        team.close()


def test_a_too_short_passphrase_shows_the_domain_message_and_adds_nobody(
    qtbot: Any, admin: Admin
) -> None:
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    click(qtbot, dialog.add_button)
    form = dialog.add_dialog
    qtbot.keyClicks(form.name, "Kees Kort")
    qtbot.keyClicks(form.secret.passphrase, "kort")
    qtbot.keyClicks(form.secret.again, "kort")
    click(qtbot, form.ok_button)
    admin.wait()

    expected = problem_text(passphrase_rules.problems("kort", member_name="Kees Kort")[0])
    assert form.secret.message.text() == expected
    assert form.secret.message.isVisible()
    assert form.isVisible()  # the form stays open to correct the passphrase
    # The window grew for the wrapped message instead of clipping it.
    qtbot.waitUntil(lambda: form.height() >= form.layout().totalHeightForWidth(form.width()))
    names = [m.name for m in admin.read(team_service.list_members)]
    assert "Kees Kort" not in names
    assert "Kees Kort" not in member_names(dialog)


def test_two_different_passphrases_are_caught_before_anything_is_sent(
    qtbot: Any, admin: Admin
) -> None:
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    click(qtbot, dialog.add_button)
    form = dialog.add_dialog
    qtbot.keyClicks(form.name, "Nina Nieuw")
    qtbot.keyClicks(form.secret.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(form.secret.again, NEW_PASSPHRASE + "!")
    click(qtbot, form.ok_button)
    assert admin.db.idle
    assert form.secret.again_message.isVisible()
    differ = tr("NewPassphraseFields", "The two passphrases differ.")
    assert form.secret.again_message.text() == differ


def test_removing_a_member_destroys_their_key(
    qtbot: Any, admin: Admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    lies, lies_passphrase = MEMBERS[Role.LID]
    asked: list[str] = []

    def yes(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    select(dialog.table, admin.template.member_ids[Role.LID])
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: admin.db.idle and lies not in member_names(dialog))

    assert len(asked) == 1 and lies in asked[0]
    assert len(member_names(dialog)) == 3
    admin.shutdown()
    with pytest.raises(UnknownMember):
        team_service.unlock(admin.path, lies, lies_passphrase)


def test_keeping_the_last_administrator_is_the_service_rule_shown_in_the_form(
    qtbot: Any, admin: Admin
) -> None:
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    select(dialog.table, admin.info.member_id)
    click(qtbot, dialog.role_button)
    form = dialog.role_dialog
    form.role.setCurrentIndex(form.role.findData(Role.LID.value))
    click(qtbot, form.ok_button)
    admin.wait()

    assert form.isVisible()
    assert form.message.text() == in_language(
        "Er moet altijd minstens één beheerder blijven.",
        "There must always be at least one administrator.",
    )
    roles = {m.id: m.role for m in admin.read(team_service.list_members)}
    assert roles[admin.info.member_id] == Role.BEHEERDER


def test_changing_a_role_shows_the_new_role(qtbot: Any, admin: Admin) -> None:
    lies_id = admin.template.member_ids[Role.LID]
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    select(dialog.table, lies_id)
    click(qtbot, dialog.role_button)
    form = dialog.role_dialog
    form.role.setCurrentIndex(form.role.findData(Role.COORDINATOR.value))
    click(qtbot, form.ok_button)
    label = Role.COORDINATOR.label(current_language())
    qtbot.waitUntil(
        lambda: admin.db.idle and dialog.model.row(dialog.model.row_of(lies_id)).cells[1] == label
    )
    assert dialog.selected() is not None and dialog.selected().id == lies_id


def test_administrator_resets_a_members_passphrase(qtbot: Any, admin: Admin) -> None:
    vera, old = MEMBERS[Role.VOORZITTER]
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    select(dialog.table, admin.template.member_ids[Role.VOORZITTER])
    click(qtbot, dialog.reset_button)
    form = dialog.reset_dialog
    qtbot.keyClicks(form.secret.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(form.secret.again, NEW_PASSPHRASE)
    click(qtbot, form.ok_button)
    qtbot.waitUntil(lambda: admin.db.idle and not form.isVisible())
    assert vera in dialog.status.text()

    admin.shutdown()
    team_service.unlock(admin.path, vera, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        team_service.unlock(admin.path, vera, old)


def test_the_members_dialog_points_to_the_recovery_code(qtbot: Any, admin: Admin) -> None:
    dialog = shown(qtbot, admin, MembersDialog(admin.db, admin.info))
    note = dialog.findChild(QWidget, "recoveryNote")
    assert tr("UnlockPanel", "Recover with recovery code…") in note.text()


def test_a_team_member_sees_the_list_without_the_management_buttons(
    qtbot: Any, admin: Admin
) -> None:
    member = replace(admin.info, role=Role.LID, member_id=admin.template.member_ids[Role.LID])
    dialog = shown(qtbot, admin, MembersDialog(admin.db, member))
    assert len(member_names(dialog)) == 4
    for button in (dialog.add_button, dialog.role_button, dialog.reset_button):
        assert not button.isVisible()


# --- providers, municipalities, lists ---------------------------------------------------


def test_a_provider_is_added_and_appears_in_the_table(
    qtbot: Any, admin: Admin, qtmodeltester: Any
) -> None:
    dialog = shown(qtbot, admin, ProvidersDialog(admin.db, admin.info))
    assert dialog.model.rowCount() == 0
    click(qtbot, dialog.add_button)
    form = dialog.form
    qtbot.keyClicks(form.name, "Jeugdhulp De Brug")
    qtbot.keyClicks(form.contact_name, "Sanne de Vries")
    qtbot.keyClicks(form.phone, "050 123 45 67")
    qtbot.keyClicks(form.email, "intake-at-debrug")
    form.offers.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, form.save_button)
    admin.wait()
    assert form.isVisible()
    assert form.field_messages["email"].text() == in_language(
        "Dit e-mailadres klopt niet.", "This e-mail address is not valid."
    )

    form.email.clear()
    qtbot.keyClicks(form.email, "intake@debrug.example")
    # The sociale kaart: ages 4 to 18, a wait of 6 weeks, the team's region.
    form.min_age.setValue(4)
    form.max_age.setValue(18)
    form.wait_weeks.setValue(6)
    form.region.setCurrentIndex(form.region.findData("JZ01"))
    qtbot.keyClicks(form.capacity_note, "2 plekken vrij")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: admin.db.idle and dialog.model.rowCount() == 1)

    first_offer = reference.DEFAULT_LISTS[ListKind.OFFER_CATEGORY][0]
    cells = dialog.model.row(0).cells
    assert cells[:4] == (
        "Jeugdhulp De Brug",
        "Sanne de Vries",
        "050 123 45 67",
        "intake@debrug.example",
    )
    assert cells[4] == "4–18"
    assert cells[6] == (first_offer[2] if current_language() == "en" else first_offer[1])
    qtmodeltester.check(dialog.model)
    stored = admin.read(reference.providers)
    assert [p.name for p in stored] == ["Jeugdhulp De Brug"]
    assert stored[0].offer_codes == (first_offer[0],)
    assert (stored[0].min_age, stored[0].max_age, stored[0].wait_weeks) == (4, 18, 6)
    assert (stored[0].region_code, stored[0].capacity_note) == ("JZ01", "2 plekken vrij")


def test_a_municipality_is_switched_inactive(qtbot: Any, admin: Admin, qtmodeltester: Any) -> None:
    dialog = shown(qtbot, admin, MunicipalitiesDialog(admin.db, admin.info))
    assert dialog.model.rowCount() > 300
    qtmodeltester.check(dialog.model)
    qtbot.keyClicks(dialog.filter, "GM0014")
    assert dialog.model.rowCount() == 1
    select(dialog.table, "GM0014")
    assert dialog.toggle_button.text() == tr("MunicipalitiesDialog", "Make inactive")
    click(qtbot, dialog.toggle_button)
    no = tr("MunicipalitiesDialog", "No")
    qtbot.waitUntil(lambda: admin.db.idle and dialog.model.row(0).cells[4] == no)

    assert dialog.model.row(0).muted
    # Still selected after the refresh:
    assert dialog.toggle_button.text() == tr("MunicipalitiesDialog", "Make active")
    every = admin.read(lambda uow: reference.municipalities(uow, include_inactive=True))
    assert {m.cbs_code: m.active for m in every}["GM0014"] is False
    active = admin.read(reference.municipalities)
    assert "GM0014" not in {m.cbs_code for m in active}


def test_a_problem_area_is_added_to_the_list(qtbot: Any, admin: Admin, qtmodeltester: Any) -> None:
    dialog = shown(qtbot, admin, ListsDialog(admin.db, admin.info))
    assert dialog.current_kind() == ListKind.PROBLEM_AREA
    before = dialog.model.rowCount()
    qtmodeltester.check(dialog.model)

    click(qtbot, dialog.add_button)  # nothing typed: the service's message under the field
    admin.wait()
    assert dialog.label_message.text() == in_language("Geef een omschrijving.", "Give a label.")

    qtbot.keyClicks(dialog.new_label, "Eenzaamheid")
    qtbot.keyClicks(dialog.new_label_en, "Loneliness")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: admin.db.idle and "Eenzaamheid" in dialog.model.column_texts(0))

    assert dialog.model.rowCount() == before + 1
    assert not dialog.label_message.isVisible()
    assert dialog.selected() is not None and dialog.selected().label == "Eenzaamheid"
    assert dialog.new_label.text() == ""
    items = admin.read(lambda uow: reference.list_items(uow, ListKind.PROBLEM_AREA))
    assert ("Eenzaamheid", "Loneliness") in {(i.label, i.label_en) for i in items}


def test_a_bottleneck_is_retired_and_stays_in_the_list(qtbot: Any, admin: Admin) -> None:
    dialog = shown(qtbot, admin, ListsDialog(admin.db, admin.info))
    dialog.kind.setCurrentIndex(dialog.kind.findData(ListKind.BOTTLENECK.value))
    admin.wait()
    codes = dialog.model.column_texts(2)
    assert "waiting_list" in codes
    waiting = next(i for i in dialog.items.values() if i.code == "waiting_list")
    select(dialog.table, waiting.id)
    click(qtbot, dialog.toggle_button)
    admin.wait()
    assert dialog.model.row(dialog.model.row_of(waiting.id)).cells[3] == tr("ListsDialog", "No")
    active = admin.read(lambda uow: reference.list_items(uow, ListKind.BOTTLENECK))
    assert "waiting_list" not in {i.code for i in active}


def test_the_closing_results_are_a_list_the_team_manages(qtbot: Any, admin: Admin) -> None:
    """Shown in the language in use; an added result can close a case, a retired one not."""
    dialog = shown(qtbot, admin, ListsDialog(admin.db, admin.info))
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert ListKind.CLOSING_RESULT.label(current_language()) in kinds
    dialog.kind.setCurrentIndex(dialog.kind.findData(ListKind.CLOSING_RESULT.value))
    admin.wait()
    assert dialog.model.column_texts(2)[:2] == ["goals_achieved", "goals_partly"]
    assert "Doelen behaald" in dialog.model.column_texts(0)
    assert "Goals achieved" in dialog.model.column_texts(1)

    qtbot.keyClicks(dialog.new_label, "Overgedragen aan volwassenenzorg")
    qtbot.keyClicks(dialog.new_label_en, "Handed over to adult care")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(
        lambda: admin.db.idle and "Overgedragen aan volwassenenzorg" in dialog.model.column_texts(0)
    )
    moved = next(i for i in dialog.items.values() if i.code == "moved_away")
    select(dialog.table, moved.id)
    assert dialog.toggle_button.text() == tr("ListsDialog", "Make inactive")
    click(qtbot, dialog.toggle_button)
    admin.wait()
    assert dialog.model.row(dialog.model.row_of(moved.id)).cells[3] == tr("ListsDialog", "No")

    offered = admin.read(lambda uow: closing.closing_results(uow))
    codes = [r.code for r in offered]
    assert "moved_away" not in codes
    assert codes[-1] == "overgedragen_aan_volwassenenzorg"  # added at the end of the list


# --- team settings ----------------------------------------------------------------------


def test_team_settings_change_the_target_lead_time(qtbot: Any, admin: Admin) -> None:
    dialog = shown(qtbot, admin, TeamSettingsDialog(admin.db, admin.info))
    spin = dialog.numbers["target_lead_time_weeks"]
    assert spin.value() == admin.info.target_lead_time_weeks
    assert dialog.team_name.text() == admin.info.team_name

    spin.clear()
    qtbot.keyClicks(spin, "0")
    click(qtbot, dialog.save_button)
    admin.wait()
    message = dialog.field_messages["target_lead_time_weeks"]
    assert message.isVisible()
    assert message.text() == in_language(
        "Kies een getal van 1 tot en met 52.", "Choose a number from 1 to 52."
    )

    spin.clear()
    qtbot.keyClicks(spin, "8")
    click(qtbot, dialog.save_button)
    admin.wait()
    assert not message.isVisible()
    assert dialog.status.text() == tr("TeamSettingsDialog", "The settings are saved.")
    assert admin.read(settings.read_settings).target_lead_time_weeks == 8


def test_the_letterhead_takes_a_logo_and_refuses_a_file_that_is_no_image(
    qtbot: Any, admin: Admin, monkeypatch: Any, tmp_path: Any
) -> None:
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    logo = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    assert image.save(str(logo))
    not_an_image = tmp_path / "logo.jpg"
    not_an_image.write_text("geen plaatje")
    dialog = shown(qtbot, admin, TeamSettingsDialog(admin.db, admin.info))
    assert dialog.objection_route.toPlainText().startswith("Dit advies is bindend")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_an_image), ""))
    click(qtbot, dialog.choose_logo)
    click(qtbot, dialog.save_button)
    admin.wait()
    assert dialog.field_messages["letter_logo_b64"].text() == in_language(
        "Het logo moet een PNG- of JPEG-afbeelding zijn.", "The logo must be a PNG or JPEG image."
    )

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    click(qtbot, dialog.choose_logo)
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.keyClicks(dialog.letter_contact, "050 000 00 00 · expertteam@voorbeeld.invalid")
    click(qtbot, dialog.save_button)
    admin.wait()
    stored = admin.read(settings.read_settings)
    assert base64.b64decode(stored.letter_logo_b64) == logo.read_bytes()
    assert stored.letter_contact == "050 000 00 00 · expertteam@voorbeeld.invalid"


# --- access log, check, backup ----------------------------------------------------------


def test_the_recent_access_log_shows_entries_and_its_chain_verifies(
    qtbot: Any, admin: Admin, qtmodeltester: Any
) -> None:
    dialog = shown(qtbot, admin, RecentAccessLogDialog(admin.db, admin.info))
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)
    bea = MEMBERS[Role.BEHEERDER][0]
    assert bea in dialog.model.column_texts(1)
    when = dialog.model.row(0).cells[0]
    assert len(when) == 16 and when[2] == "-" and when[5] == "-"  # DD-MM-YYYY HH:MM
    before = dialog.model.rowCount()

    click(qtbot, dialog.verify_button)
    assert not dialog.verify_button.isEnabled() and not dialog.refresh_button.isEnabled()
    # Reading the log is itself logged (once per opening), and so is verifying it.
    qtbot.waitUntil(lambda: admin.db.idle and dialog.model.rowCount() == before + 2)
    verified = tr("RecentAccessLogDialog", "Verified: the chain is unbroken ({count} entries).")
    assert dialog.verify_result.text() == verified.format(count=before + 1)
    assert admin.read(access_log.verify).ok


def test_check_shows_every_finding_ok(qtbot: Any, admin: Admin) -> None:
    dialog = shown(qtbot, admin, CheckDialog(admin.db, admin.info))
    results = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert len(results) == len(dialog.findings) >= 5
    assert set(results) == {tr("CheckDialog", "ok")}
    assert dialog.summary.text() == tr("CheckDialog", "All checks passed.")
    assert dialog.table.item(0, 1).text() == dialog.findings[0].text(current_language())


def test_a_backup_writes_the_database_and_its_key_file(
    qtbot: Any, admin: Admin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backups" / "kopie"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    parent = QWidget()
    qtbot.addWidget(parent)

    screens.open_backup(parent, admin.db, admin.info)
    dialog = parent.findChild(BackupDialog)
    assert dialog is not None
    admin.wait()

    database, keys = tmp_path / "backups" / "kopie.etdb", tmp_path / "backups" / "kopie.etdb.keys"
    assert database.exists() and keys.exists()
    assert dialog.files.text().splitlines() == [str(database), str(keys)]
    assert dialog.message.text() == ""

    admin.shutdown()
    name, passphrase = MEMBERS[Role.BEHEERDER]
    team_service.unlock(database, name, passphrase).close()


def test_a_backup_never_replaces_a_file(
    qtbot: Any, admin: Admin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kopie.etdb"
    target.write_bytes(b"something else")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    screens.open_backup(parent, admin.db, admin.info)
    dialog = parent.findChild(BackupDialog)
    admin.wait()
    assert target.read_bytes() == b"something else"
    assert dialog.status.text() == tr("BackupDialog", "No backup was made.")
    assert "kopie.etdb" in dialog.message.text()


def test_cancelling_the_file_choice_makes_no_backup(
    qtbot: Any, admin: Admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    screens.open_backup(parent, admin.db, admin.info)
    assert parent.findChild(BackupDialog) is None
    assert admin.db.idle


# --- my passphrase, language ------------------------------------------------------------


def test_changing_my_passphrase(qtbot: Any, admin: Admin) -> None:
    name, old = MEMBERS[Role.BEHEERDER]
    dialog = shown(qtbot, admin, PassphraseDialog(admin.db, admin.info))
    qtbot.keyClicks(dialog.current, "not my passphrase at all")
    qtbot.keyClicks(dialog.secret.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.secret.again, NEW_PASSPHRASE)
    click(qtbot, dialog.ok_button)
    admin.wait()
    assert dialog.current_message.text() == in_language(
        "Het huidige wachtwoord klopt niet.", "The current passphrase is wrong."
    )

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, old)
    click(qtbot, dialog.ok_button)
    admin.wait()
    assert dialog.status.text() == tr(
        "PassphraseDialog", "Your passphrase is changed. Use the new one from now on."
    )
    assert not dialog.current_message.isVisible()

    # A later change of the key file through the open session keeps the new passphrase.
    def add(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            team_service.add_member(uow, "Nina Nieuw", Role.LID, "een andere lange zin")

    admin.call(add)
    admin.shutdown()
    team_service.unlock(admin.path, name, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        team_service.unlock(admin.path, name, old)


def test_language_choice_is_stored_for_the_next_start(qtbot: Any, tmp_path: Path) -> None:
    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    parent = QWidget()
    qtbot.addWidget(parent)
    screens.open_language(parent, prefs)
    dialog = parent.findChild(LanguageDialog)
    assert dialog.choices["system"].isChecked()
    note = tr(
        "LanguageDialog",
        "The new language applies the next time you start Expertteam. “System” "
        "follows the computer: English when it is set to English, otherwise Dutch.",
    )
    assert dialog.findChild(QWidget, "languageNote").text() == note
    english = dialog.choices["en"]
    # A radio button reacts on its circle and its words, not the empty width beside them.
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton, pos=QPoint(6, english.height() // 2))
    assert dialog.chosen() == "en"
    buttons = dialog.findChild(QDialogButtonBox)
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert prefs.language == "en"


# --- the openers the main window calls ---------------------------------------------------


@pytest.mark.parametrize(
    ("opener", "dialog_class"),
    [
        (screens.open_members, MembersDialog),
        (screens.open_team_settings, TeamSettingsDialog),
        (screens.open_providers, ProvidersDialog),
        (screens.open_municipalities, MunicipalitiesDialog),
        (screens.open_lists, ListsDialog),
        (screens.open_access_log, RecentAccessLogDialog),
        (screens.open_check, CheckDialog),
        (screens.open_passphrase, PassphraseDialog),
    ],
)
def test_each_opener_opens_its_dialog_which_is_deleted_when_closed(
    qtbot: Any, admin: Admin, opener: Callable[..., None], dialog_class: type[QDialog]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    opener(parent, admin.db, admin.info)
    dialog = parent.findChild(dialog_class)
    assert dialog is not None and dialog.isVisible()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    admin.wait()
    assert admin.errors == []
    assert dialog.findChild(QWidget, "dialogMessage").text() == ""
    dialog.close()


# --- the work list's thresholds ----------------------------------------------------------


def test_the_work_list_thresholds_are_saved_from_their_own_section(
    qtbot: Any, admin: Admin
) -> None:
    dialog = shown(qtbot, admin, TeamSettingsDialog(admin.db, admin.info))
    section = dialog.findChild(QWidget, "workListSettings")
    assert section is not None and section.isVisible()
    spin = dialog.numbers["provider_answer_days"]
    assert section.isAncestorOf(spin)
    assert spin.value() == 10 and dialog.numbers["turning_18_months"].value() == 6

    spin.clear()
    qtbot.keyClicks(spin, "0")
    click(qtbot, dialog.save_button)
    admin.wait()
    message = dialog.field_messages["provider_answer_days"]
    assert message.isVisible()
    assert message.text() == in_language(
        "Kies een getal van 1 tot en met 90.", "Choose a number from 1 to 90."
    )

    spin.clear()
    qtbot.keyClicks(spin, "14")
    click(qtbot, dialog.save_button)
    admin.wait()
    assert not message.isVisible()
    assert dialog.status.text() == tr("TeamSettingsDialog", "The settings are saved.")
    saved = admin.read(settings.read_settings)
    assert saved.provider_answer_days == 14 and saved.turning_18_months == 6
