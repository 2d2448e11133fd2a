"""Synthetic case drafts for service and UI tests."""

from __future__ import annotations

from datetime import date

from expertteam_app.domain.enums import ConsentParty, Gender, ReferrerType, Relation, Urgency
from expertteam_app.services import cases, retrospective
from expertteam_app.services.cases import (
    CareHistoryInput,
    CaseDraft,
    ConsentInput,
    HouseholdMemberInput,
    PersonInput,
    RegisteredCase,
)
from expertteam_app.services.context import TeamSession
from expertteam_app.services.retrospective import RetrospectiveDraft


def draft(
    *,
    first: str = "Daan",
    prefix: str = "van der",
    last: str = "Berg",
    born: date = date(2012, 3, 4),
    bsn: str = "111222333",
    consent: bool = True,
    question: str = "Vastgelopen hulp; wachtlijst voor autismezorg en schoolverzuim.",
) -> CaseDraft:
    """A 14-year-old with mother (custody); consent of both when `consent`."""
    consents = (
        [
            ConsentInput(ConsentParty.YOUNG_PERSON, given_on=date(2026, 5, 1)),
            ConsentInput(ConsentParty.CUSTODIAN, given_on=date(2026, 5, 1), household_index=0),
        ]
        if consent
        else []
    )
    return CaseDraft(
        young_person=PersonInput(first, prefix, last, born, bsn, Gender.MALE),
        urgency=Urgency.URGENT,
        residence_municipality_code="GM0014",
        referrer_type=ReferrerType.LOCAL_TEAM,
        referrer_organisation="Wijkteam Noord (synthetisch)",
        referrer_contact_name="Els Wijkwerker",
        referrer_contact_email="els@voorbeeld.invalid",
        question=question,
        problem_area_codes=["autism", "school_daytime"],
        bottleneck_codes=["waiting_list"],
        household=[
            HouseholdMemberInput(Relation.MOTHER, "Anja", "van der", "Berg", has_custody=True)
        ],
        care_history=[
            CareHistoryInput(
                "Aanbieder Noord (synthetisch)",
                None,
                "Ambulante hulp",
                date(2025, 1, 1),
                date(2025, 9, 1),
                "Gestopt",
            )
        ],
        consents=consents,
    )


def register_with_retrospective(
    team: TeamSession, case: CaseDraft, retro: RetrospectiveDraft
) -> RegisteredCase:
    """Register `case` through the real service, then save `retro` as its retrospective."""
    with team.unit_of_work() as uow:
        made = cases.register_case(uow, case)
    with team.unit_of_work() as uow:
        view = retrospective.retrospective(uow, made.case_id)
        retrospective.save_retrospective(uow, made.case_id, retro, view.version)
    return made
