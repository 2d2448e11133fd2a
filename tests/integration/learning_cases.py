"""Synthetic cases for the learning-table tests: each full of names, places and numbers that
must never reach a learning table, with a retrospective and (optionally) closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from expertteam_app.domain.enums import CaseStatus, ListKind
from expertteam_app.domain.learning import case_theme
from expertteam_app.domain.team import ManagedListItem
from expertteam_app.services import cases
from expertteam_app.services.cases import CareHistoryInput, HouseholdMemberInput
from expertteam_app.services.context import TeamSession
from expertteam_app.services.retrospective import (
    BottleneckInput,
    DecisionInput,
    RetrospectiveDraft,
)
from tests.support.cases import draft, register_with_retrospective


@dataclass(frozen=True)
class MadeCase:
    id: int
    reference: str
    first: str
    last: str
    bsn: str
    identifiers: tuple[str, ...]  # what may never appear in any export


def item_id(team: TeamSession, kind: ListKind, code: str) -> int:
    with team.unit_of_work() as uow:
        found = uow.session.scalar(
            select(ManagedListItem.id).where(
                ManagedListItem.kind == kind, ManagedListItem.code == code
            )
        )
    assert found is not None, code
    return found


def make_case(
    team: TeamSession,
    *,
    first: str,
    last: str,
    bsn: str,
    born: date = date(2011, 5, 20),
    registered_on: date = date(2025, 9, 3),
    closed_on: date | None = None,
    result_code: str = "goals_partly",
    themes: tuple[str, ...] = (),
    retro_bottleneck: str = "",
) -> MadeCase:
    """A registered case (through the real service) with a retrospective; closed when
    `closed_on` is given (the closed state is set directly: how a case gets there is the
    lifecycle's business, tested elsewhere)."""
    school = f"Basisschool De {last}boom"
    mother = "Petra"
    contact = "Jeroen Hulpverlener"
    d = draft(
        first=first,
        prefix="",
        last=last,
        born=born,
        bsn=bsn,
        question=(
            f"{first} {last} (BSN {bsn}) zit al maanden thuis. Moeder {mother} belt 06-12345678 "
            f"en mailt naar petra.{last.lower()}@voorbeeld.invalid. {first} kan niet naar "
            f"{school} in Veendam; er is een wachtlijst voor autismezorg."
        ),
    )
    d.registered_on = registered_on
    d.residence_municipality_code = "GM0047"  # Veendam, in region JZ01 ("Groningen")
    d.funding_municipality_code = ""
    d.school_name = school
    d.household = [
        HouseholdMemberInput(d.household[0].relation, mother, "", last, has_custody=True)
    ]
    d.care_history = [
        CareHistoryInput(
            "Jeugdzorg Zonnebloem (synthetisch)",
            None,
            f"Ambulante begeleiding door {contact}, gestopt na crisisopvang.",
            date(2024, 1, 1),
            date(2024, 9, 1),
            "Gestopt wegens wachtlijst",
            contact_name=contact,
        )
    ]
    bottleneck_ids = (
        [item_id(team, ListKind.BOTTLENECK, retro_bottleneck)] if retro_bottleneck else []
    )
    theme_ids = [item_id(team, ListKind.THEME, code) for code in themes]
    made = register_with_retrospective(
        team,
        d,
        RetrospectiveDraft(
            how_it_arose=(
                f"Na de scheiding van {mother} en de vader ging het mis; {first} werd "
                f"gepest op {school}."
            ),
            reflections=f"Met de kennis van nu hadden we {first} eerder crisisopvang geboden.",
            lessons="Eerder opschalen bij schoolverzuim en een wachtlijst.",
            decisions=[
                DecisionInput(
                    date(2024, 2, 12),
                    "wijkteam",
                    f"{contact} verwijst {first} naar ambulante hulp.",
                    "Wachtlijst van vier maanden.",
                )
            ],
            bottlenecks=[
                BottleneckInput(b, "toegang", "Niemand pakte de regie.") for b in bottleneck_ids
            ],
            theme_ids=theme_ids,
        ),
    )
    if closed_on is not None:
        result = item_id(team, ListKind.CLOSING_RESULT, result_code)
        with team.unit_of_work() as uow:
            case = cases.load_case(uow.session, made.case_id)
            case.status = CaseStatus.AFGESLOTEN
            case.closed_on = closed_on
            case.closing_result_id = result
            case.closing_result = f"{first} woont nu bij oma {mother} in een gezinshuis."
    with team.unit_of_work() as uow:
        reference = cases.load_case(uow.session, made.case_id).reference
        themed = set(
            uow.session.scalars(
                select(case_theme.c.item_id).where(case_theme.c.case_id == made.case_id)
            )
        )
    assert len(themed) == len(themes)
    identifiers = (
        reference,
        bsn,
        first,
        last,
        mother,
        "Jeroen",
        "Hulpverlener",
        school,
        "Zonnebloem",
        "06-12345678",
        f"petra.{last.lower()}@voorbeeld.invalid",
        "Els Wijkwerker",
        "Wijkteam Noord",
        "Veendam",
    )
    return MadeCase(made.case_id, reference, first, last, bsn, identifiers)
