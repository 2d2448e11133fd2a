"""The Retrospective tab of an open case, and the case form's school and care-history
contact, driven as a person would in the main window on the real encrypted store."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from expertteam_app.domain.enums import Role
from expertteam_app.services import cases, retrospective
from tests.support.cases import draft
from tests.ui.conftest import run_sync, wait
from ui.formatting import day
from ui.main_window import CaseTab, MainWindow
from ui.retrospective import RetrospectiveArea
from ui.worker import JobContext

TODAY = date.today()


def register(qtbot: Any, db: Any, unlocked: Any) -> int:
    unlocked(Role.COORDINATOR)

    def op(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            return cases.register_case(uow, draft()).case_id

    case_id = run_sync(qtbot, db, op)
    assert isinstance(case_id, int)
    return case_id


def open_area(qtbot: Any, db: Any, main: MainWindow, case_id: int) -> tuple[CaseTab, Any]:
    main.open_case(case_id, "retrospective")
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    area = tab.retrospective
    assert isinstance(area, RetrospectiveArea)
    assert tab.areas.currentWidget() is area
    qtbot.waitUntil(lambda: area.loaded, timeout=10_000)
    wait(qtbot, db)
    return tab, area


def service_view(qtbot: Any, db: Any, case_id: int) -> retrospective.RetrospectiveView:
    def op(ctx: JobContext) -> retrospective.RetrospectiveView:
        with ctx.unit_of_work() as uow:
            return retrospective.retrospective(uow, case_id)

    view = run_sync(qtbot, db, op)
    assert isinstance(view, retrospective.RetrospectiveView)
    return view


def check_theme(area: RetrospectiveArea, index: int) -> str:
    item = area.themes.item(index)
    item.setCheckState(Qt.CheckState.Checked)
    return str(item.text())


def test_a_coordinator_fills_in_saves_and_sees_it_again(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    case_id = register(qtbot, db, unlocked)
    main = window(Role.COORDINATOR)
    tab, area = open_area(qtbot, db, main, case_id)
    assert tab.areas.tabText(tab.areas.indexOf(area))  # a tab of its own, after 18-/18+
    assert tab.areas.indexOf(area) == tab.areas.indexOf(tab.transition) + 1
    assert area.save_button.isVisible() and not area.how_it_arose.isReadOnly()
    assert not area.decisions.rows and area.themes.count() >= 8

    area.how_it_arose.setPlainText("Thuiszitter sinds groep 7; moeder vroeg vroeg om hulp.")
    area.reflections.setPlainText("Met de kennis van nu eerder opschalen.")
    area.lessons.setPlainText("Overbruggingszorg inzetten tijdens de wachttijd.")
    first = area.decisions.add_row()
    first.decided_on.set_value(date(2024, 2, 1))
    first.role.setEditText("wijkteam")
    first.decision.setText("Lichte ambulante hulp")
    first.consequence.setText("Liep vast")
    second = area.decisions.add_row()
    second.decided_on.set_value(date(2025, 3, 1))
    second.role.setEditText("gemeente")
    second.decision.setText("Geen maatwerkvoorziening")
    area.decisions.add_row()  # left empty: no decision
    # The later decision was the earlier one after all: move it up.
    frame = second.parentWidget()
    up = frame.findChild(QToolButton, "moveUp")
    assert up is not None
    qtbot.waitUntil(up.isVisible)
    assert up.isEnabled()
    up.click()
    assert area.decisions.rows[0] is second
    bottleneck = area.bottlenecks.add_row()
    bottleneck.category.setCurrentIndex(1)
    category = bottleneck.category.currentText()
    bottleneck.where.setText("toegang")
    bottleneck.note.setText("Elf maanden gewacht")
    theme = check_theme(area, 0)
    assert area.dirty()

    area.save_button.click()
    wait(qtbot, db)
    assert not area.dirty(), area.status.text()
    assert "Cor Coördinator" in area.updated.text()
    assert len(area.decisions.rows) == 2  # the empty row is gone after the save

    view = service_view(qtbot, db, case_id)
    assert view.version == 1
    assert [d.decided_by_role for d in view.decisions] == ["gemeente", "wijkteam"]
    assert view.decisions[1].consequence == "Liep vast"
    assert [(b.where_in_chain, b.note) for b in view.bottlenecks] == [
        ("toegang", "Elf maanden gewacht")
    ]
    assert len(view.themes) == 1

    # Closed and opened again, the tab shows what was saved.
    assert main.close_tab(main.tabs.indexOf(tab))
    _tab, again = open_area(qtbot, db, main, case_id)
    assert again is not area
    assert again.how_it_arose.toPlainText().startswith("Thuiszitter sinds groep 7")
    assert again.lessons.toPlainText() == "Overbruggingszorg inzetten tijdens de wachttijd."
    rows = again.decisions.rows
    assert [r.role.currentText() for r in rows] == ["gemeente", "wijkteam"]
    assert rows[1].decided_on.text() == day(date(2024, 2, 1))
    assert again.bottlenecks.rows[0].category.currentText() == category
    assert [again.themes.item(i).text() for i in range(again.themes.count())].count(theme) == 1
    assert again.themes.codes() == [str(view.themes[0].item_id)]
    assert not again.dirty()


def test_the_services_problems_show_next_to_the_rows(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    case_id = register(qtbot, db, unlocked)
    main = window(Role.COORDINATOR)
    _tab, area = open_area(qtbot, db, main, case_id)
    fine = area.decisions.add_row()
    fine.role.setEditText("wijkteam")
    fine.decision.setText("Verwijzing")
    area.decisions.add_row()  # empty: ignored, and does not shift the messages
    future = area.decisions.add_row()
    future.decided_on.set_value(TODAY + timedelta(days=3))
    future.decision.setText("Plaatsing")  # and no role
    unnamed = area.bottlenecks.add_row()
    unnamed.where.setText("gemeente")  # no category
    area.save_button.click()
    wait(qtbot, db)
    assert not fine.message.isVisibleTo(area)
    assert future.message.isVisibleTo(area)
    assert "toekomst" in future.message.text() or "future" in future.message.text()
    assert unnamed.message.isVisibleTo(area) and unnamed.message.text()
    assert area.dirty()
    assert service_view(qtbot, db, case_id).is_empty

    future.decided_on.set_value(TODAY)
    future.role.setEditText("rechter")
    unnamed.category.setCurrentIndex(2)
    area.save_button.click()
    wait(qtbot, db)
    assert not area.dirty(), area.status.text()
    assert not any(r.message.text() for r in area.decisions.rows)  # rebuilt from the save
    assert len(service_view(qtbot, db, case_id).decisions) == 2


def test_a_member_reads_the_retrospective_without_changing_it(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    case_id = register(qtbot, db, unlocked)

    def fill(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            retrospective.save_retrospective(
                uow,
                case_id,
                retrospective.RetrospectiveDraft(
                    how_it_arose="Het begon op de basisschool.",
                    decisions=[retrospective.DecisionInput(None, "school", "Zorgmelding", "")],
                ),
                0,
            )

    run_sync(qtbot, db, fill)
    main = window(Role.LID)
    _tab, area = open_area(qtbot, db, main, case_id)
    assert area.how_it_arose.toPlainText() == "Het begon op de basisschool."
    assert area.how_it_arose.isReadOnly() and area.lessons.isReadOnly()
    assert not area.save_button.isVisible()
    assert not area.decisions.add_button.isVisibleTo(area)
    row = area.decisions.rows[0]
    assert row.decision.text() == "Zorgmelding" and row.decision.isReadOnly()
    assert not row.role.isEnabled()
    assert not area.themes.isEnabled()
    assert "Lies" not in area.updated.text() and "Cor Coördinator" in area.updated.text()


def test_unsaved_retrospective_is_not_dropped_without_asking(
    qtbot: Any, db: Any, window: Any, unlocked: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    case_id = register(qtbot, db, unlocked)
    main = window(Role.COORDINATOR)
    tab, area = open_area(qtbot, db, main, case_id)
    qtbot.keyClicks(area.lessons, "Eerder opschalen")
    assert area.dirty()
    asked: list[str] = []

    def answer(choice: Any) -> Any:
        def question(parent: Any, title: str, text: str, *rest: Any) -> Any:
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert main.close_tab(main.tabs.indexOf(tab)) is False
    assert tab in main.case_tabs() and tab.form.title() in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert main.close_tab(main.tabs.indexOf(tab)) is True
    assert main.case_tabs() == []


def test_school_and_care_contact_in_the_case_form_save_and_load(
    qtbot: Any, db: Any, window: Any, unlocked: Any
) -> None:
    case_id = register(qtbot, db, unlocked)
    main = window(Role.COORDINATOR)
    main.open_case(case_id)
    wait(qtbot, db)
    tab = next(t for t in main.case_tabs() if t.case_id == case_id)
    form = tab.form
    form.school_name.setText("Sbo De Regenboog (synthetisch)")
    form.care.rows[0].contact.setText("Mw. P. Jansen")
    assert form.dirty
    form.save()
    wait(qtbot, db)
    assert not form.dirty

    def read(ctx: JobContext) -> cases.CaseDetail:
        with ctx.unit_of_work() as uow:
            return cases.get_case(uow, case_id)

    detail = run_sync(qtbot, db, read)
    assert isinstance(detail, cases.CaseDetail)
    assert detail.school_name == "Sbo De Regenboog (synthetisch)"
    assert detail.care_history[0].contact_name == "Mw. P. Jansen"
    assert main.close_tab(main.tabs.indexOf(tab))
    main.open_case(case_id)
    wait(qtbot, db)
    again = next(t for t in main.case_tabs() if t.case_id == case_id).form
    assert again.school_name.text() == "Sbo De Regenboog (synthetisch)"
    assert again.care.rows[0].contact.text() == "Mw. P. Jansen"
