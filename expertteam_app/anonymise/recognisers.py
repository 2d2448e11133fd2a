"""Recognisers for identifiers deduce misses or finds unreliably: BSN by the 11-test,
postcodes, IBAN, Dutch phone numbers, e-mail, URLs, case and file numbers, dates in Dutch
forms. Each is a small function from a text to the spans it found."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from expertteam_app.anonymise.types import EntityKind
from expertteam_app.anonymise.vocabulary import (
    COMMON_PROPER_WORDS,
    GENERIC_INSTITUTION_WORDS,
    is_domain_term,
)
from expertteam_app.anonymise.wordlist import dutch_words, sentence_initial


class Span(NamedTuple):
    start: int
    end: int
    kind: EntityKind


Recogniser = Callable[[str], list[Span]]

# --- BSN -----------------------------------------------------------------------------------

# Nine digits (or eight, when a leading zero was dropped), optionally grouped with spaces or
# dots, or 3-3-3 with hyphens. Hyphenated groups are mostly dates and phone numbers.
_BSN = re.compile(r"(?<![\w.,/-])(?:\d(?:[ .]?\d){7,8}|\d{3}-\d{3}-\d{3})(?![\w]|[.,/-]\d)")


def valid_bsn(digits: str) -> bool:
    """The 11-test of the burgerservicenummer (on nine digits)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


# After its own name a number is a BSN whatever its grouping or check ("BSN: 753-91-4633").
_BSN_ANNOUNCED = re.compile(
    r"(?<![\w])(?:BSN|burgerservicenummer|sofinummer|sofi-nummer)\s*(?:nr\.?|nummer)?\s*[:#]?\s*"
    r"(?P<number>\d(?:[ .-]?\d){7,8})(?![\w]|[.-]\d)",
    re.IGNORECASE,
)


def find_bsn(text: str) -> list[Span]:
    found = [
        Span(m.start("number"), m.end("number"), EntityKind.BSN)
        for m in _BSN_ANNOUNCED.finditer(text)
    ]
    for match in _BSN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) == 8:
            digits = "0" + digits
        announced = any(f.start <= match.start() < f.end for f in found)
        if valid_bsn(digits) and not announced:
            found.append(Span(match.start(), match.end(), EntityKind.BSN))
    return found


# --- Postcode --------------------------------------------------------------------------------

_POSTCODE = re.compile(r"(?<![\w.,/-])([1-9]\d{3})( ?)([A-Za-z]{2})(?![\w-])")
# "in 2024 en" is not a postcode: two-letter words after a number with a space.
_SHORT_WORDS = (
    "aa al as af da de du ga ha he hé ik in is ja je ka me na nu of oh ok om on op"
    " pa te to uw we wo za ze zo en er et eu"
)
_TWO_LETTER_WORDS = frozenset(_SHORT_WORDS.split())
_UNUSED_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})


def find_postcodes(text: str) -> list[Span]:
    found: list[Span] = []
    for match in _POSTCODE.finditer(text):
        letters = match.group(3)
        if letters.upper() in _UNUSED_POSTCODE_LETTERS:
            continue
        if match.group(2) and not letters.isupper() and letters.lower() in _TWO_LETTER_WORDS:
            continue
        found.append(Span(match.start(), match.end(), EntityKind.PLACE))
    return found


# --- IBAN ------------------------------------------------------------------------------------

_IBAN = re.compile(
    r"(?<![\w])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\w])"
)


def valid_iban(compact: str) -> bool:
    """The ISO 13616 mod-97 check on an IBAN without spaces."""
    compact = compact.upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


# A Dutch IBAN by its shape: even with a wrong check digit it points to an account.
_NL_IBAN = re.compile(r"(?<![\w])NL\d{2} ?[A-Z]{4}(?: ?\d){10}(?![\w])", re.IGNORECASE)


def find_ibans(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), EntityKind.IBAN) for m in _NL_IBAN.finditer(text)]
    dutch = list(found)
    for match in _IBAN.finditer(text):
        raw = match.group()
        # A trailing word can be swallowed by the optional groups: retry shorter.
        for end in range(len(raw), 14, -1):
            part = raw[:end].rstrip()
            if any(d.start < match.end() and match.start() < d.end for d in dutch):
                break
            if (end == len(raw) or not raw[end].isalnum()) and valid_iban(part.replace(" ", "")):
                found.append(Span(match.start(), match.start() + len(part), EntityKind.IBAN))
                break
    return found


# --- Phone numbers ---------------------------------------------------------------------------

# A run of digits and separators that starts like a phone number: +, 00, (0 or 0.
_PHONE_RUN = re.compile(r"(?<![\w+.,/-])(?:\+\d|\(0|0)[\d \u00a0()/.-]*\d")
_DATE_PREFIX = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d]|[-/.]\d)")
_SPECIAL = ("0800", "0900", "0906", "0909")


def _phone_length_ok(digits: str, plus: bool) -> bool | None:
    """True: a complete number; False: not (yet) one; None: can never become one."""
    if plus or digits.startswith("00"):
        rest = digits if plus else digits[2:]
        if rest.startswith("31"):
            local = rest[2:]
            if local.startswith("0"):  # +31 (0)6 ...
                local = local[1:]
            return len(local) == 9 and local[0] != "0" if len(local) <= 9 else None
        return 10 <= len(rest) <= 13 if len(rest) <= 13 else None
    if not digits.startswith("0") or digits[1:2] == "0":
        return None
    if digits[:4] in _SPECIAL:
        return len(digits) in (8, 11) if len(digits) <= 11 else None
    return len(digits) == 10 if len(digits) <= 10 else None


# A municipality's short number: 14 and its area code without the 0 ("14 0591", "140591").
_MUNICIPAL_PHONE = re.compile(r"(?<![\w+.,/-])14 ?0\d{2,3}(?![\w]|[.,/-]?\d)")


def find_phones(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), EntityKind.PHONE) for m in _MUNICIPAL_PHONE.finditer(text)]
    for match in _PHONE_RUN.finditer(text):
        run = match.group()
        if _DATE_PREFIX.match(run):
            continue
        plus = run.startswith("+")
        digits = ""
        best: int | None = None
        for i, char in enumerate(run):
            if not char.isdigit():
                continue
            digits += char
            at_boundary = i + 1 == len(run) or not run[i + 1].isdigit()
            verdict = _phone_length_ok(digits, plus)
            if verdict is None:
                break
            if verdict and at_boundary:
                best = i + 1
        if best is not None:
            found.append(Span(match.start(), match.start() + best, EntityKind.PHONE))
    return found


# --- E-mail and URLs -------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|(?<![\w@./-])(?:[a-z0-9][a-z0-9-]*\.)+(?:nl|com|org|net|eu|be|de|info|nu|io|frl)"
    r"(?:/[^\s<>\"']*)?(?![\w@-])",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\""


def find_emails(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), EntityKind.EMAIL) for m in _EMAIL.finditer(text)]


def find_urls(text: str) -> list[Span]:
    found: list[Span] = []
    for match in _URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _TRAILING:
            end -= 1
        found.append(Span(match.start(), end, EntityKind.URL))
    return found


# --- Case and file numbers -------------------------------------------------------------------

_NUMBER_WORD = r"(?:nummer|nr\.?|kenmerk|code)"
_FILE_KEYWORD = (
    r"(?:parket"
    + _NUMBER_WORD
    + r"|(?:VT|Veilig[ -]?Thuis)[ -]?"
    + _NUMBER_WORD
    + r"|dossier"
    + _NUMBER_WORD
    + r"|zaak"
    + _NUMBER_WORD
    + r"|cli[eë]nt"
    + _NUMBER_WORD
    + r"|registratie"
    + _NUMBER_WORD
    + r"|pati[eë]nt"
    + _NUMBER_WORD
    + r"|(?:klant|relatie|leerling|onderwijs|polis|referentie|meldings?|BIG|AGB)[ -]?"
    + _NUMBER_WORD
    + r"|(?:ons|uw|met|het)\s+kenmerk|kenmerk|ref\.)"
)
_FILE_NUMBER = re.compile(
    _FILE_KEYWORD + r"\s*(?:is\s+|was\s+|:\s*|#\s*|nr\.?\s*)?"
    r"(?P<code>(?=[\w/.-]*\d)[A-Za-z0-9][A-Za-z0-9/.-]*[A-Za-z0-9])(?![\w-])",
    re.IGNORECASE,
)
_PARKET = re.compile(r"(?<![\w/.-])\d{2}[/-]\d{6}-\d{2}(?![\w/-])")
_CASE_REFERENCE = re.compile(r"(?<![\w-])ET-\d{4}-\d{3,6}(?![\w-])", re.IGNORECASE)


# A code of capitals and digits: "VT-ZL-2024-00391", "CRS-24-0913", "JBM-2023-18842",
# "DW-2024/07713", "VTZOF/2024/00219", "C/08/312544" (at least four digits in all).
_CODE = re.compile(
    r"(?<![\w/-])(?=[A-Z0-9/-]*[A-Z])[A-Z0-9]+(?:[-/][A-Z0-9]+)+(?![\w/-])"
    r"|(?<![\w/-])[A-Z]{1,6}\d{4,}(?:[-/][A-Z0-9]+)*(?![\w/-])"
    r"|(?<![\w/-])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,}(?![\w/-])"
)
# After a word that announces a number, a run of codes and digit groups with spaces:
# "registratie VT 2024 031 876", "rekestnummer C/10/661234 / JE RK 23-509".
_ANNOUNCER = re.compile(
    r"(?<![\w])(?:\w*nummer|\w*nr\.?|dossier|zaak|kenmerk|registratie|melding|referentie)"
    r"(?![\w])",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s:#]*")
_SKIP = re.compile(r"[\s:#]*(?:[^\W\d_]+[ \t:]*)?")
_RUN_TOKEN = re.compile(r"(?:[A-Z0-9][A-Z0-9/.-]*|/)(?=[\s,;.)]|$)")


def _code_run(text: str, start: int) -> int:
    """The end of the run of code tokens from `start` (holding four digits or more), or
    `start` when there is none."""
    position = end = start
    while True:
        token = _RUN_TOKEN.match(text, position)
        if token is None or token.end() == position:
            break
        end = token.end()
        gap = re.match(r"[ \t]+", text[end:])
        if gap is None:
            break
        position = end + gap.end()
    while end > start and text[end - 1] in "./-":
        end -= 1
    run = text[start:end]
    return end if sum(c.isdigit() for c in run) >= 4 else start


def find_file_numbers(text: str) -> list[Span]:
    found = [Span(m.start(), m.end(), EntityKind.FILE_NUMBER) for m in _CODE.finditer(text)]
    found = [f for f in found if sum(c.isdigit() for c in text[f.start : f.end]) >= 4]
    for announcer in _ANNOUNCER.finditer(text):
        # The code may follow a word or two: "zaaknummer kinderrechter C/08/...".
        position = announcer.end()
        for _ in range(3):
            gap = _GAP.match(text, position)
            start = gap.end() if gap else position
            end = _code_run(text, start)
            if end > start:
                found.append(Span(start, end, EntityKind.FILE_NUMBER))
                break
            skipped = _SKIP.match(text, position)
            if skipped is None or skipped.end() == position or "\n" in skipped.group():
                break
            position = skipped.end()
    found += [
        Span(m.start("code"), m.end("code"), EntityKind.FILE_NUMBER)
        for m in _FILE_NUMBER.finditer(text)
    ]
    found += [Span(m.start(), m.end(), EntityKind.FILE_NUMBER) for m in _PARKET.finditer(text)]
    found += [
        Span(m.start(), m.end(), EntityKind.FILE_NUMBER) for m in _CASE_REFERENCE.finditer(text)
    ]
    return found


# --- Dates -----------------------------------------------------------------------------------

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)(?![^\W\d_])\.?"
)
_WEEKDAY = (
    r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
)
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)"
_DATE_WORDS = re.compile(
    r"(?<![\w])"
    + _WEEKDAY
    + r"(?:(?P<day>\d{1,2})(?:e|ste|de)?\s+"
    + _MONTHS
    + r"(?:\s+"
    + _YEAR
    + r")?|"
    + _MONTHS
    + r"\s+"
    + _YEAR
    + r")",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
    r"(?:\d{4}|['’]?\d{2})(?![\w]|[-/.]\d)"
)
_DATE_ISO = re.compile(r"(?<![\w/.-])\d{4}-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\w]|[-/.]\d)")


_SEASON = re.compile(
    r"(?<![\w])(?:(?:begin|eind|half|midden|medio|eerder\s+in)\s+)?(?:de\s+|het\s+)?"
    r"(?:zomer|winter|herfst|lente|voorjaar|najaar|kerst|kerstmis|pasen|pinksteren"
    r"|zomervakantie|kerstvakantie|herfstvakantie|meivakantie|voorjaarsvakantie|schooljaar"
    r"|jaarwisseling|oud\s+en\s+nieuw)(?:\s+van)?\s+(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?(?!\d)",
    re.IGNORECASE,
)
_YEAR_MONTH = re.compile(r"(?<![\w/.-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])(?![\w]|[-/.]\d)")


_DAY_MONTH = re.compile(
    r"(?<![\w/.-])(?P<lead>(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|op|sinds|per|vanaf|tot|t/m)\.?\s+)?)"
    r"(?P<day>\d{1,2})(?P<sep>[/-])(?P<month>\d{1,2})(?![\w]|[-/.]\d)",
    re.IGNORECASE,
)


def _plausible(day: str | None, month: str | None = None) -> bool:
    if day is not None and not 1 <= int(day) <= 31:
        return False
    return month is None or 1 <= int(month) <= 12


def find_dates(text: str) -> list[Span]:
    found: list[Span] = []
    for match in _DATE_WORDS.finditer(text):
        end = match.end()
        if _plausible(match.group("day")):
            found.append(Span(match.start(), end, EntityKind.DATE))
    for pattern in (_SEASON, _YEAR_MONTH):
        found += [Span(m.start(), m.end(), EntityKind.DATE) for m in pattern.finditer(text)]
    for match in _DAY_MONTH.finditer(text):
        # "3/2" is a date; "3-4 keer" only after a weekday or "op", "sinds", ...
        if match.group("sep") == "-" and not match.group("lead"):
            continue
        if _plausible(match.group("day"), match.group("month")):
            start = match.start("day") if match.group("sep") == "/" else match.start()
            found.append(Span(start, match.end(), EntityKind.DATE))
    for pattern in (_DATE_NUMERIC, _DATE_ISO):
        for match in pattern.finditer(text):
            if _plausible(match.group("day"), match.group("month")):
                found.append(Span(match.start(), match.end(), EntityKind.DATE))
    return found


# --- Proper names nobody told us about -------------------------------------------------------

# A capitalised word (with inner hyphens or apostrophes) and the small words that may sit
# inside a name ("Raad van State", "Huis ter Heide", "Logeerhuis De Vlinder").
_CAP_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w]*(?:['’-][\w]+)*")
_CONNECTORS = frozenset({"de", "van", "der", "den", "het", "'t", "voor", "ter", "ten", "aan"})
_PLACE_WORDS = frozenset({"in", "uit", "te", "naar", "richting", "nabij", "omgeving", "rond"})


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) <= 6 and all(c.isupper() for c in letters)


def compound_of_words(word: str, words: frozenset[str]) -> bool:
    """True when a word is Dutch words glued together ("Traumabehandeling",
    "Netwerkpleegzorg"), or hyphenated words and abbreviations ("GZ-psycholoog")."""
    lower = word.casefold()
    if lower in words or is_domain_term(lower):
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return all(_abbreviation(p) or compound_of_words(p, words) for p in parts)
    for i in range(3, len(lower) - 2):
        head, tail = lower[:i], lower[i:]
        if head in words or is_domain_term(head):
            if tail in words or is_domain_term(tail):
                return True
            if tail[0] in "se" and (tail[1:] in words or is_domain_term(tail[1:])):
                return True
    return False


_INITIALS_ALONE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?![\w])")


def find_initials(text: str) -> list[Span]:
    """Initials standing for a person: "aanmelding T.W." (two to four capitals with dots)."""
    return [Span(m.start(), m.end(), EntityKind.PERSON) for m in _INITIALS_ALONE.finditer(text)]


def find_proper_names(text: str) -> list[Span]:
    """Capitalised names no other layer knows: a run of two or more capitalised words
    ("Digitaal Klaslokaal Noord", "Logeerhuis De Vlinder"), or one capitalised word that is
    not Dutch ("Stadkracht", "Driebergen"). A sentence's first word counts only when it is
    not a Dutch word; abbreviations ("ADHD", "SBO") and domain terms are left alone."""
    words = dutch_words()
    tokens = list(_CAP_WORD.finditer(text))
    found: list[Span] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _is_capitalised(token.group()):
            i += 1
            continue
        # Grow a run of capitalised words joined by single spaces and connectors.
        run = [token]
        j = i + 1
        while j < len(tokens):
            gap = text[run[-1].end() : tokens[j].start()]
            if gap not in (" ", "\u00a0"):
                break
            word = tokens[j].group()
            if _is_capitalised(word):
                run.append(tokens[j])
                j += 1
                continue
            # A connector only counts when a capitalised word follows it.
            k = j
            while k < len(tokens) and tokens[k].group().casefold() in _CONNECTORS:
                if text[tokens[k - 1].end() : tokens[k].start()] not in (" ", "\u00a0"):
                    break
                k += 1
            if (
                k > j
                and k < len(tokens)
                and _is_capitalised(tokens[k].group())
                and text[tokens[k - 1].end() : tokens[k].start()] in (" ", "\u00a0")
            ):
                run.extend(tokens[j : k + 1])
                j = k + 1
                continue
            break
        i = j
        first = run[0]
        opening = sentence_initial(text, first.start())
        if opening and len(run) == 1 and text[first.end() : first.end() + 1] == ":":
            continue  # a field name: "Clientnummer: ..."
        # An opening word that names a kind of organisation belongs to the name that
        # follows ("Jeugdbescherming Noord", "Stichting Lindenhout"); other opening words
        # ("Toen", "Daarna") do not.
        opener = first.group().casefold()
        kind_word = (
            len(run) > 1
            and len(opener) > 3
            and opener in GENERIC_INSTITUTION_WORDS
            and opener not in _CONNECTORS
        )
        if (
            opening
            and not kind_word
            and (first.group().casefold() in words or is_domain_term(first.group()))
        ):
            run = run[1:]
            while run and run[0].group().casefold() in _CONNECTORS:
                run = run[1:]
        capitals = [t for t in run if _is_capitalised(t.group())]
        names = [
            t
            for t in capitals
            if not _abbreviation(t.group())
            and t.group().casefold() not in COMMON_PROPER_WORDS
            and not is_domain_term(t.group())
        ]
        if not names:
            continue
        start, end = run[0].start(), run[-1].end()
        if is_domain_term(text[start:end]):
            continue
        if len(capitals) == 1:
            word = names[0].group()
            before_word = text[: names[0].start()].split()
            after_place_word = bool(before_word) and before_word[-1].casefold() in _PLACE_WORDS
            if word.casefold() in words and not (after_place_word and not opening):
                continue  # one Dutch word with a capital: the reviewer sees it marked
            parts = [p for p in word.split("-") if p]
            if (
                len(parts) > 1
                and not any(p[0].isupper() and not _abbreviation(p) for p in parts[1:])
                and all(_abbreviation(p) or compound_of_words(p, words) for p in parts)
            ):
                continue  # "GZ-psycholoog", "Wmo-begeleiding", "HALT-traject"
            if sentence_initial(text, names[0].start()) and compound_of_words(word, words):
                continue  # "Traumabehandeling begon ...": a capital only because it opens
            start, end = names[0].start(), names[0].end()
        before = text[:start].split()
        previous = before[-1].casefold() if before else ""
        if len(capitals) > 1:
            kind = EntityKind.INSTITUTION
        elif previous in _PLACE_WORDS:
            kind = EntityKind.PLACE
        else:
            kind = EntityKind.PERSON
        found.append(Span(start, end, kind))
    return found


# Most specific first: on a tie in length the earlier recogniser wins.
RECOGNISERS: tuple[Recogniser, ...] = (
    find_emails,
    find_urls,
    find_ibans,
    find_file_numbers,
    find_phones,
    find_dates,
    find_bsn,
    find_postcodes,
    find_initials,
)


def find_all(text: str) -> list[tuple[Span, int]]:
    """Every span of every recogniser, with the recogniser's rank (0 = most specific)."""
    return [(span, rank) for rank, find in enumerate(RECOGNISERS) for span in find(text)]
