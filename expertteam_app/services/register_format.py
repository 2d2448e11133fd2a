"""The Excel register template: its columns and the words it accepts.

Shared by the importer (which reads it) and the template writer (which explains it), so
the two cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from expertteam_app.domain.enums import CaseStatus, Gender, ReferrerType


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    nl: str
    en: str
    example: str


COLUMNS: tuple[Column, ...] = (
    Column(
        "kenmerk",
        False,
        "Uw eigen kenmerk; leeg = Expertteam geeft ET-jaar-nummer",
        "Your own reference; empty = generated",
        "ET-2024-0007",
    ),
    Column(
        "aanmelddatum",
        True,
        "Datum van aanmelding (DD-MM-JJJJ of JJJJ-MM-DD)",
        "Registration date",
        "14-03-2024",
    ),
    Column("voornaam", True, "Voornaam van de jeugdige", "First name of the young person", "Sem"),
    Column(
        "achternaam",
        True,
        "Achternaam, met tussenvoegsel vooraan",
        "Last name, prefix first",
        "van der Velde",
    ),
    Column("geboortedatum", True, "Geboortedatum van de jeugdige", "Date of birth", "02-11-2010"),
    Column(
        "bsn",
        False,
        "Burgerservicenummer (9 cijfers, elfproef)",
        "Citizen service number",
        "999990019",
    ),
    Column(
        "geslacht",
        False,
        "jongen, meisje, anders of onbekend",
        "boy, girl, other or unknown",
        "jongen",
    ),
    Column(
        "gemeente",
        True,
        "Woongemeente: naam of CBS-code",
        "Municipality: name or CBS code",
        "Groningen",
    ),
    Column(
        "verwijzer_type",
        True,
        "Soort verwijzer (zie lijst)",
        "Kind of referrer (see list)",
        "wijkteam",
    ),
    Column(
        "verwijzer_organisatie",
        False,
        "Naam van de verwijzende organisatie",
        "Referring organisation",
        "Wijkteam Noord",
    ),
    Column(
        "hulpvraag",
        True,
        "De vraag aan het expertteam",
        "The question to the team",
        "Geen passende plek na crisisopname",
    ),
    Column(
        "leefgebieden",
        False,
        "Leefgebieden, gescheiden door ;",
        "Problem areas, separated by ;",
        "Autisme; Huisvesting",
    ),
    Column(
        "hulpgeschiedenis",
        False,
        "Eerdere hulp, gescheiden door ; (aanbieder: omschrijving)",
        "Care history, separated by ; (provider: description)",
        "Accare: ambulante behandeling 2023",
    ),
    Column(
        "knelpunten",
        False,
        "Knelpunten, gescheiden door ;",
        "Bottlenecks, separated by ;",
        "Wachtlijst; Geen passend aanbod",
    ),
    Column(
        "status",
        False,
        "Status in woorden (zie lijst); leeg = aangemeld",
        "Status in words; empty = registered",
        "in uitvoering",
    ),
    Column(
        "advies_datum",
        False,
        "Datum van het bindend advies",
        "Date of the binding advice",
        "02-05-2024",
    ),
    Column(
        "advies",
        False,
        "Het advies in het kort",
        "The advice in short",
        "Gezinshuis met dagbehandeling",
    ),
    Column(
        "afsluitdatum", False, "Datum van afsluiten (bij status afgesloten)", "Closing date", ""
    ),
    Column("resultaat", False, "Resultaat bij afsluiten", "Result at closing", ""),
    Column(
        "reflectie", False, "Reflectie voor de leertafel", "Reflection for the learning table", ""
    ),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED = frozenset(c.name for c in COLUMNS if c.required)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[_\-/]+", " ", plain).split())


STATUS_WORDS: dict[str, CaseStatus] = {
    **{fold(s.value): s for s in CaseStatus},
    **{fold(s.label_nl): s for s in CaseStatus},
    "nieuw": CaseStatus.AANGEMELD,
    "intake": CaseStatus.IN_BEHANDELING,
    "in voorbereiding": CaseStatus.IN_BEHANDELING,
    "op agenda": CaseStatus.GEAGENDEERD,
    "op de agenda": CaseStatus.GEAGENDEERD,
    "advies": CaseStatus.ADVIES_UITGEBRACHT,
    "advies gegeven": CaseStatus.ADVIES_UITGEBRACHT,
    "lopend": CaseStatus.IN_UITVOERING,
    "uitvoering": CaseStatus.IN_UITVOERING,
    "gesloten": CaseStatus.AFGESLOTEN,
    "afgerond": CaseStatus.AFGESLOTEN,
    "niet ontvankelijk verklaard": CaseStatus.NIET_ONTVANKELIJK,
    "afgewezen": CaseStatus.NIET_ONTVANKELIJK,
    "opgeschaald naar bovenregionaal": CaseStatus.OPGESCHAALD,
    "escalatie": CaseStatus.OPGESCHAALD,
}

GENDER_WORDS: dict[str, Gender] = {
    **{w: Gender.MALE for w in ("m", "man", "jongen", "j", "male", "boy")},
    **{w: Gender.FEMALE for w in ("v", "vrouw", "meisje", "f", "female", "girl")},
    **{w: Gender.OTHER for w in ("x", "anders", "overig", "non binair", "other")},
    **{w: Gender.UNKNOWN for w in ("", "onbekend", "o", "?", "unknown")},
}

REFERRER_WORDS: dict[str, ReferrerType] = {
    **{fold(t.value): t for t in ReferrerType},
    **{fold(t.label_nl): t for t in ReferrerType},
    **{
        w: ReferrerType.LOCAL_TEAM
        for w in (
            "wijkteam",
            "lokaal team",
            "sociaal team",
            "jeugdteam",
            "gebiedsteam",
            "buurtteam",
            "toegang",
        )
    },
    **{
        w: ReferrerType.CERTIFIED_INSTITUTION
        for w in (
            "gi",
            "gecertificeerde instelling",
            "jeugdbescherming",
            "jeugdreclassering",
            "voogdij",
        )
    },
    "huisarts": ReferrerType.GENERAL_PRACTITIONER,
    "poh jggz": ReferrerType.GENERAL_PRACTITIONER,
    **{w: ReferrerType.YOUTH_DOCTOR for w in ("jeugdarts", "jgz", "ggd", "consultatiebureau")},
    **{
        w: ReferrerType.MEDICAL_SPECIALIST
        for w in (
            "medisch specialist",
            "specialist",
            "kinderarts",
            "psychiater",
            "kinder en jeugdpsychiater",
        )
    },
    **{w: ReferrerType.PROVIDER for w in ("aanbieder", "jeugdhulpaanbieder", "zorgaanbieder")},
    "gemeente": ReferrerType.MUNICIPALITY,
    **{
        w: ReferrerType.OTHER
        for w in (
            "anders",
            "overig",
            "school",
            "onderwijs",
            "veilig thuis",
            "raad voor de kinderbescherming",
        )
    },
}
