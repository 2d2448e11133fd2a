"""The case register through its service, on a real encrypted database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, CaseStatus, ConsentParty, Relation, Role
from expertteam_app.errors import NotFound, ValidationError
from expertteam_app.services import case_search, cases
from expertteam_app.services.case_search import CaseQuery, SortKey
from expertteam_app.services.cases import ConsentInput, HouseholdMemberInput
from tests.support.cases import draft


def register(team, d=None):
    with team.unit_of_work() as uow:
        return cases.register_case(uow, d or draft())


def problem_fields(exc: ValidationError) -> set[str]:
    return {p.field for p in exc.problems}


def test_registration_gives_a_yearly_reference_and_reads_back_every_field(open_team):
    team = open_team(Role.COORDINATOR)
    first = register(team)
    second = register(team, draft(first="Emma", bsn="", born=date(2015, 1, 1)))
    assert first.reference == "ET-2026-0001"
    assert second.reference == "ET-2026-0002"
    with team.unit_of_work() as uow:
        case = cases.get_case(uow, first.case_id)
    assert case.status == CaseStatus.AANGEMELD
    assert case.young_person.display_name == "Daan van der Berg"
    assert case.young_person.bsn == "111222333"
    assert case.young_person.age == 14
    assert case.residence_municipality and case.residence_municipality.label == "Groningen"
    assert case.funding_municipality == case.residence_municipality  # woonplaatsbeginsel default
    assert [c.code for c in case.problem_areas] == ["autism", "school_daytime"]
    assert [c.code for c in case.bottlenecks] == ["waiting_list"]
    assert case.household[0].has_custody and case.household[0].relation == Relation.MOTHER
    assert case.care_history[0].provider_name == "Aanbieder Noord (synthetisch)"
    assert {c.party for c in case.consents} == {ConsentParty.YOUNG_PERSON, ConsentParty.CUSTODIAN}
    assert case.consent_missing == ()
    assert case.status_history[0].to_status == CaseStatus.AANGEMELD


def test_an_invalid_bsn_is_refused_with_its_field_and_nothing_is_written(open_team):
    team = open_team(Role.COORDINATOR)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        cases.register_case(uow, draft(bsn="111222334"))
    assert problem_fields(refused.value) == {"young_person.bsn"}
    assert "elfproef" in refused.value.message.nl
    with team.unit_of_work() as uow:
        assert case_search.status_counts(uow, CaseQuery()).total == 0


def test_every_rule_of_the_draft_reports_its_own_field(open_team):
    team = open_team(Role.COORDINATOR)
    bad = draft(born=date(2027, 1, 1), question=" ")
    bad.young_person.first_name = ""
    bad.residence_municipality_code = "GM9999"
    bad.referrer_type = None
    bad.problem_area_codes = ["no_such_area"]
    bad.referrer_contact_email = "niet-een-adres"
    bad.household.append(HouseholdMemberInput(Relation.SIBLING, "Bo", "", "Berg", has_custody=True))
    bad.consents.append(
        ConsentInput(ConsentParty.CUSTODIAN, given_on=date(2026, 6, 1), household_index=5)
    )
    bad.care_history[0].period_to = date(2024, 1, 1)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        cases.register_case(uow, bad)
    assert problem_fields(refused.value) == {
        "young_person.first_name",
        "young_person.date_of_birth",
        "residence_municipality_code",
        "referrer_type",
        "question",
        "problem_area_codes",
        "referrer_contact_email",
        "household[1].has_custody",
        "consents[2].household_index",
        "care_history[0].period_to",
    }


def test_a_young_person_older_than_23_at_registration_is_refused(open_team):
    team = open_team(Role.COORDINATOR)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        cases.register_case(uow, draft(born=date(2000, 1, 1)))
    assert "23" in refused.value.message.nl


def test_missing_consent_is_reported_at_registration_but_does_not_block_it(open_team):
    team = open_team(Role.COORDINATOR)
    result = register(team, draft(consent=False))
    assert [m.nl for m in result.consent_missing] == [
        "toestemming van de jeugdige",
        "toestemming van Anja van der Berg (gezag)",
    ]


def test_same_bsn_or_same_birth_date_with_a_similar_name_is_flagged_as_a_possible_duplicate(
    open_team,
):
    team = open_team(Role.COORDINATOR)
    first = register(team)
    same_bsn = register(team, draft(first="Anders", last="Iemand", born=date(2011, 1, 1)))
    assert [(h.reference, h.same_bsn) for h in same_bsn.duplicates] == [(first.reference, True)]
    typo = register(team, draft(bsn="", last="Bergh"))
    assert {h.reference for h in typo.duplicates} == {first.reference, same_bsn.reference} - {
        same_bsn.reference
    }
    assert not typo.duplicates[0].same_bsn
    stranger = register(team, draft(bsn="", first="Emma", last="Visser", prefix=""))
    assert stranger.duplicates == ()


def test_possible_duplicates_while_typing_excludes_the_case_itself(open_team):
    team = open_team(Role.COORDINATOR)
    first = register(team)
    with team.unit_of_work() as uow:
        assert (
            cases.possible_duplicates(uow, draft().young_person, exclude_case_id=first.case_id)
            == []
        )
        assert len(cases.possible_duplicates(uow, draft().young_person)) == 1


def test_update_replaces_the_fields_and_logs_which_fields_changed_without_their_values(open_team):
    team = open_team(Role.COORDINATOR)
    reg = register(team)
    changed = draft(question="Nieuwe vraag na overleg met school.")
    changed.young_person.bsn = "999990019"
    with team.unit_of_work() as uow:
        before = cases.get_case(uow, reg.case_id)
        after = cases.update_case(uow, reg.case_id, changed, expected_version=before.version)
    assert after.question.startswith("Nieuwe vraag")
    assert after.version == before.version + 1
    with team.unit_of_work() as uow:
        entry = uow.session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.action == AuditAction.CHANGE)
        ).one()
    assert entry.detail == "fields: question, young_person.bsn"
    assert "999990019" not in entry.detail


def test_a_stale_version_is_refused_so_a_second_save_cannot_overwrite_the_first(open_team):
    team = open_team(Role.COORDINATOR)
    reg = register(team)
    with team.unit_of_work() as uow:
        cases.update_case(uow, reg.case_id, draft(question="Eerste wijziging."), expected_version=1)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        cases.update_case(uow, reg.case_id, draft(question="Tweede wijziging."), expected_version=1)
    assert "intussen" in refused.value.message.nl


def test_every_read_and_search_of_a_case_is_in_the_access_log(open_team):
    team = open_team(Role.LID)
    reg = register(open_team(Role.COORDINATOR))
    with team.unit_of_work() as uow:
        cases.get_case(uow, reg.case_id)
        case_search.search_cases(uow, CaseQuery(text="berg"))
    with team.unit_of_work() as uow:
        entries = uow.session.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.member_name == "Lies Lid")
            .order_by(AccessLogEntry.id)
        ).all()
    assert [(e.action, e.case_reference) for e in entries] == [
        (AuditAction.UNLOCK, ""),
        (AuditAction.READ, reg.reference),
        (AuditAction.SEARCH, ""),
    ]
    read = entries[1]
    assert read.member_role == Role.LID and read.workstation and read.person_id is not None
    assert "text='berg'" in entries[2].detail


def test_an_unknown_case_is_a_clear_not_found(open_team):
    team = open_team(Role.LID)
    with pytest.raises(NotFound), team.unit_of_work() as uow:
        cases.case_id_for_reference(uow, "ET-2026-9999")


# --- finding cases --------------------------------------------------------------------------


@pytest.fixture
def five_cases(open_team):
    team = open_team(Role.COORDINATOR)
    specs = [
        ("Daan", "Jansen", "GM0014", date(2026, 1, 10)),
        ("Emma", "Visser", "GM0014", date(2026, 2, 10)),
        ("Zoë", "Çelik", "GM0037", date(2026, 3, 10)),
        ("Sem", "Bakker", "GM0037", date(2026, 4, 10)),
        ("Mila", "Jansen", "GM0014", date(2026, 5, 10)),
    ]
    refs = []
    for first, last, municipality, registered in specs:
        d = draft(first=first, prefix="", last=last, bsn="", born=date(2011, 5, 5))
        d.residence_municipality_code = municipality
        d.registered_on = registered
        refs.append(register(team, d).reference)
    return team, refs


def test_full_text_search_finds_by_partial_names_reference_and_text_ignoring_accents(five_cases):
    team, refs = five_cases
    with team.unit_of_work() as uow:

        def found(text):
            return [
                r.name
                for r in case_search.search_cases(uow, CaseQuery(text=text, sort=SortKey.NAME)).rows
            ]

        assert found("jans") == ["Daan Jansen", "Mila Jansen"]
        assert found("zoe celik") == ["Zoë Çelik"]
        assert found(refs[1]) == ["Emma Visser"]
        assert len(found("autismezorg")) == 5
        assert found('NEAR(" OR *') == []  # FTS5 syntax is only text


def test_filters_and_counts_per_status_are_computed_in_sql(five_cases):
    team, _ = five_cases
    with team.unit_of_work() as uow:
        query = CaseQuery(municipality_codes=frozenset({"GM0037"}))
        page = case_search.search_cases(uow, query)
        assert {r.name for r in page.rows} == {"Zoë Çelik", "Sem Bakker"}
        counts = case_search.status_counts(uow, query)
        assert counts.total == 2 and counts.by_status == {CaseStatus.AANGEMELD: 2}
        period = CaseQuery(registered_from=date(2026, 2, 1), registered_to=date(2026, 4, 30))
        assert case_search.status_counts(uow, period).total == 3
        none = CaseQuery(statuses=frozenset({CaseStatus.AFGESLOTEN}))
        assert case_search.status_counts(uow, none).total == 0


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("text", ["", "autismezorg"])
@pytest.mark.parametrize("broad", [False, True], ids=["hits-first", "index-first"])
def test_keyset_paging_walks_every_case_once_in_order(five_cases, sort, text, broad, monkeypatch):
    if broad:
        monkeypatch.setattr(case_search, "BROAD_MATCH", 0)  # take the many-hits query plan
    team, _ = five_cases
    query = CaseQuery(sort=sort, text=text)
    with team.unit_of_work() as uow:
        everything = case_search.search_cases(uow, query, limit=100).rows
        walked, cursor = [], None
        while True:
            page = case_search.search_cases(uow, query, after=cursor, limit=2)
            walked += page.rows
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    assert [r.id for r in walked] == [r.id for r in everything]
    assert len(walked) == 5
    if sort == SortKey.REGISTERED_DESC:
        assert [r.registered_on for r in walked] == sorted(
            (r.registered_on for r in walked), reverse=True
        )
    if sort == SortKey.NAME:
        assert [r.name for r in walked][:2] == ["Sem Bakker", "Zoë Çelik"]


def test_the_full_text_index_follows_an_edit(five_cases):
    team, refs = five_cases
    with team.unit_of_work() as uow:
        case_id = cases.case_id_for_reference(uow, refs[1])
        detail = cases.get_case(uow, case_id)
        d = detail.to_draft()
        d.young_person = replace(d.young_person, last_name="Smit")
        cases.update_case(uow, case_id, d)
        assert [r.name for r in case_search.search_cases(uow, CaseQuery(text="smit")).rows] == [
            "Emma Smit"
        ]
        assert case_search.status_counts(uow, CaseQuery(text="visser")).total == 0
