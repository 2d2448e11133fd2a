"""Synthetic meetings and advice for service, report and UI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from expertteam_app.domain.enums import CaseStatus, GuestRole, RecipientKind
from expertteam_app.services import advice, cases, lifecycle, meetings, reference
from expertteam_app.services.context import TeamSession
from tests.support.cases import draft


@dataclass(frozen=True)
class Table:
    """Three admissible cases on one meeting's agenda, and two providers."""

    case_ids: list[int]
    meeting_id: int
    provider_ids: list[int]


def add_providers(team: TeamSession) -> list[int]:
    with team.unit_of_work() as uow:
        first = reference.save_provider(
            uow,
            reference.ProviderInput(
                "Zorggroep Horizon (synthetisch)",
                contact_name="Team Intake",
                offer_codes=("ambulatory", "intensive_family"),
                address="Postbus 1\n9999 ZZ Nergenshuizen",
                min_age=4,
                max_age=18,
                wait_weeks=3,
            ),
        )
        second = reference.save_provider(
            uow,
            reference.ProviderInput(
                "Gezinshuis De Linde (synthetisch)",
                offer_codes=("family_home",),
                min_age=0,
                max_age=17,
                wait_weeks=8,
            ),
        )
    return [first.id, second.id]


def register_admissible(
    team: TeamSession, *, first: str, last: str, bsn: str, registered_on: date = date(2026, 5, 1)
) -> int:
    """Registered on 1 May 2026 (45 days before the test clock's 15 June) and admissible."""
    new = draft(first=first, last=last, bsn=bsn)
    new.registered_on = registered_on
    with team.unit_of_work() as uow:
        case_id = cases.register_case(uow, new).case_id
    with team.unit_of_work() as uow:
        lifecycle.change_status(uow, case_id, CaseStatus.IN_BEHANDELING)
    return case_id


def plan_table(team: TeamSession, *, starts_at: datetime = datetime(2026, 6, 18, 14, 0)) -> Table:
    """Needs a team opened as coordinator (who plans and keeps the sociale kaart)."""
    provider_ids = add_providers(team)
    case_ids = [
        register_admissible(team, first="Daan", last="Berg", bsn="111222333"),
        register_admissible(team, first="Sanne", last="Visser", bsn="123456782"),
        register_admissible(team, first="Milan", last="Bakker", bsn="232262536"),
    ]
    with team.unit_of_work() as uow:
        chair = next(m for m in meetings.member_choices(uow) if m.role == "voorzitter")
        view = meetings.plan_meeting(
            uow,
            meetings.MeetingInput(
                starts_at=starts_at,
                place="Gemeentehuis, zaal 2",
                title="Casusoverleg juni",
                chair_id=chair.id,
                attendee_ids=[m.id for m in meetings.member_choices(uow)],
                guests=[
                    meetings.GuestInput("Els Wijkwerker", GuestRole.REFERRER, "Wijkteam Noord"),
                    meetings.GuestInput("Anja van der Berg", GuestRole.PARENT, "", case_ids[0]),
                ],
                agenda=[
                    meetings.AgendaInput(case_ids[0], "Wachtlijst autismezorg; school loopt vast."),
                    meetings.AgendaInput(case_ids[1], ""),
                    meetings.AgendaInput(case_ids[2], "Plaatsing ver van huis dreigt."),
                ],
            ),
        )
    return Table(case_ids, view.id, provider_ids)


def two_item_draft(provider_ids: list[int], *, today: date) -> advice.AdviceDraft:
    """An advice with two care items and two goals, dated after `today`."""
    return advice.AdviceDraft(
        rationale="Passende hulp is nodig op korte termijn; de wachtlijst is te lang.",
        case_director_name="Els Wijkwerker",
        case_director_organisation="Wijkteam Noord",
        care_items=[
            advice.CareItemInput(
                "intensive_family",
                provider_ids[0],
                "3 uur per week, 6 maanden",
                today + timedelta(days=13),
                "Start met gezinsgesprek",
                "GM0014",
                Decimal("12500.50"),
            ),
            advice.CareItemInput(
                "family_home",
                provider_ids[1],
                "Voltijds",
                today + timedelta(days=30),
                "",
                "GM0014",
                Decimal("48000.00"),
            ),
        ],
        goals=[
            advice.GoalInput(
                "Daan gaat weer drie dagen per week naar school",
                "Aanwezigheid volgens schoolregistratie",
                today + timedelta(days=230),
                today + timedelta(days=170),
            ),
            advice.GoalInput(
                "Moeder voelt zich gesteund in de opvoeding",
                "Schaalvraag 1-10 bij evaluatie",
                today + timedelta(days=289),
                today + timedelta(days=214),
            ),
        ],
        recipients=[
            advice.RecipientInput(RecipientKind.REFERRER, "Els Wijkwerker", "Wijkteam Noord"),
            advice.RecipientInput(RecipientKind.PROVIDER, "Zorggroep Horizon (synthetisch)"),
            advice.RecipientInput(RecipientKind.MUNICIPALITY, "Gemeente Groningen"),
        ],
    )
