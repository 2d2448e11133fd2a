"""Learning tables (leertafels): sessions of selected cases, their anonymised summaries, the
review (redact, approve) and the document an export is made of.

Rules:
- Everything needs LEARNING_TABLE (chair and coordinator); a refusal is logged.
- A session has a title and at least one case; a case may be in many sessions, and a case
  that was not admissible may be selected too. Labels ("Casus A") follow the position in
  the session, never the case reference.
- Building a summary reads the case (one READ entry per case); rebuilding, redacting or
  unredacting makes new text, so any approval of the old text is withdrawn.
- Nothing unbuilt or unapproved goes into a document; the export (`export_learning_table`)
  may approve every built summary first when asked (`approve_all`), and says so in the log.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, func, or_, select

from expertteam_app.domain.case import Case, YoungPerson, case_bottleneck
from expertteam_app.domain.enums import AuditAction
from expertteam_app.domain.learning import (
    LearningSession,
    LearningSummary,
    RetrospectiveBottleneck,
    case_theme,
)
from expertteam_app.domain.names import display_name
from expertteam_app.domain.team import Member
from expertteam_app.errors import ExitCode, ExpertteamError, NotFound, Problems
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.cases import load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.learning_aggregates import aggregate_tables
from expertteam_app.services.learning_export import ExportResult, write_learning_table
from expertteam_app.services.learning_summary_builder import (
    build_content,
    case_label,
    redactions_of,
    region_name,
    stamp_built,
    summary_view_of,
)
from expertteam_app.services.learning_views import (
    CandidateCase,
    CaseFilter,
    LearningTableDocument,
    SessionRow,
    SessionView,
    SummaryRow,
    SummaryView,
)
from expertteam_app.services.roles import Permission
from expertteam_app.services.settings import read_settings

if TYPE_CHECKING:
    from expertteam_app.anonymise.scrubber import Anonymiser

TITLE_MAX = 200  # the column's length
PHRASE_MAX = 200

PRIVACY_STATEMENT = {
    "nl": (
        "Dit document bevat geanonimiseerde samenvattingen van casussen van het expertteam, "
        "uitsluitend bedoeld voor de leertafel. Namen, adressen, contactgegevens, "
        "burgerservicenummers, data, scholen en instellingen zijn vervangen door labels; "
        "leeftijden staan in leeftijdsgroepen, plaatsen als jeugdregio en data als kwartaal. "
        "Elke samenvatting is door een persoon nagelezen en goedgekeurd. Aantallen onder de "
        "drempel staan als '<{threshold}'. Probeer niet te achterhalen om wie het gaat, deel "
        "dit document niet verder en vernietig het na de leertafel."
    ),
    "en": (
        "This document holds anonymised summaries of the expert team's cases, meant for the "
        "learning table only. Names, addresses, contact details, citizen service numbers, "
        "dates, schools and institutions are replaced by labels; ages are given in bands, "
        "places as the youth-care region and dates as quarters. Every summary was read and "
        "approved by a person. Counts below the threshold are shown as '<{threshold}'. Do not "
        "try to find out who is meant, do not pass this document on, and destroy it after "
        "the learning table."
    ),
}

Progress = Callable[[int, int], None]


class AwaitingReview(ExpertteamError):
    """Summaries wait for a person to review them; nothing was exported."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, session_id: int, labels: Sequence[str]) -> None:
        names = ", ".join(labels)
        super().__init__(
            f"De samenvattingen van leertafel {session_id} wachten op nalezen in het programma "
            f"({names}); er is niets geëxporteerd. Keur ze daar goed en exporteer met "
            f"--session {session_id}, of neem de verantwoordelijkheid met --approve-all.",
            f"The summaries of learning table {session_id} wait for review in the program "
            f"({names}); nothing was exported. Approve them there and export with "
            f"--session {session_id}, or take the responsibility with --approve-all.",
        )


def _session(uow: UnitOfWork, session_id: int) -> LearningSession:
    found = uow.session.get(LearningSession, session_id)
    if found is None:
        raise NotFound("Deze leertafel bestaat niet.", "This learning table does not exist.")
    return found


def _summary(uow: UnitOfWork, summary_id: int) -> LearningSummary:
    found = uow.session.get(LearningSummary, summary_id)
    if found is None:
        raise NotFound("Deze samenvatting bestaat niet.", "This summary does not exist.")
    return found


def _summaries(uow: UnitOfWork, session_id: int) -> list[LearningSummary]:
    return list(
        uow.session.scalars(
            select(LearningSummary)
            .where(LearningSummary.session_id == session_id)
            .order_by(LearningSummary.position)
        )
    )


# --- choosing cases -------------------------------------------------------------------------


def candidate_cases(uow: UnitOfWork, case_filter: CaseFilter) -> list[CandidateCase]:
    """The cases that match `case_filter`, most recently closed first, then by reference."""
    uow.require(Permission.LEARNING_TABLE)
    f = case_filter
    query = select(Case, YoungPerson).join(YoungPerson, YoungPerson.id == Case.young_person_id)
    if not f.all_cases:
        if f.references:
            query = query.where(Case.reference.in_([r.strip().upper() for r in f.references]))
        if f.closed_from is not None or f.closed_to is not None:
            query = query.where(Case.closed_on.is_not(None))
        if f.closed_from is not None:
            query = query.where(Case.closed_on >= f.closed_from)
        if f.closed_to is not None:
            query = query.where(Case.closed_on <= f.closed_to)
        if f.theme_ids:
            query = query.where(
                exists().where(
                    case_theme.c.case_id == Case.id, case_theme.c.item_id.in_(f.theme_ids)
                )
            )
        if f.bottleneck_ids:
            in_case = exists().where(
                case_bottleneck.c.case_id == Case.id,
                case_bottleneck.c.item_id.in_(f.bottleneck_ids),
            )
            in_retrospective = exists().where(
                RetrospectiveBottleneck.case_id == Case.id,
                RetrospectiveBottleneck.bottleneck_id.in_(f.bottleneck_ids),
            )
            query = query.where(or_(in_case, in_retrospective))
    query = query.order_by(Case.closed_on.desc().nulls_last(), Case.reference)
    rows = [
        CandidateCase(
            case_id=case.id,
            reference=case.reference,
            name=display_name(person.first_name, person.name_prefix, person.last_name),
            status=case.status.label("nl"),
            closed_on=case.closed_on,
        )
        for case, person in uow.session.execute(query)
    ]
    uow.log(AuditEvent(AuditAction.SEARCH, detail=f"learning table candidates: {len(rows)}"))
    return rows


# --- sessions -------------------------------------------------------------------------------


def _check_session(uow: UnitOfWork, title: str, case_ids: Sequence[int]) -> list[Case]:
    problems = Problems()
    if not title.strip():
        problems.add("title", "Geef de leertafel een titel.", "Give the learning table a title.")
    elif len(title.strip()) > TITLE_MAX:
        problems.add(
            "title",
            f"De titel is te lang (hoogstens {TITLE_MAX} tekens).",
            f"The title is too long (at most {TITLE_MAX} characters).",
        )
    unique = list(dict.fromkeys(case_ids))
    if not unique:
        problems.add("cases", "Kies ten minste één casus.", "Choose at least one case.")
    cases = [uow.session.get(Case, case_id) for case_id in unique]
    if any(c is None for c in cases):
        problems.add("cases", "Een gekozen casus bestaat niet.", "A chosen case does not exist.")
    problems.raise_if_any()
    return [c for c in cases if c is not None]


def _place_cases(uow: UnitOfWork, learning: LearningSession, cases: Sequence[Case]) -> None:
    """Put `cases` in the session in this order: labels follow the position. A summary of
    a case that stays keeps its text and approval; one of a case that goes is deleted."""
    existing = {s.case_id: s for s in _summaries(uow, learning.id)}
    wanted = {c.id for c in cases}
    for case_id, gone in existing.items():
        if case_id not in wanted:
            uow.session.delete(gone)
    uow.session.flush()
    for position, case in enumerate(cases):
        summary = existing.get(case.id)
        if summary is None:
            summary = LearningSummary(session_id=learning.id, case_id=case.id, redactions_json="[]")
            uow.session.add(summary)
        summary.position = position
        summary.label = case_label(position)
    uow.session.flush()


def create_session(uow: UnitOfWork, title: str, held_on: date, case_ids: Sequence[int]) -> int:
    """A new learning session with `case_ids` in this order; returns its id."""
    uow.require(Permission.LEARNING_TABLE)
    cases = _check_session(uow, title, case_ids)
    learning = LearningSession(
        title=title.strip(),
        held_on=held_on,
        created_by_id=uow.actor.member_id,
        created_at=uow.clock.now(),
    )
    uow.session.add(learning)
    uow.session.flush()
    _place_cases(uow, learning, cases)
    uow.log(
        AuditEvent(
            AuditAction.CREATE, detail=f"learning session {learning.id} with {len(cases)} cases"
        )
    )
    return learning.id


def set_session_cases(uow: UnitOfWork, session_id: int, case_ids: Sequence[int]) -> None:
    uow.require(Permission.LEARNING_TABLE)
    learning = _session(uow, session_id)
    cases = _check_session(uow, learning.title, case_ids)
    _place_cases(uow, learning, cases)
    uow.log(
        AuditEvent(AuditAction.CHANGE, detail=f"learning session {session_id}: {len(cases)} cases")
    )


def update_session(uow: UnitOfWork, session_id: int, title: str, held_on: date) -> None:
    uow.require(Permission.LEARNING_TABLE)
    learning = _session(uow, session_id)
    _check_session(uow, title, [s.case_id for s in _summaries(uow, session_id)])
    learning.title = title.strip()
    learning.held_on = held_on
    uow.log(AuditEvent(AuditAction.CHANGE, detail=f"learning session {session_id}"))


def sessions(uow: UnitOfWork) -> list[SessionRow]:
    """Every learning session, the latest first, with how far its review is."""
    uow.require(Permission.LEARNING_TABLE)
    counts = (
        select(
            LearningSummary.session_id,
            func.count(LearningSummary.id).label("cases"),
            func.count(LearningSummary.approved_at).label("approved"),
        )
        .group_by(LearningSummary.session_id)
        .subquery()
    )
    query = (
        select(LearningSession, counts.c.cases, counts.c.approved)
        .outerjoin(counts, counts.c.session_id == LearningSession.id)
        .order_by(LearningSession.held_on.desc(), LearningSession.id.desc())
    )
    return [
        SessionRow(s.id, s.title, s.held_on, int(n or 0), int(a or 0), s.last_exported_at)
        for s, n, a in uow.session.execute(query)
    ]


def session_view(uow: UnitOfWork, session_id: int) -> SessionView:
    uow.require(Permission.LEARNING_TABLE)
    learning = _session(uow, session_id)
    rows = tuple(
        SummaryRow(s.id, s.case_id, s.label, s.built_at is not None, s.approved_at is not None)
        for s in _summaries(uow, session_id)
    )
    return SessionView(learning.id, learning.title, learning.held_on, rows)


def delete_session(uow: UnitOfWork, session_id: int) -> None:
    uow.require(Permission.LEARNING_TABLE)
    learning = _session(uow, session_id)
    uow.session.execute(delete(LearningSummary).where(LearningSummary.session_id == session_id))
    uow.session.delete(learning)
    uow.log(AuditEvent(AuditAction.DELETE, detail=f"learning session {session_id}"))


# --- building and reviewing -----------------------------------------------------------------


def _fallback_region(uow: UnitOfWork) -> str:
    return region_name(uow.session, read_settings(uow).region_code or None)


def _build(uow: UnitOfWork, summary: LearningSummary, anonymiser: Anonymiser, why: str) -> None:
    case = load_case(uow.session, summary.case_id)
    content = build_content(
        uow.session,
        case,
        anonymiser,
        redactions_of(summary),
        fallback_region=_fallback_region(uow),
    )
    stamp_built(summary, content, uow.clock.now())
    uow.log_case(AuditAction.READ, case, f"learning summary {summary.id}: {why}")


def build_summaries(
    uow: UnitOfWork,
    session_id: int,
    anonymiser: Anonymiser,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """(Re)build every summary of the session that is not approved; returns how many were
    built. An approved summary stays as it was: `rebuild_summary` rebuilds one on purpose.
    When `cancelled()` turns true the summaries built so far are kept."""
    uow.require(Permission.LEARNING_TABLE)
    _session(uow, session_id)
    todo = [s for s in _summaries(uow, session_id) if s.approved_at is None]
    built = 0
    for summary in todo:
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(built, len(todo))
        _build(uow, summary, anonymiser, "built")
        built += 1
    if progress is not None:
        progress(built, len(todo))
    return built


def rebuild_summary(uow: UnitOfWork, summary_id: int, anonymiser: Anonymiser) -> None:
    """Build one summary again from the case as it is now; its approval is withdrawn."""
    uow.require(Permission.LEARNING_TABLE)
    _build(uow, _summary(uow, summary_id), anonymiser, "rebuilt")


def summary_view(uow: UnitOfWork, summary_id: int, *, language: str = "nl") -> SummaryView:
    """The summary as the reviewer sees it, original beside scrubbed; a READ of the case."""
    uow.require(Permission.LEARNING_TABLE)
    summary = _summary(uow, summary_id)
    case = load_case(uow.session, summary.case_id)
    uow.log_case(AuditAction.READ, case, f"learning summary {summary.id}")
    approver = uow.session.get(Member, summary.approved_by_id) if summary.approved_by_id else None
    return summary_view_of(summary, approver, language)


def _set_redactions(
    uow: UnitOfWork,
    summary_id: int,
    phrase: str,
    add: bool,
    anonymiser: Anonymiser | None,
) -> None:
    uow.require(Permission.LEARNING_TABLE)
    summary = _summary(uow, summary_id)
    phrase = " ".join(phrase.split())
    problems = Problems()
    if not phrase:
        problems.add("phrase", "Kies de tekst die weg moet.", "Select the text to redact.")
    elif len(phrase) > PHRASE_MAX:
        problems.add(
            "phrase",
            f"Kies hoogstens {PHRASE_MAX} tekens tegelijk.",
            f"Select at most {PHRASE_MAX} characters at a time.",
        )
    problems.raise_if_any()
    current = list(redactions_of(summary))
    if add and phrase not in current:
        current.append(phrase)
    elif not add and phrase in current:
        current.remove(phrase)
    else:
        return  # nothing changes, and the approval stands
    summary.redactions_json = json.dumps(current, ensure_ascii=False)
    if anonymiser is None:
        from expertteam_app.anonymise.scrubber import shared_anonymiser

        anonymiser = shared_anonymiser()
    _build(uow, summary, anonymiser, "redacted" if add else "redaction undone")


def redact(
    uow: UnitOfWork, summary_id: int, phrase: str, *, anonymiser: Anonymiser | None = None
) -> None:
    """Redact `phrase` wherever it occurs in the summary's texts (re-scrubs the summary)."""
    _set_redactions(uow, summary_id, phrase, True, anonymiser)


def unredact(
    uow: UnitOfWork, summary_id: int, phrase: str, *, anonymiser: Anonymiser | None = None
) -> None:
    _set_redactions(uow, summary_id, phrase, False, anonymiser)


def _approve(uow: UnitOfWork, summary: LearningSummary) -> None:
    if summary.built_at is None:
        problems = Problems()
        problems.add(
            "summary",
            f"{summary.label} is nog niet gemaakt.",
            f"{summary.label} has not been built yet.",
        )
        problems.raise_if_any()
    summary.approved_by_id = uow.actor.member_id
    summary.approved_at = uow.clock.now()


def approve(uow: UnitOfWork, summary_id: int) -> None:
    uow.require(Permission.LEARNING_TABLE)
    summary = _summary(uow, summary_id)
    _approve(uow, summary)
    case = load_case(uow.session, summary.case_id)
    uow.log_case(AuditAction.CHANGE, case, f"learning summary {summary.id} approved")


def withdraw_approval(uow: UnitOfWork, summary_id: int) -> None:
    uow.require(Permission.LEARNING_TABLE)
    summary = _summary(uow, summary_id)
    summary.approved_by_id = None
    summary.approved_at = None
    case = load_case(uow.session, summary.case_id)
    uow.log_case(AuditAction.CHANGE, case, f"learning summary {summary.id} approval withdrawn")


# --- the document and the export ------------------------------------------------------------


def _document(uow: UnitOfWork, session_id: int, language: str) -> LearningTableDocument:
    lang = "en" if language.startswith("en") else "nl"
    learning = _session(uow, session_id)
    summaries = _summaries(uow, session_id)
    problems = Problems()
    unbuilt = [s.label for s in summaries if s.built_at is None]
    waiting = [s.label for s in summaries if s.built_at is not None and s.approved_at is None]
    if unbuilt:
        names = ", ".join(unbuilt)
        problems.add(
            "summaries",
            f"Nog niet gemaakt: {names}.",
            f"Not built yet: {names}.",
        )
    if waiting:
        names = ", ".join(waiting)
        problems.add(
            "summaries",
            f"Nog niet goedgekeurd: {names}.",
            f"Not approved yet: {names}.",
        )
    problems.raise_if_any()
    settings = read_settings(uow)
    approvers = {
        m.id: m
        for m in uow.session.scalars(
            select(Member).where(Member.id.in_({s.approved_by_id for s in summaries}))
        )
    }
    views = tuple(summary_view_of(s, approvers.get(s.approved_by_id or 0), lang) for s in summaries)
    cases = [load_case(uow.session, s.case_id) for s in summaries]
    threshold = settings.small_cell_threshold
    return LearningTableDocument(
        title=learning.title,
        held_on=learning.held_on,
        region=region_name(uow.session, settings.region_code or None),
        team=settings.team_name,
        case_count=len(summaries),
        privacy_statement=PRIVACY_STATEMENT[lang].format(threshold=threshold),
        summaries=views,
        tables=aggregate_tables(uow.session, cases, threshold, lang),
        threshold=threshold,
        language=lang,
    )


def learning_table_document(
    uow: UnitOfWork, session_id: int, *, language: str = "nl"
) -> LearningTableDocument:
    """The session as an export shows it; a ValidationError names every summary that is
    unbuilt or unapproved."""
    uow.require(Permission.LEARNING_TABLE)
    document = _document(uow, session_id, language)
    for summary in _summaries(uow, session_id):
        case = load_case(uow.session, summary.case_id)
        uow.log_case(AuditAction.READ, case, f"learning table {session_id}: document")
    return document


def export_learning_table(
    uow: UnitOfWork,
    session_id: int,
    *,
    pdf: Path | None,
    csv: Path | None,
    xlsx: Path | None = None,
    approve_all: bool = False,
    anonymiser: Anonymiser | None = None,
    language: str = "nl",
) -> ExportResult:
    """Write the session's document as PDF, CSV and/or XLSX, all or nothing.

    `approve_all` first builds what is unbuilt (with `anonymiser`, when given) and approves
    every built summary in this unit of work, and the log says who took that on. One EXPORT
    entry per case covered. A failed write leaves no file, and (the unit of work rolling
    back on the error) no approval and no log entry either."""
    uow.require(Permission.LEARNING_TABLE)
    learning = _session(uow, session_id)
    approved_now = 0
    if approve_all:
        if anonymiser is not None:
            for summary in _summaries(uow, session_id):
                if summary.built_at is None:
                    _build(uow, summary, anonymiser, "built for export")
        for summary in _summaries(uow, session_id):
            if summary.built_at is not None and summary.approved_at is None:
                _approve(uow, summary)
                approved_now += 1
        uow.log(
            AuditEvent(
                AuditAction.CHANGE,
                detail=f"learning table {session_id}: approve-all of {approved_now} summaries "
                f"by {uow.actor.name} at export",
            )
        )
    document = _document(uow, session_id, language)
    written = write_learning_table(document, pdf=pdf, csv=csv, xlsx=xlsx)
    formats = ", ".join(p.suffix.lstrip(".") for p in written)
    for summary in _summaries(uow, session_id):
        case = load_case(uow.session, summary.case_id)
        uow.log_case(
            AuditAction.EXPORT, case, f"learning table {session_id} ({summary.label}; {formats})"
        )
    learning.last_exported_at = uow.clock.now()
    return ExportResult(files=written, case_count=document.case_count, approved_now=approved_now)
