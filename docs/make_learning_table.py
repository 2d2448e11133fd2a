"""Screenshot of the learning-table review (leertafel) with synthetic data (offscreen).

    .venv/bin/python docs/make_learning_table.py [OUT.png]

Three cases whose questions and retrospectives name the young person, a parent, a school,
a town and a phone number; a learning-table session over them, its summaries made in the
window (the anonymiser loads on the worker), the first one shown original beside
anonymised with a phrase selected to redact. Synthetic data only: every person,
organisation and note here is made up.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from shots import Shots, out_path

CASES = (
    (
        "Daan",
        "van der",
        "Berg",
        "999990019",
        "Anja",
        "Daan (14) zit sinds de zomervakantie thuis. Moeder Anja van der Berg belt vanuit "
        "Zwolle op 06-12345678: de Hanzeschool wil hem niet terug zonder begeleiding en de "
        "wachtlijst voor autismezorg bij De Linde is zeven maanden.",
        "Na de verhuizing naar Zwolle in 2023 viel de vertrouwde school weg; Daan kwam op een "
        "wachtlijst en moeder kreeg schulden. Contact bij Kwadraad was Peter Smit.",
    ),
    (
        "Sem",
        "",
        "Visser",
        "999990032",
        "Ria",
        "Sem Visser is gesloten geplaatst geweest; moeder Ria zoekt een gezinshuis dichtbij "
        "Kampen. Bereikbaar via ria.visser@voorbeeld.nl.",
        "Drie aanbieders wezen af; de crisisopvang duurde vier maanden.",
    ),
    (
        "Lotte",
        "de",
        "Jong",
        "999990044",
        "Miriam",
        "Lotte de Jong (16) heeft een eetstoornis en verzuimt. Haar mentor meneer Bakker van "
        "het Deventer Lyceum meldde zorgen op 3 maart 2025.",
        "De huisarts verwees naar de GGZ, daar bleek geen plek voor jongeren onder de 18.",
    ),
)


def main() -> int:
    from expertteam_app.domain.enums import Role
    from expertteam_app.services import cases, learning
    from expertteam_app.services import retrospective as retro
    from tests.support.cases import draft
    from ui.learning import LearningPage

    shots = Shots("learning-table-shot-")
    today = shots.today
    coordinator = shots.team(Role.COORDINATOR, today)
    ids = []
    for first, prefix, last, bsn, mother, question, arose in CASES:
        new = draft(first=first, prefix=prefix, last=last, bsn=bsn, question=question)
        new.household[0].first_name = mother
        with coordinator.unit_of_work() as uow:
            case_id = cases.register_case(uow, new).case_id
        with coordinator.unit_of_work() as uow:
            version = retro.retrospective(uow, case_id).version
        with coordinator.unit_of_work() as uow:
            retro.save_retrospective(
                uow,
                case_id,
                retro.RetrospectiveDraft(
                    how_it_arose=arose,
                    reflections="Met de kennis van nu hadden we eerder de GI betrokken.",
                    lessons="Eerder opschalen als de wachtlijst langer is dan acht weken.",
                    decisions=[
                        retro.DecisionInput(
                            decided_on=today - timedelta(days=300),
                            decided_by_role="wijkteam",
                            decision=f"{mother} vroeg om hulp; het wijkteam verwees door.",
                            consequence="Wachtlijst van vier maanden.",
                        )
                    ],
                ),
                version,
            )
        ids.append(case_id)
    with coordinator.unit_of_work() as uow:
        session_id = learning.create_session(uow, "Leertafel thuiszitters", today, ids)
    coordinator.close()

    info = shots.open_worker(Role.COORDINATOR)
    page = LearningPage(shots.db, info)
    page.resize(1440, 900)
    page.show()
    shots.settle(0.5)
    page.open_session(session_id)
    shots.settle(0.5)
    page.panel.build()
    shots.settle(1.0)
    review = page.panel.review
    pair = review.pair("question")
    if pair is not None:
        review.select_in(pair.anonymised, "Hanzeschool")
    shots.settle(0.3)
    shots.save(page, out_path(1, "learning-table.png"))
    page.close()
    shots.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
