"""Meetings and an issued advice in the demo database, made through the real services so
the demo shows what a team's own data would look like (synthetic, like all demo data)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from expertteam_app.domain.case import Case, Suspension
from expertteam_app.domain.enums import CaseStatus, GuestRole, Role
from expertteam_app.domain.team import Provider
from expertteam_app.services import advice, meetings
from expertteam_app.services.context import Actor, TeamSession
from expertteam_app.services.team import MemberRow

PREPARATION = [
    "Wachtlijst gezinsbehandeling acht maanden; school dreigt de jeugdige uit te schrijven. "
    "Vraag aan het overleg: welke overbrugging is haalbaar?",
    "Twee aanbieders wezen af wegens complexiteit. Verklarende analyse: hechting, trauma en "
    "schulden thuis versterken elkaar.",
    "Gemeenten verschillen van mening over het woonplaatsbeginsel; de hulp ligt stil.",
    "Begeleid wonen na het 18e jaar is niet geregeld; de jeugdige wil zelfstandig wonen.",
]


def _as(team: TeamSession, members: list[MemberRow], role: Role) -> None:
    member = next(m for m in members if m.role == role)
    team.actor = Actor(member.id, member.name, role)


def add_demo_meetings(team: TeamSession, members: list[MemberRow]) -> None:
    """A meeting held last week (minutes, one issued advice) and one planned this week."""
    today = team.clock.today()
    _as(team, members, Role.COORDINATOR)
    with team.unit_of_work() as uow:
        suspended = select(Suspension.case_id).where(Suspension.ended_on.is_(None))
        candidates = list(
            uow.session.scalars(
                select(Case.id)
                .where(Case.status == CaseStatus.IN_BEHANDELING, Case.id.not_in(suspended))
                .order_by(Case.registered_on, Case.id)
                .limit(4)
            )
        )
        choices = meetings.member_choices(uow)
    if len(candidates) < 4:
        return
    chair = next(m for m in choices if m.role == Role.VOORZITTER)
    everyone = [m.id for m in choices if m.role != Role.BEHEERDER]

    def plan(day_offset: int, title: str, case_ids: list[int]) -> meetings.MeetingView:
        with team.unit_of_work() as uow:
            return meetings.plan_meeting(
                uow,
                meetings.MeetingInput(
                    starts_at=datetime.combine(today + timedelta(days=day_offset), time(13, 30)),
                    place="Provinciehuis Groningen, zaal 3",
                    title=title,
                    chair_id=chair.id,
                    attendee_ids=everyone,
                    guests=[
                        meetings.GuestInput(
                            "Wijkcoach (demo)", GuestRole.REFERRER, "Wijkteam (demo)", case_ids[0]
                        )
                    ],
                    # The last case has no preparation yet: the work list asks for it.
                    agenda=[
                        meetings.AgendaInput(
                            case_id, PREPARATION[i % len(PREPARATION)] if i < 2 else ""
                        )
                        for i, case_id in enumerate(case_ids)
                    ],
                ),
            )

    held = plan(-7, "Casusoverleg (demo)", candidates[:1])
    plan(3, "Casusoverleg (demo)", candidates[1:4])
    with team.unit_of_work() as uow:
        meetings.save_minutes(
            uow,
            held.agenda[0].id,
            meetings.MinutesInput(
                "De wachtlijst is te lang om af te wachten; het gezin is uitgeput. Het overleg "
                "ziet intensieve gezinsbehandeling thuis als eerste stap, met logeeropvang.",
                "Bindend advies: intensieve ambulante gezinsbehandeling en logeerweekenden.",
                (
                    meetings.ActionInput(
                        "Coördinator", "Advies versturen", today + timedelta(days=1)
                    ),
                ),
            ),
        )
        providers = {p.name: p.id for p in uow.session.scalars(select(Provider))}
        case = uow.session.get(Case, candidates[0])
        assert case is not None
        municipality = case.funding_municipality_code or case.residence_municipality_code
        draft = advice.suggested_draft(uow, case.id)
    if municipality is None:
        return
    draft.rationale = (
        "De reguliere route is uitgeput: twee aanbieders wezen af en de wachtlijst is acht "
        "maanden. Zonder hulp op korte termijn dreigt uithuisplaatsing."
    )
    draft.case_director_name = "Wijkcoach (demo)"
    draft.case_director_organisation = "Wijkteam (demo)"
    draft.care_items = [
        advice.CareItemInput(
            "intensive_family",
            providers["Jeugdhulp De Kompasroos (demo)"],
            "4 uur per week, 6 maanden",
            today + timedelta(days=14),
            "Start met een gezinsgesprek thuis.",
            municipality,
            Decimal("14850.00"),
        ),
        advice.CareItemInput(
            "respite",
            providers["Stichting Thuis Verder (demo)"],
            "Eén weekend per maand",
            today + timedelta(days=28),
            "",
            municipality,
            Decimal("6240.00"),
        ),
    ]
    draft.goals = [
        advice.GoalInput(
            "De jeugdige gaat weer minstens drie dagen per week naar school.",
            "Aanwezigheid volgens de schoolregistratie",
            today + timedelta(days=180),
            today + timedelta(days=90),
        ),
        advice.GoalInput(
            "Ouders ervaren weer rust en grip op de opvoeding.",
            "Schaalvraag 1-10 bij de evaluatie (nu 3)",
            today + timedelta(days=180),
            today + timedelta(days=90),
        ),
    ]
    with team.unit_of_work() as uow:
        state = advice.save_draft(uow, candidates[0], draft)
    _as(team, members, Role.VOORZITTER)
    assert state.draft is not None
    with team.unit_of_work() as uow:
        advice.issue_advice(uow, state.draft.id)
    from expertteam_app.services.demo_followup import add_demo_follow_up

    add_demo_follow_up(team, members)
