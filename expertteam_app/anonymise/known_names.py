"""Every name and place the case itself knows, found in its free text in the forms people
write them: first or last name alone, with or without the prefix, with initials and titles,
possessives and diminutives; towns with their adjectives; schools and providers also by the
distinctive part of their name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from expertteam_app.anonymise.labels import normalise_key
from expertteam_app.anonymise.types import EntityKind, KnownEntities, KnownPerson
from expertteam_app.anonymise.vocabulary import GENERIC_INSTITUTION_WORDS, is_domain_term
from expertteam_app.anonymise.wordlist import dutch_words

_TITLES = (
    r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de\s+heer|heer|mr\.?|dr\.?|drs\.?|ir\.?"
    r"|ing\.?|prof\.?|juf|juffrouw|meester|fam\.?|familie|gezin)"
)
# Initials before a last name: "J. ", "J.J.M. ", "J " (capitals only, whatever the flags).
_INITIALS = r"(?-i:(?:[A-Z]\.\s?){1,4}|[A-Z]\s)"
_PERSON_SUFFIX = r"(?:['’]s|(?<=[sxzSXZ])['’]|s)?"
_PLACE_SUFFIX = r"(?:se|s|er|ers|['’]s)?"
_INSTITUTION_SUFFIX = r"(?:['’]s|s)?"


_ARTICLES = frozenset({"de", "het", "'t", "’t"})


@dataclass(frozen=True)
class KnownMatch:
    start: int
    end: int
    kind: EntityKind
    key: str  # which entity: all forms of one person share it


@dataclass(frozen=True)
class _Variant:
    kind: EntityKind
    key: str
    needs_capital: bool  # a name that is also a Dutch word counts only when capitalised


def fold(text: str) -> str:
    """Without diacritics: "Zoë" is also written "Zoe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def diminutives(first_name: str) -> set[str]:
    """Dutch diminutive forms of a first name, generously: Jantje, Jannetje, Daantje,
    Kimpje, Annetje, Sanneke, Pietje, Basje."""
    name = first_name.strip()
    if len(name) < 2:
        return set()
    forms = {name + "tje", name + "je", name + "pje", name + "etje", name + "ke", name + "tjes"}
    if name[-1].lower() in "aeiouy":
        stem = name[:-1]
        forms |= {stem + "etje", stem + "eke", stem + "ie", name + "tje"}
    else:
        forms |= {name + name[-1] + "etje", name + "ie", name + "eke"}
    return forms


_PREFIXES = "van de der den het 't te ten ter in op aan la le du da di von zu del dos das"
_PREFIX_WORDS = frozenset(_PREFIXES.split())


def _strip_prefix(part: str) -> str:
    words = part.split()
    while len(words) > 1 and words[0].casefold() in _PREFIX_WORDS:
        words = words[1:]
    return " ".join(words)


def _word_like(variant: str) -> bool:
    words = dutch_words()
    return all(part.casefold() in words for part in variant.split())


def _tokens_pattern(variant: str) -> str:
    return r"\s+".join(re.escape(part) for part in variant.split())


class KnownMatcher:
    """The compiled patterns of one case's known entities."""

    def __init__(self, known: KnownEntities) -> None:
        self._variants: dict[str, _Variant] = {}
        persons = self._person_variants(known.persons)
        places = self._place_variants(known.places)
        institutions = self._institution_variants(known.institutions)
        self._patterns: list[tuple[re.Pattern[str], bool]] = []
        if persons:
            self._patterns.append(
                (
                    self._compile(
                        rf"(?:{_TITLES}\s+)?(?:{_INITIALS}\s*)?", persons, _PERSON_SUFFIX
                    ),
                    True,
                )
            )
        if institutions:
            self._patterns.append((self._compile("", institutions, _INSTITUTION_SUFFIX), False))
        if places:
            self._patterns.append((self._compile("", places, _PLACE_SUFFIX), False))

    def _add(self, text: str, kind: EntityKind, key: str, *, word_check: bool = True) -> str:
        text = " ".join(text.split())
        if len(text.replace(" ", "")) < 2 or is_domain_term(text):
            return ""
        needs_capital = word_check and _word_like(text)
        self._variants.setdefault(normalise_key(text), _Variant(kind, key, needs_capital))
        return text

    def _person_variants(self, persons: tuple[KnownPerson, ...]) -> list[str]:
        out: list[str] = []
        for person in persons:
            first = person.first_name.strip()
            prefix = " ".join(person.name_prefix.split())
            last = person.last_name.strip()
            key = "person:" + normalise_key(f"{first} {prefix} {last}")
            parts = [part.strip() for part in last.split("-") if part.strip()]
            # "Jansen-de Wit" -> "Jansen", "de Wit" and "Wit".
            bare = [_strip_prefix(part) for part in parts]
            lasts = [last, *parts, *bare]
            firsts = [first] + [p for p in re.split(r"[-\s]+", first) if len(p) >= 3]
            candidates: list[str] = []
            for a_last in dict.fromkeys(lasts):
                if not a_last:
                    continue
                with_prefix = f"{prefix} {a_last}" if prefix else a_last
                candidates += [with_prefix, a_last]
                if first:
                    candidates += [f"{first} {with_prefix}", f"{first} {a_last}"]
            # Nicknames are made of surnames too ("Schaapje" for a girl called Schaap).
            for a_last in dict.fromkeys(bare):
                if len(a_last) >= 3 and " " not in a_last:
                    candidates += sorted(diminutives(a_last))
            for a_first in dict.fromkeys(firsts):
                if a_first:
                    candidates.append(a_first)
                    candidates += sorted(diminutives(a_first))
            for candidate in candidates:
                for form in dict.fromkeys((candidate, fold(candidate))):
                    added = self._add(form, EntityKind.PERSON, key)
                    if added:
                        out.append(added)
        return out

    def _place_variants(self, places: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for place in places:
            key = "place:" + normalise_key(place)
            for form in dict.fromkeys((place, fold(place))):
                added = self._add(form, EntityKind.PLACE, key)
                if added:
                    out.append(added)
        return out

    def _institution_variants(self, institutions: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for name in institutions:
            key = "institution:" + normalise_key(name)
            forms = [name]
            words = name.split()
            # Generic words and type abbreviations ("CSG", "OBS", "RSG") say what, not which.
            distinctive = [
                w
                for w in words
                if w.casefold().strip(",.") not in GENERIC_INSTITUTION_WORDS
                and not (w.isupper() and len(w) <= 5)
            ]
            if distinctive and len(distinctive) < len(words):
                # "OBS De Regenboog" -> "De Regenboog" and "Regenboog".
                first_kept = words.index(distinctive[0])
                if first_kept > 0 and words[first_kept - 1].casefold() in _ARTICLES:
                    forms.append(" ".join([words[first_kept - 1], *words[first_kept:]]))
                tail = " ".join(words[first_kept:])
                forms.append(tail)
                forms.append(" ".join(distinctive))
            for form in dict.fromkeys(forms):
                if form != name and sum(c.isalpha() for c in form) < 4:
                    continue
                for variant in dict.fromkeys((form, fold(form))):
                    added = self._add(variant, EntityKind.INSTITUTION, key)
                    if added:
                        out.append(added)
        return out

    @staticmethod
    def _compile(lead: str, variants: list[str], suffix: str) -> re.Pattern[str]:
        ordered = sorted(set(variants), key=lambda v: (-len(v), v))
        names = "|".join(_tokens_pattern(v) for v in ordered)
        return re.compile(
            rf"(?<![\w@.])(?P<lead>{lead})(?P<name>{names}){suffix}(?![\w@-]|\.\w)",
            re.IGNORECASE,
        )

    def find(self, text: str) -> list[KnownMatch]:
        found: list[KnownMatch] = []
        for pattern, is_person in self._patterns:
            for match in pattern.finditer(text):
                name = match.group("name")
                variant = self._variants.get(normalise_key(name))
                if variant is None:
                    continue
                last_token = name.split()[-1]
                titled = is_person and bool(match.group("lead").strip())
                if variant.needs_capital and not titled and not last_token[0].isupper():
                    continue
                found.append(KnownMatch(match.start(), match.end(), variant.kind, variant.key))
        return found
