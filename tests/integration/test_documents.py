"""The advice letter and a meeting's agenda and minutes: made through the services on the
real encrypted database, written to disk, and read back as an addressee's PDF reader would.
"""

from __future__ import annotations

import base64
import io
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from expertteam_app.domain.audit import AccessLogEntry
from expertteam_app.domain.enums import AuditAction, RecipientKind, Role
from expertteam_app.services import advice, documents, meetings, settings
from expertteam_app.services.context import TeamSession
from tests.support.advice import Table, plan_table, two_item_draft
from tests.support.team import NOW

TODAY = NOW.date()
MARKUP = '<img src="/etc/passwd"/> <b>vet</b> &amp; <para>'


def hostile(label: str) -> str:
    """Free text full of reportlab markup, labelled so each field can be found."""
    return f"{label} {MARKUP}"


def squeezed(text: str) -> str:
    """Without any whitespace: a line break in a narrow table cell may fall anywhere."""
    return "".join(text.split())


class Pdf:
    def __init__(self, path: Path) -> None:
        self.reader = PdfReader(path)
        self.pages = [" ".join(p.extract_text().split()) for p in self.reader.pages]
        self.text = " ".join(self.pages)

    def has_literally(self, value: str) -> bool:
        return squeezed(value) in squeezed(self.text)


def log_entries(team: TeamSession, action: AuditAction) -> list[AccessLogEntry]:
    with team.unit_of_work() as uow:
        return list(
            uow.session.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.action == action)
                .order_by(AccessLogEntry.id)
            )
        )


def drafted(open_team, adjust: Callable[[advice.AdviceDraft], None] | None = None):
    """Three planned cases; the chair drafts an advice for the first (discussed at the
    planned meeting), changed by `adjust` when given."""
    table = plan_table(open_team(Role.COORDINATOR))
    chair = open_team(Role.VOORZITTER)
    draft = two_item_draft(table.provider_ids, today=TODAY)
    draft.meeting_id = table.meeting_id
    if adjust is not None:
        adjust(draft)
    with chair.unit_of_work() as uow:
        state = advice.save_draft(uow, table.case_ids[0], draft)
    assert state.draft is not None
    return chair, table, state.draft.id


def issued(open_team, adjust: Callable[[advice.AdviceDraft], None] | None = None):
    chair, table, advice_id = drafted(open_team, adjust)
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, advice_id)
    return chair, table, advice_id


def export_letter(team: TeamSession, advice_id: int, target: Path, progress=None) -> Pdf:
    with team.unit_of_work() as uow:
        written = documents.export_advice_letter(uow, advice_id, target, progress)
    assert written == target
    return Pdf(target)


def assert_every_page_is_confidential_and_numbered(pdf: Pdf) -> None:
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert "Vertrouwelijk" in page, number
        assert f"Pagina {number} van {total}" in page, number


# --- the advice letter -------------------------------------------------------------------


def test_the_issued_letter_shows_care_goals_funding_the_chair_and_the_objection_route(
    open_team, tmp_path
):
    chair, table, advice_id = issued(open_team)
    target = tmp_path / "advies.pdf"
    reports: list[tuple[int, int]] = []
    pdf = export_letter(chair, advice_id, target, lambda done, total: reports.append((done, total)))

    text = pdf.text
    assert "Bindend advies over Daan van der Berg" in text
    assert "15 juni 2026" in text  # the letter's date, written out in Dutch
    assert "in het overleg van 18 juni 2026" in text
    assert "Kenmerk" in text and "versie 1" in text
    # The addressees, with their kind.
    assert "Verwijzer" in text and "Els Wijkwerker" in text and "Gemeente Groningen" in text
    # Care items as a table: kind, provider, intensity, latest start, municipality, cost.
    assert "Intensieve ambulante gezinsbehandeling" in text and "Gezinshuis" in text
    assert pdf.has_literally("Zorggroep Horizon (synthetisch)")
    assert pdf.has_literally("Gezinshuis De Linde (synthetisch)")
    assert "3 uur per week, 6 maanden" in text and "Voltijds" in text
    assert (TODAY + timedelta(days=13)).strftime("%d-%m-%Y") in text
    assert "€ 12.500,50" in text and "€ 48.000,00" in text
    assert "Start met gezinsgesprek" in text  # the item's note
    # Funding: per municipality and in total, in Dutch notation.
    assert "€ 60.500,50" in text and "Totaal" in text
    # Both goals with how they are measured and their dates.
    assert pdf.has_literally("Daan gaat weer drie dagen per week naar school")
    assert pdf.has_literally("Moeder voelt zich gesteund in de opvoeding")
    assert pdf.has_literally("Aanwezigheid volgens schoolregistratie")
    assert (TODAY + timedelta(days=230)).strftime("%d-%m-%Y") in text
    # Case director, rationale, binding nature, signature.
    assert "Els Wijkwerker (Wijkteam Noord)" in text and "regiehouder" in text
    assert pdf.has_literally("de wachtlijst is te lang")
    assert " ".join(settings.DEFAULT_OBJECTION_ROUTE.split()) in text
    assert "Vera Voorzit voorzitter Expertteam Testregio" in text
    assert "CONCEPT" not in text
    assert_every_page_is_confidential_and_numbered(pdf)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    exports = [e for e in log_entries(chair, AuditAction.EXPORT) if e.case_id == table.case_ids[0]]
    assert [e.detail for e in exports] == ["advice letter v1"]
    assert exports[0].member_name == "Vera Voorzit"
    assert reports[-1][0] == reports[-1][1] and len(reports) >= 3
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)


def test_the_letter_shows_the_bsn_only_when_the_team_allows_it(open_team, tmp_path):
    chair, _table, advice_id = issued(open_team)
    pdf = export_letter(chair, advice_id, tmp_path / "zonder.pdf")
    assert "111222333" not in squeezed(pdf.text) and "BSN" not in pdf.text

    with open_team(Role.BEHEERDER).unit_of_work() as uow:
        settings.update_settings(uow, bsn_in_letters=True)
    pdf = export_letter(chair, advice_id, tmp_path / "met.pdf")
    assert "BSN 111222333" in pdf.text


def test_user_text_in_the_letter_is_printed_literally_never_read_as_markup(open_team, tmp_path):
    def full_of_markup(draft: advice.AdviceDraft) -> None:
        draft.rationale = hostile("rationale")
        draft.case_director_name = hostile("director")
        draft.case_director_organisation = hostile("organisation")
        draft.care_items = [
            replace(draft.care_items[0], intensity=hostile("intensity"), notes=hostile("notes")),
            draft.care_items[1],
        ]
        draft.goals = [
            replace(draft.goals[0], description=hostile("goal"), measure=hostile("measure")),
            draft.goals[1],
        ]
        draft.recipients = [
            advice.RecipientInput(RecipientKind.OTHER, hostile("recipient"), hostile("address")),
            *draft.recipients,
        ]

    chair, table, _first = issued(open_team, full_of_markup)
    with chair.unit_of_work() as uow:
        second = advice.new_version(uow, table.case_ids[0], hostile("reason")).draft
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, second.id)

    pdf = export_letter(chair, second.id, tmp_path / "advies-v2.pdf")
    for label in (
        "rationale",
        "director",
        "organisation",
        "intensity",
        "notes",
        "goal",
        "measure",
        "recipient",
        "address",
        "reason",
    ):
        assert pdf.has_literally(hostile(label)), label
    assert "<b>vet</b>" in pdf.text and "&amp; <para>" in pdf.text
    assert not any(page.images for page in pdf.reader.pages)  # nothing was fetched
    assert_every_page_is_confidential_and_numbered(pdf)


def test_a_draft_letter_carries_concept_on_every_page(open_team, tmp_path):
    chair, table, advice_id = drafted(open_team)
    pdf = export_letter(chair, advice_id, tmp_path / "concept.pdf")
    # The large mark across the page, and the footer's note.
    assert all(page.count("CONCEPT") >= 2 for page in pdf.pages)
    assert_every_page_is_confidential_and_numbered(pdf)
    exports = [e for e in log_entries(chair, AuditAction.EXPORT) if e.case_id == table.case_ids[0]]
    assert [e.detail for e in exports] == ["advice letter v1 (draft)"]


def test_version_two_names_the_version_it_replaces_and_the_reason(open_team, tmp_path):
    chair, table, _first = issued(open_team)
    case_id = table.case_ids[0]
    reason = "De aanbieder kan pas drie weken later starten."
    with chair.unit_of_work() as uow:
        second = advice.new_version(uow, case_id, reason).draft
    with chair.unit_of_work() as uow:
        advice.issue_advice(uow, second.id)
    pdf = export_letter(chair, second.id, tmp_path / "advies-v2.pdf")
    assert "Dit advies vervangt versie 1" in pdf.text
    assert f"Reden van de wijziging: {reason}" in pdf.text
    assert "versie 2" in pdf.text and "CONCEPT" not in pdf.text


def test_no_new_care_is_stated_with_its_reason_and_without_a_funding_table(open_team, tmp_path):
    reason = "De lopende hulp past; het gezin heeft vooral regie nodig."

    def no_new_care(draft: advice.AdviceDraft) -> None:
        draft.care_items = []
        draft.no_new_care = True
        draft.no_new_care_reason = reason

    chair, _table, advice_id = issued(open_team, no_new_care)
    pdf = export_letter(chair, advice_id, tmp_path / "advies.pdf")
    assert "Het expertteam adviseert geen nieuwe hulp in te zetten." in pdf.text
    assert f"Reden: {reason}" in pdf.text
    assert "Financiering" not in pdf.text and "€" not in pdf.text
    assert pdf.has_literally("Daan gaat weer drie dagen per week naar school")  # goals stay


def png_logo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (31, 58, 95)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_logo_is_drawn_and_one_that_cannot_be_read_is_left_out(open_team, tmp_path):
    chair, _table, advice_id = issued(open_team)
    admin = open_team(Role.BEHEERDER)
    with admin.unit_of_work() as uow:
        settings.update_settings(
            uow,
            letter_logo_b64=base64.b64encode(png_logo()).decode(),
            letter_address="Postbus 99\n9700 AA Groningen",
            letter_contact="050 000 00 00",
        )
    pdf = export_letter(chair, advice_id, tmp_path / "met-logo.pdf")
    assert len(pdf.reader.pages[0].images) == 1
    assert "Postbus 99 9700 AA Groningen 050 000 00 00" in pdf.text
    assert "Jeugdregio Groningen" in pdf.text

    broken = b"\x89PNG\r\n\x1a\n" + b"niet echt een plaatje" * 20  # passes the settings check
    with admin.unit_of_work() as uow:
        settings.update_settings(uow, letter_logo_b64=base64.b64encode(broken).decode())
    pdf = export_letter(chair, advice_id, tmp_path / "kapot-logo.pdf")
    assert not pdf.reader.pages[0].images
    assert "Bindend advies over Daan van der Berg" in pdf.text


def test_a_failed_export_leaves_no_file_and_no_export_entry(open_team, tmp_path):
    chair, table, advice_id = issued(open_team)
    target = tmp_path / "bestaat-niet" / "advies.pdf"
    with pytest.raises(OSError), chair.unit_of_work() as uow:
        documents.export_advice_letter(uow, advice_id, target)
    assert not target.exists()
    assert not target.parent.exists()
    exports = [e for e in log_entries(chair, AuditAction.EXPORT) if e.case_id == table.case_ids[0]]
    assert exports == []


# --- agenda and minutes --------------------------------------------------------------------


def export_meeting(
    team: TeamSession, table: Table, kind: documents.MeetingDocumentKind, target: Path
) -> Pdf:
    with team.unit_of_work() as uow:
        documents.export_meeting_document(uow, table.meeting_id, kind, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    return Pdf(target)


def references(team: TeamSession, table: Table) -> list[str]:
    with team.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    return [item.case_reference for item in view.agenda]


def test_the_agenda_lists_cases_guests_and_preparation_and_logs_a_print_per_case(
    open_team, tmp_path
):
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    member = open_team(Role.LID)  # a member may print the agenda
    pdf = export_meeting(member, table, documents.MeetingDocumentKind.AGENDA, tmp_path / "a.pdf")

    text = pdf.text
    assert text.startswith("Expertteam Testregio")
    assert "Agenda" in text and "Casusoverleg juni" in text
    assert "donderdag 18 juni 2026" in text and "14:00 uur" in text
    assert "Gemeentehuis, zaal 2" in text
    assert "Voorzitter Vera Voorzit" in text
    assert "Cor Coördinator" in text and "Lies Lid" in text and "Bea Beheer" in text
    # Guests: name, role, organisation, for which case.
    assert "Els Wijkwerker Verwijzer Wijkteam Noord het hele overleg" in text
    first, second, third = references(coordinator, table)
    assert f"Anja van der Berg Ouder of voogd — {first}" in text
    # The numbered agenda: reference, name, status and preparation.
    assert f"1. {first} – Daan van der Berg" in text
    assert f"2. {second} – Sanne van der Visser" in text
    assert f"3. {third} – Milan van der Bakker" in text
    assert "Status: Geagendeerd" in text
    assert "Wachtlijst autismezorg; school loopt vast." in text
    assert "Geen voorbereiding vastgelegd." in text
    assert "Plaatsing ver van huis dreigt." in text
    assert_every_page_is_confidential_and_numbered(pdf)

    prints = [
        e
        for e in log_entries(member, AuditAction.PRINT)
        if e.detail == f"meeting {table.meeting_id} agenda"
    ]
    assert sorted(e.case_id for e in prints) == sorted(table.case_ids)
    assert {e.member_name for e in prints} == {"Lies Lid"}


def test_the_minutes_show_discussion_agreements_and_actions_per_case(open_team, tmp_path):
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    with coordinator.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    with coordinator.unit_of_work() as uow:
        meetings.save_minutes(
            uow,
            view.agenda[0].id,
            meetings.MinutesInput(
                discussion="Moeder vertelt dat Daan sinds maart thuis zit.",
                agreements="Advies binnen een week.",
                actions=(
                    meetings.ActionInput(
                        "Cor Coördinator", "Adviesbrief opstellen", date(2026, 6, 22)
                    ),
                    meetings.ActionInput("Els Wijkwerker", "School informeren"),
                ),
            ),
        )
    pdf = export_meeting(
        coordinator, table, documents.MeetingDocumentKind.MINUTES, tmp_path / "verslag.pdf"
    )
    text = pdf.text
    first, second, third = references(coordinator, table)
    assert "Verslag" in text and "Casusoverleg juni" in text
    for reference in (first, second, third):
        assert reference in text
    assert "Bespreking Moeder vertelt dat Daan sinds maart thuis zit." in text
    assert "Afspraken Advies binnen een week." in text
    assert "Wie Wat Wanneer" in text
    assert "Cor Coördinator Adviesbrief opstellen 22-06-2026" in text
    assert "Els Wijkwerker School informeren —" in text
    assert text.count("Over deze casus is geen verslag vastgelegd.") == 2
    assert_every_page_is_confidential_and_numbered(pdf)
    prints = [
        e
        for e in log_entries(coordinator, AuditAction.PRINT)
        if e.detail == f"meeting {table.meeting_id} minutes"
    ]
    assert sorted(e.case_id for e in prints) == sorted(table.case_ids)


def test_user_text_in_the_agenda_and_minutes_is_printed_literally(open_team, tmp_path):
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    with coordinator.unit_of_work() as uow:
        view = meetings.get_meeting(uow, table.meeting_id)
    data = view.to_input()
    data.title = hostile("title")
    data.place = hostile("place")
    data.notes = hostile("announcement")
    data.guests = [
        meetings.GuestInput(hostile("guest"), g.role, hostile("organisation"), g.case_id)
        for g in data.guests
    ]
    data.agenda = [meetings.AgendaInput(a.case_id, hostile("preparation")) for a in data.agenda]
    with coordinator.unit_of_work() as uow:
        meetings.update_meeting(uow, table.meeting_id, data)
    with coordinator.unit_of_work() as uow:
        meetings.save_minutes(
            uow,
            view.agenda[0].id,
            meetings.MinutesInput(
                discussion=hostile("discussion"),
                agreements=hostile("agreements"),
                actions=(meetings.ActionInput(hostile("who"), hostile("what"), TODAY),),
            ),
        )

    agenda = export_meeting(
        coordinator, table, documents.MeetingDocumentKind.AGENDA, tmp_path / "agenda.pdf"
    )
    minutes = export_meeting(
        coordinator, table, documents.MeetingDocumentKind.MINUTES, tmp_path / "verslag.pdf"
    )
    for label in ("title", "place", "announcement", "guest", "organisation", "preparation"):
        assert agenda.has_literally(hostile(label)), label
    for label in (
        "title",
        "place",
        "announcement",
        "guest",
        "organisation",
        "discussion",
        "agreements",
        "who",
        "what",
    ):
        assert minutes.has_literally(hostile(label)), label
    for pdf in (agenda, minutes):
        assert "<b>vet</b>" in pdf.text
        assert not any(page.images for page in pdf.reader.pages)
        assert_every_page_is_confidential_and_numbered(pdf)


def test_a_failed_meeting_export_leaves_no_file(open_team, tmp_path):
    coordinator = open_team(Role.COORDINATOR)
    table = plan_table(coordinator)
    target = tmp_path / "bestaat-niet" / "agenda.pdf"
    with pytest.raises(OSError), coordinator.unit_of_work() as uow:
        documents.export_meeting_document(
            uow, table.meeting_id, documents.MeetingDocumentKind.AGENDA, target
        )
    assert not target.exists()
    # The print entries were rolled back with the failed unit of work.
    assert log_entries(coordinator, AuditAction.PRINT) == []
