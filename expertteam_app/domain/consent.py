"""Who must consent, by the young person's age (WGBO / Jeugdwet).

Under 12 the parents or guardians with custody consent; from 12 to 15 the young person
and the custodians both; from 16 the young person alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from expertteam_app.domain.enums import ConsentParty, ConsentScope


def age_on(date_of_birth: date, on: date) -> int:
    """Whole years completed on `on`; a 29 February birthday counts on 28 February."""
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class ConsentRequirement:
    young_person: bool
    custodians: bool

    def describe(self, language: str = "nl") -> str:
        if language.startswith("en"):
            if self.young_person and self.custodians:
                return "the young person and the parents or guardians with custody"
            return "the young person" if self.young_person else "the parents or guardians"
        if self.young_person and self.custodians:
            return "de jeugdige én de ouders of voogd met gezag"
        return "de jeugdige" if self.young_person else "de ouders of voogd met gezag"


def requirement_for_age(age: int) -> ConsentRequirement:
    if age < 12:
        return ConsentRequirement(young_person=False, custodians=True)
    if age < 16:
        return ConsentRequirement(young_person=True, custodians=True)
    return ConsentRequirement(young_person=True, custodians=False)


@dataclass(frozen=True)
class Custodian:
    household_member_id: int
    display_name: str


@dataclass(frozen=True)
class ConsentFact:
    party: ConsentParty
    scope: ConsentScope
    household_member_id: int | None
    given_on: date
    withdrawn_on: date | None = None

    def in_force_on(self, on: date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


@dataclass(frozen=True)
class MissingConsent:
    nl: str
    en: str


def missing_consent(
    *,
    date_of_birth: date,
    on: date,
    scope: ConsentScope,
    custodians: list[Custodian],
    facts: list[ConsentFact],
) -> list[MissingConsent]:
    """What consent for `scope` is still missing on `on`; empty when it is complete."""
    need = requirement_for_age(age_on(date_of_birth, on))
    valid = [f for f in facts if f.scope == scope and f.in_force_on(on)]
    missing: list[MissingConsent] = []
    if need.young_person and not any(f.party == ConsentParty.YOUNG_PERSON for f in valid):
        missing.append(MissingConsent("toestemming van de jeugdige", "consent of the young person"))
    if need.custodians:
        if not custodians:
            missing.append(
                MissingConsent(
                    "geen ouder of voogd met gezag vastgelegd",
                    "no parent or guardian with custody recorded",
                )
            )
        consented = {f.household_member_id for f in valid if f.party == ConsentParty.CUSTODIAN}
        for c in custodians:
            if c.household_member_id not in consented:
                missing.append(
                    MissingConsent(
                        f"toestemming van {c.display_name} (gezag)",
                        f"consent of {c.display_name} (custody)",
                    )
                )
    return missing
