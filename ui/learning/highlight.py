"""Where the review panes colour a scrubbed text: in the original every replaced stretch, in
the anonymised text every label and every stretch the word list does not know ("check this").

The anonymiser counts in Python characters; a QTextDocument counts UTF-16 code units and
turns line ends into block separators of one position each, so positions are converted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from expertteam_app.anonymise.types import EntityKind, ScrubbedText


class Family:
    """Kinds that share a colour: the reviewer reads 'a person', 'a place', 'a number'."""

    PERSON = "person"
    PLACE = "place"
    INSTITUTION = "institution"
    TIME = "time"
    NUMBER = "number"
    REDACTED = "redacted"
    CHECK = "check"


FAMILY_OF: dict[EntityKind, str] = {
    EntityKind.PERSON: Family.PERSON,
    EntityKind.PLACE: Family.PLACE,
    EntityKind.INSTITUTION: Family.INSTITUTION,
    EntityKind.DATE: Family.TIME,
    EntityKind.AGE: Family.TIME,
    EntityKind.BSN: Family.NUMBER,
    EntityKind.PHONE: Family.NUMBER,
    EntityKind.EMAIL: Family.NUMBER,
    EntityKind.URL: Family.NUMBER,
    EntityKind.IBAN: Family.NUMBER,
    EntityKind.FILE_NUMBER: Family.NUMBER,
    EntityKind.OTHER_ID: Family.NUMBER,
    EntityKind.REDACTED: Family.REDACTED,
}

# Light backgrounds that keep black text readable and differ for the colour-blind too
# (blue, green, purple, orange, pink, grey); "check this" is yellow with a red wave.
BACKGROUND: dict[str, str] = {
    Family.PERSON: "#cfe3ff",
    Family.PLACE: "#d4f0d0",
    Family.INSTITUTION: "#e6d9f7",
    Family.TIME: "#ffe0b8",
    Family.NUMBER: "#f9d0e0",
    Family.REDACTED: "#d9d9d9",
    Family.CHECK: "#fff3a6",
}
CHECK_UNDERLINE = "#c0392b"


@dataclass(frozen=True)
class Span:
    """A stretch of a text (Python character positions) and the family it is coloured as."""

    start: int
    end: int
    family: str


def original_spans(scrubbed: ScrubbedText) -> list[Span]:
    """Every replaced stretch of the original."""
    return sorted(
        (Span(r.start, r.end, FAMILY_OF.get(r.kind, Family.NUMBER)) for r in scrubbed.replacements),
        key=lambda s: (s.start, s.end),
    )


def scrubbed_spans(scrubbed: ScrubbedText) -> list[Span]:
    """Every label in the anonymised text, then every stretch to check."""
    labels = [
        Span(r.out_start, r.out_end, FAMILY_OF.get(r.kind, Family.NUMBER))
        for r in scrubbed.replacements
    ]
    checks = [Span(start, end, Family.CHECK) for start, end in scrubbed.to_check]
    return sorted(labels, key=lambda s: (s.start, s.end)) + sorted(
        checks, key=lambda s: (s.start, s.end)
    )


def document_text(text: str) -> str:
    """The text as a QTextEdit holds it: one line end per line (positions then match)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def qt_position(text: str, index: int) -> int:
    """A Python index into `text` as a QTextDocument position (UTF-16 code units, a
    Windows line end counted once, as setPlainText keeps it)."""
    head = text[:index]
    units = len(head.encode("utf-16-le")) // 2
    return units - head.count("\r\n")


def char_format(family: str) -> QTextCharFormat:
    made = QTextCharFormat()
    made.setBackground(QColor(BACKGROUND.get(family, "#eeeeee")))
    if family == Family.CHECK:
        made.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        made.setUnderlineColor(QColor(CHECK_UNDERLINE))
    made.setProperty(QTextCharFormat.Property.UserProperty, family)
    return made


def show_highlighted(edit: QTextEdit, text: str, spans: Iterable[Span]) -> None:
    """Put `text` in the read-only `edit` with each span as an extra selection (the text
    itself stays plain, so a selection the reviewer makes is the text as written)."""
    edit.setPlainText(document_text(text))
    selections = []
    length = len(text)
    for span in spans:
        start, end = max(0, span.start), min(length, span.end)
        if end <= start:
            continue
        cursor = QTextCursor(edit.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format(span.family)
        selections.append(selection)
    edit.setExtraSelections(selections)


def highlighted(edit: QTextEdit) -> list[tuple[str, str]]:
    """What `edit` shows coloured: (the stretch, its family), in order; for tests."""
    found = []
    for selection in edit.extraSelections():
        family = selection.format.property(QTextCharFormat.Property.UserProperty)
        found.append((selection.cursor.selectedText(), str(family)))
    return found
