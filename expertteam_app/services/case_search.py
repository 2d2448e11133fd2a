"""Finding cases: filters and full-text search in SQL, keyset paging, counts per status.

Built for 100,000 cases: the page is cut in SQL (`WHERE (key, id) > (:key, :id) LIMIT n`)
on indexed columns, rows come back as plain tuples, and nothing is sorted in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select, text, tuple_
from sqlalchemy.orm import Session

from expertteam_app.domain import names
from expertteam_app.domain.case import Case, Suspension, YoungPerson
from expertteam_app.domain.enums import AuditAction, CaseStatus, Urgency
from expertteam_app.domain.team import Member, Municipality
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.case_index import match_expression
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission

MAX_PAGE = 500
# Above this many full-text hits, walking the sort index and testing each case for a hit
# is faster than looking every hit up and sorting them (measured on 100,000 cases).
BROAD_MATCH = 3000


class SortKey(StrEnum):
    REGISTERED_DESC = "registered_desc"
    REGISTERED_ASC = "registered_asc"
    REFERENCE = "reference"
    NAME = "name"
    STATUS = "status"


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    statuses: frozenset[CaseStatus] = frozenset()
    municipality_codes: frozenset[str] = frozenset()
    owner_id: int | None = None
    registered_from: date | None = None
    registered_to: date | None = None
    sort: SortKey = SortKey.REGISTERED_DESC

    def describe(self) -> str:
        """For the access log: what was asked, not what was found."""
        parts = []
        if self.text.strip():
            parts.append(f"text={self.text.strip()!r}")
        if self.statuses:
            parts.append("status=" + ",".join(sorted(self.statuses)))
        if self.municipality_codes:
            parts.append("municipality=" + ",".join(sorted(self.municipality_codes)))
        if self.owner_id is not None:
            parts.append(f"owner={self.owner_id}")
        if self.registered_from or self.registered_to:
            parts.append(f"period={self.registered_from or ''}..{self.registered_to or ''}")
        return "; ".join(parts) or "all"


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    registered_on: date
    status: CaseStatus
    urgency: Urgency
    name: str
    date_of_birth: date
    municipality: str
    owner: str
    suspended: bool


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended: the sort value and id of its last row."""

    key: Any
    id: int


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    next_cursor: Cursor | None = None


@dataclass(frozen=True)
class StatusCounts:
    """Matching cases per status, under every filter except the status filter itself."""

    by_status: dict[CaseStatus, int]
    selected: frozenset[CaseStatus] = frozenset()

    @property
    def total(self) -> int:
        """How many cases the query (status filter included) matches."""
        return sum(n for s, n in self.by_status.items() if not self.selected or s in self.selected)


_STATUS_RANK = case(
    {s.value: i for i, s in enumerate(CaseStatus)}, value=Case.status, else_=len(CaseStatus)
)


def _sort_columns(sort: SortKey) -> tuple[Any, bool]:
    """The keyset column and whether it runs descending (id follows in the same direction)."""
    if sort is SortKey.REGISTERED_ASC:
        return Case.registered_on, False
    if sort is SortKey.REFERENCE:
        return Case.reference, False
    if sort is SortKey.NAME:
        return YoungPerson.sort_name, False
    if sort is SortKey.STATUS:
        return _STATUS_RANK, False
    return Case.registered_on, True


def _filters(
    query: CaseQuery, *, with_status: bool = True, broad: bool = False
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if with_status and query.statuses:
        conditions.append(Case.status.in_(sorted(query.statuses)))
    if query.municipality_codes:
        conditions.append(Case.residence_municipality_code.in_(sorted(query.municipality_codes)))
    if query.owner_id is not None:
        conditions.append(Case.owner_id == query.owner_id)
    if query.registered_from is not None:
        conditions.append(Case.registered_on >= query.registered_from)
    if query.registered_to is not None:
        conditions.append(Case.registered_on <= query.registered_to)
    expression = match_expression(query.text)
    if expression is not None:
        hits = (
            select(text("rowid"))
            .select_from(text("case_search"))
            .where(text("case_search MATCH :fts").bindparams(fts=expression))
        )
        # `id + 0` keeps SQLite from driving the query from the hits (see BROAD_MATCH).
        conditions.append((Case.id + 0).in_(hits) if broad else Case.id.in_(hits))
    return conditions


def _is_broad(session: Session, query: CaseQuery) -> bool:
    expression = match_expression(query.text)
    if expression is None:
        return False
    count = session.execute(
        text("SELECT count(*) FROM case_search WHERE case_search MATCH :fts"), {"fts": expression}
    ).scalar_one()
    return int(count) > BROAD_MATCH


def _base(query: CaseQuery, broad: bool) -> Select[*tuple[Any, ...]]:
    owner = Member.__table__.alias("owner")
    suspended = exists().where(Suspension.case_id == Case.id, Suspension.ended_on.is_(None))
    key, _ = _sort_columns(query.sort)
    return (
        select(
            Case.id,
            Case.reference,
            Case.registered_on,
            Case.status,
            Case.urgency,
            YoungPerson.first_name,
            YoungPerson.name_prefix,
            YoungPerson.last_name,
            YoungPerson.date_of_birth,
            Municipality.name,
            owner.c.name,
            suspended.label("suspended"),
            key.label("sort_key"),
        )
        .join(YoungPerson, Case.young_person_id == YoungPerson.id)
        .outerjoin(Municipality, Case.residence_municipality_code == Municipality.cbs_code)
        .outerjoin(owner, Case.owner_id == owner.c.id)
        .where(*_filters(query, broad=broad))
    )


def _page_after(
    stmt: Select[*tuple[Any, ...]], query: CaseQuery, after: Cursor | None, limit: int
) -> Select[*tuple[Any, ...]]:
    key, descending = _sort_columns(query.sort)
    if after is not None:
        if descending:
            stmt = stmt.where(tuple_(key, Case.id) < tuple_(after.key, after.id))
        else:
            stmt = stmt.where(tuple_(key, Case.id) > tuple_(after.key, after.id))
    order = (key.desc(), Case.id.desc()) if descending else (key.asc(), Case.id.asc())
    return stmt.order_by(*order).limit(limit)


def _count_query(query: CaseQuery, broad: bool) -> Select[*tuple[Any, ...]]:
    stmt = select(Case.status, func.count()).group_by(Case.status)
    conditions = _filters(query, with_status=False, broad=broad)
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def search_cases(
    uow: UnitOfWork, query: CaseQuery, *, after: Cursor | None = None, limit: int = 100
) -> CasePage:
    """One page of cases. The first page (no cursor) is logged as a search."""
    uow.require(Permission.CASE_SEARCH)
    limit = max(1, min(limit, MAX_PAGE))
    broad = _is_broad(uow.session, query)
    result = uow.session.execute(_page_after(_base(query, broad), query, after, limit + 1)).all()
    rows = [
        CaseRow(
            id=r[0],
            reference=r[1],
            registered_on=r[2],
            status=r[3],
            urgency=r[4],
            name=names.display_name(r[5], r[6], r[7]),
            date_of_birth=r[8],
            municipality=r[9] or "",
            owner=r[10] or "",
            suspended=bool(r[11]),
        )
        for r in result[:limit]
    ]
    next_cursor = None
    if len(result) > limit:
        last = result[limit - 1]
        next_cursor = Cursor(last[12], last[0])
    if after is None:
        uow.log(AuditEvent(AuditAction.SEARCH, detail=query.describe()))
    return CasePage(rows, next_cursor)


def status_counts(uow: UnitOfWork, query: CaseQuery = CaseQuery()) -> StatusCounts:
    """Cases per status under the other filters: the counters beside the status filter,
    and the list's total. Separate from the page, so the list shows before they arrive."""
    uow.require(Permission.CASE_SEARCH)
    broad = _is_broad(uow.session, query)
    counts = {CaseStatus(s): n for s, n in uow.session.execute(_count_query(query, broad))}
    return StatusCounts(counts, query.statuses)
