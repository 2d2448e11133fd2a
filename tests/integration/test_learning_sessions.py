"""Learning-table sessions on the encrypted store: who may, which cases, the summaries built
from them (labels, generalised facts, scrubbed texts) and the review (redact, approve)."""

from __future__ import annotations

from datetime import date

import pytest

from expertteam_app.anonymise.scrubber import Anonymiser, shared_anonymiser
from expertteam_app.domain.enums import AuditAction, ListKind, Role
from expertteam_app.errors import NotAllowed, ValidationError
from expertteam_app.services import audit, learning
from expertteam_app.services.context import TeamSession
from expertteam_app.services.learning_views import CaseFilter, SummaryView
from tests.integration.learning_cases import MadeCase, item_id, make_case


@pytest.fixture(scope="session")
def scrubber() -> Anonymiser:
    return shared_anonymiser()


def _three(team: TeamSession) -> tuple[MadeCase, MadeCase, MadeCase]:
    closed_spring = make_case(
        team,
        first="Sanne",
        last="Visser",
        bsn="111222345",
        closed_on=date(2026, 3, 10),
        themes=("waiting_lists",),
        retro_bottleneck="waiting_list",
    )
    closed_autumn = make_case(
        team,
        first="Bram",
        last="Mulder",
        bsn="111222357",
        born=date(2008, 1, 2),
        closed_on=date(2025, 11, 1),
        themes=("school_and_care",),
    )
    running = make_case(team, first="Noor", last="Smit", bsn="111222369")
    return closed_spring, closed_autumn, running


def _texts(view: SummaryView) -> str:
    f = view.facts
    parts = [
        view.label,
        f.age_band,
        f.region,
        f.registered,
        f.closed,
        f.referrer_type,
        f.urgency,
        f.result,
        f.status,
        *f.problem_areas,
        *f.bottlenecks,
        *f.themes,
        *(s.scrubbed.text for s in view.sections),
        *(t.by_role for t in view.timeline),
        *(t.decision.text + t.consequence.text for t in view.timeline),
    ]
    return "\n".join(parts)


def test_a_team_member_may_not_prepare_a_learning_table(open_team):
    coordinator = open_team(Role.COORDINATOR)
    case = make_case(coordinator, first="Sanne", last="Visser", bsn="111222345")
    member = open_team(Role.LID)
    # The refusal is logged when it leaves the unit of work, so the raises goes around it.
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        learning.candidate_cases(uow, CaseFilter(all_cases=True))
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        learning.create_session(uow, "Leertafel", date(2026, 7, 1), [case.id])
    with coordinator.unit_of_work() as uow:
        refused = [
            r
            for r in audit.recent_entries(uow.session, 20)
            if r.detail == "learning_table" and r.member_role == Role.LID
        ]
    assert len(refused) == 2


def test_candidates_by_period_theme_bottleneck_and_reference(open_team):
    team = open_team(Role.COORDINATOR)
    spring, autumn, running = _three(team)
    theme_school = item_id(team, ListKind.THEME, "school_and_care")
    waiting = item_id(team, ListKind.BOTTLENECK, "waiting_list")
    with team.unit_of_work() as uow:

        def ids(f: CaseFilter) -> list[int]:
            return [c.case_id for c in learning.candidate_cases(uow, f)]

        assert ids(CaseFilter(closed_from=date(2026, 1, 1), closed_to=date(2026, 6, 30))) == [
            spring.id
        ]
        assert ids(CaseFilter(closed_to=date(2026, 6, 30))) == [spring.id, autumn.id]
        assert ids(CaseFilter(theme_ids=(theme_school,))) == [autumn.id]
        # Every draft case has the waiting list as a bottleneck; in the retrospective only one.
        assert set(ids(CaseFilter(bottleneck_ids=(waiting,)))) == {
            spring.id,
            autumn.id,
            running.id,
        }
        assert ids(CaseFilter(references=(running.reference.lower(),))) == [running.id]
        everything = learning.candidate_cases(uow, CaseFilter(all_cases=True))
    assert {c.case_id for c in everything} == {spring.id, autumn.id, running.id}
    # The coordinator sees who it is; the name never leaves the service otherwise.
    assert any(c.name == "Noor Smit" for c in everything)


def test_a_session_needs_a_title_and_cases(open_team):
    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        learning.create_session(uow, "  ", date(2026, 7, 1), [])
    assert {p.field for p in caught.value.problems} == {"title", "cases"}
    assert "titel" in caught.value.text("nl")
    assert "title" in caught.value.text("en")


def test_summaries_have_labels_by_position_and_no_identifier(open_team, scrubber):
    team = open_team(Role.COORDINATOR)
    spring, autumn, running = _three(team)
    with team.unit_of_work() as uow:
        session_id = learning.create_session(
            uow, "Leertafel wachtlijsten", date(2026, 7, 1), [running.id, spring.id, autumn.id]
        )
    with team.unit_of_work() as uow:
        assert learning.build_summaries(uow, session_id, scrubber) == 3
    with team.unit_of_work() as uow:
        view = learning.session_view(uow, session_id)
        summaries = [learning.summary_view(uow, row.id) for row in view.summaries]
    assert [s.label for s in summaries] == ["Casus A", "Casus B", "Casus C"]
    assert [s.case_id for s in summaries] == [running.id, spring.id, autumn.id]
    by_case = {s.case_id: s for s in summaries}
    facts = by_case[spring.id].facts
    assert facts.age_band == "12-15"  # born 20-05-2011, registered 03-09-2025: 14
    assert facts.region == "Groningen"  # the region, not the municipality Veendam
    assert facts.registered == "3e kwartaal 2025"
    assert facts.closed == "1e kwartaal 2026"
    assert facts.result == "Doelen deels behaald"
    assert facts.referrer_type == "Lokaal team / wijkteam"
    assert "Wachtlijsten en overbruggingszorg" in facts.themes
    assert by_case[autumn.id].facts.age_band == "16-17"
    assert by_case[running.id].facts.closed == ""
    for made in (spring, autumn, running):
        summary = by_case[made.id]
        text = _texts(summary)
        for identifier in made.identifiers:
            assert identifier.lower() not in text.lower(), (summary.label, identifier)
        # The reviewer still sees the original beside it, and the case's words survive.
        question = next(s for s in summary.sections if s.key == "question").scrubbed
        assert made.first in question.original
        assert "wachtlijst" in question.text
        assert "[PERSOON-" in question.text
    headings = [s.heading for s in summaries[0].sections]
    assert headings[:2] == ["Hulpvraag", "Voorgeschiedenis"]
    assert "Met de kennis van nu" in headings


def test_redact_rebuild_and_approval(open_team, scrubber):
    team = open_team(Role.COORDINATOR)
    spring = make_case(
        team, first="Sanne", last="Visser", bsn="111222345", closed_on=date(2026, 3, 10)
    )
    with team.unit_of_work() as uow:
        session_id = learning.create_session(uow, "Leertafel", date(2026, 7, 1), [spring.id])
        learning.build_summaries(uow, session_id, scrubber)
        summary_id = learning.session_view(uow, session_id).summaries[0].id
    with team.unit_of_work() as uow:
        learning.approve(uow, summary_id)
    with team.unit_of_work() as uow:
        approved = learning.summary_view(uow, summary_id)
        assert approved.approved and approved.approved_by == "Cor Coördinator"
        assert learning.session_view(uow, session_id).summaries[0].approved
        learning.learning_table_document(uow, session_id)  # approved: no refusal

    # Redacting makes new text: the approval of the old one is gone, the export refuses.
    with team.unit_of_work() as uow:
        learning.redact(uow, summary_id, "gezinshuis", anonymiser=scrubber)
    with team.unit_of_work() as uow:
        redacted = learning.summary_view(uow, summary_id)
        assert not redacted.approved
        assert redacted.redactions == ("gezinshuis",)
        assert "gezinshuis" not in _texts(redacted)
        assert "[AFGESCHERMD-" in _texts(redacted)
    with team.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        learning.learning_table_document(uow, session_id)
    assert "Casus A" in caught.value.text("nl")

    with team.unit_of_work() as uow:
        learning.unredact(uow, summary_id, "gezinshuis", anonymiser=scrubber)
        learning.approve(uow, summary_id)
    with team.unit_of_work() as uow:
        back = learning.summary_view(uow, summary_id)
        assert back.redactions == () and back.approved
        learning.withdraw_approval(uow, summary_id)
        assert not learning.summary_view(uow, summary_id).approved
        learning.approve(uow, summary_id)
        # build_summaries leaves an approved summary alone; rebuild_summary withdraws it.
        assert learning.build_summaries(uow, session_id, scrubber) == 0
        learning.rebuild_summary(uow, summary_id, scrubber)
        assert not learning.summary_view(uow, summary_id).approved


def test_unbuilt_summaries_cannot_be_approved_or_exported(open_team):
    team = open_team(Role.COORDINATOR)
    case = make_case(team, first="Sanne", last="Visser", bsn="111222345")
    with team.unit_of_work() as uow:
        session_id = learning.create_session(uow, "Leertafel", date(2026, 7, 1), [case.id])
        summary_id = learning.session_view(uow, session_id).summaries[0].id
    with team.unit_of_work() as uow, pytest.raises(ValidationError):
        learning.approve(uow, summary_id)
    with team.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        learning.learning_table_document(uow, session_id)
    assert "Nog niet gemaakt: Casus A" in caught.value.text("nl")


def test_changing_the_cases_relabels_and_keeps_what_stays(open_team, scrubber):
    team = open_team(Role.COORDINATOR)
    spring, _autumn, running = _three(team)
    with team.unit_of_work() as uow:
        session_id = learning.create_session(uow, "Leertafel", date(2026, 7, 1), [spring.id])
        learning.build_summaries(uow, session_id, scrubber)
        kept = learning.session_view(uow, session_id).summaries[0].id
        learning.approve(uow, kept)
    with team.unit_of_work() as uow:
        learning.set_session_cases(uow, session_id, [running.id, spring.id])
        rows = learning.session_view(uow, session_id).summaries
    assert [(r.label, r.case_id) for r in rows] == [("Casus A", running.id), ("Casus B", spring.id)]
    assert rows[1].id == kept and rows[1].approved and not rows[0].built
    with team.unit_of_work() as uow:
        listed = learning.sessions(uow)
        assert [(s.id, s.case_count, s.approved_count) for s in listed] == [(session_id, 2, 1)]
        learning.delete_session(uow, session_id)
    with team.unit_of_work() as uow:
        assert learning.sessions(uow) == []


def test_opening_a_summary_is_in_the_access_log_of_its_case(open_team, scrubber):
    team = open_team(Role.COORDINATOR)
    case = make_case(team, first="Sanne", last="Visser", bsn="111222345")
    with team.unit_of_work() as uow:
        session_id = learning.create_session(uow, "Leertafel", date(2026, 7, 1), [case.id])
        learning.build_summaries(uow, session_id, scrubber)
        summary_id = learning.session_view(uow, session_id).summaries[0].id
    with team.unit_of_work() as uow:
        learning.summary_view(uow, summary_id)
    with team.unit_of_work() as uow:
        entries = audit.entries_for_case(uow.session, case.id)
    reads = [e for e in entries if e.action == AuditAction.READ and "learning summary" in e.detail]
    assert any(e.detail == f"learning summary {summary_id}" for e in reads)
    assert all(case.first not in e.detail for e in entries)


def test_lead_time_in_weeks_leaves_out_suspensions_and_uses_an_imported_advice_date(
    open_team,
):
    """Registered 1 March, advice (imported from the old register) 1 May: 61 days, of which
    a suspension took 14, so 47 days or 6 whole weeks; without an advice there is none."""
    from expertteam_app.domain.case import Case, Suspension
    from expertteam_app.domain.enums import SuspensionReason
    from expertteam_app.services.learning_summary_builder import lead_time_weeks

    team = open_team(Role.COORDINATOR)
    made = make_case(team, first="Sanne", last="Visser", bsn="111222345")
    with team.unit_of_work() as uow:
        case = uow.session.get(Case, made.id)
        assert case is not None
        case.registered_on = date(2026, 3, 1)
        assert lead_time_weeks(uow.session, case) is None
        case.imported_advice_on = date(2026, 5, 1)
        assert lead_time_weeks(uow.session, case) == 61 // 7
        reason = next(iter(SuspensionReason))
        case.suspensions.append(
            Suspension(
                reason_kind=reason,
                started_on=date(2026, 3, 10),
                ended_on=date(2026, 3, 24),
            )
        )
        uow.session.flush()
        assert lead_time_weeks(uow.session, case) == 47 // 7
