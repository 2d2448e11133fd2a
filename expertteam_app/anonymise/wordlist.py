"""What a reviewer should look at in a scrubbed text: capitalised words that are not Dutch
words, and numbers, outside labels. The OpenTaal list is read lazily, once per process."""

from __future__ import annotations

import gzip
import re
import threading
from importlib import resources

from expertteam_app.anonymise.labels import LABEL_PATTERN
from expertteam_app.anonymise.vocabulary import VOCABULARY

_lock = threading.Lock()
_words: frozenset[str] | None = None

# A word: letters with inner hyphens or apostrophes ("Noord-Holland", "Jan's").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_SENTENCE_END = frozenset(".!?:;\n")
_OPENERS = frozenset("\"'“‘(-•*–—[")


def dutch_words() -> frozenset[str]:
    """The lower-case OpenTaal word list (356k words), loaded on first use."""
    global _words
    if _words is None:
        with _lock:
            if _words is None:
                data = resources.files("expertteam_app.anonymise").joinpath("data/nl_words.txt.gz")
                with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
                    _words = frozenset(line.strip() for line in lines if line.strip())
    return _words


def is_dutch_word(word: str) -> bool:
    lower = word.casefold()
    return lower in dutch_words() or lower in VOCABULARY


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` opens the text, a sentence, a line or a list item."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def to_check(text: str) -> tuple[tuple[int, int], ...]:
    """Spans a reviewer should check: capitalised words that are not in the Dutch word list
    (or that are, but stand mid-sentence, where a capital suggests a name), and numbers;
    labels and domain terms are left alone."""
    words = dutch_words()
    labels = [m.span() for m in LABEL_PATTERN.finditer(text)]

    def in_label(start: int) -> bool:
        return any(a <= start < b for a, b in labels)

    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or in_label(match.start()):
            continue
        lower = word.casefold()
        if lower in VOCABULARY:
            continue
        known = lower in words
        if known and sentence_initial(text, match.start()):
            continue
        if known and word.isupper() and len(word) > 1:
            continue  # an abbreviation that is a word ("GGZ", "SO")
        spans.append(match.span())
    for match in _NUMBER.finditer(text):
        if not in_label(match.start()):
            spans.append(match.span())
    return tuple(sorted(spans))
