"""Demo data for learning tables: the school or day activity of each demo case, a contact
person in the care history, and retrospectives on the closed demo cases.

The retrospectives are written as a team would write them, which means the family's and
the professionals' names slip into the free text now and then ("moeder Anja", "mevrouw
Bakker van het wijkteam", the school's name): exactly what a learning table's anonymiser
must find. All of it is synthetic. A random generator of its own (seeded) keeps the demo
cases themselves as they were, so the benchmarks' data does not move.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import CaseStatus, Relation
from expertteam_app.services import retrospective
from expertteam_app.services.context import TeamSession
from expertteam_app.services.demo import ADULTS_F, ADULTS_M, LAST
from expertteam_app.services.retrospective import (
    BottleneckInput,
    DecisionInput,
    RetrospectiveDraft,
)

SCHOOLS = [
    "Obs De Vlinderboom (demo)",
    "Sbo De Wingerd (demo)",
    "Het Noorderpoort College (demo)",
    "Cbs De Regenboog (demo)",
    "Praktijkschool Ommelander (demo)",
    "Dagbesteding Het Erf (demo)",
    "Zernike Lyceum (demo)",
    "Vso De Zonnewijzer (demo)",
]
MAX_RETROSPECTIVES = 15
WHERE = ["toegang", "wachttijd", "financiering", "overdracht", "nazorg", "onderwijs"]


def _titled(rng: random.Random) -> str:
    """A professional as a letter names them: "mevrouw Bakker", "de heer Postma"."""
    prefix, last = rng.choice(LAST)
    surname = f"{prefix} {last}".strip()
    return rng.choice(["mevrouw", "de heer"]) + " " + surname


def _timeline(
    rng: random.Random, born: date, registered: date, closed: date | None
) -> list[DecisionInput]:
    start = max(born + timedelta(days=365 * 3), registered - timedelta(days=900))
    span = max((registered - start).days, 60)
    early = start + timedelta(days=rng.randint(0, span // 3))
    middle = start + timedelta(days=rng.randint(span // 3, 2 * span // 3))
    late = registered - timedelta(days=rng.randint(5, 40))
    decisions = [
        DecisionInput(
            early,
            "wijkteam",
            "Lichte ambulante opvoedondersteuning ingezet",
            "Hielp thuis kort; de problemen op school bleven",
        ),
        DecisionInput(
            middle,
            rng.choice(["gemeente", "jeugdhulpaanbieder"]),
            rng.choice(
                [
                    "Aanvraag voor specialistische behandeling afgewezen: eerst lichtere hulp",
                    "Aanmelding op de wachtlijst voor gezinsbehandeling",
                    "Aanbieder weigert plaatsing wegens complexiteit",
                ]
            ),
            rng.choice(
                ["Acht maanden wachten", "Geen hulp in de tussentijd", "Situatie escaleert"]
            ),
        ),
        DecisionInput(
            late,
            rng.choice(["gecertificeerde instelling", "huisarts", "wijkteam"]),
            "Aanmelding bij het expertteam",
            "Binnen zes weken een bindend advies",
        ),
    ]
    if closed is not None:
        decisions.append(
            DecisionInput(
                closed,
                "expertteam",
                "Casus afgesloten na evaluatie van de doelen",
                "Regie terug bij het wijkteam",
            )
        )
    return decisions


def add_demo_retrospectives(team: TeamSession, *, seed: int = 2026) -> int:
    """Schools and care-history contacts on every demo case; retrospectives on up to
    MAX_RETROSPECTIVES closed cases, saved through the service as the team's actor (a
    coordinator), so they are checked and logged like any other. Returns how many."""
    rng = random.Random(seed * 7 + 6)  # noqa: S311 - synthetic demo data, not a secret
    with team.unit_of_work() as uow:
        cases = list(uow.session.scalars(select(Case).order_by(Case.id)))
        themes = [t.id for t in retrospective.themes(uow)]
        for case in cases:
            case.school_name = rng.choice(SCHOOLS)
            for item in case.care_history:
                item.contact_name = f"{rng.choice(ADULTS_F + ADULTS_M)} {rng.choice(LAST)[1]}"
        closed = [c for c in cases if c.status == CaseStatus.AFGESLOTEN][:MAX_RETROSPECTIVES]
        plans = [(c.id, _draft(rng, c, themes)) for c in closed]
    for case_id, draft in plans:
        with team.unit_of_work() as uow:
            retrospective.save_retrospective(uow, case_id, draft, 0)
    return len(plans)


def _draft(rng: random.Random, case: Case, themes: list[int]) -> RetrospectiveDraft:
    child = case.young_person.first_name
    mother = next((h.first_name for h in case.household if h.relation == Relation.MOTHER), "moeder")
    referrer = case.referrer_contact_name or _titled(rng)
    contact = next((c.contact_name for c in case.care_history if c.contact_name), _titled(rng))
    provider = next((c.provider_name for c in case.care_history if c.provider_name), "")
    how = (
        f"{child} liep vanaf groep 6 vast op {case.school_name}: veel verzuim, conflicten thuis. "
        f"Moeder {mother} vroeg al vroeg om hulp bij het wijkteam; {referrer} deed de "
        f"aanmelding. "
        + (f"Bij {provider} ({contact}) stopte de hulp voortijdig. " if provider else "")
    ) + rng.choice(
        [
            "Daarna volgden maanden op een wachtlijst zonder overbruggingszorg.",
            "Gemeenten waren het niet eens over wie de behandeling betaalde.",
            "Na een crisisopname was er geen passende vervolgplek.",
        ]
    )
    reflections = rng.choice(
        [
            "Met de kennis van nu hadden we eerder opgeschaald naar het expertteam, "
            f"in plaats van {child} een jaar op de wachtlijst te laten.",
            "Met de kennis van nu hadden we school en zorg eerder samen aan tafel gezet; "
            f"{mother} moest alles zelf coördineren.",
            "De keuze voor lichte hulp was te begrijpen, maar we hielden te lang vast aan "
            "de route die niet werkte.",
        ]
    )
    lessons = rng.choice(
        [
            "Overbruggingszorg inzetten zodra een wachttijd langer is dan acht weken.",
            "Eén regiehouder vanaf het eerste signaal van schoolverzuim.",
            "Financieringsgeschillen niet op de rug van het gezin uitvechten: "
            "eerst hulp, dan de rekening.",
        ]
    )
    bottlenecks = [BottleneckInput(item.id, rng.choice(WHERE), "") for item in case.bottlenecks[:2]]
    if bottlenecks:
        bottlenecks[0].note = f"Gemeld door {referrer}; niemand pakte het op."
    return RetrospectiveDraft(
        how_it_arose=how,
        reflections=reflections,
        lessons=lessons,
        decisions=_timeline(
            rng, case.young_person.date_of_birth, case.registered_on, case.closed_on
        ),
        bottlenecks=bottlenecks,
        theme_ids=rng.sample(themes, k=min(len(themes), rng.randint(1, 3))),
    )
