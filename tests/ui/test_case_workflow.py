"""The main window as a coordinator uses it: register through the form (with a refused BSN
and a duplicate warning), find the case, move it through its life, lock and unlock without
losing what was typed, guard unsaved changes, undo the last save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from expertteam_app.domain.enums import CaseStatus, Relation, Role
from expertteam_app.services import cases
from tests.support.cases import draft
from tests.support.team import MEMBERS
from tests.ui.conftest import run_sync, wait
from ui.case_dialogs import EscalationDialog
from ui.case_form import CaseForm
from ui.case_header import ReasonDialog
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext


def register_via_service(qtbot, db, **changes) -> cases.RegisteredCase:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> cases.RegisteredCase:
        with ctx.unit_of_work() as uow:
            return cases.register_case(uow, draft(**changes))

    result = run_sync(qtbot, db, op)
    assert isinstance(result, cases.RegisteredCase)
    return result


def fill(form: CaseForm, *, bsn: str = "999990019") -> None:
    form.first_name.setText("Sem")
    form.last_name.setText("Visser")
    form.date_of_birth.setText("04-03-2012")
    form.bsn.setText(bsn)
    form.residence.setCurrentText("Groningen")
    form.referrer_type.setCurrentIndex(1)
    form.question.setPlainText("Thuiszitter; geen passende school en zorg.")
    mother = form.household.add_row()
    mother.relation.setCurrentIndex(mother.relation.findData(Relation.MOTHER))
    mother.first_name.setText("Ria")
    mother.last_name.setText("Visser")
    mother.custody.setChecked(True)
    for party_index in (0, 1):  # the young person, then the mother with custody
        row = form.consents.add_row()
        row.who.setCurrentIndex(party_index)
        row.given_on.setText("01-11-2026")


def test_register_a_case_with_a_refused_bsn_first(qtbot, db, window):
    main = window()
    tab = main.new_registration()
    assert isinstance(tab, CaseTab)
    form = tab.form
    fill(form, bsn="999990018")
    message = form._messages["young_person.bsn"]
    assert message.isVisibleTo(form) and "elfproef" in message.text()
    form.save()
    wait(qtbot, db)
    assert form.detail is None
    assert "elfproef" in message.text()
    assert "⚠" in form.sections.tabText(0)
    form.bsn.setText("999990019")
    qtbot.waitUntil(lambda: not message.text())
    form.save()
    wait(qtbot, db)
    assert form.detail is not None and form.detail.reference.startswith("ET-")
    assert not form.dirty
    assert tab.header.isVisible() and form.detail.reference in tab.header.title.text()
    assert "Aangemeld" in tab.header.facts.text()
    assert form.detail.consent_missing == ()


def test_a_duplicate_is_flagged_while_typing(qtbot, db, window):
    main = window()
    existing = register_via_service(qtbot, db, bsn="999990019")
    form = main.new_registration().form
    form.bsn.setText("999990019")
    qtbot.waitUntil(lambda: form.duplicates.isVisibleTo(form), timeout=5_000)
    assert existing.reference in form.duplicates.text()
    assert "zelfde BSN" in form.duplicates.text()


def test_the_new_case_is_found_by_search_and_opens_from_the_list(qtbot, db, window):
    main = window()
    registered = register_via_service(qtbot, db, first="Noor", last="Hendriks", prefix="", bsn="")
    register_via_service(qtbot, db, first="Sem", last="Bakker", prefix="", bsn="")
    page = main.list_page
    page.refresh()
    wait(qtbot, db)
    assert page.model.rowCount() == 2
    page.search.setText("hendr")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.loading, timeout=5_000)
    index = page.model.index(0, 3)
    assert page.model.data(index) == "Noor Hendriks"
    qtbot.waitUntil(lambda: page.count_label.text() == "1 casus(sen)", timeout=5_000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Noor Hendriks" in page.preview.toPlainText(), timeout=5_000)
    page.open_button.click()
    qtbot.waitUntil(lambda: len(main.case_tabs()) == 1, timeout=5_000)
    assert main.case_tabs()[0].case_id == registered.case_id


def test_the_case_moves_through_its_lifecycle_with_the_buttons_the_role_allows(
    qtbot, db, window, monkeypatch
):
    main = window(Role.VOORZITTER)
    registered = register_via_service(qtbot, db)
    main.open_case(registered.case_id)
    wait(qtbot, db)
    tab = main.case_tabs()[0]

    def accept(self):  # type: ignore[no-untyped-def]
        self.reason.setPlainText("Reden in het dossier.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", accept)
    button_type = type(tab.header.access_log)
    for target in (CaseStatus.IN_BEHANDELING, CaseStatus.OPGESCHAALD):
        button = tab.header.findChild(button_type, f"move_{target.value}")
        assert button is not None, f"no button for {target}"
        # The agenda and the advice are not buttons: a meeting and the advice editor move
        # the case there.
        assert tab.header.findChild(button_type, "move_geagendeerd") is None
        assert tab.header.findChild(button_type, "move_advies_uitgebracht") is None
        button.click()
        if target == CaseStatus.OPGESCHAALD:  # escalating asks level, to whom and why
            dialog = tab.header.dialog
            assert isinstance(dialog, EscalationDialog)
            dialog.to_whom.setText("Bovenregionaal expertteam Noord")
            dialog.reason.setPlainText("Reden in het dossier.")
            dialog.ok_button.click()
        wait(qtbot, db)
        assert target.label("nl") in tab.header.facts.text()
    assert tab.form.detail is not None and tab.form.detail.status == CaseStatus.OPGESCHAALD
    close = tab.header.findChild(button_type, "move_afgesloten")
    assert close is not None


def test_a_team_member_reads_but_cannot_change_or_move(qtbot, db, window, open_team):
    coordinator = open_team(Role.COORDINATOR)
    with coordinator.unit_of_work() as uow:
        registered = cases.register_case(uow, draft())
    coordinator.close()
    main = window(Role.LID)
    main.open_case(registered.case_id)
    wait(qtbot, db)
    tab = main.case_tabs()[0]
    assert not tab.form.save_button.isVisible()
    assert tab.form.first_name.isReadOnly()
    assert [
        b.objectName()
        for b in tab.header.findChildren(type(tab.header.access_log))
        if b.objectName().startswith("move_")
    ] == []
    assert not main.new_action.isEnabled()
    assert not tab.header.access_log.isVisible()


def test_lock_hides_everything_drops_the_key_and_unlocking_keeps_the_typing(qtbot, db, window):
    main = window()
    form = main.new_registration().form
    form.first_name.setText("Half")
    form.question.setPlainText("Nog niet opgeslagen tekst")
    main.lock()
    wait(qtbot, db)
    assert main.stack.currentWidget() is main.lock_page
    assert main.list_page.model.rowCount() == 0
    assert run_sync(qtbot, db, lambda ctx: ctx.state.team is None) is True
    panel = main.lock_panel
    assert (
        not panel.member.isEnabled() and panel.member.currentText() == MEMBERS[Role.COORDINATOR][0]
    )
    panel.passphrase.setText("fout fout fout fout")
    panel.unlock_button.click()
    wait(qtbot, db)
    assert main.locked and "Onjuist wachtwoord" in panel.error.text()
    panel.passphrase.setText(MEMBERS[Role.COORDINATOR][1])
    panel.unlock_button.click()
    wait(qtbot, db)
    assert not main.locked and main.stack.currentWidget() is main.tabs
    assert form.first_name.text() == "Half"
    assert form.question.toPlainText() == "Nog niet opgeslagen tekst"
    assert form.dirty


def test_ctrl_l_locks(qtbot, db, window):
    main = window()
    main.lock_action.trigger()
    assert main.locked


def test_closing_a_tab_with_unsaved_changes_asks_first(qtbot, db, window, monkeypatch):
    main = window()
    tab = main.new_registration()
    tab.form.first_name.setText("Onaf")
    index = main.tabs.indexOf(tab)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    assert not main.close_tab(index)
    assert main.tabs.indexOf(tab) == index
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    assert main.close_tab(index)
    assert tab not in main.case_tabs()


def test_undo_puts_back_the_last_save_and_deletes_nothing(qtbot, db, window, monkeypatch):
    main = window()
    registered = register_via_service(qtbot, db)
    main.open_case(registered.case_id)
    wait(qtbot, db)
    form = main.case_tabs()[0].form
    assert not form.undo_button.isEnabled()  # a fresh registration has nothing to undo
    original = form.question.toPlainText()
    form.question.setPlainText("Een gewijzigde vraag.")
    form.save()
    wait(qtbot, db)
    assert form.undo_button.isEnabled()
    monkeypatch.setattr(CaseForm, "_confirm_undo", lambda self, last: True)
    form.undo_button.click()
    wait(qtbot, db)
    assert form.question.toPlainText() == original
    assert form.detail is not None and form.detail.reference == registered.reference
    assert "ongedaan" in form.status.text()


def test_household_with_custody_feeds_the_consent_choices(qtbot, db, window):
    main = window()
    form = main.new_registration().form
    form.date_of_birth.setText("01-01-2014")
    row = form.household.add_row()
    row.first_name.setText("Ria")
    row.custody.setChecked(True)
    consent = form.consents.add_row()
    options = [consent.who.itemText(i) for i in range(consent.who.count())]
    assert options[0] == "De jeugdige" and options[1].startswith("Ria")
    assert "Ontbreekt" in form.consent_status.text()


def test_the_window_locks_itself_after_the_teams_idle_time(qtbot, db, window):
    main = window()
    assert main.idle.limit_seconds == 10 * 60  # the team's default
    main.idle.limit_seconds = 0  # as if ten quiet minutes had passed
    main.idle._check()
    assert main.locked and main.stack.currentWidget() is main.lock_page


def test_a_demo_database_says_demo_in_the_title(qtbot, db, prefs, tmp_path):
    from expertteam_app.services import demo
    from ui import session

    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=2)
    info = run_sync(qtbot, db, session.unlock(made.path, "Demo Lid", made.passphrase))
    main = MainWindow(db, prefs, info)  # type: ignore[arg-type]
    qtbot.addWidget(main)
    wait(qtbot, db)
    assert main.windowTitle().startswith("DEMO — Expertteam — Expertteam Groningen (demo)")
    assert "Demo Lid (Lid expertteam)" in main.windowTitle()
