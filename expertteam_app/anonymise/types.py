"""What the anonymiser takes and gives: plain values shared by the scrubber, the services,
the review screen and the exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityKind(StrEnum):
    """The stem of a replacement label, in Dutch because the label is read in the export."""

    PERSON = "PERSOON"
    PLACE = "LOCATIE"  # towns, streets, addresses, postcodes
    INSTITUTION = "INSTELLING"  # schools, care providers, organisations
    DATE = "DATUM"
    AGE = "LEEFTIJD"
    BSN = "BSN"
    PHONE = "TELEFOONNUMMER"
    EMAIL = "EMAILADRES"
    URL = "URL"
    IBAN = "IBAN"
    FILE_NUMBER = "DOSSIERNUMMER"  # parket-, Veilig Thuis-, dossier- and case numbers
    OTHER_ID = "ID"
    REDACTED = "AFGESCHERMD"  # redacted by hand by the reviewer


class Source(StrEnum):
    """Which layer found a replacement (shown to the reviewer)."""

    DEDUCE = "deduce"
    PATTERN = "pattern"  # our own recognisers (BSN, postcode, IBAN, phone, ...)
    CASE = "case"  # a name or place the case itself knows
    REVIEWER = "reviewer"


@dataclass(frozen=True)
class KnownPerson:
    """A person the case knows by name: the young person, household, contacts."""

    first_name: str = ""
    name_prefix: str = ""  # tussenvoegsel: "van den", "de"
    last_name: str = ""


@dataclass(frozen=True)
class KnownEntities:
    """Every name and place one case knows, to be found in its free text in any form."""

    persons: tuple[KnownPerson, ...] = ()
    places: tuple[str, ...] = ()  # municipality of residence, towns
    institutions: tuple[str, ...] = ()  # school, referrer organisation, earlier providers


@dataclass(frozen=True)
class Replacement:
    """One replaced stretch: where it was in the original and where its label is now."""

    start: int  # in ScrubbedText.original
    end: int
    out_start: int  # in ScrubbedText.text
    out_end: int
    original: str
    label: str  # "[PERSOON-1]"
    kind: EntityKind
    source: Source


@dataclass(frozen=True)
class ScrubbedText:
    """A free text before and after scrubbing, with every replacement and what to check."""

    original: str
    text: str
    replacements: tuple[Replacement, ...] = ()
    # Spans of `text` a person should look at: capitalised words and numbers that are
    # not labels and not in the Dutch word list.
    to_check: tuple[tuple[int, int], ...] = field(default=())
