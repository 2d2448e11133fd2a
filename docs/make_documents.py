"""Images of the advice letter and of a meeting's minutes for the README.

    .venv/bin/python docs/make_documents.py [--pages DIR]

Draws both documents from invented data (no database needed), renders page 1 of each with
`pdftoppm` (poppler-utils) at 80 dpi into docs/screenshots/. With --pages every page of
both documents (and the PDFs) are kept in DIR, to look at the layout as an addressee would.
Synthetic data only: every person, organisation and address here is made up.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def synthetic_logo() -> bytes:
    """A made-up logo: three overlapping circles and the letters ET."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGBA", (360, 150), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for x, colour in (
        (20, (31, 58, 95, 255)),
        (70, (66, 133, 180, 230)),
        (120, (120, 190, 170, 210)),
    ):
        draw.ellipse((x, 25, x + 100, 125), fill=colour)
    font = ImageFont.load_default(size=64)
    draw.text((240, 40), "ET", fill=(31, 58, 95, 255), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def letter_and_minutes() -> tuple[bytes, bytes]:
    from expertteam_app.domain.enums import CaseStatus, GuestRole, RecipientKind, Role
    from expertteam_app.reports import advice_letter, meeting_documents
    from expertteam_app.services.advice import AdviceView, CareItemView, GoalView, RecipientView
    from expertteam_app.services.cases import Coded
    from expertteam_app.services.documents import AdviceLetter, Letterhead, MeetingDocument
    from expertteam_app.services.meetings import (
        ActionInput,
        AgendaItemView,
        GuestView,
        MeetingView,
        MemberChoice,
    )
    from expertteam_app.services.settings import DEFAULT_OBJECTION_ROUTE

    head = Letterhead(
        team_name="Expertteam Jeugd Noorderkwartier",
        region_name="Groningen",
        address="Postbus 1234\n9700 AA Groningen",
        contact="050 123 45 67 · expertteam@noorderkwartier.example",
        logo=synthetic_logo(),
    )
    municipality = Coded("GM0014", "Groningen")
    neighbour = Coded("GM0037", "Stadskanaal")
    starts_at = datetime(2026, 11, 12, 14, 0)
    advice = AdviceView(
        id=1,
        case_id=1,
        case_reference="ET-2026-0007",
        number=1,
        row_version=3,
        issued_on=date(2026, 11, 22),
        issued_at=datetime(2026, 11, 22, 10, 30),
        issued_by="Vera Voorzit",
        created_by="Cor Coördinator",
        superseded=False,
        change_reason="",
        rationale=(
            "Daan (13) gaat sinds maart niet meer naar school. Thuis lopen de spanningen op; "
            "moeder kan de zorg niet alleen dragen. De specialistische autismezorg die het "
            "wijkteam heeft aangevraagd, heeft een wachtlijst van negen maanden. Het expertteam "
            "acht het niet verantwoord zo lang te wachten en adviseert intensieve ambulante "
            "gezinsbegeleiding die binnen twee weken start, met daarnaast een deeltijdplek in "
            "een gezinshuis dicht bij huis, zodat Daan in zijn eigen omgeving en op zijn eigen "
            "school kan blijven."
        ),
        case_director_name="Els Wijkwerker",
        case_director_organisation="Wijkteam Noord",
        no_new_care=False,
        no_new_care_reason="",
        care_items=(
            CareItemView(
                0,
                Coded("intensive_family", "Intensieve ambulante gezinsbehandeling"),
                1,
                "Zorggroep Horizon (synthetisch)",
                "3 uur per week, 6 maanden",
                date(2026, 12, 5),
                "Start met een gezinsgesprek bij het gezin thuis.",
                municipality,
                Decimal("12500.50"),
            ),
            CareItemView(
                1,
                Coded("family_home", "Gezinshuis"),
                2,
                "Gezinshuis De Linde (synthetisch)",
                "Drie etmalen per week",
                date(2026, 12, 22),
                "",
                municipality,
                Decimal("48000.00"),
            ),
            CareItemView(
                2,
                Coded("education_care", "Onderwijs-zorgarrangement"),
                1,
                "Zorggroep Horizon (synthetisch)",
                "Twee dagdelen per week op school",
                date(2027, 1, 11),
                "",
                neighbour,
                Decimal("7850.00"),
            ),
        ),
        goals=(
            GoalView(
                0,
                "Daan gaat weer drie dagen per week naar school",
                "Aanwezigheid volgens de schoolregistratie",
                date(2027, 7, 10),
                date(2027, 5, 12),
            ),
            GoalView(
                1,
                "Moeder voelt zich gesteund in de opvoeding",
                "Schaalvraag 1-10 bij de evaluatie",
                date(2027, 9, 7),
                date(2027, 6, 24),
            ),
        ),
        recipients=(
            RecipientView(
                RecipientKind.REFERRER,
                "Els Wijkwerker",
                "Wijkteam Noord\nPostbus 10\n9700 AB Groningen",
            ),
            RecipientView(
                RecipientKind.PROVIDER,
                "Zorggroep Horizon (synthetisch)",
                "Postbus 1\n9999 ZZ Nergenshuizen",
            ),
            RecipientView(
                RecipientKind.PROVIDER,
                "Gezinshuis De Linde (synthetisch)",
                "Lindelaan 4\n9999 ZY Nergenshuizen",
            ),
            RecipientView(
                RecipientKind.MUNICIPALITY,
                "Gemeente Groningen",
                "Afdeling Jeugd\nPostbus 30026\n9700 RM Groningen",
            ),
        ),
        meeting_id=1,
        meeting_starts_at=starts_at,
    )
    letter = AdviceLetter(
        letterhead=head,
        letter_date=date(2026, 11, 22),
        reference="ET-2026-0007 / versie 1",
        is_draft=False,
        young_person_name="Daan Berg",
        date_of_birth=date(2013, 3, 4),
        bsn=None,
        residence_municipality="Groningen",
        advice=advice,
        meeting_date=starts_at.date(),
        chair_name="Vera Voorzit",
        objection_route=DEFAULT_OBJECTION_ROUTE,
    )
    members = (
        MemberChoice(2, "Cor Coördinator", Role.COORDINATOR),
        MemberChoice(3, "Lies Lid", Role.LID),
        MemberChoice(1, "Vera Voorzit", Role.VOORZITTER),
    )

    def item(
        position: int,
        reference: str,
        name: str,
        preparation: str = "",
        discussion: str = "",
        agreements: str = "",
        actions: tuple[ActionInput, ...] = (),
    ) -> AgendaItemView:
        return AgendaItemView(
            id=position + 1,
            position=position,
            case_id=position + 1,
            case_reference=reference,
            young_person_name=name,
            case_status=CaseStatus.GEAGENDEERD,
            preparation=preparation,
            discussion=discussion,
            agreements=agreements,
            actions=actions,
            minutes_updated_at=None,
            minutes_updated_by="",
        )

    meeting = MeetingView(
        id=1,
        version=4,
        starts_at=starts_at,
        title="Casusoverleg november",
        place="Gemeentehuis, zaal 2",
        chair_id=1,
        chair_name="Vera Voorzit",
        attendees=members,
        guests=(
            GuestView("Els Wijkwerker", GuestRole.REFERRER, "Wijkteam Noord", None, ""),
            GuestView("Anja Berg", GuestRole.PARENT, "", 1, "ET-2026-0007"),
        ),
        agenda=(
            item(
                0,
                "ET-2026-0007",
                "Daan Berg",
                preparation="Wachtlijst autismezorg; school loopt vast.",
                discussion=(
                    "Moeder vertelt dat Daan sinds maart thuis zit. Het wijkteam heeft drie "
                    "aanbieders benaderd; de wachttijd is overal langer dan een half jaar.\n"
                    "Het team ziet ruimte voor intensieve ambulante begeleiding op korte "
                    "termijn, aangevuld met een gezinshuis in deeltijd."
                ),
                agreements=(
                    "Het expertteam brengt binnen een week een bindend advies uit. "
                    "Zorggroep Horizon start uiterlijk 5 december."
                ),
                actions=(
                    ActionInput(
                        "Cor Coördinator", "Adviesbrief opstellen en versturen", date(2026, 11, 19)
                    ),
                    ActionInput(
                        "Els Wijkwerker", "School informeren over het plan", date(2026, 11, 26)
                    ),
                ),
            ),
            item(
                1,
                "ET-2026-0009",
                "Sanne Visser",
                discussion="Toelichting van de verwijzer; aanvullende informatie van de GI nodig.",
                agreements="Opnieuw agenderen in het overleg van december.",
                actions=(
                    ActionInput("Lies Lid", "Informatie opvragen bij de GI", date(2026, 12, 1)),
                ),
            ),
            item(2, "ET-2026-0011", "Milan Bakker"),
        ),
        notes="",
    )
    minutes = meeting_documents.build_minutes(MeetingDocument(head, meeting))
    return advice_letter.build(letter), minutes


def render(pdf: bytes, directory: Path, name: str, *, first_only: bool) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm is not None
    source = directory / f"{name}.pdf"
    source.write_bytes(pdf)
    pages = ["-f", "1", "-l", "1"] if first_only else []
    command = [pdftoppm, "-png", "-r", "80", *pages, str(source), str(directory / name)]
    subprocess.run(command, check=True)  # noqa: S603 - our own program and files
    return sorted(directory.glob(f"{name}-*.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="keep every page and the PDFs here")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    letter, minutes = letter_and_minutes()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        directory = args.pages or Path(work)
        directory.mkdir(parents=True, exist_ok=True)
        for pdf, name in ((letter, "advice-letter"), (minutes, "meeting-minutes")):
            pages = render(pdf, directory, name, first_only=args.pages is None)
            shutil.copyfile(pages[0], OUT / f"{name}.png")
            print("wrote", OUT / f"{name}.png", f"({len(pages)} page(s) rendered)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
