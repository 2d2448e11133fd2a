"""Meetings in the window: plan one through the dialog, see it in the list, lead it in the
room with minutes written through as they are typed, the role's limits, and the PDFs.

The window tests run on the real clock, so every date here is relative to today."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from expertteam_app.domain.enums import CaseStatus, Role
from expertteam_app.services import advice, cases, meetings
from tests.support.advice import plan_table, register_admissible, two_item_draft
from tests.ui.conftest import run_sync, wait
from ui import documents
from ui.formatting import day
from ui.main_window import MainWindow
from ui.meetings import MeetingListPage, MeetingRoom
from ui.worker import JobContext

TODAY = date.today()
SOON = datetime.combine(TODAY + timedelta(days=3), time(14, 0))


# --- helpers ---------------------------------------------------------------------------------


def three_admissible(qtbot, db) -> list[int]:  # type: ignore[no-untyped-def]
    """Daan van der Berg, Sanne van der Visser, Milan van der Bakker: admissible, on no agenda."""

    def op(ctx: JobContext) -> list[int]:
        registered = TODAY - timedelta(days=40)
        return [
            register_admissible(ctx.team, first=first, last=last, bsn=bsn, registered_on=registered)
            for first, last, bsn in (
                ("Daan", "Berg", "111222333"),
                ("Sanne", "Visser", "123456782"),
                ("Milan", "Bakker", "232262536"),
            )
        ]

    ids = run_sync(qtbot, db, op)
    assert isinstance(ids, list)
    return ids


def table(qtbot, db, starts_at: datetime = SOON):  # type: ignore[no-untyped-def]
    return run_sync(qtbot, db, lambda ctx: plan_table(ctx.team, starts_at=starts_at))


def meeting(qtbot, db, meeting_id: int) -> meetings.MeetingView:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> meetings.MeetingView:
        with ctx.unit_of_work() as uow:
            return meetings.get_meeting(uow, meeting_id)

    view = run_sync(qtbot, db, op)
    assert isinstance(view, meetings.MeetingView)
    return view


def listed(qtbot, db) -> list[meetings.MeetingRow]:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> list[meetings.MeetingRow]:
        with ctx.unit_of_work() as uow:
            return meetings.list_meetings(uow)

    rows = run_sync(qtbot, db, op)
    assert isinstance(rows, list)
    return rows


def statuses(qtbot, db, case_ids: list[int]) -> list[CaseStatus]:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> list[CaseStatus]:
        with ctx.unit_of_work() as uow:
            return [cases.get_case(uow, c).status for c in case_ids]

    found = run_sync(qtbot, db, op)
    assert isinstance(found, list)
    return found


def save_minutes(qtbot, db, item_id: int, discussion: str) -> None:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            meetings.save_minutes(uow, item_id, meetings.MinutesInput(discussion))

    run_sync(qtbot, db, op)


def page_for(qtbot, db, info) -> MeetingListPage:  # type: ignore[no-untyped-def]
    page = MeetingListPage(db, info)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    wait(qtbot, db)
    return page


def search_settled(qtbot, db, dialog, expected: list[int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not dialog.searching and db.idle and dialog.result_case_ids() == expected,
        timeout=10_000,
    )


def open_room(qtbot, db, page: MeetingListPage, meeting_id: int) -> MeetingRoom:  # type: ignore[no-untyped-def]
    assert page.select_meeting(meeting_id)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    room = page.room(meeting_id)
    assert room is not None
    wait(qtbot, db)
    qtbot.waitUntil(lambda: room.current_item() is not None and db.idle, timeout=10_000)
    return room


# --- planning ----------------------------------------------------------------------------------


def test_plan_a_meeting_with_three_cases_through_the_dialog(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    daan, sanne, milan = three_admissible(qtbot, db)
    page = page_for(qtbot, db, info)
    assert page.model.rowCount() == 0

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chair.currentText().startswith("Vera Voorzit")
    search_settled(qtbot, db, dialog, [milan, sanne, daan])  # newest first

    when = TODAY + timedelta(days=7)
    qtbot.keyClicks(dialog.date, day(when))
    qtbot.keyClicks(dialog.place, "Gemeentehuis, zaal 2")
    qtbot.keyClicks(dialog.title, "Casusoverleg")

    # Typing narrows the search; Enter adds the case found.
    qtbot.keyClicks(dialog.case_search, "viss")
    search_settled(qtbot, db, dialog, [sanne])
    assert "Sanne van der Visser" in dialog.case_results.item(0).text()
    qtbot.keyClick(dialog.case_search, Qt.Key.Key_Return)
    assert dialog.agenda_case_ids() == [sanne]

    dialog.case_search.clear()
    qtbot.keyClicks(dialog.case_search, "Bakker")
    search_settled(qtbot, db, dialog, [milan])
    qtbot.mouseClick(dialog.add_case_button, Qt.MouseButton.LeftButton)

    dialog.case_search.clear()
    search_settled(qtbot, db, dialog, [daan])  # the cases on the agenda are not offered again
    qtbot.mouseClick(dialog.add_case_button, Qt.MouseButton.LeftButton)
    assert dialog.agenda_case_ids() == [sanne, milan, daan]

    # Daan first: chosen (the last added), moved up twice.
    assert dialog.agenda.currentRow() == 2
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert dialog.agenda_case_ids() == [daan, sanne, milan]
    assert not dialog.up_button.isEnabled()
    qtbot.keyClicks(dialog.preparation, "Wachtlijst autismezorg; school loopt vast.")
    dialog.agenda.setCurrentRow(2)
    qtbot.keyClicks(dialog.preparation, "Plaatsing ver van huis dreigt.")
    assert dialog.agenda.item(0).text().startswith("1. ")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)

    rows = listed(qtbot, db)
    assert len(rows) == 1
    view = meeting(qtbot, db, rows[0].id)
    assert [a.case_id for a in view.agenda] == [daan, sanne, milan]
    assert view.agenda[0].preparation == "Wachtlijst autismezorg; school loopt vast."
    assert view.agenda[1].preparation == ""
    assert view.agenda[2].preparation == "Plaatsing ver van huis dreigt."
    assert view.starts_at == datetime.combine(when, time(14, 0))
    assert view.place == "Gemeentehuis, zaal 2" and view.chair_name == "Vera Voorzit"
    assert statuses(qtbot, db, [daan, sanne, milan]) == [CaseStatus.GEAGENDEERD] * 3
    # The list shows the new meeting, chosen.
    qtbot.waitUntil(lambda: page.selected_meeting_id() == view.id, timeout=5_000)


def test_a_guest_for_a_case_and_an_edit_that_reorders_the_agenda(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    first, second, third = planned.case_ids
    page = page_for(qtbot, db, info)
    assert page.select_meeting(planned.meeting_id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.agenda_case_ids() == [first, second, third]
    assert [g.name.text() for g in dialog.guests.rows] == ["Els Wijkwerker", "Anja van der Berg"]
    assert dialog.guests.rows[1].case.currentData() == first

    dialog.agenda.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.guests.add_button, Qt.MouseButton.LeftButton)
    guest = dialog.guests.rows[-1]
    qtbot.keyClicks(guest.name, "Piet Professional")
    guest.case.setCurrentIndex(guest.case.findData(third))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)

    view = meeting(qtbot, db, planned.meeting_id)
    assert [a.case_id for a in view.agenda] == [first, third, second]
    assert [(g.name, g.case_id) for g in view.guests][-1] == ("Piet Professional", third)


# --- the list ----------------------------------------------------------------------------------


def test_the_list_shows_upcoming_meetings_first_and_past_ones_on_request(
    qtbot, db, unlocked, qtmodeltester
):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)

    def past(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            chair = next(m for m in meetings.member_choices(uow) if m.role == Role.VOORZITTER)
            return meetings.plan_meeting(
                uow,
                meetings.MeetingInput(
                    starts_at=datetime.combine(TODAY - timedelta(days=30), time(9, 30)),
                    place="Online",
                    title="Vorig overleg",
                    chair_id=chair.id,
                ),
            ).id

    past_id = run_sync(qtbot, db, past)
    page = page_for(qtbot, db, info)
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts == [
        f"{day(SOON.date())} 14:00",
        "Casusoverleg juni",
        "Gemeentehuis, zaal 2",
        "Vera Voorzit",
        "3",
        "0",
    ]
    assert not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.open_button.isEnabled()

    page.show_past.setChecked(True)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtmodeltester.check(model)
    assert [model.meeting_id(r) for r in range(2)] == [planned.meeting_id, past_id]
    assert page.selected_meeting_id() == planned.meeting_id  # the choice survives a refresh
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # grey: past

    save_minutes(qtbot, db, meeting(qtbot, db, planned.meeting_id).agenda[0].id, "Besproken.")
    page.refresh()
    wait(qtbot, db)
    assert model.index(0, 5).data() == "1"


def test_the_meetings_tab_follows_work_list_and_cases_and_cannot_be_closed(
    qtbot, db, prefs, unlocked
):
    info = unlocked(Role.COORDINATOR)
    table(qtbot, db)
    main = MainWindow(db, prefs, info)
    main.show()
    wait(qtbot, db)
    try:
        assert [main.tabs.widget(i) for i in range(3)] == [
            main.work_list,
            main.list_page,
            main.meetings_page,
        ]
        assert main.tabs.currentWidget() is main.work_list  # the home screen
        bar = main.tabs.tabBar()
        for index in range(3):
            assert bar.tabButton(index, bar.ButtonPosition.RightSide) is None
            assert main.close_tab(index) is False
        main.new_meeting_action.trigger()
        wait(qtbot, db)
        assert main.tabs.currentWidget() is main.meetings_page
        qtbot.waitUntil(lambda: main.meetings_page.model.rowCount() == 1)
        dialog = main.meetings_page.dialog
        assert dialog is not None
        dialog.close()
    finally:
        main.close()
        main.deleteLater()


# --- the room ----------------------------------------------------------------------------------


def test_minutes_are_written_through_in_the_room(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    page = page_for(qtbot, db, info)
    room = open_room(qtbot, db, page, planned.meeting_id)
    qtbot.waitUntil(lambda: "Wachtlijst autismezorg" in room.summary.toPlainText())
    summary = room.summary.toPlainText()
    assert "1. " in summary and "Daan van der Berg" in summary
    assert "Vastgelopen hulp" in summary  # the question
    assert "Ambulante hulp" in summary  # the care so far
    assert "Anja van der Berg" in summary  # the guest who comes for this case
    assert room.agenda.count() == 3

    # Case 1: typed, then left alone; the timer saves it.
    qtbot.keyClicks(room.discussion, "Wachtlijst is 40 weken.")
    qtbot.mouseClick(room.action_rows.add_button, Qt.MouseButton.LeftButton)
    action = room.action_rows.rows[0]
    qtbot.keyClicks(action.who, "Cor")
    qtbot.keyClicks(action.what, "Aanbieder bellen")
    qtbot.keyClicks(action.due, day(TODAY + timedelta(days=5)))
    assert room.dirty and room.last_saved is None
    qtbot.waitUntil(lambda: room.last_saved is not None and room.done_saving(), timeout=5_000)
    stored = meeting(qtbot, db, planned.meeting_id).agenda[0]
    assert stored.discussion == "Wachtlijst is 40 weken."
    assert stored.actions == (
        meetings.ActionInput("Cor", "Aanbieder bellen", TODAY + timedelta(days=5)),
    )
    assert room.agenda.item(0).text().endswith("✓")

    # The keyboard moves through the agenda.
    room.activateWindow()
    qtbot.waitUntil(room.isActiveWindow)
    qtbot.keyClick(room.discussion, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert room.index == 1
    qtbot.keyClick(room.agreements, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert room.index == 2
    qtbot.keyClick(room.agreements, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert room.index == 1
    qtbot.waitUntil(lambda: "Sanne van der Visser" in room.summary.toPlainText())
    assert room.discussion.toPlainText() == ""

    # Case 2: typed, and the window closed at once (no waiting for the timer).
    qtbot.keyClicks(room.agreements, "Advies: intensieve gezinsbehandeling.")
    room.close()
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.room(planned.meeting_id) is None, timeout=5_000)

    agenda = meeting(qtbot, db, planned.meeting_id).agenda
    assert agenda[0].discussion == "Wachtlijst is 40 weken."
    assert agenda[1].agreements == "Advies: intensieve gezinsbehandeling."
    assert agenda[1].minutes_updated_by == "Cor Coördinator"
    assert agenda[2].discussion == "" and not agenda[2].has_minutes


def test_saves_of_one_item_queue_behind_each_other(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    page = page_for(qtbot, db, info)
    room = open_room(qtbot, db, page, planned.meeting_id)
    sent: list[str] = []
    original = room._send

    def recording(item_id: int, minutes: meetings.MinutesInput) -> None:
        sent.append(minutes.discussion)
        original(item_id, minutes)

    room._send = recording  # type: ignore[method-assign]
    for text in ("Eerste", "Eerste versie", "Eerste versie, herzien"):
        room.discussion.setPlainText(text)
        room.flush()  # three saves asked for before the first one is back
    assert room.saving and len(room._queued) == 1
    qtbot.waitUntil(lambda: room.done_saving() and db.idle, timeout=5_000)
    assert sent[0] == "Eerste" and sent[-1] == "Eerste versie, herzien"
    assert meeting(qtbot, db, planned.meeting_id).agenda[0].discussion == ("Eerste versie, herzien")
    assert room.discussion.toPlainText() == "Eerste versie, herzien"  # no text jumped back


def test_a_half_typed_action_does_not_stop_the_minutes_being_saved(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    page = page_for(qtbot, db, info)
    room = open_room(qtbot, db, page, planned.meeting_id)
    qtbot.mouseClick(room.action_rows.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(room.action_rows.rows[0].who, "Cor")  # who, but no what yet
    qtbot.keyClicks(room.discussion, "Besproken.")
    room.flush()
    wait(qtbot, db)
    stored = meeting(qtbot, db, planned.meeting_id).agenda[0]
    assert stored.discussion == "Besproken."
    assert [(a.who, a.what) for a in stored.actions] == [("Cor", "")]


def test_a_refused_save_is_shown_and_keeps_the_text(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    page = page_for(qtbot, db, info)
    room = open_room(qtbot, db, page, planned.meeting_id)

    def drop_first_case(ctx: JobContext) -> None:  # the agenda is changed meanwhile
        with ctx.unit_of_work() as uow:
            data = meetings.get_meeting(uow, planned.meeting_id).to_input()
            data.agenda = data.agenda[1:]
            data.guests = [g for g in data.guests if g.case_id != planned.case_ids[0]]
            meetings.update_meeting(uow, planned.meeting_id, data)

    run_sync(qtbot, db, drop_first_case)
    qtbot.keyClicks(room.discussion, "Besproken.")
    room.flush()
    wait(qtbot, db)
    assert "niet (meer) op de agenda" in room.status.text()  # the service's words, no traceback
    assert room.agenda.item(0).text().endswith("⚠")
    # Closing is refused once, so the message is seen; the text is still there.
    room.close()
    wait(qtbot, db)
    assert room.isVisible() and room.discussion.toPlainText() == "Besproken."
    room.close()  # a second time: the person chose to leave it
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.room(planned.meeting_id) is None, timeout=5_000)


def test_the_room_shows_the_advice_in_force_to_the_chair(qtbot, db, unlocked):
    unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    first = planned.case_ids[0]

    def draft(ctx: JobContext) -> int:
        with ctx.unit_of_work() as uow:
            state = advice.save_draft(uow, first, two_item_draft(planned.provider_ids, today=TODAY))
        assert state.draft is not None
        return state.draft.id

    advice_id = run_sync(qtbot, db, draft)
    info = unlocked(Role.VOORZITTER)

    def issue(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            advice.issue_advice(uow, advice_id)  # type: ignore[arg-type]

    run_sync(qtbot, db, issue)
    page = page_for(qtbot, db, info)
    room = open_room(qtbot, db, page, planned.meeting_id)
    qtbot.waitUntil(lambda: "Zorggroep Horizon" in room.summary.toPlainText())
    summary = room.summary.toPlainText()
    assert "Daan gaat weer drie dagen per week naar school" in summary
    assert "Gezinshuis De Linde" in summary
    assert not room.discussion.isReadOnly()  # the chair keeps minutes too
    room.next_case()
    qtbot.waitUntil(lambda: "Sanne van der Visser" in room.summary.toPlainText())
    assert "Zorggroep Horizon" not in room.summary.toPlainText()
    room.close()


def test_locking_the_window_saves_the_minutes_first(qtbot, db, prefs, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    main = MainWindow(db, prefs, info)
    main.show()
    wait(qtbot, db)
    try:
        main.tabs.setCurrentWidget(main.meetings_page)
        wait(qtbot, db)
        room = open_room(qtbot, db, main.meetings_page, planned.meeting_id)
        qtbot.keyClicks(room.discussion, "Getypt vlak voor de pauze.")
        main.lock()  # hides the room, then closes the database
        wait(qtbot, db)
        assert not room.isVisible()
        assert main.meetings_page.model.rowCount() == 0
    finally:
        main.close()
        main.deleteLater()
    unlocked(Role.COORDINATOR)
    assert meeting(qtbot, db, planned.meeting_id).agenda[0].discussion == (
        "Getypt vlak voor de pauze."
    )


def test_closing_the_main_window_saves_the_minutes(qtbot, db, prefs, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    main = MainWindow(db, prefs, info)
    main.show()
    wait(qtbot, db)
    main.tabs.setCurrentWidget(main.meetings_page)
    wait(qtbot, db)
    room = open_room(qtbot, db, main.meetings_page, planned.meeting_id)
    qtbot.keyClicks(room.agreements, "Afgesproken bij het afsluiten.")
    main.close()
    wait(qtbot, db)
    main.deleteLater()
    assert meeting(qtbot, db, planned.meeting_id).agenda[0].agreements == (
        "Afgesproken bij het afsluiten."
    )


# --- problems shown ----------------------------------------------------------------------------


def test_missing_place_and_chair_are_shown_next_to_the_fields(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    page = page_for(qtbot, db, info)
    page.new_meeting()
    wait(qtbot, db)
    dialog = page.dialog
    assert dialog is not None
    dialog.chair.setCurrentIndex(0)  # "(choose the chair)"
    qtbot.keyClicks(dialog.date, day(TODAY + timedelta(days=2)))
    qtbot.mouseClick(dialog.guests.add_button, Qt.MouseButton.LeftButton)  # a guest without name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    messages = dialog.field_messages
    assert messages["place"].isVisibleTo(dialog) and "plaats" in messages["place"].text()
    assert messages["chair_id"].isVisibleTo(dialog) and "voorzitter" in messages["chair_id"].text()
    assert not messages["starts_at"].isVisibleTo(dialog)
    assert "naam" in dialog.guests.rows[0].name_message.text()
    assert dialog.isVisible()

    dialog.date.setText("31-02-20xx")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert messages["starts_at"].isVisibleTo(dialog)
    dialog.close()


def test_refusals_appear_in_the_message_line(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    view = meeting(qtbot, db, planned.meeting_id)
    save_minutes(qtbot, db, view.agenda[0].id, "Besproken.")
    page = page_for(qtbot, db, info)
    assert page.select_meeting(planned.meeting_id)
    page.edit_selected()
    wait(qtbot, db)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.agenda.item(0).text().endswith("✎")
    dialog.agenda.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert dialog.message.isVisibleTo(dialog) and "verslag" in dialog.message.text()
    assert "Traceback" not in dialog.message.text()

    # Someone else changes the meeting meanwhile: the version problem shows, no crash.
    def elsewhere(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            data = meetings.get_meeting(uow, planned.meeting_id).to_input()
            data.place = "Online"
            meetings.update_meeting(uow, planned.meeting_id, data)

    run_sync(qtbot, db, elsewhere)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert "gewijzigd" in dialog.message.text()
    dialog.close()


def test_cancel_asks_first_and_refuses_when_minutes_exist(qtbot, db, unlocked):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    page = page_for(qtbot, db, info)
    assert page.select_meeting(planned.meeting_id)

    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert page.model.rowCount() == 1

    save_minutes(qtbot, db, meeting(qtbot, db, planned.meeting_id).agenda[1].id, "Besproken.")
    page.cancel_selected()
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert page.message.isVisibleTo(page) and "verslag" in page.message.text()
    assert page.model.rowCount() == 1

    save_minutes(qtbot, db, meeting(qtbot, db, planned.meeting_id).agenda[1].id, "")
    page.cancel_selected()
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert statuses(qtbot, db, planned.case_ids) == [CaseStatus.IN_BEHANDELING] * 3


# --- roles -------------------------------------------------------------------------------------


def test_a_member_reads_and_prints_but_cannot_plan_or_write_minutes(qtbot, db, unlocked):
    unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    view = meeting(qtbot, db, planned.meeting_id)
    save_minutes(qtbot, db, view.agenda[0].id, "Besproken door de coördinator.")
    info = unlocked(Role.LID)
    page = page_for(qtbot, db, info)
    for hidden in (page.new_button, page.edit_button, page.cancel_button):
        assert not hidden.isVisibleTo(page) and not hidden.isEnabled()
    assert page.select_meeting(planned.meeting_id)
    for shown in (page.open_button, page.agenda_button, page.minutes_button):
        assert shown.isVisibleTo(page) and shown.isEnabled()
    page.new_meeting()
    page.edit_selected()
    wait(qtbot, db)
    assert page.dialog is None

    room = open_room(qtbot, db, page, planned.meeting_id)
    assert room.discussion.toPlainText() == "Besproken door de coördinator."
    assert room.discussion.isReadOnly() and room.agreements.isReadOnly()
    assert not room.action_rows.add_button.isVisibleTo(room)
    qtbot.keyClicks(room.discussion, "Eigen tekst")
    assert room.discussion.toPlainText() == "Besproken door de coördinator."
    assert not room.dirty and not room.autosave.isActive()
    room.next_case()
    assert room.index == 1
    room.close()
    wait(qtbot, db)
    assert meeting(qtbot, db, planned.meeting_id).agenda[0].discussion == (
        "Besproken door de coördinator."
    )


# --- documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_agenda_and_minutes_become_pdfs_and_open(qtbot, db, unlocked, tmp_path, monkeypatch, kind):
    info = unlocked(Role.COORDINATOR)
    planned = table(qtbot, db)
    view = meeting(qtbot, db, planned.meeting_id)
    save_minutes(qtbot, db, view.agenda[0].id, "Wachtlijst is veertig weken.")
    target = tmp_path / f"{kind}.pdf"
    asked: list[str] = []
    opened: list[Path] = []

    def choose(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(documents, "open_document", opened.append)
    page = page_for(qtbot, db, info)
    assert page.select_meeting(planned.meeting_id)
    button = page.agenda_button if kind == "agenda" else page.minutes_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: opened == [target], timeout=15_000)
    assert asked[0].endswith(f"{SOON:%Y-%m-%d}.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert view.agenda[0].case_reference in text
    if kind == "agenda":
        assert "Wachtlijst autismezorg" in text  # the preparation of case 1
    else:
        assert "veertig weken" in text
