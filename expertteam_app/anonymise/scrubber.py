"""Layer 2 of the learning-table anonymisation: free text scrubbed by deduce, by recognisers
of our own, by every name and place the case knows, and by the reviewer's redactions.

deduce is loaded on first use only (seconds; a minute the first time ever), once per
process, behind a lock: never at import time or application start."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from expertteam_app.anonymise.known_names import KnownMatcher
from expertteam_app.anonymise.labels import Labeller, normalise_key
from expertteam_app.anonymise.recognisers import find_all, find_proper_names
from expertteam_app.anonymise.types import (
    EntityKind,
    KnownEntities,
    Replacement,
    ScrubbedText,
    Source,
)
from expertteam_app.anonymise.vocabulary import is_domain_term
from expertteam_app.anonymise.wordlist import dutch_words, to_check

# (start, end, tag) for each entity a de-identifier found.
Deidentify = Callable[[str], Sequence[tuple[int, int, str]]]

_EXACT_TAGS = {
    "datum": EntityKind.DATE,
    "leeftijd": EntityKind.AGE,
    "bsn": EntityKind.BSN,
    "telefoonnummer": EntityKind.PHONE,
    "emailadres": EntityKind.EMAIL,
    "url": EntityKind.URL,
    "iban": EntityKind.IBAN,
    "id": EntityKind.OTHER_ID,
    "patientnummer": EntityKind.OTHER_ID,
}


def deduce_kind(tag: str) -> EntityKind:
    """The label stem for one of deduce's tags (including its composed ones)."""
    tag = tag.casefold()
    if tag in _EXACT_TAGS:
        return _EXACT_TAGS[tag]
    if any(part in tag for part in ("persoon", "patient", "naam", "initia")):
        return EntityKind.PERSON
    if "instelling" in tag or "ziekenhuis" in tag:
        return EntityKind.INSTITUTION
    if any(part in tag for part in ("locatie", "straat", "adres", "postcode", "plaats")):
        return EntityKind.PLACE
    return EntityKind.OTHER_ID


# Priorities on overlap: the reviewer's word is final, then what the case knows, then our
# own patterns, then deduce, then capitalised words no layer could place.
_PRIORITY = {Source.REVIEWER: 4, Source.CASE: 3, Source.PATTERN: 2, Source.DEDUCE: 1}
_GUESS = 0

_TITLE = re.compile(
    r"^(?:(?:mevrouw|mevr\.?|mw\.?|meneer|dhr\.?|de\s+heer|mr\.?|dr\.?|drs\.?|ir\.?|prof\.?"
    r"|juf|meester|fam\.?|familie)\s+)+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: EntityKind
    key: str
    source: Source
    rank: int = 0  # among our recognisers: the more specific one wins a tie
    priority: int = -1  # -1: the source's own

    @property
    def weight(self) -> int:
        return _PRIORITY[self.source] if self.priority < 0 else self.priority

    @property
    def length(self) -> int:
        return self.end - self.start


def _pattern_key(kind: EntityKind, text: str) -> str:
    if kind in (EntityKind.PHONE,):
        digits = re.sub(r"\D", "", text.replace("(0)", ""))
        if digits.startswith("0031"):
            digits = "0" + digits[4:]
        elif text.lstrip().startswith("+31"):
            digits = "0" + digits[2:]
        return "phone:" + digits
    if kind in (EntityKind.BSN, EntityKind.IBAN, EntityKind.FILE_NUMBER, EntityKind.PLACE):
        return f"{kind.value}:" + re.sub(r"[\W_]", "", text).upper()
    return f"{kind.value}:" + normalise_key(text)


def _person_key(text: str) -> str:
    name = _POSSESSIVE.sub("", _TITLE.sub("", text.strip()))
    return normalise_key(name) or normalise_key(text)


_EDGE_WORD = re.compile(r"[\w'’-]+")


def _trim_domain_words(text: str, start: int, end: int) -> tuple[int, int]:
    """deduce sometimes takes the word before a name along ("Vader Mark"): keep role and
    domain words at the edges of its spans out of the replacement."""
    words = [(m.start() + start, m.end() + start) for m in _EDGE_WORD.finditer(text[start:end])]
    first, last = 0, len(words)
    while first < last and is_domain_term(text[words[first][0] : words[first][1]]):
        first += 1
    while last > first and is_domain_term(text[words[last - 1][0] : words[last - 1][1]]):
        last -= 1
    if first == last:
        return start, start
    # Untrimmed edges keep their punctuation ("J."); trimmed ones end at the kept word.
    new_start = start if first == 0 else words[first][0]
    new_end = end if last == len(words) else words[last - 1][1]
    return new_start, new_end


def _alias_person_names(found: list[_Found], labeller: Labeller) -> list[_Found]:
    """ "Smit" or "Anja's" after "Anja Smit" is the same person: a one-word name that is part
    of exactly one full name met so far in the summary takes that name's key."""
    names = [f.key for f in found if f.kind is EntityKind.PERSON and f.key.startswith("text:")]
    earlier = [k for k in labeller.keys(EntityKind.PERSON) if k.startswith("text:")]
    full_names = [n for n in dict.fromkeys([*names, *earlier]) if " " in n]
    aliased: list[_Found] = []
    for f in found:
        if f.kind is EntityKind.PERSON and f.key.startswith("text:") and " " not in f.key:
            word = f.key.removeprefix("text:")
            owners = [n for n in full_names if word in n.removeprefix("text:").split()]
            if len(owners) == 1:
                f = replace(f, key=owners[0])
        aliased.append(f)
    return aliased


# Kinds whose span may hold a name and still be what it is: an address, a number.
_CONTAINERS = frozenset({EntityKind.EMAIL, EntityKind.URL, EntityKind.IBAN, EntityKind.FILE_NUMBER})


def _merge(found: list[_Found]) -> list[_Found]:
    """One span per stretch of text: higher priority first, the longest within a priority;
    an overlapping lower one widens the accepted span rather than leaking at its edges."""
    order = sorted(found, key=lambda f: (-f.weight, -f.length, f.rank, f.start))
    accepted: list[_Found] = []
    for new in order:
        overlapping = [a for a in accepted if a.start < new.end and new.start < a.end]
        if not overlapping:
            accepted.append(new)
            continue
        start = min(new.start, *(a.start for a in overlapping))
        end = max(new.end, *(a.end for a in overlapping))
        same_kind_case = [a for a in overlapping if a.source is Source.CASE and a.kind is new.kind]
        covers_all = new.start <= start and new.end >= end
        if new.source is Source.REVIEWER:
            winner = new
        elif same_kind_case:
            winner = max(same_kind_case, key=lambda a: a.length)
        elif (
            covers_all
            and new.kind in _CONTAINERS
            and new.length > max(a.length for a in overlapping)
        ):
            winner = new  # an e-mail address that contains a known first name
        else:
            winner = max(overlapping, key=lambda a: (a.weight, a.length))
        for a in overlapping:
            accepted.remove(a)
        accepted.append(replace(winner, start=start, end=end))
    return sorted(accepted, key=lambda f: f.start)


def _phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    words = phrase.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    lead = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    tail = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    return re.compile(lead + body + tail, re.IGNORECASE)


class Anonymiser:
    """Scrubs free texts. Thread-safe; one per process in practice (`shared_anonymiser`).
    Without a de-identifier it runs only our own layers (tests and tools)."""

    def __init__(self, deidentify: Deidentify | None = None) -> None:
        self._deidentify = deidentify
        self._lock = threading.Lock()
        self._matchers: OrderedDict[KnownEntities, KnownMatcher] = OrderedDict()

    @property
    def uses_deduce(self) -> bool:
        return self._deidentify is not None

    def matcher(self, known: KnownEntities) -> KnownMatcher:
        """The compiled patterns of one case, kept for the texts that follow."""
        with self._lock:
            found = self._matchers.get(known)
            if found is not None:
                self._matchers.move_to_end(known)
                return found
        built = KnownMatcher(known)
        with self._lock:
            self._matchers[known] = built
            while len(self._matchers) > 64:
                self._matchers.popitem(last=False)
        return built

    def scrub(
        self,
        text: str,
        known: KnownEntities,
        labeller: Labeller,
        redactions: Sequence[str] = (),
    ) -> ScrubbedText:
        found = self._find(text, known, labeller)
        phrases = [p for p in dict.fromkeys(" ".join(r.split()) for r in redactions) if p]
        if phrases:
            found = self._with_redactions(text, found, phrases, labeller)
        return self._render(text, _merge(found), labeller)

    # --- finding ---------------------------------------------------------------------------

    def _find(self, text: str, known: KnownEntities, labeller: Labeller) -> list[_Found]:
        found: list[_Found] = [
            _Found(m.start, m.end, m.kind, m.key, Source.CASE)
            for m in self.matcher(known).find(text)
        ]
        for span, rank in find_all(text):
            piece = text[span.start : span.end]
            key = _pattern_key(span.kind, piece)
            found.append(_Found(span.start, span.end, span.kind, key, Source.PATTERN, rank))
        if self._deidentify is not None:
            found += self._deduce_spans(text, labeller)
        for span in find_proper_names(text):
            piece = text[span.start : span.end]
            key = "text:" + (
                _person_key(piece) if span.kind is EntityKind.PERSON else normalise_key(piece)
            )
            found.append(_Found(span.start, span.end, span.kind, key, Source.PATTERN, 0, _GUESS))
        found = [f for f in found if f.end > f.start and not is_domain_term(text[f.start : f.end])]
        return _alias_person_names(found, labeller)

    def _deduce_spans(self, text: str, labeller: Labeller) -> list[_Found]:
        assert self._deidentify is not None
        raw = [(s, e, deduce_kind(tag)) for s, e, tag in self._deidentify(text) if e > s]
        spans: list[_Found] = []
        for start, end, kind in raw:
            start, end = _trim_domain_words(text, start, end)
            if end <= start:
                continue
            piece = text[start:end]
            if kind is EntityKind.PERSON:
                key = "text:" + _person_key(piece)
            elif kind in (EntityKind.PLACE, EntityKind.INSTITUTION, EntityKind.AGE):
                key = "text:" + normalise_key(piece)
            else:
                key = _pattern_key(kind, piece)
            spans.append(_Found(start, end, kind, key, Source.DEDUCE))
        return spans

    def _with_redactions(
        self, text: str, found: list[_Found], phrases: list[str], labeller: Labeller
    ) -> list[_Found]:
        extra: list[_Found] = []
        first_pass: ScrubbedText | None = None
        for phrase in phrases:
            pattern = _phrase_pattern(phrase)
            if pattern is None:
                continue
            key = "redaction:" + normalise_key(phrase)
            hits = [m.span() for m in pattern.finditer(text)]
            if not hits:
                # A phrase selected in the scrubbed text may hold labels: find it there and
                # map it back to the original stretch it covers.
                if first_pass is None:
                    first_pass = self._render(text, _merge(found), Labeller(), dry=labeller)
                hits = [
                    _to_original(first_pass, *m.span()) for m in pattern.finditer(first_pass.text)
                ]
            extra += [_Found(s, e, EntityKind.REDACTED, key, Source.REVIEWER) for s, e in hits]
        return found + extra

    # --- rendering -------------------------------------------------------------------------

    def _render(
        self,
        text: str,
        spans: list[_Found],
        labeller: Labeller,
        dry: Labeller | None = None,
    ) -> ScrubbedText:
        """The output text with labels; `dry` renders with the real labels already handed out
        (for mapping redactions) without handing out new ones in the summary's labeller."""
        pieces: list[str] = []
        replacements: list[Replacement] = []
        position = 0
        out_length = 0
        for span in spans:
            before = text[position : span.start]
            pieces.append(before)
            out_length += len(before)
            source_labeller = labeller
            if dry is not None and dry.known(span.kind, span.key):
                source_labeller = dry
            label = source_labeller.label(span.kind, span.key)
            pieces.append(label)
            replacements.append(
                Replacement(
                    start=span.start,
                    end=span.end,
                    out_start=out_length,
                    out_end=out_length + len(label),
                    original=text[span.start : span.end],
                    label=label,
                    kind=span.kind,
                    source=span.source,
                )
            )
            out_length += len(label)
            position = span.end
        pieces.append(text[position:])
        output = "".join(pieces)
        return ScrubbedText(
            original=text,
            text=output,
            replacements=tuple(replacements),
            to_check=to_check(output) if dry is None else (),
        )


def _to_original(scrubbed: ScrubbedText, out_start: int, out_end: int) -> tuple[int, int]:
    """The stretch of the original text behind a stretch of the scrubbed text."""

    def back(position: int, at_end: bool) -> int:
        shift = 0
        for r in scrubbed.replacements:
            if position <= r.out_start:
                break
            if position < r.out_end:  # inside a label: take all it stands for
                return r.end if at_end else r.start
            shift = r.end - r.out_end
        return position + shift

    return back(out_start, False), back(out_end, True)


# --- the one anonymiser of this process ------------------------------------------------------

_shared: Anonymiser | None = None
_shared_lock = threading.Lock()


def _deduce_function(model: Any) -> Deidentify:
    lock = threading.Lock()  # deduce keeps state in its annotators: one text at a time

    def deidentify(text: str) -> list[tuple[int, int, str]]:
        with lock:
            doc = model.deidentify(text)
        return [(int(a.start_char), int(a.end_char), str(a.tag)) for a in doc.annotations]

    return deidentify


def shared_anonymiser(progress: Callable[[str], None] | None = None) -> Anonymiser:
    """The process-wide anonymiser with deduce, loaded on first call (seconds; about a
    minute the very first time, when deduce builds its lookup tables)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            if progress is not None:
                progress("De anonimiseerder wordt geladen (de eerste keer duurt dit een minuut)…")
            from deduce import Deduce  # heavy: only here, never at import time

            model = Deduce()
            if progress is not None:
                progress("De woordenlijst wordt geladen…")
            dutch_words()
            _shared = Anonymiser(_deduce_function(model))
            if progress is not None:
                progress("De anonimiseerder is klaar.")
        return _shared


def anonymiser_loaded() -> bool:
    """True once `shared_anonymiser` has loaded deduce in this process."""
    return _shared is not None
