"""Funding by municipalities on a real encrypted team database: requests per care item of
the issued advice, decisions with their history, a dispute about who pays, and the
overview per municipality per year that adds up to the cent in the window's numbers, the
CSV and the XLSX."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    DisputeSubject,
    FundingDecision,
    Role,
)
from expertteam_app.errors import InvalidTransition, NotAllowed, ValidationError
from expertteam_app.services import funding, funding_overview
from expertteam_app.services.context import FixedClock, TeamSession
from expertteam_app.services.funding import FundingRequestInput
from expertteam_app.services.table_export import ExportFailed
from tests.support.advice import plan_table
from tests.support.followup import Advised, issue_first_advice
from tests.support.team import NOW

D = FundingDecision
TODAY = NOW.date()  # the advice is issued on this day
LATER = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)  # a clock that has two calendar years behind it


def advised(open_team) -> Advised:
    table = plan_table(open_team(Role.COORDINATOR))
    return issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)


def log_entries(team: TeamSession, action: AuditAction) -> list[AccessLogEntry]:
    with team.unit_of_work() as uow:
        return list(
            uow.session.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.action == action)
                .order_by(AccessLogEntry.id)
            )
        )


def request(
    team: TeamSession,
    care_item_id: int,
    amount: str,
    *,
    on: date = TODAY,
    municipality: str = "GM0014",
    period: tuple[date | None, date | None] = (None, None),
    documents: str = "",
) -> funding.CaseFunding:
    with team.unit_of_work() as uow:
        return funding.request_funding(
            uow,
            care_item_id,
            FundingRequestInput(municipality, Decimal(amount), on, *period, documents),
        )


def only_request(state: funding.CaseFunding, care_item_id: int) -> funding.FundingRequestView:
    item = next(i for i in state.items if i.care_item_id == care_item_id)
    assert len(item.requests) == 1
    return item.requests[0]


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.en for p in exc.value.problems}


# --- a request refused, disputed and committed ------------------------------------------------


def test_a_refused_request_is_disputed_about_the_residence_principle_and_then_committed(
    open_team,
):
    case = advised(open_team)
    coordinator = open_team(Role.COORDINATOR, FixedClock(NOW + timedelta(days=60)))
    item = case.care_item_ids[0]
    state = request(
        coordinator,
        item,
        "12500.50",
        on=TODAY + timedelta(days=2),
        period=(TODAY + timedelta(days=13), TODAY + timedelta(days=195)),
        documents="Aanvraagformulier\nBeschikking advies",
    )
    first = only_request(state, item)
    assert first.decision == D.REQUESTED and first.committed_amount is None
    assert first.municipality.code == "GM0014" and first.municipality.label == "Groningen"
    assert state.requested_total == Decimal("12500.50") and state.committed_total == 0
    assert state.expected_total == Decimal("60500.50") and state.may_record

    # A refusal without a reason is not recorded.
    with pytest.raises(ValidationError) as no_reason, coordinator.unit_of_work() as uow:
        funding.record_decision(uow, first.id, D.REFUSED, on=TODAY + timedelta(days=20))
    assert "reason" in problems(no_reason)["note"]

    with coordinator.unit_of_work() as uow:
        state = funding.record_decision(
            uow,
            first.id,
            D.REFUSED,
            on=TODAY + timedelta(days=20),
            reference="GRN/2026/0042",
            note="Jeugdige woont volgens de gemeente in Zeist.",
            expected_row_version=first.row_version,
        )
    refused = only_request(state, item)
    assert refused.decision == D.REFUSED and refused.decided_on == TODAY + timedelta(days=20)
    assert refused.committed_amount is None and refused.decision_reference == "GRN/2026/0042"
    assert refused.row_version > first.row_version

    # A stale screen cannot overwrite the refusal.
    with pytest.raises(InvalidTransition) as stale, coordinator.unit_of_work() as uow:
        funding.record_decision(
            uow,
            first.id,
            D.COMMITTED,
            on=TODAY + timedelta(days=21),
            committed_amount=Decimal("100"),
            expected_row_version=first.row_version,
        )
    assert "Someone else changed" in stale.value.message.en

    with coordinator.unit_of_work() as uow:
        state = funding.open_dispute(
            uow,
            refused.id,
            parties="Gemeente Groningen, Gemeente Zeist",
            subject=DisputeSubject.RESIDENCE_PRINCIPLE,
            subject_note="Gezag bij moeder in Groningen; verblijf in Zeist.",
            on=TODAY + timedelta(days=25),
            expected_row_version=refused.row_version,
        )
    disputed = only_request(state, item)
    assert disputed.decision == D.DISPUTED
    dispute = disputed.open_dispute
    assert dispute is not None and dispute.subject == DisputeSubject.RESIDENCE_PRINCIPLE
    assert dispute.parties == "Gemeente Groningen, Gemeente Zeist"

    # While the dispute runs, its end records the decision, and only one dispute runs.
    with pytest.raises(InvalidTransition), coordinator.unit_of_work() as uow:
        funding.record_decision(
            uow, disputed.id, D.COMMITTED, on=TODAY + timedelta(days=26), committed_amount=1
        )
    with pytest.raises(InvalidTransition), coordinator.unit_of_work() as uow:
        funding.open_dispute(
            uow,
            disputed.id,
            parties="x",
            subject=DisputeSubject.AMOUNT,
            on=TODAY + timedelta(days=26),
        )

    with coordinator.unit_of_work() as uow:
        state = funding.end_dispute(
            uow,
            dispute.id,
            on=TODAY + timedelta(days=50),
            outcome="Woonplaatsbeginsel: gezag bij moeder, dus Groningen betaalt.",
            decision=D.COMMITTED,
            committed_amount=Decimal("12500.50"),
            reference="GRN/2026/0077",
        )
    committed = only_request(state, item)
    assert committed.decision == D.COMMITTED
    assert committed.committed_amount == Decimal("12500.50")
    assert committed.decided_on == TODAY + timedelta(days=50)
    assert committed.decision_reference == "GRN/2026/0077"
    assert committed.open_dispute is None
    ended = committed.disputes[0]
    assert ended.ended_on == TODAY + timedelta(days=50)
    assert ended.outcome.startswith("Woonplaatsbeginsel")
    assert state.committed_total == Decimal("12500.50")

    # The whole history, in order, by whom.
    history = [
        (e.decision, e.occurred_on, e.amount, e.reference, e.member_name) for e in committed.events
    ]
    assert history == [
        (D.REQUESTED, TODAY + timedelta(days=2), Decimal("12500.50"), "", "Cor Coördinator"),
        (D.REFUSED, TODAY + timedelta(days=20), None, "GRN/2026/0042", "Cor Coördinator"),
        (D.DISPUTED, TODAY + timedelta(days=25), None, "", "Cor Coördinator"),
        (D.COMMITTED, TODAY + timedelta(days=50), Decimal("12500.50"), "GRN/2026/0077",
         "Cor Coördinator"),
    ]  # fmt: skip
    assert committed.events[1].note == "Jeugdige woont volgens de gemeente in Zeist."
    assert "Woonplaatsbeginsel" in committed.events[2].note
    assert committed.events[3].note.startswith("Woonplaatsbeginsel: gezag")

    # Read back in a new unit of work, as the window would.
    with coordinator.unit_of_work() as uow:
        again = funding.case_funding(uow, case.case_id)
    assert again == state

    changes = [e.detail for e in log_entries(coordinator, AuditAction.CHANGE)]
    assert f"funding: request {first.id} refused" in changes
    assert f"funding: request {first.id} disputed" in changes
    assert f"funding: dispute {dispute.id} ended, request {first.id} committed" in changes
    details = " ".join(changes)
    assert "Zeist" not in details and "Groningen" not in details  # no case content in the log


def test_split_funding_and_a_new_period_are_separate_requests_on_one_care_item(open_team):
    case = advised(open_team)
    coordinator = open_team(Role.COORDINATOR, FixedClock(NOW + timedelta(days=40)))
    item = case.care_item_ids[1]
    request(coordinator, item, "24000.00", municipality="GM0014")
    request(coordinator, item, "24000.00", municipality="GM0355")
    state = request(coordinator, item, "9999.99", on=TODAY + timedelta(days=40))
    requests = next(i for i in state.items if i.care_item_id == item).requests
    assert [r.municipality.code for r in requests] == ["GM0014", "GM0355", "GM0014"]
    assert state.requested_total == Decimal("57999.99")


# --- rules ------------------------------------------------------------------------------------


def test_amounts_dates_and_periods_are_checked(open_team):
    case = advised(open_team)
    coordinator = open_team(Role.COORDINATOR, FixedClock(NOW + timedelta(days=10)))
    item = case.care_item_ids[0]
    with pytest.raises(ValidationError) as wrong, coordinator.unit_of_work() as uow:
        funding.request_funding(
            uow,
            item,
            FundingRequestInput(
                "GM9999",
                Decimal("100.005"),
                TODAY + timedelta(days=11),
                TODAY + timedelta(days=30),
                TODAY + timedelta(days=29),
            ),
        )
    found = problems(wrong)
    assert "two decimals" in found["requested_amount"]
    assert "future" in found["requested_on"]
    assert "ends before" in found["period_to"]
    assert "municipality" in found["municipality_code"]

    for amount, message in (("0", "above 0"), ("-5", "above 0"), ("20000000", "implausibly")):
        with pytest.raises(ValidationError) as bad, coordinator.unit_of_work() as uow:
            funding.request_funding(
                uow, item, FundingRequestInput("GM0014", Decimal(amount), TODAY)
            )
        assert message in problems(bad)["requested_amount"]
    with pytest.raises(ValidationError) as before, coordinator.unit_of_work() as uow:
        funding.request_funding(
            uow, item, FundingRequestInput("GM0014", Decimal(1), TODAY - timedelta(days=1))
        )
    assert "before the advice" in problems(before)["requested_on"]

    first = only_request(request(coordinator, item, "1000.00", on=TODAY + timedelta(days=3)), item)
    for kwargs, field, message in (
        ({"committed_amount": Decimal("1000.01")}, "committed_amount", "more than was requested"),
        ({"committed_amount": Decimal("999.999")}, "committed_amount", "two decimals"),
        ({"committed_amount": None}, "committed_amount", "Fill in"),
        ({"committed_amount": Decimal("0")}, "committed_amount", "above 0"),
    ):
        with pytest.raises(ValidationError) as bad, coordinator.unit_of_work() as uow:
            funding.record_decision(
                uow, first.id, D.COMMITTED, on=TODAY + timedelta(days=5), **kwargs
            )
        assert message in problems(bad)[field]
    for on, message in (
        (TODAY + timedelta(days=11), "future"),
        (TODAY + timedelta(days=2), "before the previous step"),
    ):
        with pytest.raises(ValidationError) as bad, coordinator.unit_of_work() as uow:
            funding.record_decision(
                uow, first.id, D.COMMITTED, on=on, committed_amount=Decimal("500")
            )
        assert message in problems(bad)["on"]
    with pytest.raises(ValidationError) as long_reference, coordinator.unit_of_work() as uow:
        funding.record_decision(
            uow,
            first.id,
            D.COMMITTED,
            on=TODAY + timedelta(days=5),
            committed_amount=Decimal("500"),
            reference="x" * 81,
        )
    assert "at most 80" in problems(long_reference)["reference"]
    with pytest.raises(InvalidTransition), coordinator.unit_of_work() as uow:
        funding.record_decision(uow, first.id, D.DISPUTED, on=TODAY + timedelta(days=5))

    # A partial commitment is fine and leaves the rest to a new request.
    with coordinator.unit_of_work() as uow:
        state = funding.record_decision(
            uow,
            first.id,
            D.COMMITTED,
            on=TODAY + timedelta(days=5),
            committed_amount=Decimal("750"),
        )
    assert only_request(state, item).committed_amount == Decimal("750.00")
    # Nothing half-recorded by the refused attempts: requested, then committed.
    assert [e.decision for e in only_request(state, item).events] == [D.REQUESTED, D.COMMITTED]


def test_a_member_may_read_the_funding_but_not_record_it_and_the_refusal_is_logged(
    open_team, tmp_path
):
    case = advised(open_team)
    member = open_team(Role.LID)
    with member.unit_of_work() as uow:
        state = funding.case_funding(uow, case.case_id)
    assert not state.may_record and len(state.items) == 2
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        funding.request_funding(
            uow, case.care_item_ids[0], FundingRequestInput("GM0014", Decimal("10"), TODAY)
        )
    refused = [
        e
        for e in log_entries(member, AuditAction.CHANGE)
        if e.outcome == AuditOutcome.REFUSED and e.case_id == case.case_id
    ]
    assert [e.member_name for e in refused] == ["Lies Lid"]
    reads = [e for e in log_entries(member, AuditAction.READ) if e.detail == "funding"]
    assert [e.member_name for e in reads] == ["Lies Lid"]
    with pytest.raises(NotAllowed), member.unit_of_work() as uow:
        funding_overview.export_overview(uow, tmp_path / "never.csv", "csv")
    assert not (tmp_path / "never.csv").exists()


def test_funding_waits_for_the_issued_advice_and_stops_when_the_case_is_closed(open_team):
    table = plan_table(open_team(Role.COORDINATOR))
    coordinator = open_team(Role.COORDINATOR)
    with coordinator.unit_of_work() as uow:
        before = funding.case_funding(uow, table.case_ids[1])
    assert before.items == () and before.advice_id is None and not before.may_record

    case = issue_first_advice(open_team(Role.VOORZITTER), table, today=TODAY)
    request(coordinator, case.care_item_ids[0], "10.00")
    with coordinator.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE case_file SET status = 'afgesloten' WHERE id = :id"), {"id": case.case_id}
        )
    with pytest.raises(InvalidTransition) as closed, coordinator.unit_of_work() as uow:
        funding.request_funding(
            uow, case.care_item_ids[0], FundingRequestInput("GM0014", Decimal("10"), TODAY)
        )
    assert "closed" in closed.value.message.en.lower()
    with coordinator.unit_of_work() as uow:
        assert not funding.case_funding(uow, case.case_id).may_record


# --- the overview -----------------------------------------------------------------------------

# (care item index, municipality, amount, requested on, decision, committed)
SPREAD = [
    (0, "GM0014", "12500.55", date(2026, 6, 20), D.COMMITTED, "12500.55"),
    (0, "GM0014", "0.45", date(2026, 7, 1), D.REFUSED, None),
    (1, "GM0014", "33.33", date(2027, 1, 5), D.REQUESTED, None),
    (1, "GM0344", "33.33", date(2026, 12, 31), D.COMMITTED, "11.11"),
    (1, "GM0344", "0.45", date(2027, 2, 27), D.REQUESTED, None),
    (0, "GM0344", "12500.55", date(2027, 1, 1), D.DISPUTED, None),
    (1, "GM0014", "7.77", date(2026, 11, 1), D.DISPUTED, "5.55"),
]


def spread_requests(open_team) -> TeamSession:
    """Seven requests with odd cents over two municipalities and two years, on a clock of
    1 March 2027."""
    case = advised(open_team)
    team = open_team(Role.COORDINATOR, FixedClock(LATER))
    for index, code, amount, on, decision, committed in SPREAD:
        state = request(team, case.care_item_ids[index], amount, on=on, municipality=code)
        made = max((r for i in state.items for r in i.requests), key=lambda r: r.id)
        decided = on + timedelta(days=1)
        with team.unit_of_work() as uow:
            if decision in (D.COMMITTED, D.DISPUTED) and committed is not None:
                funding.record_decision(
                    uow, made.id, D.COMMITTED, on=decided, committed_amount=Decimal(committed)
                )
            elif decision in (D.REFUSED, D.DISPUTED):
                funding.record_decision(uow, made.id, D.REFUSED, on=decided, note="Geen grond")
        if decision == D.DISPUTED:
            with team.unit_of_work() as uow:
                funding.open_dispute(
                    uow, made.id, parties="A, B", subject=DisputeSubject.AMOUNT, on=decided
                )
    return team


def test_the_overview_per_municipality_and_year_adds_up_to_the_cent(open_team):
    team = spread_requests(open_team)
    with team.unit_of_work() as uow:
        overview = funding_overview.funding_overview(uow)
    got = {
        (r.municipality.code, r.year): (
            r.totals.requests,
            r.totals.requested,
            r.totals.committed,
            r.totals.refused,
            r.totals.open_count,
            r.totals.open_amount,
        )
        for r in overview.rows
    }
    assert got == {
        ("GM0014", 2026): (3, Decimal("12508.77"), Decimal("12506.10"), 1, 1, Decimal("2.22")),
        ("GM0014", 2027): (1, Decimal("33.33"), Decimal("0.00"), 0, 1, Decimal("33.33")),
        ("GM0344", 2026): (1, Decimal("33.33"), Decimal("11.11"), 0, 0, Decimal("0.00")),
        ("GM0344", 2027): (2, Decimal("12501.00"), Decimal("0.00"), 0, 2, Decimal("12501.00")),
    }
    assert [(r.municipality.label, r.year) for r in overview.rows] == [
        ("Groningen", 2026),
        ("Groningen", 2027),
        ("Utrecht", 2026),
        ("Utrecht", 2027),
    ]
    # The totals row (its own SQL sum) equals the sum of the rows and of the inputs.
    totals = overview.totals
    assert totals.requested == sum(Decimal(s[2]) for s in SPREAD) == Decimal("25076.43")
    assert totals.requested == sum(r.totals.requested for r in overview.rows)
    assert totals.committed == sum(Decimal(s[5] or 0) for s in SPREAD) == Decimal("12517.21")
    assert totals.committed == sum(r.totals.committed for r in overview.rows)
    assert totals.requests == 7 and totals.refused == 1 and totals.open_count == 4
    assert totals.open_amount == sum(r.totals.open_amount for r in overview.rows)
    assert all(isinstance(r.totals.requested, Decimal) for r in overview.rows)

    # Open requests by age on 1 March 2027: requested 2, 55, 59 and 120 days ago.
    bands = [(b.label("en"), b.count, b.amount) for b in overview.by_age]
    assert bands == [
        ("0–14 days", 1, Decimal("0.45")),
        ("15–30 days", 0, Decimal("0.00")),
        ("31–60 days", 2, Decimal("12533.88")),
        ("61–90 days", 0, Decimal("0.00")),
        ("> 90 days", 1, Decimal("2.22")),
    ]
    assert overview.open_count == totals.open_count
    assert overview.open_amount == totals.open_amount
    # Viewing it shows no case and is no access to one.
    assert [e for e in log_entries(team, AuditAction.READ) if "overview" in e.detail] == []


def test_a_later_day_moves_open_requests_to_older_bands(open_team):
    team = spread_requests(open_team)
    with team.unit_of_work() as uow:
        overview = funding_overview.funding_overview(uow, today=date(2027, 6, 1))
    assert [b.count for b in overview.by_age] == [0, 0, 0, 0, 4]


def read_csv(path: Path) -> list[list[list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    sections: list[list[list[str]]] = [[]]
    for row in rows:
        if not row:
            sections.append([])
        else:
            sections[-1].append(row)
    return sections


def dutch(text_value: str) -> Decimal:
    assert "." not in text_value, text_value  # decimal comma, no grouping dots
    return Decimal(text_value.replace(",", "."))


def test_the_csv_export_has_both_tables_in_dutch_notation_and_adds_up(open_team, tmp_path):
    team = spread_requests(open_team)
    target = tmp_path / "financiering.csv"
    with team.unit_of_work() as uow:
        funding_overview.export_overview(uow, target, "csv")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    main, ages = read_csv(target)
    assert main[0] == ["Financiering per gemeente per jaar"]
    header = main[2]
    assert header[:3] == ["CBS-code", "Gemeente", "Jaar"]
    body, total = main[3:-1], main[-1]
    assert [row[:3] for row in body] == [
        ["GM0014", "Groningen", "2026"],
        ["GM0014", "Groningen", "2027"],
        ["GM0344", "Utrecht", "2026"],
        ["GM0344", "Utrecht", "2027"],
    ]
    assert body[0][4] == "12508,77" and body[0][5] == "12506,10"
    requested = header.index("Aangevraagd (EUR)")
    committed = header.index("Toegezegd (EUR)")
    open_amount = header.index("Open (EUR)")
    assert total[1] == "Totaal"
    for column in (requested, committed, open_amount):
        assert dutch(total[column]) == sum(dutch(row[column]) for row in body)
    assert dutch(total[requested]) == Decimal("25076.43")
    assert dutch(total[committed]) == Decimal("12517.21")
    assert int(total[header.index("Aanvragen")]) == sum(int(r[3]) for r in body) == 7

    assert ages[0] == ["Openstaande financieringsaanvragen naar leeftijd"]
    age_rows, age_total = ages[3:-1], ages[-1]
    assert [r[0] for r in age_rows] == [
        "0–14 dagen", "15–30 dagen", "31–60 dagen", "61–90 dagen", "> 90 dagen"
    ]  # fmt: skip
    assert age_total[0] == "Totaal" and int(age_total[1]) == 4
    assert dutch(age_total[2]) == sum(dutch(r[2]) for r in age_rows) == dutch(total[open_amount])

    exports = log_entries(team, AuditAction.EXPORT)
    assert [(e.detail, e.case_id, e.member_name) for e in exports] == [
        ("funding overview (csv)", None, "Cor Coördinator")
    ]


def test_the_xlsx_export_has_two_sheets_with_euro_numbers_that_add_up(open_team, tmp_path):
    team = spread_requests(open_team)
    target = tmp_path / "financiering.xlsx"
    with team.unit_of_work() as uow:
        funding_overview.export_overview(uow, target, "xlsx", language="en")
    book = load_workbook(target)
    assert book.sheetnames == ["Per municipality", "Open by age"]
    sheet = book["Per municipality"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[2])
    requested = header.index("Requested (EUR)")
    body, total = rows[3:-1], rows[-1]
    assert len(body) == 4 and total[1] == "Total"

    def cents(value: object) -> Decimal:
        assert isinstance(value, int | float), value  # a number, not text
        return Decimal(str(value)).quantize(Decimal("0.01"))

    assert [cents(r[requested]) for r in body] == [
        Decimal("12508.77"),
        Decimal("33.33"),
        Decimal("33.33"),
        Decimal("12501.00"),
    ]
    for column in (requested, header.index("Committed (EUR)"), header.index("Open (EUR)")):
        assert cents(total[column]) == sum(cents(r[column]) for r in body)
    assert cents(total[requested]) == Decimal("25076.43")
    money_cell = sheet.cell(row=4, column=requested + 1)
    assert "€" in money_cell.number_format and "0.00" in money_cell.number_format
    assert sheet.cell(row=len(rows), column=2).font.bold

    ages = list(book["Open by age"].iter_rows(values_only=True))
    assert ages[-1][0] == "Total" and ages[-1][1] == 4
    assert cents(ages[-1][2]) == sum(cents(r[2]) for r in ages[3:-1]) == cents(total[-1])


def test_a_municipality_name_that_looks_like_a_formula_is_exported_as_text(open_team, tmp_path):
    team = spread_requests(open_team)
    hostile = '=HYPERLINK("http://example.invalid","Groningen")'
    with team.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE municipality SET name = :n WHERE cbs_code = 'GM0014'"), {"n": hostile}
        )
        funding_overview.export_overview(uow, tmp_path / "f.csv", "csv")
        funding_overview.export_overview(uow, tmp_path / "f.xlsx", "xlsx")
    main, _ages = read_csv(tmp_path / "f.csv")
    assert main[3][1] == "'" + hostile
    sheet = load_workbook(tmp_path / "f.xlsx").worksheets[0]
    cell = sheet.cell(row=4, column=2)
    assert cell.value == "'" + hostile and cell.data_type == "s"


def test_an_export_that_cannot_be_written_leaves_no_file_and_no_log_entry(open_team, tmp_path):
    team = spread_requests(open_team)
    folder = tmp_path / "map"
    folder.mkdir()
    in_the_way = folder / "f.xlsx"  # a folder where the file should go (fails even as root)
    in_the_way.mkdir()
    for target, fmt in ((tmp_path / "bestaat-niet" / "f.csv", "csv"), (in_the_way, "xlsx")):
        with pytest.raises(ExportFailed) as failed, team.unit_of_work() as uow:
            funding_overview.export_overview(uow, target, fmt)
        assert target.name in failed.value.message.nl
        assert "another folder" in failed.value.message.en
        assert not target.is_file()
    assert not (tmp_path / "bestaat-niet").exists()
    assert list(folder.iterdir()) == [in_the_way]  # no temporary file left behind
    assert list(in_the_way.iterdir()) == []
    assert log_entries(team, AuditAction.EXPORT) == []
