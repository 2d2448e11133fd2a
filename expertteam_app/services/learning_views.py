"""Plain views of learning tables, shared by the service, the exports, the window and the CLI.

Nothing here reaches the database; every value is frozen so it can cross the worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from expertteam_app.anonymise.types import ScrubbedText

if TYPE_CHECKING:
    from expertteam_app.anonymise.suppression import SuppressedTable


@dataclass(frozen=True)
class SummarySection:
    """One scrubbed text of a summary under its heading ("Hulpvraag", "Lessen", ...)."""

    key: str  # stable key: "question", "history", "arose", "went_wrong", ...
    heading: str
    scrubbed: ScrubbedText


@dataclass(frozen=True)
class GeneralisedFacts:
    """The structured fields of a case, generalised so that they identify nobody."""

    age_band: str  # "12-15"
    region: str  # the youth-care region, never the municipality
    registered: str  # quarter: "2e kwartaal 2025"
    closed: str  # quarter, or "" while the case runs
    lead_time_weeks: int | None  # registration to the first issued advice
    referrer_type: str
    urgency: str
    problem_areas: tuple[str, ...]
    bottlenecks: tuple[str, ...]
    themes: tuple[str, ...]
    result: str
    status: str


@dataclass(frozen=True)
class TimelineStep:
    """A decision point on the case's timeline, in role terms and by quarter."""

    when: str  # quarter, or "" when the date is unknown
    by_role: str
    decision: ScrubbedText
    consequence: ScrubbedText


@dataclass(frozen=True)
class SummaryView:
    """One case's anonymised summary for one session, as the reviewer and the export see it."""

    id: int
    session_id: int
    case_id: int
    label: str  # "Casus A"
    facts: GeneralisedFacts
    sections: tuple[SummarySection, ...]
    timeline: tuple[TimelineStep, ...]
    redactions: tuple[str, ...]
    built_at: datetime | None
    approved_by: str  # the approver's name, "" when not approved
    approved_at: datetime | None

    @property
    def approved(self) -> bool:
        return self.approved_at is not None


@dataclass(frozen=True)
class SessionRow:
    """A learning session in the list of sessions."""

    id: int
    title: str
    held_on: date
    case_count: int
    approved_count: int
    last_exported_at: datetime | None


@dataclass(frozen=True)
class SummaryRow:
    """A summary in a session's list: which case (by label) and how far its review is."""

    id: int
    case_id: int
    label: str
    built: bool
    approved: bool


@dataclass(frozen=True)
class SessionView:
    """A learning session with its summaries in label order."""

    id: int
    title: str
    held_on: date
    summaries: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class CaseFilter:
    """Which cases to offer for a session. Every given criterion narrows the choice (themes
    and bottlenecks: any of them); an empty filter, or `all_cases`, offers every case."""

    closed_from: date | None = None
    closed_to: date | None = None
    theme_ids: tuple[int, ...] = ()
    bottleneck_ids: tuple[int, ...] = ()
    references: tuple[str, ...] = ()
    all_cases: bool = False


@dataclass(frozen=True)
class CandidateCase:
    """A case the coordinator may select. `name` is for the coordinator's eyes only."""

    case_id: int
    reference: str
    name: str
    status: str
    closed_on: date | None


@dataclass(frozen=True)
class LearningTableDocument:
    """Everything an export of one session shows: approved summaries and suppressed tables."""

    title: str
    held_on: date
    region: str
    team: str
    case_count: int
    privacy_statement: str
    summaries: tuple[SummaryView, ...]
    tables: tuple[SuppressedTable, ...]
    threshold: int
    language: str
