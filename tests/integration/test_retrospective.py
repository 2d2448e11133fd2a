"""The retrospective on a case (terugblik), and the case's school and care-history contact,
on the real encrypted team database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from expertteam_app.domain.enums import AuditAction, AuditOutcome, ListKind, Role
from expertteam_app.errors import NotAllowed, NotFound, ValidationError
from expertteam_app.services import audit, cases, reference, retrospective
from expertteam_app.services.context import TeamSession
from expertteam_app.services.retrospective import (
    BottleneckInput,
    DecisionInput,
    RetrospectiveDraft,
)
from tests.support.cases import draft as case_draft
from tests.support.team import NOW

TODAY = NOW.date()


def register(team: TeamSession) -> int:
    d = case_draft()
    d.registered_on = date(2026, 5, 1)
    with team.unit_of_work() as uow:
        return cases.register_case(uow, d).case_id


def items(team: TeamSession, kind: ListKind) -> dict[str, int]:
    with team.unit_of_work(write=False) as uow:
        return {i.code: i.id for i in reference.list_items(uow, kind, include_inactive=True)}


def full_draft(team: TeamSession) -> RetrospectiveDraft:
    bottlenecks = items(team, ListKind.BOTTLENECK)
    themes = items(team, ListKind.THEME)
    return RetrospectiveDraft(
        how_it_arose="  Sinds groep 6 thuiszitter; moeder vroeg al in 2023 om hulp.  ",
        reflections="Met de kennis van nu hadden we eerder opgeschaald.",
        lessons="Wachtlijst niet afwachten: overbruggingszorg inzetten.",
        decisions=[
            DecisionInput(date(2023, 3, 1), "wijkteam", "Lichte ambulante hulp", "Liep vast"),
            DecisionInput(date(2024, 9, 1), "gemeente", "Geen maatwerk", "Wachtlijst"),
            DecisionInput(None, "school", "Verwijzing naar speciaal onderwijs", ""),
        ],
        bottlenecks=[
            BottleneckInput(bottlenecks["waiting_list"], "toegang", "Elf maanden gewacht"),
            BottleneckInput(bottlenecks["funding_dispute"], "gemeente", ""),
        ],
        theme_ids=list(themes.values())[:2],
    )


def save(
    team: TeamSession, case_id: int, draft: RetrospectiveDraft, version: int
) -> retrospective.RetrospectiveView:
    with team.unit_of_work() as uow:
        return retrospective.save_retrospective(uow, case_id, draft, version)


def read(team: TeamSession, case_id: int) -> retrospective.RetrospectiveView:
    with team.unit_of_work() as uow:
        return retrospective.retrospective(uow, case_id)


def problems_of(team: TeamSession, case_id: int, draft: RetrospectiveDraft) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        save(team, case_id, draft, read(team, case_id).version)
    return {p.field for p in caught.value.problems}


@pytest.fixture
def coordinator(open_team) -> TeamSession:  # type: ignore[no-untyped-def]
    return open_team(Role.COORDINATOR)  # type: ignore[no-any-return]


def test_a_new_case_has_an_empty_retrospective(coordinator: TeamSession) -> None:
    case_id = register(coordinator)
    view = read(coordinator, case_id)
    assert view.is_empty and view.version == 0
    assert (view.how_it_arose, view.decisions, view.bottlenecks, view.themes) == ("", (), (), ())
    assert view.updated_at is None and view.updated_by == ""


def test_saving_keeps_everything_in_the_order_given(coordinator: TeamSession) -> None:
    case_id = register(coordinator)
    draft = full_draft(coordinator)
    saved = save(coordinator, case_id, draft, 0)
    assert saved.version == 1
    view = read(coordinator, case_id)
    assert view == saved
    assert view.how_it_arose == "Sinds groep 6 thuiszitter; moeder vroeg al in 2023 om hulp."
    assert [d.decided_by_role for d in view.decisions] == ["wijkteam", "gemeente", "school"]
    assert view.decisions[0].decided_on == date(2023, 3, 1)
    assert view.decisions[2].decided_on is None
    assert [b.label for b in view.bottlenecks] == [
        "Wachtlijst",
        "Financieringsgeschil (wie betaalt?)",
    ]
    assert view.bottlenecks[0].where_in_chain == "toegang"
    assert view.bottlenecks[0].note == "Elf maanden gewacht"
    assert {t.item_id for t in view.themes} == set(draft.theme_ids)
    assert view.updated_by == "Cor Coördinator"
    assert view.updated_at == NOW

    # Moving a decision up and removing a bottleneck and a theme is a save of the whole.
    draft.decisions = [draft.decisions[1], draft.decisions[0]]
    draft.bottlenecks = draft.bottlenecks[1:]
    draft.theme_ids = draft.theme_ids[:1]
    again = save(coordinator, case_id, draft, 1)
    assert again.version == 2
    assert [d.decided_by_role for d in again.decisions] == ["gemeente", "wijkteam"]
    assert [b.label for b in again.bottlenecks] == ["Financieringsgeschil (wie betaalt?)"]
    assert [t.item_id for t in again.themes] == draft.theme_ids
    assert again.to_draft().decisions == draft.decisions


def test_empty_rows_are_dropped_and_an_unchanged_save_changes_nothing(
    coordinator: TeamSession,
) -> None:
    case_id = register(coordinator)
    draft = full_draft(coordinator)
    draft.decisions.append(DecisionInput())
    draft.bottlenecks.append(BottleneckInput(None, "  ", ""))
    saved = save(coordinator, case_id, draft, 0)
    assert len(saved.decisions) == 3 and len(saved.bottlenecks) == 2
    same = save(coordinator, case_id, saved.to_draft(), saved.version)
    assert same.version == saved.version


def test_a_decision_needs_its_text_and_its_role(coordinator: TeamSession) -> None:
    case_id = register(coordinator)
    draft = full_draft(coordinator)
    draft.decisions[0].decision = " "
    draft.decisions[1].decided_by_role = ""
    assert problems_of(coordinator, case_id, draft) == {
        "decisions[0].decision",
        "decisions[1].decided_by_role",
    }
    draft = full_draft(coordinator)
    draft.decisions[0].decided_by_role = "x" * (retrospective.ROLE_MAX + 1)
    assert problems_of(coordinator, case_id, draft) == {"decisions[0].decided_by_role"}


def test_a_decision_date_lies_between_birth_and_today(coordinator: TeamSession) -> None:
    case_id = register(coordinator)  # born 4-3-2012, registered 1-5-2026
    draft = full_draft(coordinator)
    draft.decisions[0].decided_on = TODAY + timedelta(days=1)
    draft.decisions[1].decided_on = date(2012, 3, 3)
    assert problems_of(coordinator, case_id, draft) == {
        "decisions[0].decided_on",
        "decisions[1].decided_on",
    }
    # Before the registration is the point of the timeline (how the problems arose).
    draft.decisions[0].decided_on = TODAY
    draft.decisions[1].decided_on = date(2012, 3, 4)
    assert save(coordinator, case_id, draft, 0).decisions[1].decided_on == date(2012, 3, 4)


def test_a_bottleneck_is_a_bottleneck_and_a_theme_a_theme(coordinator: TeamSession) -> None:
    case_id = register(coordinator)
    problem_area = items(coordinator, ListKind.PROBLEM_AREA)["autism"]
    bottleneck = items(coordinator, ListKind.BOTTLENECK)["waiting_list"]
    draft = full_draft(coordinator)
    draft.bottlenecks = [
        BottleneckInput(problem_area, "toegang", ""),
        BottleneckInput(None, "gemeente", "zonder categorie"),
        BottleneckInput(999_999, "", "bestaat niet"),
    ]
    draft.theme_ids = [bottleneck]
    assert problems_of(coordinator, case_id, draft) == {
        "bottlenecks[0].bottleneck_id",
        "bottlenecks[1].bottleneck_id",
        "bottlenecks[2].bottleneck_id",
        "theme_ids",
    }


def test_a_retired_item_may_stay_but_not_be_chosen_anew(open_team) -> None:  # type: ignore[no-untyped-def]
    coordinator = open_team(Role.COORDINATOR)
    case_id = register(coordinator)
    draft = full_draft(coordinator)
    saved = save(coordinator, case_id, draft, 0)
    retired_theme = draft.theme_ids[0]
    all_themes = list(items(coordinator, ListKind.THEME).values())
    with open_team(Role.BEHEERDER).unit_of_work() as uow:
        reference.set_list_item_active(uow, retired_theme, False)
        reference.set_list_item_active(uow, all_themes[3], False)
    kept = saved.to_draft()
    kept.lessons = "Aangevuld."
    assert save(coordinator, case_id, kept, saved.version).version == 2
    kept.theme_ids.append(all_themes[3])
    assert problems_of(coordinator, case_id, kept) == {"theme_ids"}
    with coordinator.unit_of_work() as uow:
        offered = {t.id for t in retrospective.themes(uow)}
    assert retired_theme not in offered and all_themes[2] in offered


def test_a_save_on_an_older_copy_is_refused(coordinator: TeamSession) -> None:
    case_id = register(coordinator)
    save(coordinator, case_id, full_draft(coordinator), 0)
    stale = full_draft(coordinator)
    stale.lessons = "Iets anders"
    with pytest.raises(ValidationError) as caught:
        save(coordinator, case_id, stale, 0)
    assert [p.field for p in caught.value.problems] == ["version"]
    assert (
        read(coordinator, case_id).lessons
        == "Wachtlijst niet afwachten: overbruggingszorg inzetten."
    )


def test_every_member_reads_only_chair_and_coordinator_change(open_team) -> None:  # type: ignore[no-untyped-def]
    coordinator = open_team(Role.COORDINATOR)
    case_id = register(coordinator)
    save(coordinator, case_id, full_draft(coordinator), 0)
    for role in (Role.LID, Role.BEHEERDER):
        team = open_team(role)
        assert read(team, case_id).lessons
        with pytest.raises(NotAllowed):
            save(team, case_id, full_draft(coordinator), 1)
    chair = open_team(Role.VOORZITTER)
    changed = full_draft(coordinator)
    changed.reflections = "De voorzitter vult aan."
    view = save(chair, case_id, changed, 1)
    assert view.version == 2 and view.updated_by == "Vera Voorzit"


def test_the_access_log_holds_reads_changes_and_refusals(open_team) -> None:  # type: ignore[no-untyped-def]
    coordinator = open_team(Role.COORDINATOR)
    case_id = register(coordinator)
    read(coordinator, case_id)
    save(coordinator, case_id, full_draft(coordinator), 0)
    lid = open_team(Role.LID)
    with pytest.raises(NotAllowed):
        save(lid, case_id, full_draft(coordinator), 1)
    with coordinator.unit_of_work(write=False) as uow:
        log = list(reversed(audit.entries_for_case(uow.session, case_id)))
    reads = [e for e in log if e.detail == "retrospective"]
    assert reads and reads[0].action == AuditAction.READ
    changes = [e for e in log if e.detail.startswith("retrospective: ")]
    assert len(changes) == 1 and changes[0].action == AuditAction.CHANGE
    assert changes[0].detail == (
        "retrospective: how_it_arose, reflections, lessons, decisions, bottlenecks, theme_ids"
    )
    refused = [e for e in log if e.outcome == AuditOutcome.REFUSED]
    assert refused and refused[-1].member_name == "Lies Lid"
    # An unchanged save is no change in the log.
    save(coordinator, case_id, read(coordinator, case_id).to_draft(), 1)
    with coordinator.unit_of_work(write=False) as uow:
        again = audit.entries_for_case(uow.session, case_id)
    assert len([e for e in again if e.detail.startswith("retrospective: ")]) == 1


def test_an_unknown_case_is_not_found(coordinator: TeamSession) -> None:
    with pytest.raises(NotFound):
        read(coordinator, 999_999)


def test_the_team_has_themes_to_choose_from(coordinator: TeamSession) -> None:
    with coordinator.unit_of_work(write=False) as uow:
        themes = retrospective.themes(uow)
    assert len(themes) >= 8 and all(t.kind == ListKind.THEME for t in themes)


def test_school_and_care_history_contact_are_saved_and_read_back(
    coordinator: TeamSession,
) -> None:
    d = case_draft()
    d.school_name = "  De Regenboog (synthetisch)  "
    d.care_history[0].contact_name = " Mw. Jansen "
    with coordinator.unit_of_work() as uow:
        case_id = cases.register_case(uow, d).case_id
    with coordinator.unit_of_work() as uow:
        detail = cases.get_case(uow, case_id)
    assert detail.school_name == "De Regenboog (synthetisch)"
    assert detail.care_history[0].contact_name == "Mw. Jansen"
    again = detail.to_draft()
    assert again.school_name == "De Regenboog (synthetisch)"
    assert again.care_history[0].contact_name == "Mw. Jansen"
    again.school_name = "Dagbesteding Het Anker (synthetisch)"
    with coordinator.unit_of_work() as uow:
        changed = cases.update_case(uow, case_id, again, expected_version=detail.version)
    assert changed.school_name == "Dagbesteding Het Anker (synthetisch)"
    # Undo puts the earlier school back: the snapshot holds the new fields too.
    with coordinator.unit_of_work() as uow:
        undone = cases.undo_last_save(uow, case_id)
    assert undone.school_name == "De Regenboog (synthetisch)"
    assert undone.care_history[0].contact_name == "Mw. Jansen"
    # A snapshot written before these fields existed still reads.
    old = cases.draft_to_json(cases.CaseDraft())
    assert cases.draft_from_json(old.replace('"school_name": "", ', "")).school_name == ""


def test_the_demo_has_retrospectives_with_names_to_scrub(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from expertteam_app.domain.case import Case
    from expertteam_app.domain.enums import CaseStatus
    from expertteam_app.services import demo
    from expertteam_app.services import team as team_service
    from expertteam_app.services.context import FixedClock

    made = demo.create_demo_database(tmp_path / "demo.etdb", cases=60, clock=FixedClock(NOW))
    team = team_service.unlock(
        made.path, "Demo Coördinator", made.passphrase, clock=FixedClock(NOW)
    )
    try:
        with team.unit_of_work() as uow:
            all_cases = list(uow.session.scalars(select(Case)))
            assert all(c.school_name for c in all_cases)
            assert all(h.contact_name for c in all_cases for h in c.care_history)
            closed = [c for c in all_cases if c.status == CaseStatus.AFGESLOTEN]
            assert closed
            views = [(c, retrospective.retrospective(uow, c.id)) for c in closed]
    finally:
        team.close()
    filled = [(c, v) for c, v in views if not v.is_empty]
    assert 0 < len(filled) <= 15
    for case, view in filled:
        assert view.decisions and view.themes and view.reflections and view.lessons
        days = [d.decided_on for d in view.decisions if d.decided_on]
        assert days == sorted(days)
        # Written as a team writes: the child's name and the school are in the text.
        assert case.young_person.first_name in view.how_it_arose
        assert case.school_name in view.how_it_arose
    assert any(v.bottlenecks for _c, v in filled)
