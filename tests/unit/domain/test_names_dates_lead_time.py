from datetime import date

import pytest

from expertteam_app.domain import dates, names
from expertteam_app.domain.lead_time import lead_time_days, suspended_days


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("van der Berg", ("van der", "Berg")),
        ("Van den Heuvel", ("Van den", "Heuvel")),
        ("de Vries", ("de", "Vries")),
        ("El Amrani", ("", "El Amrani")),
        ("Jansen", ("", "Jansen")),
        ("van", ("", "van")),
        ("d'Hondt", ("d'", "Hondt")),
    ],
)
def test_dutch_surname_prefixes_are_split_off(given, expected):
    assert names.split_prefix(given) == expected


def test_names_fold_and_sort_on_the_last_name_without_prefix():
    assert names.display_name("Daan", "van der", "Berg") == "Daan van der Berg"
    assert names.sort_name("Daan", "van der", "Berg") == "berg, daan van der"
    assert names.name_key("Zoë", "", "Çelik") == "zoe celik"


def test_similar_names_catch_typos_but_not_different_people():
    assert names.similar("daan jansen", "daan janssen")
    assert names.similar("mohamed el amrani", "mohammed el amrani")
    assert not names.similar("daan jansen", "emma visser")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14-03-2024", date(2024, 3, 14)),
        ("4-3-2024", date(2024, 3, 4)),
        ("14/03/2024", date(2024, 3, 14)),
        ("14.03.2024", date(2024, 3, 14)),
        ("2024-03-14", date(2024, 3, 14)),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_read_as_dutch_people_write_them(text, expected):
    assert dates.parse(text) == expected


@pytest.mark.parametrize("text", ["31-02-2024", "14-03-24", "maart 2024", "2024/03/14"])
def test_unreadable_dates_are_refused(text):
    with pytest.raises(ValueError):
        dates.parse(text)


def test_dates_print_as_dd_mm_yyyy():
    assert dates.format_nl(date(2026, 1, 5)) == "05-01-2026"


def test_lead_time_pauses_during_suspensions_and_counts_overlaps_once():
    start, end = date(2026, 1, 1), date(2026, 3, 1)  # 59 days
    periods = [(date(2026, 1, 10), date(2026, 1, 20)), (date(2026, 1, 15), date(2026, 1, 25))]
    assert suspended_days(periods, start, end) == 15
    assert lead_time_days(start, end, periods) == 44


def test_an_open_suspension_runs_until_the_end_of_the_period():
    assert lead_time_days(date(2026, 1, 1), date(2026, 1, 31), [(date(2026, 1, 21), None)]) == 20
