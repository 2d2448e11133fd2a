"""Possible duplicates at registration: the same BSN, or the same birth date with a
similar name. A hint, not a block: twins share a birth date, and typos happen."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from expertteam_app.domain import bsn as bsn_rules
from expertteam_app.domain import names
from expertteam_app.domain.case import Case, YoungPerson
from expertteam_app.domain.enums import CaseStatus


class PersonLike(Protocol):
    first_name: str
    name_prefix: str
    last_name: str
    bsn: str

    @property
    def date_of_birth(self) -> object: ...


@dataclass(frozen=True)
class DuplicateHint:
    case_id: int
    reference: str
    status: CaseStatus
    same_bsn: bool
    reason_nl: str
    reason_en: str


def find_duplicates(
    session: Session, person: PersonLike, *, exclude_case_id: int | None = None
) -> list[DuplicateHint]:
    hints: dict[int, DuplicateHint] = {}
    digits = bsn_rules.normalise(person.bsn) if person.bsn else ""
    if digits and bsn_rules.is_valid(digits):
        rows = session.execute(
            select(Case.id, Case.reference, Case.status)
            .join(YoungPerson, Case.young_person_id == YoungPerson.id)
            .where(YoungPerson.bsn == digits)
        )
        for case_id, reference, status in rows:
            hints[case_id] = DuplicateHint(
                case_id,
                reference,
                status,
                True,
                "zelfde BSN",
                "same BSN",
            )
    if person.date_of_birth is not None:
        key = names.name_key(person.first_name, person.name_prefix, person.last_name)
        same_birthday = session.execute(
            select(Case.id, Case.reference, Case.status, YoungPerson.name_key)
            .join(YoungPerson, Case.young_person_id == YoungPerson.id)
            .where(YoungPerson.date_of_birth == person.date_of_birth)
        )
        for case_id, reference, status, other_key in same_birthday:
            if case_id not in hints and names.similar(key, other_key):
                hints[case_id] = DuplicateHint(
                    case_id,
                    reference,
                    status,
                    False,
                    "zelfde geboortedatum en gelijkende naam",
                    "same date of birth and a similar name",
                )
    hints.pop(exclude_case_id or -1, None)
    return sorted(hints.values(), key=lambda h: (not h.same_bsn, h.reference))
