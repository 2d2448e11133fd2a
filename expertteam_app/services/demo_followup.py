"""The life after an advice in the demo database: a case advised six weeks ago whose
providers answered (one declined), whose care partly started, whose funding is partly
committed, and whose goals are due for evaluation — so the demo's work list has something
to say. Made through the real services, on a clock set back to each step's day, the way
an import replays history (synthetic data, like all demo data)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from expertteam_app.domain.case import Case, Suspension
from expertteam_app.domain.enums import CareAnswer, CaseStatus, FundingDecision, Role
from expertteam_app.domain.team import Provider
from expertteam_app.services import advice, followup, funding, meetings
from expertteam_app.services.context import Actor, FixedClock, TeamSession
from expertteam_app.services.team import MemberRow

ADVISED_DAYS_AGO = 45


def _as(team: TeamSession, members: list[MemberRow], role: Role) -> None:
    member = next(m for m in members if m.role == role)
    team.actor = Actor(member.id, member.name, role)


def add_demo_follow_up(team: TeamSession, members: list[MemberRow]) -> None:
    real_clock = team.clock
    today = real_clock.today()

    def on_day(days_ago: int) -> None:
        team.clock = FixedClock(
            datetime.combine(today - timedelta(days=days_ago), time(9, 0), tzinfo=UTC)
        )

    try:
        _as(team, members, Role.COORDINATOR)
        with team.unit_of_work() as uow:
            suspended = select(Suspension.case_id).where(Suspension.ended_on.is_(None))
            case_id = uow.session.scalar(
                select(Case.id)
                .where(
                    Case.status == CaseStatus.IN_BEHANDELING,
                    Case.id.not_in(suspended),
                    Case.registered_on <= today - timedelta(days=ADVISED_DAYS_AGO + 20),
                )
                .order_by(Case.registered_on.desc(), Case.id)
                .limit(1)
            )
            providers = {p.name: p.id for p in uow.session.scalars(select(Provider))}
            choices = meetings.member_choices(uow)
        if case_id is None:
            return
        chair = next(m for m in choices if m.role == Role.VOORZITTER)
        on_day(ADVISED_DAYS_AGO + 7)
        with team.unit_of_work() as uow:
            held = meetings.plan_meeting(
                uow,
                meetings.MeetingInput(
                    starts_at=datetime.combine(
                        today - timedelta(days=ADVISED_DAYS_AGO), time(13, 30)
                    ),
                    place="Provinciehuis Groningen, zaal 3",
                    title="Casusoverleg (demo)",
                    chair_id=chair.id,
                    attendee_ids=[m.id for m in choices if m.role != Role.BEHEERDER],
                    agenda=[
                        meetings.AgendaInput(
                            case_id,
                            "Twee aanbieders wezen af; de gemeenten zijn het oneens over wie "
                            "betaalt. Vraag: welke plek is haalbaar binnen een maand?",
                        )
                    ],
                ),
            )
        on_day(ADVISED_DAYS_AGO)
        with team.unit_of_work() as uow:
            meetings.save_minutes(
                uow,
                held.agenda[0].id,
                meetings.MinutesInput(
                    "Thuis wonen is niet langer veilig genoeg; een gezinshuis in de regio "
                    "met behandeling erbij is de beste kans.",
                    "Bindend advies: gezinshuis en specialistische jeugd-ggz.",
                    (),
                ),
            )
            case = uow.session.get(Case, case_id)
            assert case is not None
            municipality = case.funding_municipality_code or case.residence_municipality_code
            draft = advice.suggested_draft(uow, case_id)
        if municipality is None:
            return
        draft.rationale = (
            "De reguliere route is uitgeput. Een gezinshuis dicht bij school houdt het "
            "netwerk intact; behandeling van het trauma is nodig om de plaatsing te laten slagen."
        )
        draft.case_director_name = "Jeugdbeschermer (demo)"
        draft.case_director_organisation = "Gecertificeerde instelling (demo)"
        draft.care_items = [
            advice.CareItemInput(
                "family_home",
                providers["Gezinshuis Het Lindeblad (demo)"],
                "Voltijds, 12 maanden",
                today - timedelta(days=ADVISED_DAYS_AGO - 14),
                "Wennen in twee weekenden.",
                municipality,
                Decimal("52780.00"),
            ),
            advice.CareItemInput(
                "youth_mental_health",
                providers["Kinder- en jeugd-ggz Noorderzon (demo)"],
                "Traumabehandeling, 20 sessies",
                today - timedelta(days=ADVISED_DAYS_AGO - 28),
                "",
                municipality,
                Decimal("8925.50"),
            ),
        ]
        draft.goals = [
            advice.GoalInput(
                "De jeugdige woont stabiel in het gezinshuis en gaat naar school.",
                "Geen breuk in de plaatsing; schoolaanwezigheid boven 80%",
                today + timedelta(days=120),
                today + timedelta(days=5),
            ),
            advice.GoalInput(
                "De traumaklachten nemen af.",
                "CRIES-13 bij start en evaluatie",
                today + timedelta(days=180),
                today + timedelta(days=60),
            ),
        ]
        with team.unit_of_work() as uow:
            state = advice.save_draft(uow, case_id, draft)
        assert state.draft is not None
        _as(team, members, Role.VOORZITTER)
        with team.unit_of_work() as uow:
            issued = advice.issue_advice(uow, state.draft.id)
        assert issued.current is not None
        home, therapy = (c.id for c in issued.current.care_items)

        _as(team, members, Role.COORDINATOR)
        on_day(ADVISED_DAYS_AGO - 3)
        with team.unit_of_work() as uow:
            for item, amount in ((home, "52780.00"), (therapy, "8925.50")):
                funding.request_funding(
                    uow,
                    item,
                    funding.FundingRequestInput(
                        municipality,
                        Decimal(amount),
                        today - timedelta(days=ADVISED_DAYS_AGO - 3),
                        today - timedelta(days=ADVISED_DAYS_AGO - 14),
                        today + timedelta(days=300),
                        "Bindend advies\nKostenraming aanbieder",
                    ),
                )
        on_day(ADVISED_DAYS_AGO - 6)
        with team.unit_of_work() as uow:
            followup.record_answer(uow, home, CareAnswer.ACCEPTED, on=team.clock.today())
            followup.record_answer(
                uow,
                therapy,
                CareAnswer.DECLINED,
                on=team.clock.today(),
                reason="Geen behandelaar met traumascholing beschikbaar vóór het voorjaar.",
            )
        on_day(ADVISED_DAYS_AGO - 14)
        with team.unit_of_work() as uow:
            followup.record_start(uow, home, on=team.clock.today())
            followup.add_update(
                uow,
                home,
                on=team.clock.today(),
                text="Eerste weekend verliep rustig; school is op de hoogte.",
            )
        on_day(20)
        with team.unit_of_work() as uow:
            requests = funding.case_funding(uow, case_id).items[0].requests
            funding.record_decision(
                uow,
                requests[0].id,
                FundingDecision.COMMITTED,
                on=team.clock.today(),
                committed_amount=Decimal("52780.00"),
                reference="BESL-2026-0412 (demo)",
            )
    finally:
        team.clock = real_clock
