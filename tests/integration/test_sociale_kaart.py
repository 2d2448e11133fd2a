"""The sociale kaart: providers with their offer, ages, region and wait, found for a care item."""

from __future__ import annotations

import pytest

from expertteam_app.domain.enums import Role
from expertteam_app.errors import ValidationError
from expertteam_app.services import reference


def save(uow, name, **fields):
    return reference.save_provider(uow, reference.ProviderInput(name, **fields))


def test_the_picker_ranks_by_offer_then_age_then_wait(open_team):
    team = open_team(Role.COORDINATOR)
    with team.unit_of_work() as uow:
        save(uow, "Aanbieder Alles (synthetisch)", offer_codes=("ambulatory",), wait_weeks=1)
        save(
            uow,
            "Gezinshuis Oost (synthetisch)",
            offer_codes=("family_home",),
            min_age=0,
            max_age=11,
            wait_weeks=2,
        )
        save(
            uow,
            "Gezinshuis West (synthetisch)",
            offer_codes=("family_home",),
            min_age=4,
            max_age=18,
            wait_weeks=9,
        )
        save(
            uow,
            "Gezinshuis Zuid (synthetisch)",
            offer_codes=("family_home",),
            min_age=12,
            max_age=18,
            wait_weeks=4,
            region_code="JZ01",
        )
    with team.unit_of_work() as uow:
        found = reference.search_providers(uow, care_kind_code="family_home", age=14)
        named = reference.search_providers(uow, text="oost")
    assert [p.name.split(" (")[0] for p in found] == [
        "Gezinshuis Zuid",  # offers it, fits 14, waits 4 weeks
        "Gezinshuis West",  # offers it, fits 14, waits 9 weeks
        "Gezinshuis Oost",  # offers it, but up to 11 years
        "Aanbieder Alles",  # does not offer it
    ]
    assert found[0].region_code == "JZ01" and found[0].wait_weeks == 4
    assert [p.name for p in named] == ["Gezinshuis Oost (synthetisch)"]


def test_ages_and_wait_are_checked(open_team):
    team = open_team(Role.COORDINATOR)
    with pytest.raises(ValidationError) as refused, team.unit_of_work() as uow:
        save(uow, "Aanbieder X", min_age=18, max_age=12, wait_weeks=-1, region_code="JZ99")
    assert {p.field for p in refused.value.problems} == {"max_age", "wait_weeks", "region_code"}
