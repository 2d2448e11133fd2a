"""The work list (werklijst) on the real encrypted database: each kind of signal appears
when it is due and goes when it is resolved; thresholds come from the team settings;
closed cases, other people's cases ("mine") and superseded advice versions stay out."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CaseStatus,
    FundingDecision,
    GoalOutcome,
    Role,
    SignalKind,
    SuspensionReason,
)
from expertteam_app.services import (
    advice,
    cases,
    closing,
    followup,
    funding,
    lifecycle,
    meetings,
    settings,
    worklist,
)
from expertteam_app.services.context import FixedClock, TeamSession
from tests.support.advice import Table, plan_table
from tests.support.cases import draft
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import NOW

K = SignalKind
TODAY = NOW.date()  # 15 June 2026; the advice in these tests is issued on this day


def on(day: date) -> FixedClock:
    return FixedClock(datetime.combine(day, NOW.timetz()))


def later(days: int) -> FixedClock:
    return FixedClock(NOW + timedelta(days=days))


def listed(team: TeamSession, **options) -> worklist.WorkList:
    with team.unit_of_work() as uow:
        return worklist.work_list(uow, **options)


def of_kind(work: worklist.WorkList, kind: SignalKind, case_id: int | None = None):
    return [s for s in work.signals if s.kind is kind and case_id in (None, s.case_id)]


@pytest.fixture
def table(open_team) -> Table:
    return plan_table(open_team(Role.COORDINATOR))


@pytest.fixture
def advised(open_team, table) -> Advised:
    """Version 1 issued today: Horizon starts by 28 June, De Linde by 15 July."""
    return issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)


# --- care not started, providers not answering -------------------------------------------------


def test_a_care_item_past_its_latest_start_shows_until_the_start_is_recorded(advised, open_team):
    horizon, _linde = advised.care_item_ids
    team = open_team(Role.COORDINATOR, on(date(2026, 7, 5)))
    late = of_kind(listed(team), K.LATE_START)
    assert len(late) == 1  # De Linde may start until 15 July
    signal = late[0]
    assert signal.case_id == advised.case_id
    assert signal.subject == "Zorggroep Horizon (synthetisch)"
    assert signal.due_on == date(2026, 6, 28) and signal.days_over == 7 and signal.overdue
    assert signal.area == "followup"
    assert signal.case_reference.startswith("ET-2026-")
    assert signal.young_person_name == "Daan van der Berg"

    with team.unit_of_work() as uow:
        followup.record_start(uow, horizon, on=date(2026, 7, 4))
    after = listed(team)
    assert of_kind(after, K.LATE_START) == []
    assert after.counts[K.LATE_START] == 0
    # A started item needs no answer any more; De Linde still owes one.
    assert [s.subject for s in of_kind(after, K.NO_ANSWER)] == ["Gezinshuis De Linde (synthetisch)"]
    # Twelve days on, De Linde is late too.
    assert len(of_kind(listed(open_team(Role.COORDINATOR, later(32))), K.LATE_START)) == 1


def test_a_declined_care_item_is_still_late_and_says_so(advised, open_team):
    horizon, _linde = advised.care_item_ids
    team = open_team(Role.COORDINATOR, on(date(2026, 7, 1)))
    with team.unit_of_work() as uow:
        followup.record_answer(
            uow, horizon, CareAnswer.DECLINED, on=date(2026, 6, 20), reason="Geen plek"
        )
    work = listed(team)
    assert [s.subject for s in of_kind(work, K.LATE_START)] == [
        "Zorggroep Horizon (synthetisch) (geweigerd)"
    ]
    english = listed(team, language="en")
    assert of_kind(english, K.LATE_START)[0].subject.endswith("(declined)")
    # It has answered (no), so only De Linde is asked for an answer.
    assert [s.subject for s in of_kind(work, K.NO_ANSWER)] == ["Gezinshuis De Linde (synthetisch)"]


def test_a_provider_that_has_not_answered_shows_after_the_teams_term(advised, open_team):
    _horizon, linde = advised.care_item_ids
    # Ten days (the default term) after the advice is still in time.
    assert listed(open_team(Role.COORDINATOR, later(10))).counts[K.NO_ANSWER] == 0
    team = open_team(Role.COORDINATOR, later(11))
    unanswered = of_kind(listed(team), K.NO_ANSWER)
    assert sorted(s.subject for s in unanswered) == [
        "Gezinshuis De Linde (synthetisch)",
        "Zorggroep Horizon (synthetisch)",
    ]
    assert {(s.due_on, s.days_over) for s in unanswered} == {(date(2026, 6, 25), 1)}
    with team.unit_of_work() as uow:
        followup.record_answer(uow, linde, CareAnswer.ACCEPTED, on=date(2026, 6, 24))
    assert [s.subject for s in of_kind(listed(team), K.NO_ANSWER)] == [
        "Zorggroep Horizon (synthetisch)"
    ]


def test_a_superseded_advice_versions_care_items_do_not_count(advised, open_team):
    chair = open_team(Role.VOORZITTER, later(5))
    with chair.unit_of_work() as uow:
        state = advice.new_version(uow, advised.case_id, "De Linde vervalt")
    assert state.draft is not None
    changed = state.draft.to_draft()
    changed.care_items = changed.care_items[:1]  # only Horizon stays
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, advised.case_id, changed)
    assert state.draft is not None
    with chair.unit_of_work() as uow:
        current = advice.issue_advice(uow, state.draft.id).current
    assert current is not None

    # 25 July: both of version 1's latest starts have passed, but De Linde is no longer
    # advised, and Horizon counts once, as version 2's care item.
    team = open_team(Role.COORDINATOR, on(date(2026, 7, 25)))
    work = listed(team)
    assert [s.subject for s in of_kind(work, K.LATE_START)] == ["Zorggroep Horizon (synthetisch)"]
    assert [s.subject for s in of_kind(work, K.NO_ANSWER)] == ["Zorggroep Horizon (synthetisch)"]
    # The answer term runs from the version in force (20 June).
    assert of_kind(work, K.NO_ANSWER)[0].due_on == date(2026, 6, 30)
    with team.unit_of_work() as uow:
        followup.record_start(uow, current.care_items[0].id, on=date(2026, 7, 24))
    work = listed(team)
    assert work.counts[K.LATE_START] == 0 and work.counts[K.NO_ANSWER] == 0


# --- lead time ---------------------------------------------------------------------------------


def register(team: TeamSession, registered_on: date, bsn: str, **person) -> int:
    new = draft(bsn=bsn, **person)
    new.registered_on = registered_on
    with team.unit_of_work() as uow:
        return cases.register_case(uow, new).case_id


def lead_signal(team: TeamSession, case_id: int):
    found = of_kind(listed(team), K.LEAD_TIME, case_id)
    return found[0] if found else None


def test_the_lead_time_signal_comes_a_week_before_the_target_and_stays_after(open_team):
    team = open_team(Role.COORDINATOR)  # target 6 weeks (42 days), signal 7 days before
    past = register(team, date(2026, 5, 1), "111222333")  # day 45 today
    near = register(team, date(2026, 5, 10), "123456782")  # day 36: 6 days left
    fresh = register(team, date(2026, 5, 20), "232262536")  # day 26: 16 days left
    assert lead_signal(team, past).due_on == date(2026, 6, 12)
    assert lead_signal(team, past).days_over == 3
    assert lead_signal(team, past).area == "registration"
    assert lead_signal(team, near).days_over == -6
    assert lead_signal(team, fresh) is None
    # It counts until the advice: on the agenda still counts; not admissible ends it.
    with team.unit_of_work() as uow:
        lifecycle.change_status(uow, past, CaseStatus.IN_BEHANDELING)
        lifecycle.change_status(uow, near, CaseStatus.NIET_ONTVANKELIJK, reason="Niet vastgelopen")
    assert lead_signal(team, past) is not None
    assert lead_signal(team, near) is None


def test_a_suspension_pauses_the_lead_time_clock(open_team):
    team = open_team(Role.COORDINATOR)
    case_id = register(team, date(2026, 5, 1), "111222333")
    with team.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow, case_id, SuspensionReason.WAITING_FOR_CONSENT, "Vader", on=date(2026, 5, 5)
        )
    # While suspended, the clock stands still well before the target: no signal.
    assert lead_signal(team, case_id) is None
    with team.unit_of_work() as uow:
        lifecycle.resume_case(uow, case_id, on=date(2026, 5, 15))
    signal = lead_signal(team, case_id)
    # Ten days paused: the target is reached ten days later, 22 June instead of 12 June.
    assert signal is not None
    assert signal.due_on == date(2026, 6, 22) and signal.days_over == -7
    assert signal.subject == ""


def test_a_case_suspended_after_its_target_still_shows(open_team):
    team = open_team(Role.COORDINATOR)
    case_id = register(team, date(2026, 3, 2), "111222333")
    with team.unit_of_work() as uow:
        lifecycle.suspend_case(
            uow, case_id, SuspensionReason.WAITING_FOR_INFORMATION, "Dossier", on=date(2026, 6, 5)
        )
    signal = lead_signal(team, case_id)
    # Registered 2 March, target 13 April; ten days of suspension so far push it to 23 April.
    assert signal is not None and signal.due_on == date(2026, 4, 23)
    assert signal.days_over == 53 and signal.subject == "opgeschort"


def test_the_thresholds_come_from_the_team_settings(advised, open_team):
    team = open_team(Role.COORDINATOR, later(8))
    near = register(team, date(2026, 5, 17), "123456782")  # 23 June: day 37 of 42
    work = listed(team)
    assert lead_signal(team, near) is not None
    assert work.counts[K.NO_ANSWER] == 0  # 8 days after the advice

    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        settings.update_settings(uow, lead_time_warning_days=3, provider_answer_days=5)
    assert lead_signal(team, near) is None  # 5 days left, warned 3 days ahead now
    assert listed(team).counts[K.NO_ANSWER] == 2
    with admin.unit_of_work() as uow:
        settings.update_settings(uow, target_lead_time_weeks=4)
    signal = lead_signal(team, near)
    assert signal is not None and signal.due_on == date(2026, 6, 14) and signal.days_over == 9


# --- funding -----------------------------------------------------------------------------------


def test_an_undecided_funding_request_shows_after_the_municipalitys_term(advised, open_team):
    horizon, _linde = advised.care_item_ids
    coordinator = open_team(Role.COORDINATOR)
    with coordinator.unit_of_work() as uow:
        requested = funding.request_funding(
            uow,
            horizon,
            funding.FundingRequestInput("GM0014", Decimal("12500.50"), requested_on=TODAY),
        )
    request_id = requested.items[0].requests[0].id
    assert listed(open_team(Role.COORDINATOR, later(28))).counts[K.FUNDING_UNDECIDED] == 0
    team = open_team(Role.COORDINATOR, later(29))
    undecided = of_kind(listed(team), K.FUNDING_UNDECIDED)
    assert len(undecided) == 1
    assert undecided[0].subject == "Groningen"
    assert undecided[0].due_on == date(2026, 7, 13) and undecided[0].days_over == 1
    assert undecided[0].area == "funding"
    with team.unit_of_work() as uow:
        funding.record_decision(
            uow,
            request_id,
            FundingDecision.COMMITTED,
            on=date(2026, 7, 14),
            committed_amount=Decimal("12500.50"),
            reference="BESL-1",
        )
    assert listed(team).counts[K.FUNDING_UNDECIDED] == 0


# --- goals, 18th birthdays, meetings -------------------------------------------------------------


def test_a_goal_evaluation_shows_two_weeks_ahead_until_it_is_evaluated(advised, open_team):
    # The first goal is evaluated on 2 December (advice + 170 days).
    assert listed(open_team(Role.COORDINATOR, on(date(2026, 11, 17)))).counts[K.EVALUATION_DUE] == 0
    team = open_team(Role.COORDINATOR, on(date(2026, 11, 18)))
    due = of_kind(listed(team), K.EVALUATION_DUE)
    assert len(due) == 1
    assert due[0].due_on == date(2026, 12, 2) and due[0].days_over == -14
    assert due[0].subject == "Daan gaat weer drie dagen per week naar school"
    with team.unit_of_work() as uow:
        followup.evaluate_goal(
            uow, advised.goal_ids[0], on=date(2026, 11, 18), outcome=GoalOutcome.PARTLY
        )
    assert listed(team).counts[K.EVALUATION_DUE] == 0
    # An evaluation from before the window does not count for this moment.
    much_later = open_team(Role.COORDINATOR, on(date(2027, 1, 10)))
    assert [s.due_on for s in of_kind(listed(much_later), K.EVALUATION_DUE)] == [
        date(2027, 1, 15)  # the second goal; the first was evaluated in its window
    ]


def test_a_long_goal_description_is_shortened():
    text = "De jeugdige " + "gaat heel erg graag weer naar school " * 4
    short = worklist.shorten(text)
    assert len(short) <= worklist.SUBJECT_LENGTH and short.endswith("…")
    assert text.startswith(short[:-1])


def test_young_people_turning_18_within_the_teams_months(open_team):
    team = open_team(Role.COORDINATOR)
    soon = register(team, date(2026, 5, 1), "111222333", born=date(2008, 9, 1))
    later_on = register(team, date(2026, 5, 1), "123456782", born=date(2009, 1, 1))
    signals = of_kind(listed(team), K.TURNING_18)
    assert [s.case_id for s in signals] == [soon]
    assert signals[0].due_on == date(2026, 9, 1) and signals[0].days_over == -78
    assert signals[0].subject == "5 van 5 leefgebieden nog open"
    assert signals[0].area == "transition"
    with team.unit_of_work() as uow:
        followup.save_transition_check(uow, soon, BigFiveArea.HOUSING, BigFiveStatus.ARRANGED)
        followup.save_transition_check(uow, soon, BigFiveArea.INCOME, BigFiveStatus.NOT_NEEDED)
        followup.save_transition_check(uow, soon, BigFiveArea.SUPPORT, BigFiveStatus.IN_PROGRESS)
    assert of_kind(listed(team), K.TURNING_18)[0].subject == "3 van 5 leefgebieden nog open"
    with open_team(Role.BEHEERDER).unit_of_work() as uow:
        settings.update_settings(uow, turning_18_months=7)
    assert {s.case_id for s in of_kind(listed(team), K.TURNING_18)} == {soon, later_on}
    # After the 18th birthday the signal is gone.
    after = listed(open_team(Role.COORDINATOR, on(date(2026, 9, 2))))
    assert {s.case_id for s in of_kind(after, K.TURNING_18)} == {later_on}


def test_born_on_29_february_turns_18_on_28_february(open_team):
    team = open_team(Role.COORDINATOR, on(date(2026, 1, 10)))
    case_id = register(team, date(2026, 1, 5), "111222333", born=date(2008, 2, 29), consent=False)
    signal = of_kind(listed(team), K.TURNING_18, case_id)
    assert signal and signal[0].due_on == date(2026, 2, 28)


def test_a_case_on_a_coming_agenda_without_preparation(table, open_team):
    team = open_team(Role.COORDINATOR)
    signals = of_kind(listed(team), K.NO_PREPARATION)
    # plan_table leaves the second case's preparation empty.
    assert [s.case_id for s in signals] == [table.case_ids[1]]
    assert signals[0].due_on == date(2026, 6, 18) and signals[0].days_over == -3
    assert signals[0].subject == "Casusoverleg juni, 18-06-2026 14:00"
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    data = view.to_input()
    data.agenda = [meetings.AgendaInput(a.case_id, "Voorbereid: wachtlijst.") for a in data.agenda]
    with team.unit_of_work() as uow:
        meetings.update_meeting(uow, view.id, data, expected_version=view.version)
    assert listed(team).counts[K.NO_PREPARATION] == 0


def test_a_meeting_that_has_been_held_asks_for_no_preparation(table, open_team):
    assert listed(open_team(Role.COORDINATOR, later(4))).counts[K.NO_PREPARATION] == 0


# --- who sees what -------------------------------------------------------------------------------


def test_closed_and_not_admissible_cases_are_left_out(advised, open_team):
    team = open_team(Role.COORDINATOR, on(date(2026, 7, 5)))
    assert of_kind(listed(team), K.LATE_START, advised.case_id)
    with team.unit_of_work() as uow:
        closing.close_case(
            uow,
            advised.case_id,
            result_code="withdrawn",
            note="Gezin verhuisd (synthetisch).",
            on=date(2026, 7, 5),
        )
    assert [s for s in listed(team).signals if s.case_id == advised.case_id] == []


def set_owner(team: TeamSession, case_id: int, member_id: int) -> None:
    with team.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        assert case is not None
        case.owner_id = member_id


def test_mine_keeps_the_cases_the_actor_owns(table, open_team):
    coordinator = open_team(Role.COORDINATOR, later(4))
    chair = open_team(Role.VOORZITTER, later(4))
    first, second, third = table.case_ids
    set_owner(coordinator, first, coordinator.actor.member_id)
    set_owner(coordinator, second, chair.actor.member_id)
    everyone = listed(coordinator)
    assert {s.case_id for s in of_kind(everyone, K.LEAD_TIME)} == {first, second, third}
    mine = listed(coordinator, mine=True)
    assert {s.case_id for s in mine.signals} == {first}
    assert mine.signals[0].owner_name == "Cor Coördinator"
    assert {s.case_id for s in listed(chair, mine=True).signals} == {second}
    assert listed(open_team(Role.LID), mine=True).signals == ()


def test_the_limit_cuts_the_list_but_not_the_counts(table, open_team):
    team = open_team(Role.COORDINATOR, later(4))
    full = listed(team)
    assert full.counts[K.LEAD_TIME] == 3 and not full.truncated
    days = [s.days_over for s in full.signals]
    assert days == sorted(days, reverse=True)  # the most urgent first
    cut = listed(team, limit=2)
    assert len(cut.signals) == 2 and cut.truncated
    assert cut.counts == full.counts and cut.total == full.total
    assert cut.signals == full.signals[:2]


def test_a_kind_filter_lists_and_counts_only_those_kinds(advised, open_team):
    team = open_team(Role.COORDINATOR, on(date(2026, 7, 5)))
    only = listed(team, kinds=frozenset({K.LATE_START}))
    assert {s.kind for s in only.signals} == {K.LATE_START}
    assert set(only.counts) == {K.LATE_START}
    assert listed(team, kinds=frozenset()).signals == ()


def test_every_member_may_read_it_and_it_is_logged_without_client_data(advised, open_team):
    member = open_team(Role.LID, on(date(2026, 7, 5)))
    assert listed(member, mine=False).total > 0
    with member.unit_of_work() as uow:
        entry = uow.session.scalars(
            select(AccessLogEntry).order_by(AccessLogEntry.id.desc()).limit(1)
        ).one()
    assert entry.action == AuditAction.SEARCH
    assert entry.detail.startswith("work list: team; kinds=lead_time,")
    assert "Berg" not in entry.detail and entry.case_id is None
