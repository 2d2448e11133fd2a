"""The text rules of the PDF documents: escaping, fonts, Dutch dates, the logo, and the
page decoration of a document that runs over several pages."""

from __future__ import annotations

import io
from datetime import date, datetime

from pypdf import PdfReader

from expertteam_app.domain.enums import CaseStatus, GuestRole, Role
from expertteam_app.reports import meeting_documents
from expertteam_app.reports.common import esc, fonts, logo_flowable, long_date, plain, weekday_date
from expertteam_app.services.documents import Letterhead, MeetingDocument
from expertteam_app.services.meetings import (
    ActionInput,
    AgendaItemView,
    GuestView,
    MeetingView,
    MemberChoice,
)


def test_esc_turns_markup_into_text_and_keeps_line_breaks():
    assert esc('<img src="/etc/passwd"/>') == '&lt;img src="/etc/passwd"/&gt;'
    assert esc("<b>vet</b> &amp; <para>") == "&lt;b&gt;vet&lt;/b&gt; &amp;amp; &lt;para&gt;"
    assert esc("regel een\r\nregel twee\rdrie") == "regel een<br/>regel twee<br/>drie"


def test_plain_drops_control_characters_that_would_break_the_pdf():
    assert plain("a\x00b\x07c\td\x1be") == "abc de"


def test_without_a_truetype_font_letters_lose_their_accent_not_their_place():
    assert (
        plain("Şahin Yıldız, Łukasz, Zoë, € 5", unicode=False) == "Sahin Yildiz, Lukasz, Zoë, € 5"
    )
    assert plain("日本", unicode=False) == "??"
    assert plain("Şahin Yıldız", unicode=True) == "Şahin Yıldız"


def test_dates_are_written_out_in_dutch_whatever_the_locale():
    assert long_date(date(2026, 11, 22)) == "22 november 2026"
    assert long_date(date(2027, 3, 1)) == "1 maart 2027"
    assert weekday_date(date(2026, 6, 18)) == "donderdag 18 juni 2026"


def png(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_logo_is_scaled_into_its_box_and_an_unreadable_one_is_left_out():
    image = logo_flowable(png(400, 100), 60, 24)
    assert image is not None
    assert (round(image.drawWidth), round(image.drawHeight)) == (60, 15)
    assert logo_flowable(None, 60, 24) is None
    assert logo_flowable(b"", 60, 24) is None
    assert logo_flowable(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 60, 24) is None
    assert logo_flowable(png(400, 100)[:80], 60, 24) is None  # cut off halfway


def long_meeting(cases: int) -> MeetingDocument:
    """A meeting with many cases, so the minutes run over several pages (invented data)."""
    agenda = tuple(
        AgendaItemView(
            id=i,
            position=i,
            case_id=i,
            case_reference=f"ET-2026-{i:04d}",
            young_person_name="Şahin Yıldız" if i == 1 else f"Jeugdige {i}",
            case_status=CaseStatus.GEAGENDEERD,
            preparation="",
            discussion="Het team bespreekt de situatie uitgebreid. " * 12,
            agreements="Afspraak: opnieuw agenderen.",
            actions=(ActionInput("Cor Coördinator", "Informatie opvragen", date(2026, 7, 1)),),
            minutes_updated_at=None,
            minutes_updated_by="",
        )
        for i in range(1, cases + 1)
    )
    meeting = MeetingView(
        id=1,
        version=1,
        starts_at=datetime(2026, 6, 18, 14, 0),
        title="Casusoverleg juni",
        place="Gemeentehuis",
        chair_id=1,
        chair_name="Vera Voorzit",
        attendees=(MemberChoice(1, "Vera Voorzit", Role.VOORZITTER),),
        guests=(GuestView("Els Wijkwerker", GuestRole.REFERRER, "Wijkteam Noord", None, ""),),
        agenda=agenda,
        notes="",
    )
    return MeetingDocument(Letterhead("Expertteam Testregio", "Groningen", "", "", None), meeting)


def test_a_long_document_is_confidential_and_numbered_on_every_page():
    reports: list[tuple[int, int]] = []
    data = meeting_documents.build_minutes(
        long_meeting(12), progress=lambda done, total: reports.append((done, total))
    )
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Vertrouwelijk" in page
        assert f"Pagina {number} van {len(pages)}" in page
        if number > 1:  # the running header names the team and the document
            assert "Expertteam Testregio · Verslag overleg 18-06-2026" in page
    text = " ".join(pages)
    assert "ET-2026-0012" in text and "■" not in text
    assert ("Şahin Yıldız" if fonts().unicode else "Sahin Yildiz") in text
    assert reports[0] == (0, 3) and reports[-1] == (3, 3)


def test_without_a_truetype_font_the_standard_fonts_still_print_every_name(monkeypatch):
    from expertteam_app.reports import common

    monkeypatch.setattr(common, "_font_dirs", lambda: [])  # a computer without Arial/DejaVu
    common.fonts.cache_clear()
    try:
        assert not common.fonts().unicode
        data = meeting_documents.build_minutes(long_meeting(2))
    finally:
        common.fonts.cache_clear()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Sahin Yildiz" in text and "■" not in text
    assert "Cor Coördinator" in text  # in Windows-1252: printed as typed
