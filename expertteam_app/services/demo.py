"""The demo team database: synthetic cases, never real people.

Names are drawn from lists of common Dutch first and last names and combined at random;
BSNs are in the 99xxxxxxx range (not issued to people) and pass the 11-test; every person
and case is marked as test data. The same seed gives the same database, which the
benchmarks rely on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from expertteam_app.domain.bsn import check_digit_for
from expertteam_app.domain.consent import age_on, requirement_for_age
from expertteam_app.domain.enums import (
    CaseStatus,
    ConsentParty,
    ConsentScope,
    EscalationLevel,
    Gender,
    ListKind,
    ReferrerType,
    Relation,
    Role,
    SuspensionReason,
    Urgency,
)
from expertteam_app.domain.team import ManagedListItem, Municipality
from expertteam_app.services import reference, settings
from expertteam_app.services import team as team_service
from expertteam_app.services.case_bulk import (
    BulkCase,
    BulkEscalation,
    BulkHouseholdMember,
    write_cases,
)
from expertteam_app.services.context import Actor, Clock, TeamSession, UnitOfWork

DEMO_PASSPHRASE = "demo-expertteam"
DEMO_TEAM = "Expertteam Groningen (demo)"
DEMO_REGION = "JZ01"
DEMO_MEMBERS: tuple[tuple[str, Role], ...] = (
    ("Demo Beheerder", Role.BEHEERDER),
    ("Demo Voorzitter", Role.VOORZITTER),
    ("Demo Coördinator", Role.COORDINATOR),
    ("Demo Lid", Role.LID),
)
DEMO_REASON = "demo"

BOYS = [
    "Daan",
    "Sem",
    "Lucas",
    "Milan",
    "Levi",
    "Finn",
    "Noah",
    "Liam",
    "Bram",
    "Thijs",
    "Jesse",
    "Mees",
    "Luuk",
    "Ruben",
    "Sven",
    "Jayden",
    "Mohammed",
    "Ayoub",
    "Stijn",
    "Gijs",
    "Tim",
    "Jens",
]
GIRLS = [
    "Emma",
    "Julia",
    "Mila",
    "Sophie",
    "Tess",
    "Zoë",
    "Sara",
    "Nora",
    "Lotte",
    "Fenna",
    "Eva",
    "Anna",
    "Noor",
    "Lisa",
    "Fleur",
    "Yasmina",
    "Amira",
    "Roos",
    "Isa",
    "Lieke",
    "Maud",
    "Jasmijn",
]
ADULTS_F = [
    "Sandra",
    "Marieke",
    "Ingrid",
    "Fatima",
    "Linda",
    "Esther",
    "Monique",
    "Naima",
    "Petra",
    "Anouk",
]
ADULTS_M = [
    "Mark",
    "Erik",
    "Dennis",
    "Ahmed",
    "Jeroen",
    "Patrick",
    "Rob",
    "Hassan",
    "Martijn",
    "Kevin",
]
LAST = [
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("van", "Dijk"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Dijkstra"),
    ("", "Smits"),
    ("de", "Graaf"),
    ("van der", "Meer"),
    ("", "Kok"),
    ("", "Jacobs"),
    ("de", "Haan"),
    ("", "Vermeulen"),
    ("", "El Amrani"),
    ("", "Yilmaz"),
    ("", "Postma"),
    ("", "Hoekstra"),
    ("van der", "Veen"),
]
# name, kinds of care, ages (from, to), wait in weeks, capacity
PROVIDERS: list[tuple[str, tuple[str, ...], tuple[int, int], int, str]] = [
    (
        "Jeugdhulp De Kompasroos (demo)",
        ("ambulatory", "intensive_family"),
        (0, 18),
        3,
        "Intake binnen twee weken",
    ),
    ("Gezinshuis Het Lindeblad (demo)", ("family_home",), (4, 17), 8, "1 plek vrij"),
    (
        "Kinder- en jeugd-ggz Noorderzon (demo)",
        ("youth_mental_health", "day_treatment"),
        (6, 18),
        16,
        "Wachtlijst dagbehandeling",
    ),
    ("Stichting Thuis Verder (demo)", ("supported_living", "respite"), (16, 23), 6, ""),
    (
        "Behandelgroep De Waddenkust (demo)",
        ("residential", "secure_care"),
        (12, 18),
        12,
        "Geen plek tot het voorjaar",
    ),
    ("Pleegzorg Samen Noord (demo)", ("foster_care",), (0, 18), 10, ""),
    ("Crisisdienst Jeugd Ommeland (demo)", ("crisis_shelter",), (0, 18), 0, "24/7 bereikbaar"),
    (
        "LVB-zorg De Stapsteen (demo)",
        ("intellectual_disability_care", "education_care"),
        (4, 23),
        7,
        "",
    ),
]
QUESTIONS = [
    "Na een crisisopname is er geen passende vervolgplek; "
    "de wachtlijst voor de gezinsbehandeling is acht maanden.",
    "De jeugdige zit sinds een jaar thuis zonder onderwijs; school en zorg wijzen naar elkaar.",
    "Twee gemeenten zijn het niet eens over wie de behandeling betaalt (woonplaatsbeginsel).",
    "Autisme en agressie thuis; twee aanbieders hebben de aanmelding afgewezen.",
    "Moeder heeft ernstige psychische problemen en schulden; "
    "het gezin dreigt de woning te verliezen.",
    "Bij 18 jaar stopt de jeugdhulp, terwijl begeleid wonen nog niet geregeld is.",
    "Plaatsing ver van huis dreigt omdat in de regio geen gesloten plek vrij is.",
    "Combinatie van LVB, verslaving bij vader en huiselijk geweld; niemand heeft de regie.",
    "Eetstoornis met medische risico's; "
    "specialistische zorg heeft een wachttijd van een half jaar.",
    "Schoolweigering en angst; ambulante hulp is twee keer vastgelopen.",
]
ORGANISATIONS = {
    ReferrerType.LOCAL_TEAM: "Wijkteam (demo)",
    ReferrerType.CERTIFIED_INSTITUTION: "Gecertificeerde instelling (demo)",
    ReferrerType.GENERAL_PRACTITIONER: "Huisartsenpraktijk (demo)",
    ReferrerType.YOUTH_DOCTOR: "Jeugdgezondheidszorg (demo)",
    ReferrerType.MEDICAL_SPECIALIST: "Kinderpsychiatrie (demo)",
    ReferrerType.PROVIDER: "Jeugdhulpaanbieder (demo)",
    ReferrerType.MUNICIPALITY: "Gemeente, team jeugd (demo)",
    ReferrerType.OTHER: "Samenwerkingsverband onderwijs (demo)",
}
STATUS_WEIGHTS = {
    CaseStatus.AANGEMELD: 8,
    CaseStatus.IN_BEHANDELING: 12,
    CaseStatus.GEAGENDEERD: 8,
    CaseStatus.ADVIES_UITGEBRACHT: 10,
    CaseStatus.IN_UITVOERING: 25,
    CaseStatus.AFGESLOTEN: 27,
    CaseStatus.NIET_ONTVANKELIJK: 6,
    CaseStatus.OPGESCHAALD: 4,
}
# Closed demo cases take turns through these results (code from the team's list, note);
# escalated ones through these escalations. Chosen by position, not by the random
# generator, so a seed gives the same cases as before these were added.
DEMO_CLOSINGS = [
    ("goals_partly", "Doelen grotendeels behaald; de school volgt de voortgang (demo)."),
    ("goals_achieved", "Doelen behaald; de hulp loopt via de reguliere route verder (demo)."),
    ("care_in_place", "Passende hulp loopt; de regie ligt weer bij het wijkteam (demo)."),
    ("goals_not_achieved", "Doelen niet behaald; het gezin wil geen verdere hulp (demo)."),
    ("moved_away", "Het gezin is verhuisd; het dossier is overgedragen (demo)."),
]
DEMO_ESCALATIONS = [
    (
        EscalationLevel.SUPRA_REGIONAL,
        "Bovenregionaal expertteam Noord (demo)",
        "Geen passend aanbod in de regio; voorgelegd aan het bovenregionaal expertteam.",
    ),
    (
        EscalationLevel.REGIONAL_ENFORCEMENT,
        "Regionale doorzettingsmacht, wethouder jeugd (demo)",
        "Aanbieders en gemeente komen er samen niet uit; doorzettingsmacht gevraagd.",
    ),
    (
        EscalationLevel.NATIONAL,
        "CCE, regio Noord (demo)",
        "Zeer complexe zorgvraag; advies van de landelijke steunstructuur gevraagd.",
    ),
]
_PATH = [
    CaseStatus.AANGEMELD,
    CaseStatus.IN_BEHANDELING,
    CaseStatus.GEAGENDEERD,
    CaseStatus.ADVIES_UITGEBRACHT,
    CaseStatus.IN_UITVOERING,
    CaseStatus.AFGESLOTEN,
]


def synthetic_bsn(rng: random.Random, used: set[str] | None = None) -> str:
    """A 99xxxxxxx number that passes the 11-test, unique within `used` when given.

    Real BSNs are not issued in the 99 range; the numbers are marked as test data too."""
    while True:
        first_eight = "99" + f"{rng.randrange(1_000_000):06d}"
        digit = check_digit_for(first_eight)
        if digit is None:
            continue
        number = first_eight + str(digit)
        if used is None or number not in used:
            if used is not None:
                used.add(number)
            return number


@dataclass
class _Lists:
    municipalities: list[str]
    problem_areas: list[int]
    bottlenecks: list[int]
    owners: list[int]
    closing_results: dict[str, tuple[int, str]] = field(default_factory=dict)  # code: id, label


def _history(
    rng: random.Random, status: CaseStatus, today: date
) -> tuple[
    date,
    list[tuple[CaseStatus | None, CaseStatus, date, str]],
    list[tuple[SuspensionReason, str, date, date | None]],
]:
    """A registration date and a believable path to `status`, ending before today."""
    steps: list[CaseStatus] = []
    if status == CaseStatus.NIET_ONTVANKELIJK:
        steps = [CaseStatus.NIET_ONTVANKELIJK]
    elif status == CaseStatus.OPGESCHAALD:
        steps = [CaseStatus.IN_BEHANDELING, CaseStatus.OPGESCHAALD]
    else:
        steps = _PATH[1 : _PATH.index(status) + 1]
    gaps = {
        CaseStatus.IN_BEHANDELING: (2, 14),
        CaseStatus.GEAGENDEERD: (5, 25),
        CaseStatus.ADVIES_UITGEBRACHT: (0, 10),
        CaseStatus.IN_UITVOERING: (5, 45),
        CaseStatus.AFGESLOTEN: (60, 320),
        CaseStatus.NIET_ONTVANKELIJK: (3, 15),
        CaseStatus.OPGESCHAALD: (10, 40),
    }
    durations = [rng.randint(*gaps[s]) for s in steps]
    suspension_days = (
        rng.randint(5, 25) if status != CaseStatus.AANGEMELD and rng.random() < 0.15 else 0
    )
    slack = rng.randint(1, 400)
    registered = today - timedelta(days=sum(durations) + suspension_days + slack)
    history: list[tuple[CaseStatus | None, CaseStatus, date, str]] = [
        (None, CaseStatus.AANGEMELD, registered, "")
    ]
    suspensions: list[tuple[SuspensionReason, str, date, date | None]] = []
    current, on = CaseStatus.AANGEMELD, registered
    for step, gap in zip(steps, durations, strict=True):
        on = on + timedelta(days=gap)
        if suspension_days and current == CaseStatus.AANGEMELD:
            suspensions.append(
                (
                    SuspensionReason.WAITING_FOR_CONSENT,
                    "Wachten op toestemming van vader (demo)",
                    on,
                    on + timedelta(days=suspension_days),
                )
            )
            on = on + timedelta(days=suspension_days)
        reason = {
            CaseStatus.NIET_ONTVANKELIJK: (
                "Reguliere route nog niet doorlopen; terugverwezen naar het wijkteam."
            ),
            CaseStatus.OPGESCHAALD: (
                "Geen passend aanbod in de regio; voorgelegd aan het bovenregionaal expertteam."
            ),
            CaseStatus.AFGESLOTEN: "Doelen grotendeels behaald.",
        }.get(step, "")
        history.append((current, step, on, reason))
        current = step
    return registered, history, suspensions


def _person_name(rng: random.Random, gender: Gender) -> str:
    pool = BOYS if gender == Gender.MALE else GIRLS if gender == Gender.FEMALE else BOYS + GIRLS
    return rng.choice(pool)


def generate_cases(lists: _Lists, n: int, *, seed: int, today: date) -> list[BulkCase]:
    rng = random.Random(seed)
    used_bsns: set[str] = set()
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    cases: list[BulkCase] = []
    for _ in range(n):
        status = rng.choices(statuses, weights)[0]
        registered, history, suspensions = _history(rng, status, today)
        gender = rng.choices([Gender.MALE, Gender.FEMALE, Gender.OTHER], [48, 48, 4])[0]
        prefix, last = rng.choice(LAST)
        born = registered - timedelta(days=rng.randint(4 * 365, 18 * 365 - 30))
        age = age_on(born, registered)
        mother = BulkHouseholdMember(
            Relation.MOTHER, rng.choice(ADULTS_F), prefix, last, has_custody=True
        )
        household = [mother]
        if rng.random() < 0.6:
            household.append(
                BulkHouseholdMember(
                    Relation.FATHER,
                    rng.choice(ADULTS_M),
                    prefix,
                    last,
                    has_custody=True,
                    lives_in_household=rng.random() < 0.5,
                )
            )
        if rng.random() < 0.4:
            sibling_gender = rng.choice([Gender.MALE, Gender.FEMALE])
            household.append(
                BulkHouseholdMember(
                    Relation.SIBLING, _person_name(rng, sibling_gender), prefix, last
                )
            )
        need = requirement_for_age(age)
        consents: list[tuple[ConsentParty, int | None, ConsentScope, date]] = []
        if status != CaseStatus.AANGEMELD or rng.random() < 0.5:
            if need.young_person:
                consents.append(
                    (ConsentParty.YOUNG_PERSON, None, ConsentScope.REGISTRATION, registered)
                )
            if need.custodians:
                consents += [
                    (ConsentParty.CUSTODIAN, i, ConsentScope.REGISTRATION, registered)
                    for i, h in enumerate(household)
                    if h.has_custody
                ]
        referrer = rng.choices(list(ORGANISATIONS), [40, 18, 8, 6, 8, 10, 6, 4])[0]
        providers = rng.sample(PROVIDERS, k=rng.randint(1, 3))
        care: list[tuple[str, str, date | None, date | None, str]] = [
            (
                name,
                "Eerdere hulp (demo)",
                registered - timedelta(days=rng.randint(200, 700)),
                registered - timedelta(days=rng.randint(10, 190)),
                rng.choice(
                    [
                        "Gestopt: geen passend aanbod.",
                        "Afgebroken door de jeugdige.",
                        "Te licht gebleken.",
                    ]
                ),
            )
            for name, *_ in providers
        ]
        closed_on = next((on for _, to, on, _ in history if to == CaseStatus.AFGESLOTEN), None)
        closing_note, closing_result_id = "", None
        escalations: list[BulkEscalation] = []
        if status == CaseStatus.AFGESLOTEN:
            code, closing_note = DEMO_CLOSINGS[len(cases) % len(DEMO_CLOSINGS)]
            if code in lists.closing_results:
                closing_result_id, label = lists.closing_results[code]
                came_from, _, on, _ = history[-1]
                history[-1] = (came_from, status, on, f"{label}: {closing_note}")
        elif status == CaseStatus.OPGESCHAALD:
            level, to_whom, why = DEMO_ESCALATIONS[len(cases) % len(DEMO_ESCALATIONS)]
            came_from, _, on, _ = history[-1]
            history[-1] = (came_from, status, on, why)
            escalations.append(
                BulkEscalation(level, on, why, to_whom, came_from or CaseStatus.IN_BEHANDELING)
            )
        cases.append(
            BulkCase(
                registered_on=registered,
                first_name=_person_name(rng, gender),
                name_prefix=prefix,
                last_name=last,
                date_of_birth=born,
                bsn=synthetic_bsn(rng, used_bsns),
                gender=gender,
                municipality_code=rng.choice(lists.municipalities),
                referrer_type=referrer,
                referrer_organisation=ORGANISATIONS[referrer],
                referrer_contact_name=f"{rng.choice(ADULTS_F + ADULTS_M)} {rng.choice(LAST)[1]}",
                question=rng.choice(QUESTIONS),
                urgency=rng.choices(list(Urgency), [70, 24, 6])[0],
                owner_id=rng.choice(lists.owners),
                status=status,
                history=history,
                suspensions=suspensions,
                problem_area_ids=rng.sample(lists.problem_areas, k=rng.randint(1, 4)),
                bottleneck_ids=rng.sample(lists.bottlenecks, k=rng.randint(1, 3)),
                care_history=care,
                household=household,
                consents=consents,
                imported_advice_on=None,
                closed_on=closed_on if status == CaseStatus.AFGESLOTEN else None,
                closing_result=closing_note,
                closing_result_id=closing_result_id,
                escalations=escalations,
                audit_detail="demo case",
                is_test_data=True,
            )
        )
    return cases


def _lists(uow: UnitOfWork, owners: list[int]) -> _Lists:
    session = uow.session
    region_codes = [
        m.cbs_code
        for m in session.scalars(
            select(Municipality).where(Municipality.region_code == DEMO_REGION)
        )
    ]

    def ids(kind: ListKind) -> list[int]:
        return list(session.scalars(select(ManagedListItem.id).where(ManagedListItem.kind == kind)))

    closing_results = {
        i.code: (i.id, i.label)
        for i in session.scalars(
            select(ManagedListItem).where(
                ManagedListItem.kind == ListKind.CLOSING_RESULT, ManagedListItem.active.is_(True)
            )
        )
    }
    return _Lists(
        region_codes,
        ids(ListKind.PROBLEM_AREA),
        ids(ListKind.BOTTLENECK),
        owners,
        closing_results,
    )


def add_demo_cases(team: TeamSession, n: int, *, seed: int = 2026) -> int:
    """Write n synthetic cases (bulk) as the team session's actor."""
    with team.unit_of_work() as uow:
        owners = [
            m.id
            for m in team_service.list_members(uow)
            if m.role in (Role.COORDINATOR, Role.VOORZITTER)
        ] or [team.actor.member_id]
        cases = generate_cases(_lists(uow, owners), n, seed=seed, today=uow.clock.today())
        write_cases(uow, cases)
    return n


@dataclass(frozen=True)
class DemoDatabase:
    path: Path
    members: tuple[tuple[str, Role], ...]
    passphrase: str
    cases: int


def create_demo_database(
    path: Path, *, cases: int = 250, seed: int = 2026, clock: Clock | None = None
) -> DemoDatabase:
    admin_name, _ = DEMO_MEMBERS[0]
    created = team_service.create_team(
        path,
        team_name=DEMO_TEAM,
        admin_name=admin_name,
        passphrase=DEMO_PASSPHRASE,
        region_code=DEMO_REGION,
        demo=True,
        clock=clock,
    )
    team = created.team
    try:
        with team.unit_of_work() as uow:
            for name, role in DEMO_MEMBERS[1:]:
                team_service.add_member(uow, name, role, DEMO_PASSPHRASE)
            for name, offers, (low, high), wait, capacity in PROVIDERS:
                reference.save_provider(
                    uow,
                    reference.ProviderInput(
                        name=name,
                        offer_codes=offers,
                        notes="Demo-aanbieder",
                        min_age=low,
                        max_age=high,
                        region_code=DEMO_REGION,
                        wait_weeks=wait,
                        capacity_note=capacity,
                        address="Postbus 1234\n9700 AA Groningen",
                    ),
                )
            settings.update_settings(
                uow,
                letter_address="Postbus 9999\n9700 ZZ Groningen",
                letter_contact="050 000 00 00 · expertteam@demo.invalid",
            )
        coordinator_id = next(m.id for m in _members(team) if m.role == Role.COORDINATOR)
        # Cases are registered by the coordinator, as in a real team.
        team.actor = Actor(coordinator_id, DEMO_MEMBERS[2][0], Role.COORDINATOR)
        add_demo_cases(team, cases, seed=seed)
        if cases >= 10:
            from expertteam_app.services.demo_meetings import add_demo_meetings

            add_demo_meetings(team, _members(team))
            from expertteam_app.services.demo_retrospective import add_demo_retrospectives

            add_demo_retrospectives(team, seed=seed)
    finally:
        team.close()
    return DemoDatabase(Path(path), DEMO_MEMBERS, DEMO_PASSPHRASE, cases)


def _members(team: TeamSession) -> list[team_service.MemberRow]:
    with team.unit_of_work() as uow:
        return team_service.list_members(uow)
