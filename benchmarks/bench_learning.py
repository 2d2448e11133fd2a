"""A learning table of 100 cases with rich texts: build (anonymise) every summary and export
the PDF and the CSV, with deduce already loaded (loading it is a one-off on a worker).
Target: at most 10 s."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.timing import Figure
from expertteam_app.domain.enums import (
    CaseStatus,
    ConsentParty,
    Gender,
    ListKind,
    ReferrerType,
    Relation,
    Role,
    Urgency,
)
from expertteam_app.domain.team import ManagedListItem
from expertteam_app.services import cases, learning, retrospective
from expertteam_app.services import team as team_service
from expertteam_app.services.cases import (
    CareHistoryInput,
    CaseDraft,
    ConsentInput,
    HouseholdMemberInput,
    PersonInput,
)
from expertteam_app.services.context import TeamSession
from expertteam_app.services.retrospective import DecisionInput, RetrospectiveDraft

CASES = 100
TARGET_S = 10.0
PASSPHRASE = "bench-leertafel-wachtwoord"  # a throwaway database in a temporary folder
FIRST = ["Sanne", "Bram", "Noor", "Daan", "Lotte", "Finn", "Evi", "Luuk", "Mila", "Sem"]
LAST = ["Visser", "Mulder", "de Boer", "van Dijk", "Bakker", "Smit", "de Vries", "Jansen"]
TOWNS = ["Veendam", "Stadskanaal", "Pekela", "Oldambt"]
CODES = {"Veendam": "GM0047", "Stadskanaal": "GM0037", "Pekela": "GM0765", "Oldambt": "GM1895"}


def _bsn(rng: random.Random, used: set[str]) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        text = "".join(map(str, [*digits, last]))
        if last < 10 and digits[0] and text not in used:
            used.add(text)
            return text


def _draft(rng: random.Random, n: int, used: set[str]) -> tuple[CaseDraft, str]:
    first, last, town = rng.choice(FIRST), rng.choice(LAST), rng.choice(TOWNS)
    prefix, _, surname = last.rpartition(" ")
    mother = rng.choice(["Petra", "Anja", "Marieke", "Fatima"])
    school = f"OBS De Regenboog {n}"
    question = (
        f"{first} {last} (geboren 12 maart 2011, BSN {_bsn(rng, used)}) woont met moeder "
        f"{mother} in {town}, Dorpsstraat {n}, 9641 AB. Sinds de zomervakantie gaat {first} niet "
        f"meer naar {school}. Er is een wachtlijst van negen maanden voor autismezorg en de "
        f"schuldhulpverlening van moeder loopt vast. Mevrouw {mother} is bereikbaar op "
        f"06-{rng.randrange(10**7, 10**8)} en via {mother.lower()}.{surname.lower()}@voorbeeld.nl."
        f" Het wijkteam (Els Wijkwerker) vraagt het expertteam om passende hulp op korte termijn."
    )
    draft = CaseDraft(
        young_person=PersonInput(
            first, prefix, surname, date(2011, 3, 12), _bsn(rng, used), Gender.FEMALE
        ),
        urgency=Urgency.URGENT,
        residence_municipality_code=CODES[town],
        referrer_type=ReferrerType.LOCAL_TEAM,
        referrer_organisation=f"Wijkteam {town}",
        referrer_contact_name="Els Wijkwerker",
        question=question,
        problem_area_codes=["autism", "school_daytime"],
        bottleneck_codes=["waiting_list"],
        school_name=school,
        registered_on=date(2025, rng.randrange(1, 12), rng.randrange(1, 28)),
        household=[
            HouseholdMemberInput(Relation.MOTHER, mother, prefix, surname, has_custody=True)
        ],
        care_history=[
            CareHistoryInput(
                "Jeugdhulp Noorderlicht",
                None,
                f"Ambulante gezinsbegeleiding door Karin Hoekstra; {first} weigerde na drie "
                "maanden. Daarna crisisopvang en een gezinshuis in beeld.",
                date(2024, 1, 8),
                date(2024, 9, 30),
                "Voortijdig gestopt",
                contact_name="Karin Hoekstra",
            )
        ],
        consents=[
            ConsentInput(ConsentParty.YOUNG_PERSON, given_on=date(2025, 1, 1)),
            ConsentInput(ConsentParty.CUSTODIAN, given_on=date(2025, 1, 1), household_index=0),
        ],
    )
    return draft, first


def _populate(team: TeamSession, rng: random.Random) -> list[int]:
    used: set[str] = set()
    ids = []
    for n in range(CASES):
        draft, first = _draft(rng, n, used)
        with team.unit_of_work() as uow:
            case_id = cases.register_case(uow, draft).case_id
            view = retrospective.retrospective(uow, case_id)
            retrospective.save_retrospective(
                uow,
                case_id,
                RetrospectiveDraft(
                    how_it_arose=(
                        f"Na de scheiding in 2022 verhuisde het gezin naar een kleine flat. "
                        f"{first} werd gepest en de huisarts, dokter Jansen, verwees naar de "
                        "ggz; daar gold een wachtlijst. De schulden liepen op."
                    ),
                    reflections=f"Met de kennis van nu hadden we {first} eerder besproken.",
                    lessons="Bij schoolverzuim met een wachtlijst eerder opschalen.",
                    decisions=[
                        DecisionInput(
                            date(2024, 2, 1),
                            "wijkteam",
                            "Verwijzing naar ambulante hulp.",
                            "Vier maanden wachten.",
                        ),
                        DecisionInput(
                            date(2024, 10, 1),
                            "gemeente",
                            "Geen financiering voor een gezinshuis buiten de regio.",
                            "Crisisopvang.",
                        ),
                    ],
                ),
                view.version,
            )
            case = cases.load_case(uow.session, case_id)
            case.status = CaseStatus.AFGESLOTEN
            case.closed_on = date(2026, 3, 1)
            case.closing_result = f"{first} woont in een gezinshuis en gaat weer naar school."
            item = (
                uow.session.query(ManagedListItem)
                .filter_by(kind=ListKind.CLOSING_RESULT, code="goals_partly")
                .one()
            )
            case.closing_result_id = item.id
        ids.append(case_id)
    return ids


def run() -> list[Figure]:
    from expertteam_app.anonymise.scrubber import shared_anonymiser

    with tempfile.TemporaryDirectory(prefix="bench-leertafel-") as folder:
        path = Path(folder) / "leertafel.etdb"
        created = team_service.create_team(
            path,
            team_name="Bench",
            admin_name="Bea Beheer",
            passphrase=PASSPHRASE,
            region_code="JZ01",
        )
        with created.team.unit_of_work() as uow:
            team_service.add_member(uow, "Cor Coördinator", Role.COORDINATOR, PASSPHRASE)
        created.team.close()
        team = team_service.unlock(path, "Cor Coördinator", PASSPHRASE)
        try:
            ids = _populate(team, random.Random(6))
            with team.unit_of_work() as uow:
                session_id = learning.create_session(uow, "Bench", date(2026, 7, 1), ids)
            start = time.perf_counter()
            anonymiser = shared_anonymiser()
            load_s = time.perf_counter() - start

            start = time.perf_counter()
            with team.unit_of_work() as uow:
                learning.build_summaries(uow, session_id, anonymiser)
            build_s = time.perf_counter() - start
            start = time.perf_counter()
            with team.unit_of_work() as uow:
                learning.export_learning_table(
                    uow,
                    session_id,
                    pdf=Path(folder) / "leertafel.pdf",
                    csv=Path(folder) / "leertafel.csv",
                    approve_all=True,
                )
            export_s = time.perf_counter() - start
        finally:
            team.close()
    total = build_s + export_s
    return [
        Figure("deduce loaded once (not in the target)", load_s, "s", "(one-off)"),
        Figure(f"anonymise {CASES} summaries", build_s, "s", ""),
        Figure("export PDF + CSV (approve-all)", export_s, "s", ""),
        Figure(
            f"anonymise + export {CASES} cases",
            total,
            "s",
            f"<= {TARGET_S:.0f} s",
            "ok" if total <= TARGET_S else "OVER TARGET",
        ),
    ]


if __name__ == "__main__":
    from benchmarks.timing import print_table

    print_table(f"Learning table ({CASES} cases)", run())
