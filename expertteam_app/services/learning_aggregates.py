"""The aggregate tables of a learning table: counts over the session's cases, with small
cells suppressed (`anonymise.suppression`) so that no child can be picked out of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from expertteam_app.domain.case import Case
from expertteam_app.domain.team import ManagedListItem
from expertteam_app.services.learning_summary_builder import lead_time_weeks

if TYPE_CHECKING:
    from expertteam_app.anonymise.suppression import SuppressedTable

_TEXTS = {
    "nl": {
        "cases": "Casussen",
        "problem_areas": "Leefgebieden",
        "problem_area": "Leefgebied",
        "bottlenecks": "Knelpunten",
        "bottleneck": "Knelpunt",
        "lead_time": "Doorlooptijd aanmelding tot advies",
        "weeks": "Weken",
        "no_advice": "(nog) geen advies",
        "outcomes": "Resultaten bij afsluiten",
        "outcome": "Resultaat",
        "running": "nog niet afgesloten",
        "no_result": "geen resultaat vastgelegd",
        "ages": "Leeftijd bij aanmelding",
        "age": "Leeftijd (jaar)",
    },
    "en": {
        "cases": "Cases",
        "problem_areas": "Problem areas",
        "problem_area": "Problem area",
        "bottlenecks": "Bottlenecks",
        "bottleneck": "Bottleneck",
        "lead_time": "Lead time registration to advice",
        "weeks": "Weeks",
        "no_advice": "no advice (yet)",
        "outcomes": "Results at closing",
        "outcome": "Result",
        "running": "not closed yet",
        "no_result": "no result recorded",
        "ages": "Age at registration",
        "age": "Age (years)",
    },
}


def _label(item: ManagedListItem, language: str) -> str:
    return (item.label_en or item.label) if language == "en" else item.label


def _list_counts(
    items_per_case: Sequence[Sequence[ManagedListItem]], language: str
) -> list[tuple[str, list[int]]]:
    counts: Counter[int] = Counter()
    by_id: dict[int, ManagedListItem] = {}
    for items in items_per_case:
        for item in {i.id: i for i in items}.values():
            counts[item.id] += 1
            by_id[item.id] = item
    ordered = sorted(by_id.values(), key=lambda i: (i.sort_order, i.label))
    return [(_label(i, language), [counts[i.id]]) for i in ordered]


def aggregate_tables(
    session: Session, cases: Sequence[Case], threshold: int, language: str = "nl"
) -> tuple[SuppressedTable, ...]:
    """Problem areas, bottlenecks, lead times, outcomes and age bands over `cases`.

    A case may have several problem areas and bottlenecks, so those two tables have no
    totals (they would not add up to the number of cases); the other three split the cases
    and carry a total."""
    from expertteam_app.anonymise.generalise import (
        AGE_BANDS,
        age_band,
        lead_time_band,
        lead_time_bands,
    )
    from expertteam_app.anonymise.suppression import suppress_counts

    lang = "en" if language.startswith("en") else "nl"
    w = _TEXTS[lang]
    columns = (w["cases"],)

    def table(
        title: str, header: str, rows: Sequence[tuple[str, list[int]]], totals: bool
    ) -> SuppressedTable:
        return suppress_counts(
            title, header, columns, rows, threshold, language=lang, with_totals=totals
        )

    lead_order = [*lead_time_bands(lang), w["no_advice"]]
    lead: Counter[str] = Counter()
    for case in cases:
        weeks = lead_time_weeks(session, case)
        lead[w["no_advice"] if weeks is None else lead_time_band(weeks, lang)] += 1
    outcomes: Counter[str] = Counter()
    for case in cases:
        if case.closed_on is None:
            outcomes[w["running"]] += 1
        elif case.closing_result_id is None:
            outcomes[w["no_result"]] += 1
        else:
            item = session.get(ManagedListItem, case.closing_result_id)
            outcomes[_label(item, lang) if item else w["no_result"]] += 1
    ages = Counter(age_band(c.young_person.date_of_birth, c.registered_on) for c in cases)
    return (
        table(
            w["problem_areas"],
            w["problem_area"],
            _list_counts([c.problem_areas for c in cases], lang),
            False,
        ),
        table(
            w["bottlenecks"],
            w["bottleneck"],
            _list_counts([c.bottlenecks for c in cases], lang),
            False,
        ),
        table(w["lead_time"], w["weeks"], [(b, [lead[b]]) for b in lead_order], True),
        table(w["outcomes"], w["outcome"], sorted((k, [v]) for k, v in outcomes.items()), True),
        table(w["ages"], w["age"], [(b, [ages[b]]) for b in AGE_BANDS], True),
    )
