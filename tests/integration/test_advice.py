"""The binding advice: drafted, issued by the chair only, frozen, changed by new versions."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from expertteam_app.domain.enums import CaseStatus, Role
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import advice, cases
from tests.support.advice import plan_table, two_item_draft
from tests.support.team import NOW

S = CaseStatus
TODAY = NOW.date()


def drafted(open_team):
    table = plan_table(open_team(Role.COORDINATOR))  # the coordinator keeps the sociale kaart
    chair = open_team(Role.VOORZITTER)
    case_id = table.case_ids[0]
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, case_id, two_item_draft(table.provider_ids, today=TODAY))
    return chair, table, case_id, state


def test_the_chair_issues_an_advice_with_two_care_items_and_two_goals(open_team):
    chair, _table, case_id, state = drafted(open_team)
    assert state.draft is not None and state.draft.number == 1
    with chair.unit_of_work() as uow:
        issued = advice.issue_advice(uow, state.draft.id)
    current = issued.current
    assert current is not None and current.is_issued and issued.draft is None
    assert current.issued_on == TODAY and current.issued_by == "Vera Voorzit"
    assert [c.care_kind.code for c in current.care_items] == ["intensive_family", "family_home"]
    assert current.care_items[0].provider_name.startswith("Zorggroep Horizon")
    assert current.total_cost == Decimal("60500.50")  # exact, to the cent
    assert len(current.goals) == 2
    with chair.unit_of_work() as uow:
        detail = cases.get_case(uow, case_id)
    assert detail.status == S.ADVIES_UITGEBRACHT
    assert detail.status_history[-1].to_status == S.ADVIES_UITGEBRACHT


def test_an_issued_advice_cannot_be_changed_through_the_service(open_team):
    chair, table, case_id, state = drafted(open_team)
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    changed = two_item_draft(table.provider_ids, today=TODAY)
    changed.rationale = "Anders"
    with pytest.raises(InvalidTransition) as refused, chair.unit_of_work() as uow:
        advice.save_draft(uow, case_id, changed)
    assert "nieuwe versie" in refused.value.message.nl
    with pytest.raises(InvalidTransition), chair.unit_of_work() as uow:
        advice.discard_draft(uow, state.draft.id)
    with pytest.raises(InvalidTransition), chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE binding_advice SET rationale = 'vervalst' WHERE id = :id",
        "UPDATE binding_advice SET issued_at = NULL WHERE id = :id",
        "DELETE FROM binding_advice WHERE id = :id",
        "UPDATE advice_care_item SET expected_cost = 1 WHERE advice_id = :id",
        "DELETE FROM advice_care_item WHERE advice_id = :id",
        "UPDATE advice_goal SET description = 'x' WHERE advice_id = :id",
        "DELETE FROM advice_goal WHERE advice_id = :id",
        "UPDATE advice_recipient SET name = 'x' WHERE advice_id = :id",
        "INSERT INTO advice_goal (advice_id, position, description, measure, target_date, "
        "evaluation_date) VALUES (:id, 9, 'extra', '', '2027-01-01', '2027-01-01')",
    ],
)
def test_an_issued_advice_cannot_be_changed_with_sql_either(open_team, statement):
    chair, _table, case_id, state = drafted(open_team)
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    with pytest.raises(IntegrityError, match="issued binding advice"), chair.unit_of_work() as uow:
        uow.session.execute(text(statement), {"id": state.draft.id})
    with chair.unit_of_work() as uow:
        after = advice.advice_state(uow, case_id).current
    assert after is not None and after.rationale.startswith("Passende hulp")
    assert len(after.goals) == 2 and after.total_cost == Decimal("60500.50")


def test_a_draft_can_still_be_changed_with_sql(open_team):
    # The triggers freeze issued versions only: the draft above them stays workable.
    chair, _table, _case_id, state = drafted(open_team)
    with chair.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE advice_goal SET measure = 'ander' WHERE advice_id = :id"),
            {"id": state.draft.id},
        )


def test_a_change_is_a_new_version_with_a_reason_and_the_differences_show(open_team):
    chair, table, case_id, state = drafted(open_team)
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    with pytest.raises(ValidationError), chair.unit_of_work() as uow:
        advice.new_version(uow, case_id, "  ")
    with chair.unit_of_work() as uow:
        opened = advice.new_version(uow, case_id, "Aanbieder heeft geen plek; ander gezinshuis")
    draft2 = opened.draft
    assert draft2 is not None and draft2.number == 2
    assert draft2.change_reason.startswith("Aanbieder heeft geen plek")
    changed = draft2.to_draft()
    changed.care_items[1] = advice.CareItemInput(
        "family_home",
        table.provider_ids[1],
        "Voltijds, met logeerweekenden",
        TODAY + timedelta(days=35),
        "",
        "GM0014",
        Decimal("51000.00"),
    )
    with chair.unit_of_work() as uow:
        advice.save_draft(uow, case_id, changed, expected_row_version=draft2.row_version)
    with chair.unit_of_work() as uow:
        final = advice.issue_advice(uow, draft2.id)
    first, second = final.versions
    assert first.superseded and not second.superseded and final.current == second
    found = advice.differences(first, second)
    assert [d.what_nl for d in found] == ["In te zetten hulp 2"]
    assert "48.000,00" in found[0].before and "51.000,00" in found[0].after
    with chair.unit_of_work() as uow:
        assert cases.get_case(uow, case_id).status == S.ADVIES_UITGEBRACHT


def test_only_the_chair_issues(open_team):
    _chair, _table, case_id, state = drafted(open_team)
    coordinator = open_team(Role.COORDINATOR)
    with pytest.raises(NotAllowed), coordinator.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    with coordinator.unit_of_work() as uow:  # but the coordinator may draft
        assert advice.advice_state(uow, case_id).draft is not None
    member = open_team(Role.LID)
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        advice.save_draft(uow, case_id, advice.AdviceDraft())


def test_issuing_checks_the_whole_advice(open_team):
    chair, table, case_id, _state = drafted(open_team)
    bad = two_item_draft(table.provider_ids, today=TODAY)
    bad.care_items[0] = advice.CareItemInput(
        "intensive_family", 99999, "", TODAY, "", "GM9999", Decimal("-1")
    )
    with pytest.raises(ValidationError) as refused, chair.unit_of_work() as uow:
        advice.save_draft(uow, case_id, bad)
    fields = {p.field for p in refused.value.problems}
    assert {
        "care_items.0.provider",
        "care_items.0.latest_start",  # not after the advice date
        "care_items.0.funding_municipality",
        "care_items.0.expected_cost",
    } <= fields

    empty = advice.AdviceDraft(rationale="", case_director_name="")
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, case_id, empty)
    with pytest.raises(ValidationError) as refused, chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    fields = {p.field for p in refused.value.problems}
    assert {"care_items", "rationale", "case_director_name", "recipients"} <= fields


def test_no_new_care_needed_is_an_advice_with_a_reason(open_team):
    chair, table, case_id, state = drafted(open_team)
    plain = two_item_draft(table.provider_ids, today=TODAY)
    plain.care_items = []
    plain.goals = []
    plain.no_new_care = True
    with chair.unit_of_work() as uow:
        advice.save_draft(uow, case_id, plain)
    with pytest.raises(ValidationError) as refused, chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    assert [p.field for p in refused.value.problems] == ["no_new_care_reason"]
    plain.no_new_care_reason = "De huidige hulp volstaat na afspraken over de school."
    with chair.unit_of_work() as uow:
        advice.save_draft(uow, case_id, plain)
    with chair.unit_of_work() as uow:
        issued = advice.issue_advice(uow, state.draft.id)
    assert issued.current is not None and issued.current.no_new_care


def test_a_first_advice_needs_the_case_on_an_agenda(open_team):
    from tests.support.advice import register_admissible

    plan = plan_table(open_team(Role.COORDINATOR))
    chair = open_team(Role.VOORZITTER)
    case_id = register_admissible(chair, first="Noor", last="Smit", bsn="111222333")
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, case_id, two_item_draft(plan.provider_ids, today=TODAY))
    with pytest.raises(InvalidTransition) as refused, chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    assert "agenda" in refused.value.message.nl


def test_the_lead_time_stops_at_the_advice(open_team):
    chair, _table, case_id, state = drafted(open_team)
    with chair.unit_of_work() as uow:
        before = cases.get_case(uow, case_id)
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    with chair.unit_of_work() as uow:
        after = cases.get_case(uow, case_id)
    assert before.lead_time_days == after.lead_time_days == 45  # 1 May to 15 June
    assert cases.lead_time_exceeded(before, target_weeks=6)  # 45 days > 42
    assert not cases.lead_time_exceeded(before, target_weeks=7)
    assert not cases.lead_time_exceeded(after, target_weeks=6)  # the advice is out: no warning
