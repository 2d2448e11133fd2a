"""The anonymisation corpus: synthetic Dutch case narratives with every identifier marked.

One JSON file per narrative in `narratives/` (the format is described in README.md). The
loader removes the `[[...]]` marks, collects what they marked and adds the identifiers that
sit in the case's own fields (names, BSN, date of birth, phone numbers, school, ...), so a
test can ask of any output: does any of these still appear?
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from expertteam_app.anonymise.types import KnownEntities, KnownPerson
from expertteam_app.domain.names import display_name, split_prefix

NARRATIVES = Path(__file__).parent / "narratives"
_MARK = re.compile(r"\[\[(.+?)\]\]")
_WORDS = Path(__file__).parents[2] / "expertteam_app" / "anonymise" / "data" / "nl_words.txt.gz"
_MUNICIPALITIES = Path(__file__).parents[2] / "expertteam_app" / "reference_data" / "gemeenten.csv"

# Words a learning table needs to read as a useful case. Matched at the start of a word,
# case-insensitively, so "wachtlijsten" counts for "wachtlijst".
DOMAIN_VOCABULARY: tuple[str, ...] = (
    "wachtlijst",
    "autisme",
    "crisisopvang",
    "crisisplaatsing",
    "schuldhulpverlening",
    "schulden",
    "bewindvoering",
    "gezinshuis",
    "pleegzorg",
    "pleeggezin",
    "pleegouder",
    "jeugd-ggz",
    "ggz",
    "wijkteam",
    "gecertificeerde instelling",
    "jeugdzorgplus",
    "gesloten jeugdzorg",
    "dagbehandeling",
    "thuiszitter",
    "leerplicht",
    "huiselijk geweld",
    "verslaving",
    "lvb",
    "adhd",
    "jeugdbescherming",
    "ondertoezichtstelling",
    "uithuisplaatsing",
    "voogdij",
    "gezinsvoogd",
    "kinderrechter",
    "raad voor de kinderbescherming",
    "veilig thuis",
    "jeugdarts",
    "huisarts",
    "psychiater",
    "gz-psycholoog",
    "intern begeleider",
    "orthopedagoog",
    "ambulante",
    "jeugdhulp",
    "zorgaanbieder",
    "passend onderwijs",
    "samenwerkingsverband",
    "mentor",
    "dakloos",
    "vrouwenopvang",
    "eetstoornis",
    "depressie",
    "angststoornis",
    "trauma",
    "suïcid",
    "automutilatie",
    "middelengebruik",
    "cannabis",
    "psychose",
    "hechting",
    "agressie",
    "respijtzorg",
    "logeeropvang",
    "mantelzorg",
    "expertteam",
    "bindend advies",
    "woonplaatsbeginsel",
    "beschikking",
    "gezinsbehandeling",
    "opvoedondersteuning",
    "residentiële",
    "zorgmijd",
    "mishandeling",
    "verwaarlozing",
    "scheiding",
)


@dataclass(frozen=True)
class CorpusCase:
    name: str  # the file's stem, "07_gi_tweeling"
    # Never in a failure message: repr leaves the narrative out.
    text: str = field(repr=False)  # the narrative with its marks removed
    prose: str = field(repr=False)  # the narrative with every marked stretch blanked out
    marked: tuple[str, ...] = field(repr=False)  # what the marks marked, in order, once each
    identifiers: tuple[str, ...] = field(repr=False)  # marked plus the case's own identifiers
    known: KnownEntities = field(repr=False)  # what the case itself knows, for the scrubber
    raw: dict[str, Any] = field(repr=False)  # the file's "known" object, to build a real case

    @property
    def young_person(self) -> KnownPerson:
        return self.known.persons[0]


def load_corpus(folder: str = "narratives") -> list[CorpusCase]:
    """The narratives of one folder: "narratives" (the scrubber was tuned on these) or
    "holdout" (written without looking at the scrubber, for an honest check)."""
    return [load_narrative(path) for path in sorted((NARRATIVES.parent / folder).glob("*.json"))]


def load_narrative(path: Path) -> CorpusCase:
    data = json.loads(path.read_text(encoding="utf-8"))
    raw: dict[str, Any] = data["known"]
    body = data["text"]
    marked_text = "\n\n".join(body) if isinstance(body, list) else str(body)
    text = _MARK.sub(lambda m: m.group(1), marked_text)
    marked = _unique(m.group(1) for m in _MARK.finditer(marked_text))
    identifiers = _unique([*marked, *known_identifiers(raw)])
    prose = _MARK.sub(" ", marked_text)
    return CorpusCase(path.stem, text, prose, marked, identifiers, known_entities(raw), raw)


def person_from_full_name(full: str) -> KnownPerson:
    """'Karin van Dijk' -> Karin / van / Dijk (the first word is the first name)."""
    first, _, rest = " ".join(full.split()).partition(" ")
    prefix, last = split_prefix(rest)
    return KnownPerson(first, prefix, last)


def known_entities(raw: dict[str, Any]) -> KnownEntities:
    young = raw["young_person"]
    persons = [KnownPerson(young["first_name"], young.get("name_prefix", ""), young["last_name"])]
    persons += [
        KnownPerson(m.get("first_name", ""), m.get("name_prefix", ""), m.get("last_name", ""))
        for m in raw.get("household", [])
    ]
    referrer = raw.get("referrer", {})
    contacts = [referrer.get("contact_name", "")]
    contacts += [item.get("contact_name", "") for item in raw.get("care_history", [])]
    persons += [person_from_full_name(c) for c in contacts if c]
    institutions = [raw.get("school_name", ""), referrer.get("organisation", "")]
    institutions += [item.get("provider_name", "") for item in raw.get("care_history", [])]
    return KnownEntities(
        persons=tuple(persons),
        places=(municipality_name(raw),),
        institutions=tuple(i for i in institutions if i),
    )


def known_identifiers(raw: dict[str, Any]) -> tuple[str, ...]:
    """Every string in the case's own fields that identifies someone."""
    found: list[str] = []
    for person in known_entities(raw).persons:
        found += _person_forms(person)
    young = raw["young_person"]
    found.append(young["bsn"])
    born = date.fromisoformat(young["date_of_birth"])
    found += [born.isoformat(), born.strftime("%d-%m-%Y")]
    for member in raw.get("household", []):
        found += [member.get("phone", ""), member.get("email", "")]
    referrer = raw.get("referrer", {})
    found += [referrer.get("phone", ""), referrer.get("email", "")]
    known = known_entities(raw)
    found += [*known.institutions, *known.places]
    return _unique(f for f in found if f.strip())


def municipality_name(raw: dict[str, Any]) -> str:
    return _municipalities()[raw["municipality_code"]]


@cache
def _municipalities() -> dict[str, str]:
    with _MUNICIPALITIES.open(encoding="utf-8", newline="") as handle:
        return {row["cbs_code"]: row["name"] for row in csv.DictReader(handle)}


def _person_forms(person: KnownPerson) -> list[str]:
    forms = [display_name(person.first_name, person.name_prefix, person.last_name)]
    forms.append(person.first_name)
    if person.name_prefix:
        forms.append(f"{person.name_prefix} {person.last_name}")
    forms.append(person.last_name)
    return [f for f in forms if f]


# --- judging an output ---------------------------------------------------------------------

# Digits and the separators a number is written with ("06 - 12 34", "+31 (0)6", "12.03.2024"):
# one group is one written number, so digits of neighbouring numbers are never joined up.
_DIGIT_GROUP = re.compile(r"\d+(?:[\s\-./()+]{1,3}\d+)*")


def leaked(identifier: str, output: str) -> bool:
    """Whether `identifier` still appears in `output`.

    As a whole word, case-insensitively, with whitespace normalised ("Bas" is not found in
    "basisschool"). A one-word identifier that is also a Dutch word (Storm, Hoek, Bakker)
    counts only capitalised, as a name, so "een storm" is no leak. An identifier with six or
    more digits also leaks when its digits appear as a run inside one written number of the
    output, in any spacing ("111 222 333" for "111222333").
    """
    ident = " ".join(identifier.split())
    out = " ".join(output.split())
    if not ident:
        return False
    flags = 0 if _is_dutch_word(ident) else re.IGNORECASE
    if re.search(rf"(?<!\w){re.escape(ident)}(?!\w)", out, flags):
        return True
    digits = re.sub(r"\D", "", ident)
    if len(digits) >= 6:
        for group in _DIGIT_GROUP.finditer(output):
            if digits in re.sub(r"\D", "", group.group()):
                return True
    return False


def leaks(case: CorpusCase, output: str) -> list[str]:
    """The identifiers of `case` that appear in `output`."""
    return [ident for ident in case.identifiers if leaked(ident, output)]


def vocabulary_counts(text: str) -> dict[str, int]:
    return {
        term: len(re.findall(rf"(?<!\w){re.escape(term)}", text, re.IGNORECASE))
        for term in DOMAIN_VOCABULARY
    }


def vocabulary_kept(text_in: str, text_out: str) -> tuple[int, int]:
    """(kept, total): occurrences of domain words in `text_in` and how many survive."""
    before, after = vocabulary_counts(text_in), vocabulary_counts(text_out)
    total = sum(before.values())
    kept = sum(min(n, after[term]) for term, n in before.items())
    return kept, total


def _is_dutch_word(identifier: str) -> bool:
    return " " not in identifier and identifier.casefold() in _dutch_words()


@cache
def _dutch_words() -> frozenset[str]:
    with gzip.open(_WORDS, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)
