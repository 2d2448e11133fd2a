from datetime import date

import pytest

from expertteam_app.domain.consent import (
    ConsentFact,
    Custodian,
    age_on,
    missing_consent,
    requirement_for_age,
)
from expertteam_app.domain.enums import ConsentParty, ConsentScope

ON = date(2026, 6, 15)
MOTHER = Custodian(1, "moeder")
FATHER = Custodian(2, "vader")


def born_years_ago(years: int) -> date:
    return date(ON.year - years, ON.month, ON.day)


def fact(
    party: ConsentParty, member: int | None = None, *, withdrawn: date | None = None
) -> ConsentFact:
    return ConsentFact(party, ConsentScope.REGISTRATION, member, date(2026, 6, 1), withdrawn)


@pytest.mark.parametrize(
    ("age", "young_person", "custodians"),
    [
        (0, False, True),
        (11, False, True),
        (12, True, True),
        (15, True, True),
        (16, True, False),
        (22, True, False),
    ],
)
def test_who_consents_follows_the_age_bands(age, young_person, custodians):
    need = requirement_for_age(age)
    assert (need.young_person, need.custodians) == (young_person, custodians)


def test_age_is_counted_in_completed_years_and_a_leap_day_birthday_counts_on_28_february():
    assert age_on(date(2010, 6, 16), ON) == 15
    assert age_on(date(2010, 6, 15), ON) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17


def test_under_12_both_custodians_must_consent_and_the_child_need_not():
    missing = missing_consent(
        date_of_birth=born_years_ago(9),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[MOTHER, FATHER],
        facts=[fact(ConsentParty.CUSTODIAN, 1)],
    )
    assert [m.nl for m in missing] == ["toestemming van vader (gezag)"]


def test_from_12_to_15_the_child_and_the_custodians_must_both_consent():
    facts = [fact(ConsentParty.CUSTODIAN, 1)]
    missing = missing_consent(
        date_of_birth=born_years_ago(13),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[MOTHER],
        facts=facts,
    )
    assert [m.en for m in missing] == ["consent of the young person"]
    complete = missing_consent(
        date_of_birth=born_years_ago(13),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[MOTHER],
        facts=[*facts, fact(ConsentParty.YOUNG_PERSON)],
    )
    assert complete == []


def test_from_16_the_young_person_alone_consents():
    missing = missing_consent(
        date_of_birth=born_years_ago(16),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[MOTHER],
        facts=[fact(ConsentParty.YOUNG_PERSON)],
    )
    assert missing == []


def test_withdrawn_consent_no_longer_counts():
    missing = missing_consent(
        date_of_birth=born_years_ago(17),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[],
        facts=[fact(ConsentParty.YOUNG_PERSON, withdrawn=date(2026, 6, 10))],
    )
    assert [m.nl for m in missing] == ["toestemming van de jeugdige"]


def test_a_child_without_a_recorded_custodian_is_reported():
    missing = missing_consent(
        date_of_birth=born_years_ago(5),
        on=ON,
        scope=ConsentScope.REGISTRATION,
        custodians=[],
        facts=[],
    )
    assert "geen ouder of voogd met gezag" in missing[0].nl
