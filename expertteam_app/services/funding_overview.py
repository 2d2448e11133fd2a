"""The funding overview of the whole team: requested and committed per municipality per
year, and the requests still open by age; exportable as CSV or XLSX.

Aggregates only (municipalities, years, counts, amounts): no client, no case. Reading it
needs CASE_READ and writes no access-log entry; exporting it needs CASE_EXPORT and is one
EXPORT entry.

Everything is summed in SQL over the whole cents that `Money` stores as INTEGER, so the
sums are exact (no float on the way) and the database does the counting, not Python over
every request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Integer, case, cast, func, literal, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement

from expertteam_app.domain.enums import AuditAction, FundingDecision
from expertteam_app.domain.funding import FundingRequest
from expertteam_app.domain.team import Municipality
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.cases import Coded
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission
from expertteam_app.services.table_export import Column, ColumnKind, Table, write_tables

D = FundingDecision
ExportKind = Literal["csv", "xlsx"]


@dataclass(frozen=True)
class Totals:
    requests: int
    requested: Decimal
    committed: Decimal  # the commitments that stand (also one under an amount dispute)
    refused: int
    open_count: int  # requested or disputed
    open_amount: Decimal  # of those: requested minus what already stands committed


@dataclass(frozen=True)
class MunicipalityYear:
    municipality: Coded
    year: int
    totals: Totals


@dataclass(frozen=True)
class AgeBand:
    """Open requests `low`..`high` days (inclusive) after they were requested."""

    low: int
    high: int | None  # None: no upper bound
    count: int
    amount: Decimal

    def label(self, language: str = "nl") -> str:
        days = "days" if language.startswith("en") else "dagen"
        if self.high is None:
            return f"> {self.low - 1} {days}"
        return f"{self.low}–{self.high} {days}"


@dataclass(frozen=True)
class FundingOverview:
    on: date  # ages are counted to this day
    rows: tuple[MunicipalityYear, ...]
    totals: Totals
    by_age: tuple[AgeBand, ...]

    @property
    def open_count(self) -> int:
        return sum(b.count for b in self.by_age)

    @property
    def open_amount(self) -> Decimal:
        return sum((b.amount for b in self.by_age), Decimal("0.00"))


# Ages of open requests, in days since requested_on: (low, high), inclusive.
AGE_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 14),
    (15, 30),
    (31, 60),
    (61, 90),
    (91, None),
)


def _euros(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2).quantize(Decimal("0.01"))


def _cents(column: Any) -> ColumnElement[int]:
    # The stored whole cents, not Money's Decimal: SUM over INTEGER is exact in SQLite.
    return type_coerce(column, Integer)


def _aggregates() -> list[ColumnElement[Any]]:
    requested = _cents(FundingRequest.requested_amount)
    committed = func.coalesce(_cents(FundingRequest.committed_amount), 0)
    is_open = FundingRequest.decision.in_([D.REQUESTED, D.DISPUTED])
    return [
        func.count(FundingRequest.id),
        func.coalesce(func.sum(requested), 0),
        func.coalesce(func.sum(committed), 0),
        func.coalesce(func.sum(case((FundingRequest.decision == D.REFUSED, 1), else_=0)), 0),
        func.coalesce(func.sum(case((is_open, 1), else_=0)), 0),
        func.coalesce(func.sum(case((is_open, requested - committed), else_=0)), 0),
    ]


def _totals(values: Any) -> Totals:
    count, requested, committed, refused, open_count, open_amount = values
    return Totals(
        int(count),
        _euros(requested),
        _euros(committed),
        int(refused),
        int(open_count),
        _euros(open_amount),
    )


def _overview(uow: UnitOfWork, today: date) -> FundingOverview:
    session = uow.session
    year = cast(func.strftime("%Y", FundingRequest.requested_on), Integer).label("year")
    grouped = (
        select(FundingRequest.municipality_code, Municipality.name, year, *_aggregates())
        .join(Municipality, Municipality.cbs_code == FundingRequest.municipality_code)
        .group_by(FundingRequest.municipality_code, Municipality.name, year)
        .order_by(Municipality.name, FundingRequest.municipality_code, year)
    )
    rows = tuple(
        MunicipalityYear(Coded(code, name), int(y), _totals(rest))
        for code, name, y, *rest in session.execute(grouped)
    )
    # The totals are their own query, not the rows added up: a test can then hold the two
    # against each other.
    totals = _totals(session.execute(select(*_aggregates())).one())

    age = cast(
        func.julianday(literal(today.isoformat())) - func.julianday(FundingRequest.requested_on),
        Integer,
    )
    band = case(
        *(
            (age <= high, number)
            for number, (_low, high) in enumerate(AGE_BANDS)
            if high is not None
        ),
        else_=len(AGE_BANDS) - 1,
    ).label("band")
    outstanding = _cents(FundingRequest.requested_amount) - func.coalesce(
        _cents(FundingRequest.committed_amount), 0
    )
    ages = dict(
        (int(number), (int(count), int(cents)))
        for number, count, cents in session.execute(
            select(band, func.count(FundingRequest.id), func.sum(outstanding))
            .where(FundingRequest.decision.in_([D.REQUESTED, D.DISPUTED]))
            .group_by(band)
        )
    )
    by_age = tuple(
        AgeBand(low, high, ages.get(number, (0, 0))[0], _euros(ages.get(number, (0, 0))[1]))
        for number, (low, high) in enumerate(AGE_BANDS)
    )
    return FundingOverview(today, rows, totals, by_age)


def funding_overview(uow: UnitOfWork, *, today: date | None = None) -> FundingOverview:
    """Per municipality (the one asked to fund) and per year, where the year is the
    calendar year of the request date (`requested_on`), not of the decision or the care
    period: a request counts in the year it was made. Plus the open requests (requested or
    disputed) by their age in days on `today` (the clock's day by default).

    Needs CASE_READ; it shows no case, so it writes no access-log entry."""
    uow.require(Permission.CASE_READ)
    return _overview(uow, today or uow.clock.today())


# --- export ------------------------------------------------------------------------------


def _texts(language: str) -> dict[str, str]:
    en = language.startswith("en")
    if en:
        return {
            "main": "Funding per municipality per year",
            "main_note": "Year: the calendar year of the request date. Open: requested or "
            "disputed; open amount: requested minus what stands committed.",
            "ages": "Open funding requests by age",
            "ages_note": "Age: days since the request date, on {on}.",
            "code": "CBS code",
            "municipality": "Municipality",
            "year": "Year",
            "requests": "Requests",
            "requested": "Requested (EUR)",
            "committed": "Committed (EUR)",
            "refused": "Refused",
            "open_count": "Open",
            "open_amount": "Open (EUR)",
            "total": "Total",
            "age": "Age",
            "count": "Number",
            "amount": "Open amount (EUR)",
            "sheet_main": "Per municipality",
            "sheet_ages": "Open by age",
        }
    return {
        "main": "Financiering per gemeente per jaar",
        "main_note": "Jaar: het kalenderjaar van de aanvraagdatum. Open: aangevraagd of "
        "betwist; open bedrag: gevraagd min wat al toegezegd staat.",
        "ages": "Openstaande financieringsaanvragen naar leeftijd",
        "ages_note": "Leeftijd: dagen sinds de aanvraagdatum, op {on}.",
        "code": "CBS-code",
        "municipality": "Gemeente",
        "year": "Jaar",
        "requests": "Aanvragen",
        "requested": "Aangevraagd (EUR)",
        "committed": "Toegezegd (EUR)",
        "refused": "Geweigerd",
        "open_count": "Open",
        "open_amount": "Open (EUR)",
        "total": "Totaal",
        "age": "Leeftijd",
        "count": "Aantal",
        "amount": "Open bedrag (EUR)",
        "sheet_main": "Per gemeente",
        "sheet_ages": "Open naar leeftijd",
    }


def _total_cells(t: Totals) -> tuple[int, Decimal, Decimal, int, int, Decimal]:
    return (t.requests, t.requested, t.committed, t.refused, t.open_count, t.open_amount)


def overview_tables(overview: FundingOverview, language: str = "nl") -> list[Table]:
    """The overview as two tables: per municipality per year with a totals row, and the
    open requests by age with a totals row."""
    w = _texts(language)
    money, count = ColumnKind.MONEY, ColumnKind.INTEGER
    main = Table(
        title=w["main"],
        notes=(w["main_note"],),
        sheet_name=w["sheet_main"],
        columns=(
            Column(w["code"], width=10),
            Column(w["municipality"], width=28),
            Column(w["year"], count, width=8),
            Column(w["requests"], count, width=11),
            Column(w["requested"], money, width=18),
            Column(w["committed"], money, width=18),
            Column(w["refused"], count, width=11),
            Column(w["open_count"], count, width=8),
            Column(w["open_amount"], money, width=18),
        ),
        rows=tuple(
            (r.municipality.code, r.municipality.label, r.year, *_total_cells(r.totals))
            for r in overview.rows
        ),
        total=("", w["total"], None, *_total_cells(overview.totals)),
    )
    ages = Table(
        title=w["ages"],
        notes=(w["ages_note"].format(on=f"{overview.on:%d-%m-%Y}"),),
        sheet_name=w["sheet_ages"],
        columns=(
            Column(w["age"], width=16),
            Column(w["count"], count, width=10),
            Column(w["amount"], money, width=20),
        ),
        rows=tuple((b.label(language), b.count, b.amount) for b in overview.by_age),
        total=(w["total"], overview.open_count, overview.open_amount),
    )
    return [main, ages]


def export_overview(
    uow: UnitOfWork,
    path: Path,
    fmt: ExportKind,
    *,
    today: date | None = None,
    language: str = "nl",
) -> Path:
    """Write the overview to `path` atomically and log one EXPORT entry. Needs CASE_EXPORT.

    XLSX: two sheets (per municipality per year; open by age), amounts as numbers in a euro
    format. CSV: one file with both tables one after the other, each under its title with
    an empty line between them, because one file is what a person asked for and what they
    mail on; UTF-8 with BOM, `;` separators and amounts with a decimal comma (`12500,55`),
    which is how Dutch Excel reads a CSV into numbers (see `table_export`).

    A file that cannot be written raises `ExportFailed`, leaves no file and no log entry."""
    uow.require(Permission.CASE_EXPORT)
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}")
    overview = _overview(uow, today or uow.clock.today())
    written = write_tables(Path(path), overview_tables(overview, language), fmt)
    uow.log(AuditEvent(AuditAction.EXPORT, detail=f"funding overview ({fmt})"))
    return written
