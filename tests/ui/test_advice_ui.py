"""The binding advice in the window, driven through its real widgets on a real encrypted
team database: build it with care items picked from the sociale kaart, save, issue (the
chair only), see it frozen, change it by a new version, compare versions, print the letter.

The window runs on the real clock, so every date here is relative to date.today()."""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPlainTextEdit, QPushButton

from expertteam_app.domain.enums import Role
from expertteam_app.services import advice
from tests.support.advice import Table, plan_table, two_item_draft
from tests.ui.conftest import run_sync, wait
from ui import documents
from ui.advice.advice_editor import AdviceEditor, CareItemRow
from ui.advice.provider_picker import ProviderPicker
from ui.formatting import day
from ui.main_window import CaseTab, MainWindow
from ui.worker import JobContext

TODAY = date.today()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def table(qtbot: Any, db: Any, unlocked: Any) -> Table:
    """Three cases on a meeting's agenda and two providers, set up by the coordinator (who
    plans meetings and keeps the sociale kaart)."""
    unlocked(Role.COORDINATOR)
    result = run_sync(qtbot, db, lambda ctx: plan_table(ctx.team))
    assert isinstance(result, Table)
    return result


def t(text: str, context: str = "AdviceEditor") -> str:
    """What the window shows for `text` in the language installed for the tests."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def open_advice(
    qtbot: Any, db: Any, main: MainWindow, case_id: int
) -> tuple[CaseTab, AdviceEditor]:
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    assert isinstance(tab.advice, AdviceEditor)
    tab.areas.setCurrentWidget(tab.advice)
    qtbot.waitUntil(lambda: tab.advice.loaded, timeout=10_000)
    wait(qtbot, db)
    return tab, tab.advice


def service_issue(qtbot: Any, db: Any, table: Table, case_id: int) -> None:
    """Version 1 saved and issued through the service, as the chair who is signed in."""

    def op(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            state = advice.save_draft(uow, case_id, two_item_draft(table.provider_ids, today=TODAY))
        assert state.draft is not None
        with ctx.unit_of_work() as uow:
            advice.issue_advice(uow, state.draft.id)

    run_sync(qtbot, db, op)


def pick_provider(qtbot: Any, db: Any, editor: AdviceEditor, row: CareItemRow, search: str) -> None:
    row.choose_provider.click()
    picker = editor.picker
    assert isinstance(picker, ProviderPicker) and picker.isVisible()
    # Generous waits: on a loaded 2-core machine the worker's search can take seconds.
    qtbot.waitUntil(lambda: picker.loaded, timeout=15_000)
    picker.search.setText(search)
    qtbot.waitUntil(
        lambda: picker.model.rowCount() == 1 and search in picker.model.row(0).cells[0],
        timeout=15_000,
    )
    picker.table.selectRow(0)
    picker.choose_button.click()
    assert not picker.isVisible()


def fill_care_item(
    qtbot: Any,
    db: Any,
    editor: AdviceEditor,
    *,
    kind: str,
    search: str,
    intensity: str,
    start: date,
    cost: str,
) -> CareItemRow:
    editor.care.add_button.click()
    row = editor.care.rows[-1]
    row.care_kind.setCurrentIndex(row.care_kind.findData(kind))
    pick_provider(qtbot, db, editor, row, search)
    row.intensity.setText(intensity)
    row.latest_start.setText(day(start))
    row.cost.setText(cost)
    row.cost.editingFinished.emit()
    return row


def fill_goal(
    editor: AdviceEditor, text: str, measure: str, target: date, evaluation: date
) -> None:
    editor.goals.add_button.click()
    goal = editor.goals.rows[-1]
    goal.description.setText(text)
    goal.measure.setText(measure)
    goal.target_date.setText(day(target))
    goal.evaluation_date.setText(day(evaluation))


def confirm(editor: AdviceEditor) -> None:
    assert editor.confirm_box is not None and editor.confirm_box.isVisible()
    assert editor.confirm_button is not None
    editor.confirm_button.click()


def test_the_chair_builds_saves_and_issues_an_advice(qtbot, db, table, window):
    main = window(Role.VOORZITTER)
    tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    assert editor.headline.text() == t("No advice yet")
    # Addressees come from the case: the referrer, the mother with custody, the municipality.
    names = [row.name.text() for row in editor.recipients.rows]
    assert "Els Wijkwerker" in names and "Gemeente Groningen" in names
    # Before the advice the case is past the team's target lead time.
    assert tab.header.warning.isVisibleTo(tab.header)

    first = fill_care_item(
        qtbot,
        db,
        editor,
        kind="intensive_family",
        search="Horizon",
        intensity="3 uur per week, 6 maanden",
        start=TODAY + timedelta(days=14),
        cost="12500,50",
    )
    assert first.provider.text() == "Zorggroep Horizon (synthetisch)"
    assert first.cost.text() == "€ 12.500,50"  # typed in Dutch notation, shown back formatted
    assert first.funding.currentText() == "Groningen"  # the case's funding municipality
    fill_care_item(
        qtbot,
        db,
        editor,
        kind="family_home",
        search="Linde",
        intensity="Voltijds",
        start=TODAY + timedelta(days=30),
        cost="48.000",
    )
    assert "€ 60.500,50" in editor.totals.text()
    assert "Groningen € 60.500,50" in editor.totals.text()
    fill_goal(
        editor,
        "Daan gaat weer drie dagen per week naar school",
        "Aanwezigheid volgens schoolregistratie",
        TODAY + timedelta(days=200),
        TODAY + timedelta(days=120),
    )
    fill_goal(
        editor,
        "Moeder voelt zich gesteund in de opvoeding",
        "Schaalvraag 1-10",
        TODAY + timedelta(days=260),
        TODAY + timedelta(days=180),
    )
    editor.director_name.setText("Els Wijkwerker")
    editor.director_organisation.setText("Wijkteam Noord")
    editor.rationale.setPlainText("Passende hulp is nodig op korte termijn.")
    assert editor.dirty

    editor.save_button.click()
    wait(qtbot, db)
    assert editor.state is not None and editor.state.draft is not None
    assert editor.headline.text() == t("Draft advice — version {n}").format(n=1)
    assert t("Draft saved at {time}.").split("{time}")[0] in editor.status.text()
    assert not editor.dirty
    saved = editor.state.draft
    assert [c.provider_name for c in saved.care_items] == [
        "Zorggroep Horizon (synthetisch)",
        "Gezinshuis De Linde (synthetisch)",
    ]
    assert [str(c.expected_cost) for c in saved.care_items] == ["12500.50", "48000.00"]
    assert len(saved.goals) == 2
    wait(qtbot, db)
    assert editor.problem_texts() == {}  # nothing stands in the way of issuing

    editor.issue_button.click()
    assert editor.confirm_box is not None
    assert "bindend" in editor.confirm_box.informativeText() or "binding" in (
        editor.confirm_box.informativeText()
    )
    confirm(editor)
    wait(qtbot, db)
    assert editor.state.current is not None and editor.state.current.number == 1
    assert editor.headline.text() == t("Issued advice — version {n}").format(n=1)
    assert "Vera Voorzit" in editor.state_label.text()
    qtbot.waitUntil(lambda: "Advies uitgebracht" in tab.header.facts.text(), timeout=5_000)
    assert not tab.header.warning.isVisibleTo(tab.header)  # the lead-time clock stopped
    wait(qtbot, db)


def inputs_accepting_edits(editor: AdviceEditor) -> list[str]:
    found = []
    for edit in editor.content.findChildren(QLineEdit):
        if not edit.isReadOnly() and edit.isEnabledTo(editor):
            found.append(edit.objectName() or type(edit).__name__)
    for text in editor.content.findChildren(QPlainTextEdit):
        if not text.isReadOnly():
            found.append(text.objectName())
    for combo in editor.content.findChildren(QComboBox):
        if combo.isEnabled():
            found.append(combo.objectName())
    for button in editor.content.findChildren(QPushButton):
        if button.isVisibleTo(editor) and button.isEnabled():
            found.append(button.objectName() or button.text())
    if editor.no_new_care.isEnabled():
        found.append("noNewCare")
    return found


def test_an_issued_advice_is_read_only_and_the_service_refuses_a_save(qtbot, db, table, window):
    main = window(Role.VOORZITTER)
    service_issue(qtbot, db, table, table.case_ids[0])
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    assert editor.headline.text() == t("Issued advice — version {n}").format(n=1)
    assert len(editor.care.rows) == 2 and len(editor.goals.rows) == 2
    assert inputs_accepting_edits(editor) == []
    assert not editor.save_button.isEnabled() and not editor.issue_button.isEnabled()
    assert not editor.discard_button.isEnabled()
    assert editor.new_version_button.isEnabled() and editor.letter_button.isEnabled()

    editor.save()  # as if a shortcut slipped through: the service has the last word
    wait(qtbot, db)
    assert "uitgebracht en ligt vast" in editor.status.text()
    assert editor.state is not None and editor.state.current is not None
    assert editor.state.draft is None


def test_a_new_version_with_a_reason_is_issued_and_its_difference_shown(qtbot, db, table, window):
    main = window(Role.VOORZITTER)
    service_issue(qtbot, db, table, table.case_ids[0])
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])

    editor.new_version_button.click()
    dialog = editor.reason_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.buttons()[0]
    dialog.reason.setPlainText("Gezinshuis heeft pas later plek; deeltijds starten")
    assert ok.isEnabled()
    dialog.buttons.accepted.emit()
    wait(qtbot, db)
    assert editor.state is not None and editor.state.draft is not None
    assert editor.state.draft.number == 2
    assert editor.headline.text() == t("Draft advice — version {n}").format(n=2)
    assert "deeltijds starten" in editor.state_label.text()
    assert inputs_accepting_edits(editor)  # the draft is editable again
    assert not editor.new_version_button.isEnabled()  # one draft at a time

    editor.care.rows[1].intensity.setText("Deeltijds, 3 dagen per week")
    editor.issue_button.click()
    confirm(editor)  # saves what is on screen, then issues it
    wait(qtbot, db)
    assert editor.state.current is not None and editor.state.current.number == 2
    assert (
        t("version {n} of {date}").format(n=1, date="") in editor.state_label.text()
    )  # the superseded version is named

    editor.versions_button.click()
    versions = editor.versions_dialog
    assert versions is not None and versions.isVisible()
    assert versions.model.rowCount() == 2
    assert versions.model.row(0).cells[:2] == ("2", "van kracht")  # the window speaks Dutch
    assert versions.model.row(1).cells[:2] == ("1", "vervangen")
    rows = versions.difference_rows()
    assert len(rows) == 1
    what, before, after = rows[0]
    assert what == "In te zetten hulp 2"
    assert "Voltijds" in before and "Deeltijds, 3 dagen per week" in after
    versions.select_version(1)
    assert versions.difference_rows() == []
    assert versions.caption.text() == t(
        "Version {number} is the first version: nothing to compare.", "VersionsDialog"
    ).format(number=1)


def test_problems_appear_next_to_their_field_while_typing(qtbot, db, table, window):
    main = window(Role.VOORZITTER)
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    editor.care.add_button.click()
    row = editor.care.rows[0]
    row.cost.setText("1.250,0x")
    # What cannot be read is said at once, before the worker answers.
    assert "1.250,00" in row.messages["expected_cost"].text()
    row.cost.setText("-100")
    row.latest_start.setText(day(TODAY - timedelta(days=1)))
    qtbot.waitUntil(
        lambda: (
            "negatief" in row.messages["expected_cost"].text()
            and "na de adviesdatum" in row.messages["latest_start"].text()
        ),
        timeout=5_000,
    )
    assert row.messages["expected_cost"].isVisibleTo(editor)
    # Fields not touched yet stay quiet while typing.
    assert row.messages["provider"].text() == ""
    assert editor._messages["rationale"].text() == ""
    row.cost.setText("250")
    qtbot.waitUntil(lambda: row.messages["expected_cost"].text() == "", timeout=5_000)

    editor.save_button.click()  # an incomplete row is refused by the service
    wait(qtbot, db)
    assert editor.state is not None and editor.state.draft is None
    assert "Vul bij deze hulp" in row.message.text()
    assert editor.status.text() == t("Not done: see the marked fields.")
    assert "na de adviesdatum" in row.messages["latest_start"].text()


def test_the_coordinator_saves_a_draft_but_cannot_issue_it(qtbot, db, table, window):
    main = window(Role.COORDINATOR)
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[1])
    assert editor.issue_button.isVisible() and not editor.issue_button.isEnabled()
    editor.no_new_care.setChecked(True)
    assert editor.no_new_care_reason.isVisible() and not editor.care.isEnabled()
    editor.no_new_care_reason.setPlainText("De hulp die loopt is passend; alleen regie nodig.")
    editor.director_name.setText("Els Wijkwerker")
    editor.rationale.setPlainText("Het team ziet geen nieuwe hulp nodig.")
    editor.save_button.click()
    wait(qtbot, db)
    assert editor.state is not None and editor.state.draft is not None
    assert editor.state.draft.no_new_care
    assert editor.save_button.isEnabled()
    assert not editor.issue_button.isEnabled()
    assert editor.issue_button.toolTip() == t("Only the chair (voorzitter) issues the advice.")
    assert editor.discard_button.isEnabled()

    editor.discard_button.click()
    confirm(editor)
    wait(qtbot, db)
    assert editor.state is not None and editor.state.versions == ()
    assert editor.headline.text() == t("No advice yet")


@pytest.mark.parametrize("role", [Role.LID, Role.BEHEERDER])
def test_a_member_or_administrator_reads_the_advice_but_may_not_print_it(
    qtbot, db, table, window, unlocked, role
):
    unlocked(Role.VOORZITTER)
    service_issue(qtbot, db, table, table.case_ids[0])
    main = window(role)
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    assert editor.headline.text() == t("Issued advice — version {n}").format(n=1)
    assert inputs_accepting_edits(editor) == []
    for button in (editor.save_button, editor.issue_button, editor.new_version_button):
        assert not button.isVisible()
    assert not editor.letter_button.isEnabled()
    assert editor.versions_button.isEnabled()


def test_the_letter_is_written_as_pdf_and_opened(qtbot, db, table, window, tmp_path, monkeypatch):
    pytest.importorskip("expertteam_app.reports.advice_letter")
    from pypdf import PdfReader

    main = window(Role.VOORZITTER)
    service_issue(qtbot, db, table, table.case_ids[0])
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    target = tmp_path / "advies.pdf"
    asked: list[str] = []

    def save_name(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / ("advies.pdf" if len(asked) == 1 else "concept.pdf")), "PDF"

    opened: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(documents, "open_document", opened.append)
    editor.letter_button.click()
    wait(qtbot, db)
    assert opened == [target]
    assert asked and asked[0].endswith("versie 1.pdf")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Zorggroep Horizon" in text
    assert "CONCEPT" not in text
    assert t("The letter is saved as {path}.").split("{path}")[0] in editor.status.text()

    # A draft prints too, marked as such.
    editor.new_version_button.click()
    assert editor.reason_dialog is not None
    editor.reason_dialog.reason.setPlainText("Andere startdatum")
    editor.reason_dialog.buttons.accepted.emit()
    wait(qtbot, db)
    assert editor.state is not None and editor.state.draft is not None
    draft_target = tmp_path / "concept.pdf"
    editor.letter_button.click()
    wait(qtbot, db)
    assert opened == [tmp_path / "advies.pdf", draft_target]
    assert asked[-1].endswith("versie 2 CONCEPT.pdf")
    text = "".join(page.extract_text() for page in PdfReader(draft_target).pages)
    assert "CONCEPT" in text


def test_the_picker_ranks_providers_that_offer_the_kind_first(
    qtbot, db, table, unlocked, qtmodeltester
):
    unlocked(Role.VOORZITTER)
    kinds = {
        "intensive_family": "Intensieve ambulante gezinsbehandeling",
        "family_home": "Gezinshuis",
    }
    for kind, first in (
        ("family_home", "Gezinshuis De Linde (synthetisch)"),
        ("intensive_family", "Zorggroep Horizon (synthetisch)"),
    ):
        picker = ProviderPicker(db, kinds=kinds, care_kind_code=kind, age=14)
        qtbot.addWidget(picker)
        qtbot.waitUntil(lambda p=picker: p.loaded, timeout=5_000)
        assert picker.model.rowCount() == 2
        assert picker.model.provider(0).name == first
        assert t("offers it", "ProviderPicker") in picker.model.row(0).cells[1]
        assert t("does not offer it", "ProviderPicker") in picker.model.row(1).cells[1]
        qtmodeltester.check(picker.model)
    # The age counts too: De Linde takes young people up to 17 only.
    picker = ProviderPicker(db, kinds=kinds, care_kind_code="", age=18)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: picker.loaded, timeout=5_000)
    assert picker.model.provider(0).name == "Zorggroep Horizon (synthetisch)"
    assert picker.model.row(1).cells[3] == "0–17" and picker.model.row(1).muted


def test_totals_per_municipality_and_a_screenshot_of_the_editor(qtbot, db, table, window, tmp_path):
    """A realistic draft: two municipalities pay. With EXPERTTEAM_SCREENSHOTS=1 the picture
    goes to docs/screenshots/advice-editor.png for the README."""
    main = window(Role.VOORZITTER)
    draft = two_item_draft(table.provider_ids, today=TODAY)
    draft.care_items[1] = advice.CareItemInput(
        "family_home",
        table.provider_ids[1],
        "Voltijds, met weekendverlof thuis",
        TODAY + timedelta(days=30),
        "Plaatsing dicht bij school",
        "GM0034",  # Almere pays the placement
        Decimal("48000.00"),
    )

    def op(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            advice.save_draft(uow, table.case_ids[0], draft)

    run_sync(qtbot, db, op)
    main.resize(1360, 1000)
    _tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    assert editor.headline.text() == t("Draft advice — version {n}").format(n=1)
    lines = editor.totals.text().splitlines()
    assert lines[0].endswith("€ 60.500,50")
    assert "Almere € 48.000,00" in lines[1] and "Groningen € 12.500,50" in lines[1]
    qtbot.wait(300)
    picture = main.grab()
    target = (
        ROOT / "docs" / "screenshots" / "advice-editor.png"
        if os.environ.get("EXPERTTEAM_SCREENSHOTS")
        else tmp_path / "advice-editor.png"
    )
    assert picture.save(str(target))

    # A row added to a saved draft stays quiet until it is touched or saved.
    editor.goals.add_button.click()
    qtbot.wait(500)
    wait(qtbot, db)
    new_goal = editor.goals.rows[-1]
    assert all(not m.text() for m in new_goal.messages.values())
    editor.save_button.click()
    wait(qtbot, db)
    assert "Vul bij dit doel" in new_goal.message.text()


def test_unsaved_advice_is_not_dropped_without_asking(qtbot, db, table, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    main = window(Role.VOORZITTER)
    tab, editor = open_advice(qtbot, db, main, table.case_ids[0])
    qtbot.keyClicks(editor.rationale, "Nog niet opgeslagen onderbouwing")
    assert editor.dirty
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert main.close_tab(main.tabs.indexOf(tab)) is False
    assert tab in main.case_tabs() and tab.form.title() in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert main.close_tab(main.tabs.indexOf(tab)) is True
    assert main.case_tabs() == []
