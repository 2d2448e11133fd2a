"""Import of a team's existing Excel (or CSV) register.

Every row is read and checked before anything is written. By default the import is all or
nothing: one bad row and nothing is imported, and the report lists each rejected row with
its row number, column, value and reason. With `accept_valid=True` the valid rows are
imported and the rest reported. Writing happens in one transaction with bulk statements,
so a register of 10,000 rows imports in seconds, and a cancelled or failed import leaves
the database as it was.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from expertteam_app.domain import bsn as bsn_rules
from expertteam_app.domain import dates, names
from expertteam_app.domain.case import Case, YoungPerson
from expertteam_app.domain.consent import age_on
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    CaseStatus,
    Gender,
    ListKind,
    ReferrerType,
)
from expertteam_app.domain.team import ManagedListItem, Municipality
from expertteam_app.errors import ExitCode, ExpertteamError
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.case_bulk import BulkCase, write_cases
from expertteam_app.services.cases import MAX_AGE_AT_REGISTRATION
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.reference import match_list_item
from expertteam_app.services.register_format import (
    COLUMN_NAMES,
    GENDER_WORDS,
    REFERRER_WORDS,
    REQUIRED,
    STATUS_WORDS,
    fold,
)
from expertteam_app.services.roles import Permission
from expertteam_app.services.table_export import neutralise  # the one rule for CSV/XLSX
from expertteam_app.store.atomic import atomic_writer

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

ADVICE_STATUSES = frozenset({CaseStatus.ADVIES_UITGEBRACHT, CaseStatus.IN_UITVOERING})
BEFORE_ADVICE = frozenset({CaseStatus.AANGEMELD, CaseStatus.IN_BEHANDELING, CaseStatus.GEAGENDEERD})
IMPORT_REASON = "Overgenomen uit het Excel-register"
# A reference is shown in lists and written to exports: nothing a spreadsheet would run.
_REFERENCE = re.compile(r"[A-Z0-9][A-Z0-9 ./_-]*")


class ImportFileError(ExpertteamError):
    exit_code = ExitCode.INVALID_INPUT


class ImportCancelled(ExpertteamError):
    exit_code = ExitCode.ERROR


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    value: str
    nl: str
    en: str


@dataclass
class ImportReport:
    file_name: str
    rows_read: int = 0
    imported: int = 0
    rejected_rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    committed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    number: int
    reference: str
    registered_on: date
    first_name: str
    name_prefix: str
    last_name: str
    date_of_birth: date
    bsn: str | None
    gender: Gender
    municipality_code: str
    referrer_type: ReferrerType
    referrer_organisation: str
    question: str
    problem_area_ids: list[int]
    bottleneck_ids: list[int]
    care_history: list[tuple[str, str]]
    status: CaseStatus
    advice_on: date | None
    advice: str
    closed_on: date | None
    result: str
    reflection: str


# --- reading the file ----------------------------------------------------------------------


def _header_key(value: object) -> str:
    return fold(str(value or "")).replace(" ", "_")


def _open_problem(path: Path, why_nl: str, why_en: str) -> ImportFileError:
    return ImportFileError(
        f"{path.name} kan niet worden gelezen: {why_nl}. Er is niets geïmporteerd.",
        f"{path.name} cannot be read: {why_en}. Nothing was imported.",
    )


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """Header keys and (row number, cells) of the first sheet or the CSV file."""
    path = Path(path)
    if not path.is_file():
        raise _open_problem(path, "het bestand bestaat niet", "the file does not exist")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(path)
    else:
        raise _open_problem(
            path, "alleen .xlsx en .csv worden gelezen", "only .xlsx and .csv files are read"
        )
    if not rows:
        raise _open_problem(path, "het bestand is leeg", "the file is empty")
    header = [_header_key(v) for v in rows[0][1]]
    return header, rows[1:]


def _read_xlsx(path: Path) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise _open_problem(
            path, "het is geen geldig Excel-bestand (.xlsx)", "it is not a valid Excel (.xlsx) file"
        ) from None
    try:
        sheet = (
            workbook["Register"] if "Register" in workbook.sheetnames else workbook.worksheets[0]
        )
        return [(i, list(r)) for i, r in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def _read_csv(path: Path) -> list[tuple[int, list[object]]]:
    raw = path.read_bytes()
    try:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            content = raw.decode("utf-16")  # Excel's "Unicode text" (tab-separated)
        else:
            content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Dutch Windows
    first = content.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        return [(i, list(r)) for i, r in enumerate(reader, start=1)]
    except csv.Error:  # a stray quote swallowing the rest of the file into one field
        raise _open_problem(
            path,
            "het is geen leesbaar CSV-bestand (controleer de aanhalingstekens)",
            "it is not a readable CSV file (check the quotation marks)",
        ) from None


# --- checking rows -----------------------------------------------------------------------


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores typed numbers (a BSN) as floats
    if isinstance(value, date):
        return dates.format_nl(value)
    return str(value).strip()


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


class _RowChecker:
    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.today = uow.clock.today()
        self.municipality_by_code = {m.cbs_code: m for m in session.scalars(select(Municipality))}
        self.municipality_by_name = {fold(m.name): m for m in self.municipality_by_code.values()}
        self.problem_areas = self._list(uow, ListKind.PROBLEM_AREA)
        self.bottlenecks = self._list(uow, ListKind.BOTTLENECK)
        self.existing_refs = set(session.scalars(select(Case.reference)))
        self.existing_bsns = set(
            session.scalars(select(YoungPerson.bsn).where(YoungPerson.bsn.is_not(None)))
        )
        self.refs_in_file: dict[str, int] = {}
        self.bsns_in_file: dict[str, int] = {}

    @staticmethod
    def _list(uow: UnitOfWork, kind: ListKind) -> dict[str, ManagedListItem]:
        stmt = select(ManagedListItem).where(ManagedListItem.kind == kind)
        return {i.code: i for i in uow.session.scalars(stmt)}

    def municipality(self, text: str) -> Municipality | None:
        upper = text.strip().upper()
        if upper.removeprefix("GM").isdigit():
            return self.municipality_by_code.get("GM" + upper.removeprefix("GM").zfill(4))
        return self.municipality_by_name.get(fold(text))

    def check(
        self, number: int, cells: dict[str, str], raw: dict[str, object]
    ) -> tuple[_Row | None, list[RowProblem], list[RowProblem]]:
        problems: list[RowProblem] = []
        warnings: list[RowProblem] = []

        def bad(column: str, nl: str, en: str) -> None:
            problems.append(RowProblem(number, column, cells.get(column, ""), nl, en))

        for column in sorted(REQUIRED):
            if not cells.get(column):
                bad(column, "verplicht veld is leeg", "required field is empty")

        def date_of(column: str) -> date | None:
            try:
                value = dates.parse(raw.get(column))
            except ValueError:
                bad(
                    column,
                    "geen geldige datum (gebruik DD-MM-JJJJ of JJJJ-MM-DD)",
                    "not a valid date (use DD-MM-YYYY or YYYY-MM-DD)",
                )
                return None
            if value is not None and value > self.today:
                bad(column, "datum ligt in de toekomst", "date is in the future")
                return None
            return value

        registered_on = date_of("aanmelddatum")
        date_of_birth = date_of("geboortedatum")
        advice_on = date_of("advies_datum")
        closed_on = date_of("afsluitdatum")

        if registered_on and date_of_birth:
            if date_of_birth > registered_on:
                bad(
                    "geboortedatum",
                    "geboortedatum ligt na de aanmelddatum",
                    "date of birth is after registration",
                )
            elif age_on(date_of_birth, registered_on) > MAX_AGE_AT_REGISTRATION:
                bad(
                    "geboortedatum",
                    f"jeugdige was bij aanmelding ouder dan {MAX_AGE_AT_REGISTRATION}",
                    f"young person was older than {MAX_AGE_AT_REGISTRATION} at registration",
                )

        reference = cells.get("kenmerk", "").upper()
        if reference:
            if len(reference) > 32:
                bad(
                    "kenmerk",
                    "kenmerk is langer dan 32 tekens",
                    "reference is longer than 32 characters",
                )
            elif not _REFERENCE.fullmatch(reference):
                bad(
                    "kenmerk",
                    "een kenmerk begint met een letter of cijfer "
                    "en bevat alleen letters, cijfers, - / . _",
                    "a reference starts with a letter or digit "
                    "and holds only letters, digits, - / . _",
                )
            elif reference in self.existing_refs:
                bad(
                    "kenmerk",
                    "dit kenmerk bestaat al in de teamdatabase",
                    "this reference already exists",
                )
            elif reference in self.refs_in_file:
                bad(
                    "kenmerk",
                    f"kenmerk komt ook voor in rij {self.refs_in_file[reference]}",
                    f"reference also occurs in row {self.refs_in_file[reference]}",
                )
            else:
                self.refs_in_file[reference] = number

        bsn: str | None = None
        if cells.get("bsn"):
            problem = bsn_rules.problem(cells["bsn"], "bsn")
            if problem is not None:
                bad("bsn", problem.nl, problem.en)
            else:
                bsn = bsn_rules.normalise(cells["bsn"])
                if bsn in self.existing_bsns:
                    warnings.append(
                        RowProblem(
                            number,
                            "bsn",
                            "",
                            "mogelijk dubbel: dit BSN staat al in de teamdatabase",
                            "possible duplicate: this BSN is already in the team database",
                        )
                    )
                elif bsn in self.bsns_in_file:
                    warnings.append(
                        RowProblem(
                            number,
                            "bsn",
                            "",
                            f"mogelijk dubbel: zelfde BSN als rij {self.bsns_in_file[bsn]}",
                            f"possible duplicate: same BSN as row {self.bsns_in_file[bsn]}",
                        )
                    )
                self.bsns_in_file.setdefault(bsn, number)

        gender = GENDER_WORDS.get(fold(cells.get("geslacht", "")))
        if gender is None:
            bad(
                "geslacht",
                "onbekend geslacht (jongen, meisje, anders, onbekend)",
                "unknown gender (boy, girl, other, unknown)",
            )

        municipality = None
        if cells.get("gemeente"):
            municipality = self.municipality(cells["gemeente"])
            if municipality is None:
                bad(
                    "gemeente",
                    "onbekende gemeente (naam of CBS-code)",
                    "unknown municipality (name or CBS code)",
                )

        referrer = None
        if cells.get("verwijzer_type"):
            referrer = REFERRER_WORDS.get(fold(cells["verwijzer_type"]))
            if referrer is None:
                bad(
                    "verwijzer_type",
                    "onbekend soort verwijzer (bijv. wijkteam, GI, huisarts, jeugdarts)",
                    "unknown kind of referrer (e.g. wijkteam, GI, huisarts, jeugdarts)",
                )

        def items(column: str, known: dict[str, ManagedListItem]) -> list[int]:
            found: list[int] = []
            for part in _split_list(cells.get(column, "")):
                item = match_list_item(known, part)
                if item is None:
                    problems.append(
                        RowProblem(
                            number,
                            column,
                            part,
                            "onbekende waarde in de lijst",
                            "unknown value in the list",
                        )
                    )
                elif item.id not in found:
                    found.append(item.id)
            return found

        problem_area_ids = items("leefgebieden", self.problem_areas)
        bottleneck_ids = items("knelpunten", self.bottlenecks)

        status = CaseStatus.AANGEMELD
        if cells.get("status"):
            found_status = STATUS_WORDS.get(fold(cells["status"]))
            if found_status is None:
                bad(
                    "status",
                    "onbekende status (bijv. aangemeld, in behandeling, in uitvoering, afgesloten)",
                    "unknown status (e.g. aangemeld, in behandeling, in uitvoering, afgesloten)",
                )
            else:
                status = found_status
        if status in ADVICE_STATUSES and advice_on is None and not cells.get("advies_datum"):
            bad(
                "advies_datum",
                "bij deze status hoort een adviesdatum",
                "this status needs an advice date",
            )
        if status == CaseStatus.AFGESLOTEN and closed_on is None and not cells.get("afsluitdatum"):
            bad(
                "afsluitdatum",
                "een afgesloten casus heeft een afsluitdatum",
                "a closed case needs a closing date",
            )
        if status != CaseStatus.AFGESLOTEN and cells.get("afsluitdatum"):
            bad(
                "afsluitdatum",
                "afsluitdatum ingevuld, maar de status is niet afgesloten",
                "closing date given, but the status is not closed",
            )
        if status == CaseStatus.NIET_ONTVANKELIJK and cells.get("advies_datum"):
            bad(
                "advies_datum",
                "een niet-ontvankelijke casus heeft geen advies",
                "a case not admitted has no advice",
            )
        if status in BEFORE_ADVICE and cells.get("advies_datum"):
            bad(
                "advies_datum",
                "adviesdatum ingevuld, maar de status ligt vóór het advies",
                "advice date given, but the status is before the advice",
            )
        if registered_on and advice_on and advice_on < registered_on:
            bad(
                "advies_datum",
                "advies ligt vóór de aanmelding",
                "advice is before the registration",
            )
        if closed_on and (
            (registered_on and closed_on < registered_on) or (advice_on and closed_on < advice_on)
        ):
            bad(
                "afsluitdatum",
                "afsluiten ligt vóór aanmelding of advies",
                "closing is before registration or advice",
            )

        care_history: list[tuple[str, str]] = []
        for part in _split_list(cells.get("hulpgeschiedenis", "")):
            provider, _, description = part.partition(":")
            care_history.append(
                (provider.strip(), description.strip()) if description else ("", part)
            )

        if problems:
            return None, problems, warnings
        assert registered_on and date_of_birth and municipality and referrer and gender
        prefix, last = names.split_prefix(cells["achternaam"])
        return (
            _Row(
                number=number,
                reference=reference,
                registered_on=registered_on,
                first_name=cells["voornaam"],
                name_prefix=prefix,
                last_name=last,
                date_of_birth=date_of_birth,
                bsn=bsn,
                gender=gender,
                municipality_code=municipality.cbs_code,
                referrer_type=referrer,
                referrer_organisation=cells.get("verwijzer_organisatie", ""),
                question=cells["hulpvraag"],
                problem_area_ids=problem_area_ids,
                bottleneck_ids=bottleneck_ids,
                care_history=care_history,
                status=status,
                advice_on=advice_on,
                advice=cells.get("advies", ""),
                closed_on=closed_on,
                result=cells.get("resultaat", ""),
                reflection=cells.get("reflectie", ""),
            ),
            [],
            warnings,
        )


# --- the import ----------------------------------------------------------------------------


def import_register(
    uow: UnitOfWork,
    path: Path,
    *,
    accept_valid: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Check every row, then import all of them (or, with accept_valid, the valid ones)."""
    uow.require(Permission.REGISTER_IMPORT)
    path = Path(path)
    header, rows = read_table(path)
    report = ImportReport(file_name=path.name)
    missing = [c for c in COLUMN_NAMES if c in REQUIRED and c not in header]
    if missing:
        raise ImportFileError(
            f"{path.name} mist de kolom(men) {', '.join(missing)}. Gebruik het sjabloon "
            "(expertteam template). Er is niets geïmporteerd.",
            f"{path.name} lacks the column(s) {', '.join(missing)}. Use the template "
            "(expertteam template). Nothing was imported.",
        )
    index = {name: header.index(name) for name in COLUMN_NAMES if name in header}
    checker = _RowChecker(uow)
    valid: list[_Row] = []
    total = len(rows)
    for done, (number, values) in enumerate(rows, start=1):
        raw = {name: values[i] if i < len(values) else None for name, i in index.items()}
        cells = {name: _cell_text(v) for name, v in raw.items()}
        if not any(cells.values()):
            continue  # an empty line in the sheet
        report.rows_read += 1
        row, problems, warnings = checker.check(number, cells, raw)
        report.warnings.extend(warnings)
        if row is None:
            report.problems.extend(problems)
            report.rejected_rows += 1
        else:
            valid.append(row)
        if progress is not None and done % 250 == 0:
            progress(done, total * 2)
        if cancelled is not None and done % 250 == 0 and cancelled():
            raise _cancelled()
    if report.rows_read == 0:
        raise ImportFileError(
            f"{path.name} bevat geen rijen onder de kopregel. Er is niets geïmporteerd.",
            f"{path.name} has no rows below the header. Nothing was imported.",
        )
    if report.problems and not accept_valid:
        uow.log(
            AuditEvent(
                AuditAction.CREATE,
                outcome=AuditOutcome.FAILED,
                detail=f"register import of {path.name} refused: "
                f"{report.rejected_rows} of {report.rows_read} rows rejected",
            )
        )
        return report
    _write(uow, valid, report, path.name, total, progress, cancelled)
    report.committed = True
    return report


def _cancelled() -> ImportCancelled:
    return ImportCancelled(
        "Import afgebroken. Er is niets geïmporteerd.", "Import cancelled. Nothing was imported."
    )


def _history(row: _Row) -> list[tuple[CaseStatus | None, CaseStatus, date, str]]:
    """The lifecycle the register implies: the dates it knows, nothing invented."""
    steps: list[tuple[CaseStatus | None, CaseStatus, date, str]] = [
        (None, CaseStatus.AANGEMELD, row.registered_on, IMPORT_REASON)
    ]
    current = CaseStatus.AANGEMELD
    if row.status == CaseStatus.AANGEMELD:
        return steps
    if row.status == CaseStatus.NIET_ONTVANKELIJK:
        return [*steps, (current, CaseStatus.NIET_ONTVANKELIJK, row.registered_on, IMPORT_REASON)]
    if row.advice_on is not None:
        steps.append((current, CaseStatus.ADVIES_UITGEBRACHT, row.advice_on, IMPORT_REASON))
        current = CaseStatus.ADVIES_UITGEBRACHT
    if row.status == CaseStatus.AFGESLOTEN:
        assert row.closed_on is not None
        steps.append((current, CaseStatus.AFGESLOTEN, row.closed_on, IMPORT_REASON))
    elif row.status != current:
        steps.append((current, row.status, row.advice_on or row.registered_on, IMPORT_REASON))
    return steps


def _bulk(row: _Row, file_name: str) -> BulkCase:
    return BulkCase(
        reference=row.reference,
        registered_on=row.registered_on,
        first_name=row.first_name,
        name_prefix=row.name_prefix,
        last_name=row.last_name,
        date_of_birth=row.date_of_birth,
        bsn=row.bsn,
        gender=row.gender,
        municipality_code=row.municipality_code,
        referrer_type=row.referrer_type,
        referrer_organisation=row.referrer_organisation,
        question=row.question,
        status=row.status,
        history=_history(row),
        problem_area_ids=row.problem_area_ids,
        bottleneck_ids=row.bottleneck_ids,
        care_history=[(p, d, None, None, "") for p, d in row.care_history],
        imported_advice_on=row.advice_on,
        imported_advice_text=row.advice,
        closed_on=row.closed_on,
        closing_result=row.result,
        reflection=row.reflection,
        audit_detail=f"imported from {file_name}, row {row.number}",
    )


def _write(
    uow: UnitOfWork,
    rows: list[_Row],
    report: ImportReport,
    file_name: str,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    bulk = [_bulk(r, file_name) for r in rows]

    def on_batch(done: int) -> None:
        if cancelled is not None and cancelled():
            raise _cancelled()
        if progress is not None:
            progress(total + done, 2 * total)

    write_cases(uow, bulk, on_batch=on_batch)
    report.imported = len(bulk)
    report.references = [b.reference for b in bulk]
    uow.log(
        AuditEvent(
            AuditAction.CREATE,
            detail=f"register import of {file_name}: {report.imported} imported, "
            f"{report.rejected_rows} rejected",
        )
    )


# --- the report as a file -------------------------------------------------------------------


def write_report_csv(report: ImportReport, target: Path, language: str = "nl") -> None:
    """The rejected rows and warnings as CSV (semicolons, as Dutch Excel expects)."""
    en = language.startswith("en")
    header = (
        ["row", "column", "value", "problem", "kind"]
        if en
        else ["rij", "kolom", "waarde", "probleem", "soort"]
    )
    with atomic_writer(target) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(header)
        for kind, items in (
            ("afgewezen" if not en else "rejected", report.problems),
            ("waarschuwing" if not en else "warning", report.warnings),
        ):
            for p in items:
                writer.writerow(
                    [p.row, p.column, neutralise(p.value), neutralise(p.en if en else p.nl), kind]
                )
        text.flush()
        text.detach()


def iter_problem_lines(report: ImportReport, language: str = "nl") -> Iterator[str]:
    en = language.startswith("en")
    for p in report.problems:
        value = f" '{p.value}'" if p.value else ""
        yield (
            f"row {p.row}, column {p.column}{value}: {p.en}"
            if en
            else f"rij {p.row}, kolom {p.column}{value}: {p.nl}"
        )
