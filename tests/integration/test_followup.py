"""Follow-up of an issued advice on the real encrypted database: providers' answers, start
and end of care, the timeline, goal evaluations and their summary, the move to
`in_uitvoering`, carry-over to a new advice version, and the big five from 16.5 years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.dates import add_months
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CareUpdateKind,
    CaseStatus,
    GoalOutcome,
    Role,
)
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import advice, cases, followup, lifecycle, settings
from expertteam_app.services.context import FixedClock, TeamSession
from tests.support.advice import plan_table
from tests.support.cases import draft
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import NOW

S = CaseStatus
TODAY = NOW.date()  # the advice is issued on this day


def later(days: int) -> FixedClock:
    return FixedClock(NOW + timedelta(days=days))


@pytest.fixture
def advised(open_team) -> Advised:
    table = plan_table(open_team(Role.COORDINATOR))
    return issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)


@pytest.fixture
def coordinator(open_team) -> TeamSession:
    """The coordinator, three weeks after the advice."""
    return open_team(Role.COORDINATOR, later(21))


def view_of(team: TeamSession, case_id: int) -> followup.FollowUpView:
    with team.unit_of_work() as uow:
        return followup.follow_up(uow, case_id)


def log_details(team: TeamSession, case_id: int) -> list[str]:
    with team.unit_of_work() as uow:
        return list(
            uow.session.scalars(
                select(AccessLogEntry.detail)
                .where(
                    AccessLogEntry.case_id == case_id,
                    AccessLogEntry.action == AuditAction.CHANGE,
                    AccessLogEntry.outcome == AuditOutcome.SUCCESS,
                )
                .order_by(AccessLogEntry.id)
            )
        )


def problem_fields(exc: ValidationError) -> list[str]:
    return [p.field for p in exc.problems]


# --- answers ---------------------------------------------------------------------------------


def test_one_provider_declines_with_a_reason_the_other_accepts(advised, coordinator):
    first, second = advised.care_item_ids
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow,
            first,
            CareAnswer.DECLINED,
            on=TODAY + timedelta(days=3),
            reason=" Geen plek binnen zes weken ",
        )
    with coordinator.unit_of_work() as uow:
        result = followup.record_answer(
            uow, second, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=4)
        )
    assert result.moved is None  # an answer does not move the case
    view = view_of(coordinator, advised.case_id)
    assert view.advice_id == advised.advice_id and view.advice_number == 1
    assert [i.care_item_id for i in view.care_items] == [first, second]
    declined, accepted = view.care_items
    assert declined.answer == CareAnswer.DECLINED
    assert declined.answered_on == TODAY + timedelta(days=3)
    assert declined.decline_reason == "Geen plek binnen zes weken"
    assert declined.provider_name.startswith("Zorggroep Horizon")
    assert declined.care_kind("nl") and declined.care_kind_code == "intensive_family"
    assert [(u.kind, u.written_on, u.member_name) for u in declined.updates] == [
        (CareUpdateKind.ANSWER, TODAY + timedelta(days=3), "Cor Coördinator")
    ]
    assert "Geen plek binnen zes weken" in declined.updates[0].text
    assert accepted.answer == CareAnswer.ACCEPTED and accepted.decline_reason == ""
    assert accepted.started_on is None and accepted.row_version > 0
    # The access log says what was done without saying about whom.
    assert log_details(coordinator, advised.case_id)[-2:] == [
        f"follow-up: care item {first} answer declined",
        f"follow-up: care item {second} answer accepted",
    ]
    with coordinator.unit_of_work() as uow:
        assert cases.get_case(uow, advised.case_id).status == S.ADVIES_UITGEBRACHT


def test_a_decline_needs_a_reason(advised, coordinator):
    first = advised.care_item_ids[0]
    with pytest.raises(ValidationError) as refused, coordinator.unit_of_work() as uow:
        followup.record_answer(uow, first, CareAnswer.DECLINED, on=TODAY, reason="  ")
    assert problem_fields(refused.value) == ["reason"]
    item = view_of(coordinator, advised.case_id).item(first)
    assert item.answer is None and item.updates == () and item.row_version == 0


def test_a_decline_can_become_an_acceptance_and_both_stay_on_the_timeline(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        followup.record_answer(uow, first, CareAnswer.DECLINED, on=TODAY, reason="Wachtlijst")
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, first, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=9), reason="Na opschaling"
        )
    item = view_of(coordinator, advised.case_id).item(first)
    assert item.answer == CareAnswer.ACCEPTED and item.decline_reason == ""
    assert item.answered_on == TODAY + timedelta(days=9)
    assert [u.kind for u in item.updates] == [CareUpdateKind.ANSWER, CareUpdateKind.ANSWER]
    assert "Wachtlijst" in item.updates[0].text and "Na opschaling" in item.updates[1].text


def test_a_stale_row_version_is_refused(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        result = followup.record_answer(uow, first, CareAnswer.ACCEPTED, on=TODAY)
    seen = result.view.item(first).row_version
    with coordinator.unit_of_work() as uow:
        followup.add_update(uow, first, on=TODAY, text="Intake gepland")
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, first, CareAnswer.DECLINED, on=TODAY, reason="x", expected_row_version=seen
        )
    assert "intussen" in refused.value.message.nl
    assert view_of(coordinator, advised.case_id).item(first).answer == CareAnswer.ACCEPTED


# --- start and end ---------------------------------------------------------------------------


def test_the_first_start_moves_the_case_once_dated_the_start(advised, coordinator):
    first, second = advised.care_item_ids
    started = TODAY + timedelta(days=12)
    with coordinator.unit_of_work() as uow:
        followup.record_answer(uow, second, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=2))
    with coordinator.unit_of_work() as uow:
        result = followup.record_start(uow, second, on=started)
    assert result.moved is not None
    assert result.moved.status == S.IN_UITVOERING
    assert result.view.case_status == S.IN_UITVOERING
    with coordinator.unit_of_work() as uow:
        detail = cases.get_case(uow, advised.case_id)
    assert detail.status == S.IN_UITVOERING
    last = detail.status_history[-1]
    assert (last.from_status, last.to_status, last.changed_on) == (
        S.ADVIES_UITGEBRACHT,
        S.IN_UITVOERING,
        started,
    )
    moves = len(detail.status_history)
    with coordinator.unit_of_work() as uow:
        again = followup.record_start(uow, first, on=TODAY + timedelta(days=14))
    assert again.moved is None
    with coordinator.unit_of_work() as uow:
        detail = cases.get_case(uow, advised.case_id)
    assert len(detail.status_history) == moves and detail.status == S.IN_UITVOERING
    item = again.view.item(second)
    assert item.started_on == started and not item.late
    assert [u.kind for u in item.updates] == [CareUpdateKind.ANSWER, CareUpdateKind.START]
    details = log_details(coordinator, advised.case_id)
    assert "status: advies_uitgebracht -> in_uitvoering" in details
    assert details[-1] == f"follow-up: care item {first} started"


def test_a_declined_item_cannot_start_until_the_provider_accepts(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        followup.record_answer(uow, first, CareAnswer.DECLINED, on=TODAY, reason="Vol")
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=5))
    assert "leg eerst vast dat de aanbieder alsnog accepteert" in refused.value.message.nl
    assert view_of(coordinator, advised.case_id).item(first).started_on is None
    with coordinator.unit_of_work() as uow:
        assert cases.get_case(uow, advised.case_id).status == S.ADVIES_UITGEBRACHT
    with coordinator.unit_of_work() as uow:
        followup.record_answer(uow, first, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=6))
    with coordinator.unit_of_work() as uow:
        result = followup.record_start(uow, first, on=TODAY + timedelta(days=7))
    assert result.moved is not None and result.view.item(first).started_on == TODAY + timedelta(
        days=7
    )


def test_a_started_item_cannot_be_declined_any_more(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=1))
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, first, CareAnswer.DECLINED, on=TODAY + timedelta(days=2), reason="Toch niet"
        )
    assert "al gestart" in refused.value.message.nl
    assert view_of(coordinator, advised.case_id).item(first).answer == CareAnswer.ACCEPTED


def test_starting_an_unanswered_item_accepts_it_on_the_start_date(advised, coordinator):
    first = advised.care_item_ids[0]
    started = TODAY + timedelta(days=10)
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=started)
    item = view_of(coordinator, advised.case_id).item(first)
    assert item.answer == CareAnswer.ACCEPTED and item.answered_on == started
    assert [(u.kind, u.written_on) for u in item.updates] == [
        (CareUpdateKind.ANSWER, started),
        (CareUpdateKind.START, started),
    ]
    assert "zonder vastgelegd antwoord" in item.updates[0].text


def test_the_end_needs_a_start_and_cannot_precede_it(advised, coordinator):
    first = advised.care_item_ids[0]
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.record_end(uow, first, on=TODAY + timedelta(days=5))
    assert "nog niet gestart" in refused.value.message.nl
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=10))
    with pytest.raises(ValidationError) as early, coordinator.unit_of_work() as uow:
        followup.record_end(uow, first, on=TODAY + timedelta(days=9))
    assert problem_fields(early.value) == ["on"]
    assert "vóór de start" in early.value.problems[0].nl
    with coordinator.unit_of_work() as uow:
        result = followup.record_end(
            uow, first, on=TODAY + timedelta(days=10), note="Doelen bereikt"
        )
    item = result.view.item(first)
    assert item.ended_on == TODAY + timedelta(days=10)
    assert item.updates[-1].kind == CareUpdateKind.END
    assert "Doelen bereikt" in item.updates[-1].text


def test_an_update_needs_text_and_lands_on_the_timeline_in_date_order(advised, coordinator):
    first = advised.care_item_ids[0]
    with pytest.raises(ValidationError) as refused, coordinator.unit_of_work() as uow:
        followup.add_update(uow, first, on=TODAY, text=" ")
    assert problem_fields(refused.value) == ["text"]
    with coordinator.unit_of_work() as uow:
        followup.add_update(uow, first, on=TODAY + timedelta(days=8), text="Gebeld: intake 20e")
    with coordinator.unit_of_work() as uow:
        followup.add_update(uow, first, on=TODAY + timedelta(days=2), text="Brief ontvangen")
    item = view_of(coordinator, advised.case_id).item(first)
    assert [(u.kind, u.text) for u in item.updates] == [
        (CareUpdateKind.NOTE, "Brief ontvangen"),
        (CareUpdateKind.NOTE, "Gebeld: intake 20e"),
    ]


def test_an_item_past_its_latest_start_and_not_started_is_late(advised, open_team):
    first, second = advised.care_item_ids  # latest starts: advice + 13 and + 30 days
    on_the_day = open_team(Role.COORDINATOR, later(13))
    assert [i.late for i in view_of(on_the_day, advised.case_id).care_items] == [False, False]
    day_after = open_team(Role.COORDINATOR, later(14))
    assert [i.late for i in view_of(day_after, advised.case_id).care_items] == [True, False]
    with day_after.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=14))
    assert [i.late for i in view_of(day_after, advised.case_id).care_items] == [False, False]
    assert view_of(day_after, advised.case_id).item(second).late is False


@pytest.mark.parametrize(
    "record",
    [
        lambda uow, item, goal, on: followup.record_answer(uow, item, CareAnswer.ACCEPTED, on=on),
        lambda uow, item, goal, on: followup.record_start(uow, item, on=on),
        lambda uow, item, goal, on: followup.add_update(uow, item, on=on, text="x"),
        lambda uow, item, goal, on: followup.evaluate_goal(
            uow, goal, on=on, outcome=GoalOutcome.ACHIEVED
        ),
    ],
    ids=["answer", "start", "update", "evaluation"],
)
def test_dates_in_the_future_or_before_the_advice_are_refused(advised, coordinator, record):
    item, goal = advised.care_item_ids[0], advised.goal_ids[0]
    today = TODAY + timedelta(days=21)
    for on, words in ((today + timedelta(days=1), "toekomst"), (TODAY - timedelta(days=1), "vóór")):
        with pytest.raises(ValidationError) as refused, coordinator.unit_of_work() as uow:
            record(uow, item, goal, on)
        assert problem_fields(refused.value) == ["on"]
        assert words in refused.value.problems[0].nl
    view = view_of(coordinator, advised.case_id)
    assert view.item(item).updates == () and view.goal(goal).evaluations == ()


def test_the_end_in_the_future_is_refused(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError) as refused, coordinator.unit_of_work() as uow:
        followup.record_end(uow, first, on=TODAY + timedelta(days=22))
    assert "toekomst" in refused.value.problems[0].nl


# --- who may ---------------------------------------------------------------------------------


def test_a_member_reads_but_may_not_record_and_the_refusal_is_logged(advised, open_team):
    member = open_team(Role.LID, later(5))
    view = view_of(member, advised.case_id)
    assert view.may_record is False and len(view.care_items) == 2
    first = advised.care_item_ids[0]
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=1))
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        followup.evaluate_goal(uow, advised.goal_ids[0], on=TODAY, outcome=GoalOutcome.ACHIEVED)
    with member.unit_of_work() as uow:
        refusals = list(
            uow.session.scalars(
                select(AccessLogEntry).where(AccessLogEntry.outcome == AuditOutcome.REFUSED)
            )
        )
    assert [(r.case_id, r.member_role, r.detail, r.action) for r in refusals] == [
        (advised.case_id, Role.LID, "case.follow_up", AuditAction.CHANGE)
    ] * 2
    assert view_of(member, advised.case_id).item(first).started_on is None


def test_an_ended_case_takes_no_follow_up_until_it_is_reopened(advised, coordinator):
    first = advised.care_item_ids[0]
    with coordinator.unit_of_work() as uow:
        case = cases.load_case(uow.session, advised.case_id)
        lifecycle.move_by(
            uow, case, S.AFGESLOTEN, lifecycle.Route.CLOSING, reason="Verhuisd", on=TODAY
        )
    view = view_of(coordinator, advised.case_id)
    assert view.may_record is False
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.add_update(uow, first, on=TODAY, text="x")
    assert "heropen de casus eerst" in refused.value.message.nl


def test_follow_up_before_any_advice_is_empty(open_team):
    team = open_team(Role.COORDINATOR)
    table = plan_table(team)
    view = view_of(team, table.case_ids[1])
    assert view.advice_number is None and view.advice_id is None
    assert view.care_items == () and view.goals == ()
    assert view.goal_summary.total == 0


# --- goals -----------------------------------------------------------------------------------


def test_two_evaluations_and_the_summary(advised, coordinator):
    goal_a, goal_b = advised.goal_ids
    with coordinator.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, goal_a, on=TODAY + timedelta(days=5), outcome=GoalOutcome.PARTLY, note="Twee dagen"
        )
    fresh = view_of(coordinator, advised.case_id)
    assert fresh.goal_summary.text("nl") == (
        "0 behaald, 1 deels behaald, 0 niet behaald, 1 nog niet geëvalueerd"
    )
    with coordinator.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, goal_a, on=TODAY + timedelta(days=20), outcome=GoalOutcome.ACHIEVED
        )
    with coordinator.unit_of_work() as uow:
        result = followup.evaluate_goal(
            uow, goal_b, on=TODAY + timedelta(days=20), outcome=GoalOutcome.PARTLY
        )
    view = result.view
    a = view.goal(goal_a)
    assert [(e.evaluated_on, e.outcome, e.note, e.member_name) for e in a.evaluations] == [
        (TODAY + timedelta(days=5), GoalOutcome.PARTLY, "Twee dagen", "Cor Coördinator"),
        (TODAY + timedelta(days=20), GoalOutcome.ACHIEVED, "", "Cor Coördinator"),
    ]
    assert a.latest_outcome == GoalOutcome.ACHIEVED
    assert view.goal(goal_b).latest_outcome == GoalOutcome.PARTLY
    summary = view.goal_summary
    assert (summary.achieved, summary.partly, summary.not_achieved, summary.not_evaluated) == (
        1,
        1,
        0,
        0,
    )
    assert (
        summary.text("nl") == "1 behaald, 1 deels behaald, 0 niet behaald, 0 nog niet geëvalueerd"
    )
    assert summary.text("en") == (
        "1 achieved, 1 partly achieved, 0 not achieved, 0 not evaluated yet"
    )
    assert (
        log_details(coordinator, advised.case_id)[-1]
        == f"follow-up: goal {goal_b} evaluated partly"
    )


@pytest.mark.parametrize("outcome", [GoalOutcome.NOT_ACHIEVED, GoalOutcome.NOT_EVALUABLE])
def test_not_achieved_and_not_evaluable_need_a_note(advised, coordinator, outcome):
    goal = advised.goal_ids[0]
    with pytest.raises(ValidationError) as refused, coordinator.unit_of_work() as uow:
        followup.evaluate_goal(uow, goal, on=TODAY, outcome=outcome)
    assert problem_fields(refused.value) == ["note"]
    with coordinator.unit_of_work() as uow:
        result = followup.evaluate_goal(uow, goal, on=TODAY, outcome=outcome, note="School dicht")
    assert result.view.goal_summary.count(outcome) == 1


def test_the_due_flag_follows_the_teams_evaluation_notice(advised, open_team):
    goal_a = advised.goal_ids[0]  # evaluation moment: advice + 170 days
    moment = TODAY + timedelta(days=170)

    def due(days_before: int) -> bool:
        team = open_team(Role.COORDINATOR, FixedClock(NOW + timedelta(days=170 - days_before)))
        return view_of(team, advised.case_id).goal(goal_a).due

    assert due(14) is True  # the default notice is 14 days
    assert due(15) is False
    with open_team(Role.BEHEERDER).unit_of_work() as uow:
        settings.update_settings(uow, evaluation_notice_days=30)
    assert due(15) is True and due(30) is True and due(31) is False
    # An evaluation inside the notice window settles it; one before it does not.
    team = open_team(Role.COORDINATOR, FixedClock(NOW + timedelta(days=160)))
    with team.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, goal_a, on=moment - timedelta(days=31), outcome=GoalOutcome.PARTLY
        )
    assert view_of(team, advised.case_id).goal(goal_a).due is True
    with team.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, goal_a, on=moment - timedelta(days=30), outcome=GoalOutcome.PARTLY
        )
    assert view_of(team, advised.case_id).goal(goal_a).due is False
    assert view_of(team, advised.case_id).goal(advised.goal_ids[1]).due is False


# --- a new advice version --------------------------------------------------------------------


def issue_second_version(chair: TeamSession, case_id: int, *, keep: int) -> advice.AdviceState:
    """Version 2 with the first `keep` care items of version 1 (and both goals)."""
    with chair.unit_of_work() as uow:
        state = advice.new_version(uow, case_id, "Andere intensiteit na overleg")
    assert state.draft is not None
    changed = state.draft.to_draft()
    changed.care_items = changed.care_items[:keep]
    changed.rationale += " Aangepast."
    with chair.unit_of_work() as uow:
        state = advice.save_draft(
            uow, case_id, changed, expected_row_version=state.draft.row_version
        )
    assert state.draft is not None
    with chair.unit_of_work() as uow:
        return advice.issue_advice(uow, state.draft.id)


def test_a_new_version_keeps_the_follow_up_of_the_care_lines_it_keeps(advised, open_team):
    first, second = advised.care_item_ids
    coordinator = open_team(Role.COORDINATOR, later(5))
    with coordinator.unit_of_work() as uow:
        followup.record_start(uow, first, on=TODAY + timedelta(days=3))
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, second, CareAnswer.DECLINED, on=TODAY + timedelta(days=4), reason="Vol"
        )
    with coordinator.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, advised.goal_ids[0], on=TODAY + timedelta(days=4), outcome=GoalOutcome.PARTLY
        )
    chair = open_team(Role.VOORZITTER, later(5))
    state = issue_second_version(chair, advised.case_id, keep=2)
    assert state.current is not None and state.current.number == 2
    new_first, new_second = (c.id for c in state.current.care_items)
    assert {new_first, new_second}.isdisjoint({first, second})
    view = view_of(coordinator, advised.case_id)
    assert view.advice_number == 2 and view.advice_id == state.current.id
    kept = view.item(new_first)
    assert kept.started_on == TODAY + timedelta(days=3)
    assert [u.kind for u in kept.updates] == [CareUpdateKind.ANSWER, CareUpdateKind.START]
    assert view.item(new_second).answer == CareAnswer.DECLINED
    goal = view.goal(state.current.goals[0].id)
    assert [e.outcome for e in goal.evaluations] == [GoalOutcome.PARTLY]
    # The superseded version's rows take nothing more.
    with pytest.raises(InvalidTransition) as refused, coordinator.unit_of_work() as uow:
        followup.record_answer(uow, second, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=5))
    assert "vervangen door versie 2" in refused.value.message.nl
    with pytest.raises(InvalidTransition), coordinator.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, advised.goal_ids[1], on=TODAY + timedelta(days=5), outcome=GoalOutcome.ACHIEVED
        )
    with coordinator.unit_of_work() as uow:
        followup.record_answer(uow, new_second, CareAnswer.ACCEPTED, on=TODAY + timedelta(days=5))
    assert view_of(coordinator, advised.case_id).item(new_second).answer == CareAnswer.ACCEPTED


def test_an_item_dropped_by_the_new_version_leaves_the_current_view(advised, open_team):
    second = advised.care_item_ids[1]
    coordinator = open_team(Role.COORDINATOR, later(5))
    with coordinator.unit_of_work() as uow:
        followup.record_answer(
            uow, second, CareAnswer.DECLINED, on=TODAY + timedelta(days=2), reason="Vol"
        )
    chair = open_team(Role.VOORZITTER, later(5))
    state = issue_second_version(chair, advised.case_id, keep=1)
    assert state.current is not None
    view = view_of(coordinator, advised.case_id)
    assert [i.care_kind_code for i in view.care_items] == ["intensive_family"]
    assert view.care_items[0].care_item_id == state.current.care_items[0].id
    assert second not in {i.care_item_id for i in view.care_items}


def test_a_drafts_care_item_takes_no_follow_up(advised, open_team):
    chair = open_team(Role.VOORZITTER, later(5))
    with chair.unit_of_work() as uow:
        state = advice.new_version(uow, advised.case_id, "Nieuwe aanbieder")
    assert state.draft is not None
    draft_item = state.draft.care_items[0].id
    with pytest.raises(InvalidTransition) as refused, chair.unit_of_work() as uow:
        followup.record_start(uow, draft_item, on=TODAY)
    assert "concept-advies" in refused.value.message.nl
    # While the draft is open, version 1 stays the version in force.
    view = view_of(chair, advised.case_id)
    assert view.advice_number == 1
    with chair.unit_of_work() as uow:
        followup.record_start(uow, advised.care_item_ids[0], on=TODAY)


# --- the big five ----------------------------------------------------------------------------


def register(team: TeamSession, born: date, bsn: str = "111222333") -> int:
    with team.unit_of_work() as uow:
        return cases.register_case(uow, draft(born=born, bsn=bsn)).case_id


def test_the_big_five_apply_from_sixteen_and_a_half(open_team):
    team = open_team(Role.COORDINATOR)
    exactly = register(team, add_months(TODAY, -(16 * 12 + 6)))
    younger = register(team, add_months(TODAY, -(16 * 12 + 6)) + timedelta(days=1), "123456782")
    with team.unit_of_work() as uow:
        view = followup.transition_checklist(uow, exactly)
        young = followup.transition_checklist(uow, younger)
    assert view.applies is True and young.applies is False
    assert view.eighteenth_birthday == add_months(TODAY, 18)
    assert view.turns_18_soon is False  # 18 months away; the team looks 6 months ahead
    assert [i.area for i in view.items] == list(BigFiveArea)
    assert all(i.status == BigFiveStatus.OPEN and i.updated_at is None for i in view.items)
    with pytest.raises(InvalidTransition) as refused, team.unit_of_work() as uow:
        followup.save_transition_check(uow, younger, BigFiveArea.HOUSING, BigFiveStatus.ARRANGED)
    assert "16,5 jaar" in refused.value.message.nl


def test_a_big_five_area_is_saved_and_logged(open_team):
    team = open_team(Role.COORDINATOR)
    case_id = register(team, add_months(TODAY, -(17 * 12 + 8)))  # 18 in four months
    with team.unit_of_work() as uow:
        view = followup.save_transition_check(
            uow, case_id, BigFiveArea.HOUSING, BigFiveStatus.IN_PROGRESS, " Kamer bij oom "
        )
    assert view.turns_18_soon is True and view.may_record is True
    housing = view.item(BigFiveArea.HOUSING)
    assert (housing.status, housing.note, housing.member_name) == (
        BigFiveStatus.IN_PROGRESS,
        "Kamer bij oom",
        "Cor Coördinator",
    )
    assert housing.updated_at is not None
    assert view.item(BigFiveArea.INCOME).status == BigFiveStatus.OPEN
    with team.unit_of_work() as uow:
        followup.save_transition_checks(
            uow,
            case_id,
            [
                followup.TransitionInput(BigFiveArea.HOUSING, BigFiveStatus.ARRANGED, "Kamer"),
                followup.TransitionInput(BigFiveArea.INCOME, BigFiveStatus.NOT_NEEDED),
                # The window sends every row; an untouched area is not "changed" by saving.
                followup.TransitionInput(BigFiveArea.WELLBEING, BigFiveStatus.OPEN, " "),
            ],
        )
    with team.unit_of_work() as uow:
        again = followup.transition_checklist(uow, case_id)
    wellbeing = again.item(BigFiveArea.WELLBEING)
    assert (wellbeing.member_name, wellbeing.updated_at) == ("", None)
    assert again.item(BigFiveArea.HOUSING).status == BigFiveStatus.ARRANGED
    assert again.item(BigFiveArea.INCOME).status == BigFiveStatus.NOT_NEEDED
    assert log_details(team, case_id)[-2:] == [
        "follow-up: big five housing in_progress",
        "follow-up: big five housing arranged, income not_needed",
    ]
    member = open_team(Role.LID)
    with member.unit_of_work() as uow:
        assert followup.transition_checklist(uow, case_id).may_record is False
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        followup.save_transition_check(uow, case_id, BigFiveArea.SUPPORT, BigFiveStatus.ARRANGED)
