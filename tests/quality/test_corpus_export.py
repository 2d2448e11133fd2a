"""The whole corpus through the real learning-table export: one case per narrative in the
encrypted team database, a session over all of them, built and approved, exported as PDF,
CSV and XLSX, read back. No marked identifier of the corpus may be in any format."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from expertteam_app.anonymise.scrubber import Anonymiser
from expertteam_app.domain.enums import (
    ConsentParty,
    Gender,
    ReferrerType,
    Relation,
    Role,
    Urgency,
)
from expertteam_app.domain.names import display_name
from expertteam_app.services import learning
from expertteam_app.services.cases import (
    CareHistoryInput,
    CaseDraft,
    ConsentInput,
    HouseholdMemberInput,
    PersonInput,
)
from expertteam_app.services.context import TeamSession
from expertteam_app.services.retrospective import DecisionInput, RetrospectiveDraft
from tests.corpus.loader import CorpusCase, leaks, load_corpus
from tests.support.cases import register_with_retrospective

CORPUS = load_corpus()
REGISTERED = date(2025, 9, 1)


def case_draft(case: CorpusCase) -> CaseDraft:
    """The case as a coordinator would register it from the narrative's letter."""
    raw: dict[str, Any] = case.raw
    young = raw["young_person"]
    household = [
        HouseholdMemberInput(
            Relation(m["relation"]),
            m["first_name"],
            m.get("name_prefix", ""),
            m["last_name"],
            has_custody=m.get("has_custody", False),
            phone=m.get("phone", ""),
            email=m.get("email", ""),
        )
        for m in raw["household"]
    ]
    consents = [ConsentInput(ConsentParty.YOUNG_PERSON, given_on=REGISTERED)]
    custodian = next((i for i, m in enumerate(household) if m.has_custody), None)
    if custodian is not None:
        consents.append(
            ConsentInput(ConsentParty.CUSTODIAN, given_on=REGISTERED, household_index=custodian)
        )
    referrer = raw["referrer"]
    return CaseDraft(
        young_person=PersonInput(
            young["first_name"],
            young.get("name_prefix", ""),
            young["last_name"],
            date.fromisoformat(young["date_of_birth"]),
            young["bsn"],
            Gender(young["gender"]),
        ),
        registered_on=REGISTERED,
        urgency=Urgency(raw["urgency"]),
        residence_municipality_code=raw["municipality_code"],
        referrer_type=ReferrerType(referrer["type"]),
        referrer_organisation=referrer["organisation"],
        referrer_contact_name=referrer["contact_name"],
        referrer_contact_phone=referrer.get("phone", ""),
        referrer_contact_email=referrer.get("email", ""),
        question=case.text,
        problem_area_codes=["autism", "school_daytime"],
        bottleneck_codes=["waiting_list"],
        household=household,
        care_history=[
            CareHistoryInput(
                item["provider_name"],
                None,
                item["description"],
                date(2024, 1, 1),
                date(2024, 12, 1),
                item["outcome"],
                contact_name=item.get("contact_name", ""),
            )
            for item in raw["care_history"]
        ],
        consents=consents,
        school_name=raw.get("school_name", ""),
    )


def register(team: TeamSession, case: CorpusCase) -> tuple[int, str]:
    """The case and its retrospective, the narrative's paragraphs spread over its texts."""
    paragraphs = case.text.split("\n\n")
    made = register_with_retrospective(
        team,
        case_draft(case),
        RetrospectiveDraft(
            how_it_arose="\n\n".join(paragraphs[1:-1]) or case.text,
            reflections=paragraphs[-1],
            lessons=paragraphs[0],
            decisions=[
                DecisionInput(date(2024, 3, 12), "wijkteam", paragraphs[0], paragraphs[-1]),
                DecisionInput(None, "gecertificeerde instelling", paragraphs[1], ""),
            ],
        ),
    )
    return made.case_id, made.reference


def read_back(pdf: Path, csv_path: Path, xlsx: Path) -> dict[str, str]:
    workbook = load_workbook(xlsx)
    return {
        "pdf": "\n".join(page.extract_text() for page in PdfReader(pdf).pages),
        "csv": csv_path.read_bytes().decode("utf-8-sig"),
        "xlsx": "\n".join(
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        ),
    }


@pytest.mark.slow
def test_no_corpus_identifier_reaches_any_export_format(
    open_team, anonymiser: Anonymiser, tmp_path
):
    team = open_team(Role.COORDINATOR)
    made = {case.name: register(team, case) for case in CORPUS}
    with team.unit_of_work() as uow:
        session_id = learning.create_session(
            uow, "Leertafel corpus", date(2026, 7, 1), [case_id for case_id, _ in made.values()]
        )
    pdf, csv_path, xlsx = tmp_path / "corpus.pdf", tmp_path / "corpus.csv", tmp_path / "c.xlsx"
    try:
        with team.unit_of_work() as uow:
            result = learning.export_learning_table(
                uow,
                session_id,
                pdf=pdf,
                csv=csv_path,
                xlsx=xlsx,
                approve_all=True,
                anonymiser=anonymiser,
            )
    except Exception as exc:  # a short message: a traceback would show case text
        pytest.fail(f"the export of the corpus failed: {type(exc).__name__}", pytrace=False)
    assert result.case_count == len(CORPUS) and result.approved_now == len(CORPUS)
    outputs = read_back(pdf, csv_path, xlsx)
    # The export is a real one: every summary is there, with the narrative's substance.
    for fmt, text in outputs.items():
        assert "Casus A" in text and "wachtlijst" in text.lower(), fmt

    found: list[str] = []
    for case in CORPUS:
        _, reference = made[case.name]
        young = case.young_person
        must_go = [
            reference,
            case.raw["young_person"]["bsn"],
            display_name(young.first_name, young.name_prefix, young.last_name),
        ]
        for fmt, text in outputs.items():
            for ident in leaks(case, text):
                found.append(f"{fmt}: {case.name}: {ident!r}")
            # The reference, BSN and name as the case holds them (not via the judge's rules).
            flat = re.sub(r"\s+", " ", text).casefold()
            for ident in must_go:
                if ident.casefold() in flat:
                    found.append(f"{fmt}: {case.name}: case field {ident!r}")
    print(f"\nexport: {len(found)} leaks over {len(CORPUS)} cases in PDF, CSV and XLSX")
    assert not found, "identifiers in the export:\n" + "\n".join(found)
