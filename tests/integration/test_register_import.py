"""Importing a team's Excel or CSV register into the encrypted team database.

Every test works on its own copy of the session's template team, through the service
`register_import.import_register` in a unit of work, as the window and the CLI call it.
All people, names and BSNs are synthetic (BSNs in the 99xxxxxxx range or made up to pass
the 11-test).
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.bsn import is_valid
from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    CaseStatus,
    Gender,
    ReferrerType,
    Role,
)
from expertteam_app.errors import NotAllowed
from expertteam_app.services import case_search, cases
from expertteam_app.services.context import TeamSession
from expertteam_app.services.demo import synthetic_bsn
from expertteam_app.services.register_format import COLUMN_NAMES
from expertteam_app.services.register_import import (
    ImportCancelled,
    ImportFileError,
    ImportReport,
    import_register,
    write_report_csv,
)
from tests.support import registers

# --- synthetic rows and files ------------------------------------------------------------

BSN_A, BSN_B, BSN_C = (synthetic_bsn(random.Random(seed)) for seed in (11, 12, 13))
# A BSN with a leading zero, as Excel shows it after turning it into the number 12345672.
BSN_LEADING_ZERO = "012345672"


def row(**changes: object) -> dict[str, object]:
    """One register row that imports cleanly; `changes` overrides columns."""
    base: dict[str, object] = {
        "kenmerk": "",
        "aanmelddatum": "03-02-2026",
        "voornaam": "Fenna",
        "achternaam": "van der Meer",
        "geboortedatum": "2012-05-17",
        "bsn": "",
        "geslacht": "meisje",
        "gemeente": "Groningen",
        "verwijzer_type": "wijkteam",
        "verwijzer_organisatie": "Wijkteam Noord (synthetisch)",
        "hulpvraag": "Geen passende plek na crisisopname; wachtlijst gezinshuis.",
        "leefgebieden": "Autisme; Huisvesting",
        "hulpgeschiedenis": "Aanbieder Noord (synthetisch): ambulante hulp; dagbehandeling",
        "knelpunten": "Wachtlijst;geen passend aanbod",
        "status": "aangemeld",
        "advies_datum": "",
        "advies": "",
        "afsluitdatum": "",
        "resultaat": "",
        "reflectie": "",
    }
    base.update(changes)
    return base


def good_rows(n: int, seed: int = 3) -> list[dict[str, object]]:
    rng = random.Random(seed)
    used: set[str] = set()
    return [registers.good_row(rng, used_bsns=used) for _ in range(n)]


def write_xlsx_cells(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """An .xlsx as Excel saves it: typed cells (dates, numbers), any header order."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register"
    sheet.append(header)
    for cells in rows:
        sheet.append(cells)
    book.save(path)
    return path


def import_file(
    team: TeamSession,
    path: Path,
    *,
    accept_valid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    with team.unit_of_work() as uow:
        return import_register(
            uow, path, accept_valid=accept_valid, progress=progress, cancelled=cancelled
        )


def case_count(team: TeamSession) -> int:
    with team.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(Case)) or 0


def last_log_id(team: TeamSession) -> int:
    with team.unit_of_work(write=False) as uow:
        return uow.session.scalar(select(func.max(AccessLogEntry.id))) or 0


def log_entries_after(team: TeamSession, last_id: int) -> list[AccessLogEntry]:
    with team.unit_of_work(write=False) as uow:
        entries = list(
            uow.session.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.id > last_id)
                .order_by(AccessLogEntry.id)
            )
        )
        uow.session.expunge_all()
        return entries


def read_case(team: TeamSession, reference: str) -> cases.CaseDetail:
    with team.unit_of_work() as uow:
        return cases.get_case(uow, cases.case_id_for_reference(uow, reference))


def search(team: TeamSession, text: str) -> case_search.CasePage:
    with team.unit_of_work() as uow:
        return case_search.search_cases(uow, case_search.CaseQuery(text=text))


# --- clean registers ---------------------------------------------------------------------


def test_clean_xlsx_register_imports_every_row(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_xlsx(tmp_path / "register.xlsx", good_rows(12))

    report = import_file(team, path)

    assert report.committed and report.ok
    assert (report.rows_read, report.imported, report.rejected_rows) == (12, 12, 0)
    assert len(set(report.references)) == 12
    assert case_count(team) == 12


def test_clean_semicolon_csv_in_utf8_with_bom_imports_every_row(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(
        tmp_path / "register.csv", good_rows(8), delimiter=";", encoding="utf-8-sig"
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    report = import_file(team, path)

    assert report.committed and report.imported == 8
    assert case_count(team) == 8


def test_comma_csv_saved_by_dutch_excel_in_cp1252_keeps_the_accented_name(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    rows = [row(kenmerk="REG-ZOE", voornaam="Zoë", achternaam="Hoekstra"), *good_rows(3)]
    path = registers.write_csv(tmp_path / "register.csv", rows, delimiter=",", encoding="cp1252")
    assert "Zoë".encode("cp1252") in path.read_bytes()

    report = import_file(team, path)

    assert report.committed and report.imported == 4
    assert read_case(team, "REG-ZOE").young_person.first_name == "Zoë"
    assert [r.reference for r in search(team, "Zoë Hoekstra").rows] == ["REG-ZOE"]


def test_imported_case_is_findable_and_reads_back_as_the_register_said(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    the_row = row(
        kenmerk="reg-2026-017",
        bsn=BSN_A,
        geslacht="jongen",
        voornaam="Thijs",
        gemeente="Het Hogeland",
        verwijzer_type="GI",
        status="in uitvoering",
        advies_datum="2026-03-20",
        advies="Gezinshuis met dagbehandeling",
    )
    path = registers.write_xlsx(tmp_path / "register.xlsx", [the_row, *good_rows(2)])
    assert import_file(team, path).committed

    found = search(team, "Thijs Meer").rows
    assert [r.reference for r in found] == ["REG-2026-017"]
    assert found[0].status == CaseStatus.IN_UITVOERING

    case = read_case(team, "REG-2026-017")
    person = case.young_person
    assert (person.first_name, person.name_prefix, person.last_name) == ("Thijs", "van der", "Meer")
    assert person.date_of_birth == date(2012, 5, 17)
    assert person.bsn == BSN_A
    assert person.gender == Gender.MALE
    assert case.registered_on == date(2026, 2, 3)
    assert case.status == CaseStatus.IN_UITVOERING
    assert case.residence_municipality is not None
    assert case.residence_municipality.label == "Het Hogeland"
    assert case.referrer_type == ReferrerType.CERTIFIED_INSTITUTION
    assert case.referrer_organisation == "Wijkteam Noord (synthetisch)"
    assert {c.code for c in case.problem_areas} == {"autism", "housing"}
    assert {c.code for c in case.bottlenecks} == {"waiting_list", "no_suitable_offer"}
    assert [(c.provider_name, c.description) for c in case.care_history] == [
        ("Aanbieder Noord (synthetisch)", "ambulante hulp"),
        ("", "dagbehandeling"),
    ]
    assert case.imported_advice_on == date(2026, 3, 20)
    assert case.imported_advice_text == "Gezinshuis met dagbehandeling"
    assert [(s.to_status, s.changed_on) for s in case.status_history] == [
        (CaseStatus.AANGEMELD, date(2026, 2, 3)),
        (CaseStatus.ADVIES_UITGEBRACHT, date(2026, 3, 20)),
        (CaseStatus.IN_UITVOERING, date(2026, 3, 20)),
    ]


def test_closed_row_keeps_its_closing_date_result_and_reflection(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    closed = row(
        kenmerk="REG-DICHT",
        status="afgesloten",
        advies_datum="01-03-2026",
        afsluitdatum="15-05-2026",
        resultaat="Doelen behaald",
        reflectie="Eerder opschalen had tijd gescheeld.",
    )
    assert import_file(team, registers.write_csv(tmp_path / "r.csv", [closed])).committed

    case = read_case(team, "REG-DICHT")
    assert case.status == CaseStatus.AFGESLOTEN
    assert case.closed_on == date(2026, 5, 15)
    assert case.closing_result == "Doelen behaald"
    assert case.reflection == "Eerder opschalen had tijd gescheeld."
    assert case.status_history[-1].to_status == CaseStatus.AFGESLOTEN
    assert case.status_history[-1].changed_on == date(2026, 5, 15)


def test_status_words_as_a_person_types_them_are_understood(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    typed = {
        "Aangemeld": CaseStatus.AANGEMELD,
        "in behandeling": CaseStatus.IN_BEHANDELING,
        "geagendeerd": CaseStatus.GEAGENDEERD,
        "advies uitgebracht": CaseStatus.ADVIES_UITGEBRACHT,
        "In Uitvoering": CaseStatus.IN_UITVOERING,
        "afgesloten": CaseStatus.AFGESLOTEN,
        "niet-ontvankelijk": CaseStatus.NIET_ONTVANKELIJK,
        "opgeschaald": CaseStatus.OPGESCHAALD,
    }
    rows = []
    for i, word in enumerate(typed):
        status = typed[word]
        advice = (
            "01-03-2026"
            if status
            in (CaseStatus.ADVIES_UITGEBRACHT, CaseStatus.IN_UITVOERING, CaseStatus.AFGESLOTEN)
            else ""
        )
        closed = "01-04-2026" if status == CaseStatus.AFGESLOTEN else ""
        rows.append(row(kenmerk=f"ST-{i}", status=word, advies_datum=advice, afsluitdatum=closed))
    report = import_file(team, registers.write_csv(tmp_path / "r.csv", rows))
    assert report.committed, report.problems

    for i, status in enumerate(typed.values()):
        assert read_case(team, f"ST-{i}").status == status


def test_columns_in_another_order_and_capitalised_headers_are_read(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    columns = list(reversed(COLUMN_NAMES))
    header = [c.capitalize() for c in columns]
    values = row(kenmerk="REG-OMGEKEERD", voornaam="Noor")
    path = write_xlsx_cells(tmp_path / "r.xlsx", header, [[values[c] for c in columns]])

    assert import_file(team, path).committed
    assert read_case(team, "REG-OMGEKEERD").young_person.first_name == "Noor"


def test_real_excel_date_cells_are_read_as_dates(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    values = row(
        kenmerk="REG-DATUMCEL",
        aanmelddatum=datetime(2026, 1, 9),
        geboortedatum=date(2011, 12, 31),
        status="advies uitgebracht",
        advies_datum=datetime(2026, 2, 2, 0, 0),
    )
    path = write_xlsx_cells(
        tmp_path / "r.xlsx", list(COLUMN_NAMES), [[values[c] for c in COLUMN_NAMES]]
    )

    report = import_file(team, path)

    assert report.committed, report.problems
    case = read_case(team, "REG-DATUMCEL")
    assert case.registered_on == date(2026, 1, 9)
    assert case.young_person.date_of_birth == date(2011, 12, 31)
    assert case.imported_advice_on == date(2026, 2, 2)


def test_bsn_that_excel_turned_into_a_number_is_read_as_the_nine_digits(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    as_float = row(kenmerk="REG-FLOAT", bsn=float(BSN_A))
    lost_zero = row(kenmerk="REG-NUL", bsn=int(BSN_LEADING_ZERO), voornaam="Sem")
    assert is_valid(BSN_A) and is_valid(BSN_LEADING_ZERO)
    assert lost_zero["bsn"] == 12345672
    path = write_xlsx_cells(
        tmp_path / "r.xlsx",
        list(COLUMN_NAMES),
        [[r[c] for c in COLUMN_NAMES] for r in (as_float, lost_zero)],
    )

    report = import_file(team, path)

    assert report.committed, report.problems
    assert read_case(team, "REG-FLOAT").young_person.bsn == BSN_A
    assert read_case(team, "REG-NUL").young_person.bsn == BSN_LEADING_ZERO


# --- rejected rows -----------------------------------------------------------------------

BAD_ROWS = {
    "bsn_fails_eleven_test": (
        {"bsn": BSN_A[:-1] + str((int(BSN_A[-1]) + 1) % 10)},
        "bsn",
        "elfproef",
        "11-test",
    ),
    "unreadable_date": (
        {"aanmelddatum": "14 maart 2026"},
        "aanmelddatum",
        "geen geldige datum",
        "not a valid date",
    ),
    "impossible_date": (
        {"geboortedatum": "31-02-2012"},
        "geboortedatum",
        "geen geldige datum",
        "not a valid date",
    ),
    "date_in_future": ({"aanmelddatum": "01-07-2026"}, "aanmelddatum", "toekomst", "future"),
    "birth_after_registration": (
        {"geboortedatum": "2026-03-01"},
        "geboortedatum",
        "na de aanmelddatum",
        "after registration",
    ),
    "unknown_municipality": (
        {"gemeente": "Atlantis"},
        "gemeente",
        "onbekende gemeente",
        "unknown municipality",
    ),
    "unknown_referrer_type": (
        {"verwijzer_type": "buurman"},
        "verwijzer_type",
        "verwijzer",
        "referrer",
    ),
    "unknown_status": ({"status": "in de wacht"}, "status", "onbekende status", "unknown status"),
    "unknown_gender": ({"geslacht": "kat"}, "geslacht", "geslacht", "gender"),
    "unknown_problem_area": (
        {"leefgebieden": "Autisme; Astrologie"},
        "leefgebieden",
        "onbekende waarde",
        "unknown value",
    ),
    "unknown_bottleneck": (
        {"knelpunten": "Te veel regels"},
        "knelpunten",
        "onbekende waarde",
        "unknown value",
    ),
    "missing_first_name": ({"voornaam": ""}, "voornaam", "verplicht", "required"),
    "missing_question": ({"hulpvraag": "   "}, "hulpvraag", "verplicht", "required"),
    "closed_without_closing_date": (
        {"status": "afgesloten", "advies_datum": "01-03-2026"},
        "afsluitdatum",
        "afsluitdatum",
        "closing date",
    ),
    "closing_date_with_open_status": (
        {"status": "in uitvoering", "advies_datum": "01-03-2026", "afsluitdatum": "01-04-2026"},
        "afsluitdatum",
        "niet afgesloten",
        "not closed",
    ),
    "advice_before_registration": (
        {"status": "advies uitgebracht", "advies_datum": "01-01-2026"},
        "advies_datum",
        "vóór de aanmelding",
        "before the registration",
    ),
    "advice_status_without_advice_date": (
        {"status": "in uitvoering"},
        "advies_datum",
        "adviesdatum",
        "advice date",
    ),
    "advice_date_with_status_before_advice": (
        {"status": "in behandeling", "advies_datum": "01-03-2026"},
        "advies_datum",
        "vóór het advies",
        "before the advice",
    ),
    "older_than_23_at_registration": (
        {"geboortedatum": "01-01-2000"},
        "geboortedatum",
        "ouder dan 23",
        "older than 23",
    ),
    "reference_too_long": ({"kenmerk": "K" * 33}, "kenmerk", "langer dan 32", "longer than 32"),
}


@pytest.mark.parametrize(("changes", "column", "nl", "en"), BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_bad_row_is_rejected_with_its_row_column_value_and_reason_in_both_languages(
    open_team, tmp_path, changes, column, nl, en
):
    team = open_team(Role.COORDINATOR)
    bad = row(**changes)
    # Header is row 1; the bad row is the third data row, so spreadsheet row 4.
    rows = [*good_rows(2), bad, *good_rows(2, seed=9)]
    path = registers.write_xlsx(tmp_path / "register.xlsx", rows)

    report = import_file(team, path)

    assert not report.committed
    assert (report.rows_read, report.rejected_rows, report.imported) == (5, 1, 0)
    assert {(p.row, p.column) for p in report.problems} == {(4, column)}
    problem = report.problems[0]
    assert nl in problem.nl
    assert en in problem.en
    expected_value = str(bad[column]).strip()
    if column == "leefgebieden":
        expected_value = "Astrologie"  # the one unknown item of the list, not the whole cell
    assert problem.value == expected_value
    assert case_count(team) == 0


def test_row_numbers_match_the_spreadsheet_when_it_has_empty_lines(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = write_xlsx_cells(
        tmp_path / "r.xlsx",
        list(COLUMN_NAMES),
        [
            [row()[c] for c in COLUMN_NAMES],
            [None] * len(COLUMN_NAMES),
            [row(gemeente="Atlantis")[c] for c in COLUMN_NAMES],
        ],
    )

    report = import_file(team, path)

    assert report.rows_read == 2
    assert [(p.row, p.column) for p in report.problems] == [(4, "gemeente")]


def test_kenmerk_twice_in_the_file_rejects_the_second_and_names_the_first(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    rows = [row(kenmerk="REG-7"), row(voornaam="Bram"), row(kenmerk="reg-7", voornaam="Luuk")]

    report = import_file(team, registers.write_csv(tmp_path / "r.csv", rows))

    assert [(p.row, p.column, p.value) for p in report.problems] == [(4, "kenmerk", "reg-7")]
    assert "rij 2" in report.problems[0].nl
    assert "row 2" in report.problems[0].en
    assert case_count(team) == 0


def test_kenmerk_that_already_exists_in_the_database_is_rejected(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    assert import_file(
        team, registers.write_csv(tmp_path / "eerste.csv", [row(kenmerk="REG-OUD-1")])
    ).committed

    report = import_file(
        team, registers.write_csv(tmp_path / "tweede.csv", [row(kenmerk="reg-oud-1")])
    )

    assert [(p.row, p.column) for p in report.problems] == [(2, "kenmerk")]
    assert "bestaat al" in report.problems[0].nl
    assert "already exists" in report.problems[0].en
    assert case_count(team) == 1


# --- all or nothing ----------------------------------------------------------------------


def test_one_bad_row_among_good_ones_imports_nothing(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    assert import_file(
        team, registers.write_csv(tmp_path / "eerder.csv", good_rows(3, seed=1))
    ).committed
    before = case_count(team)
    rows = [*good_rows(6), row(gemeente="Atlantis")]

    report = import_file(team, registers.write_xlsx(tmp_path / "register.xlsx", rows))

    assert report.committed is False
    assert (report.imported, report.references) == (0, [])
    assert (report.rows_read, report.rejected_rows) == (7, 1)
    assert case_count(team) == before


def test_refused_import_leaves_only_its_refusal_in_the_access_log(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    last = last_log_id(team)

    import_file(
        team, registers.write_xlsx(tmp_path / "register.xlsx", [*good_rows(4), row(status="?")])
    )

    entries = log_entries_after(team, last)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.outcome == AuditOutcome.FAILED
    assert entry.case_id is None
    assert "register.xlsx" in entry.detail and "refused" in entry.detail


def test_accept_valid_imports_the_good_rows_and_reports_the_bad_ones(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    rows = [*good_rows(4), row(gemeente="Atlantis"), row(status="in de wacht")]

    report = import_file(
        team, registers.write_xlsx(tmp_path / "register.xlsx", rows), accept_valid=True
    )

    assert report.committed
    assert (report.imported, report.rejected_rows, report.rows_read) == (4, 2, 6)
    assert [(p.row, p.column) for p in report.problems] == [(6, "gemeente"), (7, "status")]
    assert case_count(team) == 4


def test_bsn_already_in_the_database_is_a_warning_not_a_rejection(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    assert import_file(
        team, registers.write_csv(tmp_path / "eerste.csv", [row(bsn=BSN_B)])
    ).committed

    report = import_file(
        team, registers.write_csv(tmp_path / "tweede.csv", [row(bsn=BSN_C), row(bsn=BSN_B)])
    )

    assert report.committed and report.ok
    assert report.imported == 2
    assert [(w.row, w.column) for w in report.warnings] == [(3, "bsn")]
    assert "mogelijk dubbel" in report.warnings[0].nl
    assert "possible duplicate" in report.warnings[0].en
    assert case_count(team) == 3


# --- files that cannot be read -----------------------------------------------------------


def test_missing_required_column_is_named_and_nothing_is_imported(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    columns = tuple(c for c in COLUMN_NAMES if c != "geboortedatum")
    path = registers.write_xlsx(tmp_path / "register.xlsx", good_rows(3), columns=columns)
    last = last_log_id(team)

    with pytest.raises(ImportFileError) as raised:
        import_file(team, path)

    assert "geboortedatum" in raised.value.text("nl")
    assert "geboortedatum" in raised.value.text("en")
    assert "niets geïmporteerd" in raised.value.text("nl")
    assert case_count(team) == 0
    assert last_log_id(team) == last


def _text_renamed_xlsx(path: Path) -> Path:
    path = path / "register.xlsx"
    path.write_text("kenmerk;aanmelddatum\nREG-1;01-01-2026\n", encoding="utf-8")
    return path


def _empty_xlsx(path: Path) -> Path:
    path = path / "register.xlsx"
    path.write_bytes(b"")
    return path


def _empty_csv(path: Path) -> Path:
    path = path / "register.csv"
    path.write_bytes(b"")
    return path


def _missing(path: Path) -> Path:
    return path / "bestaat-niet.xlsx"


def _pdf(path: Path) -> Path:
    path = path / "register.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    return path


def _csv_with_runaway_quote(path: Path) -> Path:
    """A stray opening quote makes the rest of a big register one endless field."""
    target = path / "register.csv"
    header = ";".join(COLUMN_NAMES)
    line = ";".join(str(row()[c]) for c in COLUMN_NAMES).replace('"', "")
    body = "\n".join([line] * 1500)
    target.write_text(f'{header}\n"{body}\n', encoding="utf-8")
    return target


UNREADABLE = {
    "text_renamed_xlsx": (_text_renamed_xlsx, "geen geldig Excel", "not a valid Excel"),
    "empty_xlsx": (_empty_xlsx, "geen geldig Excel", "not a valid Excel"),
    "empty_csv": (_empty_csv, "leeg", "empty"),
    "missing_file": (_missing, "bestaat niet", "does not exist"),
    "pdf": (_pdf, ".xlsx en .csv", ".xlsx and .csv"),
    "csv_with_runaway_quote": (_csv_with_runaway_quote, "aanhalingstekens", "quotation marks"),
}


@pytest.mark.parametrize(("make", "nl", "en"), UNREADABLE.values(), ids=UNREADABLE.keys())
def test_unreadable_file_is_refused_with_a_reason_and_changes_nothing(
    open_team, tmp_path, make, nl, en
):
    team = open_team(Role.COORDINATOR)
    folder = tmp_path / "in"
    folder.mkdir()
    path = make(folder)
    last = last_log_id(team)

    with pytest.raises(ImportFileError) as raised:
        import_file(team, path)

    assert path.name in raised.value.text("nl") and nl in raised.value.text("nl")
    assert path.name in raised.value.text("en") and en in raised.value.text("en")
    assert case_count(team) == 0
    assert last_log_id(team) == last


# --- cancelling and progress -------------------------------------------------------------


def test_cancel_while_rows_are_checked_stops_and_writes_nothing(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(tmp_path / "r.csv", good_rows(600))
    progress: list[tuple[int, int]] = []
    progress_when_asked: list[list[tuple[int, int]]] = []
    last = last_log_id(team)

    def cancelled() -> bool:
        progress_when_asked.append(list(progress))
        return True

    with pytest.raises(ImportCancelled) as raised:
        import_file(team, path, cancelled=cancelled, progress=lambda d, t: progress.append((d, t)))

    # Asked once, after the first 250 of 600 rows were checked: long before any writing.
    assert progress_when_asked == [[(250, 1200)]]
    assert "afgebroken" in raised.value.text("nl").lower()
    assert "cancelled" in raised.value.text("en").lower()
    assert case_count(team) == 0
    assert last_log_id(team) == last


def test_cancel_after_the_first_batch_is_written_rolls_it_back(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(tmp_path / "r.csv", good_rows(40))
    last = last_log_id(team)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return True  # only asked between written batches for a file this small

    with pytest.raises(ImportCancelled):
        import_file(team, path, cancelled=cancelled)

    assert calls == 1
    assert case_count(team) == 0
    assert last_log_id(team) == last


def test_progress_rises_to_the_total(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(tmp_path / "r.csv", good_rows(700))
    calls: list[tuple[int, int]] = []

    import_file(team, path, progress=lambda done, total: calls.append((done, total)))

    done = [d for d, _ in calls]
    assert len(calls) >= 3
    assert done == sorted(set(done))  # strictly increasing
    assert {t for _, t in calls} == {1400}
    assert calls[-1] == (1400, 1400)


# --- who may import, and what the access log keeps ---------------------------------------


def test_team_member_may_not_import_and_the_refusal_is_logged(open_team, tmp_path):
    team = open_team(Role.LID)
    path = registers.write_xlsx(tmp_path / "register.xlsx", good_rows(3))
    last = last_log_id(team)

    with pytest.raises(NotAllowed) as raised:
        import_file(team, path)

    assert raised.value.text("nl") and raised.value.text("en")
    assert case_count(team) == 0
    entries = log_entries_after(team, last)
    assert [(e.outcome, e.member_role, e.detail) for e in entries] == [
        (AuditOutcome.REFUSED, Role.LID, "register.import")
    ]


def test_every_imported_case_has_exactly_one_create_entry_in_the_access_log(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    last = last_log_id(team)

    report = import_file(team, registers.write_xlsx(tmp_path / "register.xlsx", good_rows(7)))

    with team.unit_of_work(write=False) as uow:
        ids = {
            ref: case_id for ref, case_id in uow.session.execute(select(Case.reference, Case.id))
        }
    created = [
        e for e in log_entries_after(team, last) if e.action == AuditAction.CREATE and e.case_id
    ]
    assert Counter(e.case_id for e in created) == Counter(ids[ref] for ref in report.references)
    assert {e.case_reference for e in created} == set(report.references)
    assert all(e.outcome == AuditOutcome.SUCCESS for e in created)


# --- the report as a file ----------------------------------------------------------------


def test_report_csv_has_one_line_per_problem_and_defuses_formulas(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    formula = '=HYPERLINK("http://voorbeeld.invalid/x","klik")'
    rows = [
        row(kenmerk=formula),  # too long: rejected, with its value in the report
        row(gemeente="Atlantis", status="zoek"),  # two problems in one row
        row(bsn=BSN_A),
        row(bsn=BSN_A),  # warning: same BSN as the row before
    ]
    report = import_file(team, registers.write_csv(tmp_path / "r.csv", rows))
    assert (len(report.problems), len(report.warnings)) == (3, 1)

    target = tmp_path / "afgewezen.csv"
    write_report_csv(report, target)

    raw = target.read_text(encoding="utf-8-sig")
    assert len(raw.splitlines()) == 1 + 3 + 1
    lines = list(csv.reader(raw.splitlines(), delimiter=";"))
    assert lines[0] == ["rij", "kolom", "waarde", "probleem", "soort"]
    kenmerk_line = next(line for line in lines if line[1] == "kenmerk")
    assert kenmerk_line[0] == "2"
    assert kenmerk_line[2] == "'" + formula
    assert kenmerk_line[4] == "afgewezen"
    assert [line[4] for line in lines[1:]].count("waarschuwing") == 1
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)


def test_report_csv_in_english_has_english_headers_and_reasons(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    report = import_file(team, registers.write_csv(tmp_path / "r.csv", [row(gemeente="Atlantis")]))

    target = tmp_path / "rejected.csv"
    write_report_csv(report, target, language="en")

    lines = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert lines == [
        ["row", "column", "value", "problem", "kind"],
        ["2", "gemeente", "Atlantis", "unknown municipality (name or CBS code)", "rejected"],
    ]


# --- size --------------------------------------------------------------------------------


@pytest.mark.slow
def test_register_of_ten_thousand_rows_imports(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.register(tmp_path / "groot.xlsx", 10_000)

    report = import_file(team, path)

    assert report.committed, report.problems[:5]
    assert report.imported == 10_000
    assert case_count(team) == 10_000
    with team.unit_of_work() as uow:
        found = case_search.status_counts(uow, case_search.CaseQuery(text="Aanbieder Noord"))
    assert found.total == 10_000  # every row is in the search index


def test_a_register_with_only_its_header_is_refused_not_imported_as_nothing(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_xlsx(tmp_path / "leeg.xlsx", [])
    with pytest.raises(ImportFileError) as refused:
        import_file(team, path)
    assert "geen rijen" in refused.value.message.nl
    assert case_count(team) == 0


def test_a_kenmerk_a_spreadsheet_would_run_as_a_formula_is_rejected(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(tmp_path / "r.csv", [row(kenmerk="=1+1")])
    report = import_file(team, path)
    assert not report.committed
    assert [(p.column, p.value) for p in report.problems] == [("kenmerk", "=1+1")]


def test_excel_unicode_text_export_in_utf16_is_read(open_team, tmp_path):
    team = open_team(Role.COORDINATOR)
    path = registers.write_csv(
        tmp_path / "unicode.txt", [row(voornaam="Zoë")], delimiter="\t", encoding="utf-16"
    )
    report = import_file(team, path)
    assert report.committed and report.imported == 1
