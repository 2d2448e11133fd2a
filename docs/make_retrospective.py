"""Screenshot of a case's Retrospective (Terugblik) tab, with synthetic data (offscreen).

    .venv/bin/python docs/make_retrospective.py [RETROSPECTIVE.png]

A closed-looking case of a fourteen-year-old: how the problems arose, four decisions from
the district team's first help to the expert team, two bottlenecks, reflections, lessons
and two themes. Synthetic data only: every person, school and organisation is made up.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from shots import Shots, out_path


def main() -> int:
    from expertteam_app.domain.enums import ListKind, Role
    from expertteam_app.services import cases, reference, retrospective
    from expertteam_app.services.retrospective import (
        BottleneckInput,
        DecisionInput,
        RetrospectiveDraft,
    )
    from tests.support.cases import draft
    from ui.retrospective import RetrospectiveArea

    shots = Shots("retrospective-shot-")
    today = shots.today
    coordinator = shots.team(Role.COORDINATOR, today)
    case = draft(born=today - timedelta(days=14 * 365 + 100))
    case.registered_on = today - timedelta(days=120)
    case.school_name = "Sbo De Wingerd (synthetisch)"
    with coordinator.unit_of_work() as uow:
        case_id = cases.register_case(uow, case).case_id
        bottlenecks = {i.code: i.id for i in reference.list_items(uow, ListKind.BOTTLENECK)}
        themes = [t.id for t in retrospective.themes(uow)]
        retrospective.save_retrospective(
            uow,
            case_id,
            RetrospectiveDraft(
                how_it_arose=(
                    "Vanaf groep 6 veel verzuim en conflicten thuis. Moeder vroeg in 2023 "
                    "het wijkteam om hulp; de lichte opvoedondersteuning hielp kort. Na de "
                    "overstap naar het speciaal basisonderwijs zat Daan een jaar thuis, "
                    "terwijl hij op de wachtlijst voor autismebehandeling stond."
                ),
                reflections=(
                    "Met de kennis van nu hadden we na de eerste schorsing opgeschaald, in "
                    "plaats van een jaar te wachten op de behandeling."
                ),
                lessons=(
                    "Overbruggingszorg zodra een wachttijd langer is dan acht weken. "
                    "Eén regiehouder vanaf het eerste signaal van schoolverzuim."
                ),
                decisions=[
                    DecisionInput(
                        date(today.year - 3, 3, 1),
                        "wijkteam",
                        "Lichte ambulante opvoedondersteuning",
                        "Hielp thuis kort; op school niet",
                    ),
                    DecisionInput(
                        date(today.year - 2, 9, 1),
                        "school",
                        "Verwijzing naar speciaal basisonderwijs",
                        "Drie maanden geen plek",
                    ),
                    DecisionInput(
                        date(today.year - 1, 5, 1),
                        "gemeente",
                        "Aanmelding op de wachtlijst voor autismebehandeling",
                        "Elf maanden wachten, geen overbrugging",
                    ),
                    DecisionInput(
                        case.registered_on,
                        "gecertificeerde instelling",
                        "Aanmelding bij het expertteam",
                        "Bindend advies binnen zes weken",
                    ),
                ],
                bottlenecks=[
                    BottleneckInput(bottlenecks["waiting_list"], "wachttijd", "Elf maanden"),
                    BottleneckInput(
                        bottlenecks["no_case_direction"],
                        "overdracht school - zorg",
                        "School en zorg wezen naar elkaar",
                    ),
                ],
                theme_ids=themes[:2],
            ),
            0,
        )
        detail = cases.get_case(uow, case_id)
    coordinator.close()

    info = shots.open_worker(Role.COORDINATOR)
    area = RetrospectiveArea(shots.db, info, detail)
    area.resize(1280, 860)
    area.show()
    shots.settle(1.0)
    shots.save(area, out_path(1, "retrospective.png"))
    area.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
