"""A meeting's agenda and its minutes, as PDF.

Both open with the letterhead and the meeting's details (date and time, place, chair,
members, guests); the agenda then lists the cases with their preparation, the minutes the
discussion, agreements and actions per case. Every piece of user text goes through
`esc()` (or `para()`) before it reaches a Paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from expertteam_app.domain.dates import format_nl
from expertteam_app.reports.common import (
    TEXT_WIDTH,
    PageDecor,
    Progress,
    Styles,
    build_pdf,
    data_table,
    esc,
    label_table,
    letterhead_block,
    para,
    short_date,
    step,
    styles,
    weekday_date,
)

if TYPE_CHECKING:
    from expertteam_app.services.documents import MeetingDocument
    from expertteam_app.services.meetings import AgendaItemView, MeetingView

STEPS = 3


def build_agenda(document: MeetingDocument, progress: Progress | None = None) -> bytes:
    """The agenda as PDF bytes; `progress(done, total)` is told each stage."""
    return _build(document, minutes=False, progress=progress)


def build_minutes(document: MeetingDocument, progress: Progress | None = None) -> bytes:
    """The minutes as PDF bytes; `progress(done, total)` is told each stage."""
    return _build(document, minutes=True, progress=progress)


def _build(document: MeetingDocument, *, minutes: bool, progress: Progress | None) -> bytes:
    step(progress, 0, STEPS)
    s = styles()
    meeting = document.meeting
    what = "Verslag" if minutes else "Agenda"
    story = _header(document, what, s)
    for number, item in enumerate(meeting.agenda, start=1):
        story += _item(number, item, minutes=minutes, s=s)
    if not meeting.agenda:
        story.append(Paragraph("Er staan geen casussen op de agenda.", s.muted))
    step(progress, 1, STEPS)
    team = document.letterhead.team_name or "Expertteam"
    day = format_nl(meeting.starts_at.date())
    data = build_pdf(
        story,
        title=f"{what} overleg {day}",
        author=team,
        subject=f"{what} van het overleg van {day}",
        decor=PageDecor(
            running_header=f"{team} · {what} overleg {day}",
            footer_note=f"{what} overleg {day}",
        ),
    )
    step(progress, 2, STEPS)
    step(progress, STEPS, STEPS)
    return data


def _header(document: MeetingDocument, what: str, s: Styles) -> list[Any]:
    meeting = document.meeting
    story: list[Any] = [
        letterhead_block(document.letterhead, s),
        Spacer(1, 8 * mm),
        Paragraph(what, s.title),
        para(meeting.title or "Overleg expertteam", s.subtitle),
    ]
    details: list[tuple[str, Paragraph]] = [
        ("Datum", para(weekday_date(meeting.starts_at.date()), s.body_tight)),
        ("Tijd", para(f"{meeting.starts_at:%H:%M} uur", s.body_tight)),
        ("Plaats", para(meeting.place or "—", s.body_tight)),
        ("Voorzitter", para(meeting.chair_name or "—", s.body_tight)),
    ]
    members = ", ".join(m.name for m in meeting.attendees)
    if members:
        details.append(("Teamleden", para(members, s.body_tight)))
    story.append(label_table(details, 30 * mm, s))
    story += _guests(meeting, s)
    if meeting.notes.strip():
        story += [Paragraph("Mededelingen", s.heading), para(meeting.notes.strip(), s.body)]
    story.append(Paragraph("Besproken casussen" if what == "Verslag" else "Casussen", s.heading))
    return story


def _guests(meeting: MeetingView, s: Styles) -> list[Any]:
    if not meeting.guests:
        return []
    header = [Paragraph(t, s.cell_head) for t in ("Naam", "Rol", "Organisatie", "Komt voor")]
    rows = [
        [
            para(g.name, s.cell),
            para(g.role.label("nl"), s.cell),
            para(g.organisation or "—", s.cell),
            para(g.case_reference or "het hele overleg", s.cell),
        ]
        for g in meeting.guests
    ]
    widths = [48 * mm, 36 * mm, 52 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    return [Paragraph("Gasten", s.heading), data_table(header, rows, widths)]


def _item(number: int, item: AgendaItemView, *, minutes: bool, s: Styles) -> list[Any]:
    story: list[Any] = [
        CondPageBreak(30 * mm),  # a case's heading does not stand alone at a page's foot
        Paragraph(
            f"{number}. {esc(item.case_reference)} – {esc(item.young_person_name)}",
            s.item_heading,
        ),
        Paragraph(f"Status: {esc(item.case_status.label('nl'))}", s.small),
        Spacer(1, 2 * mm),
    ]
    if not minutes:
        story.append(Paragraph("Voorbereiding", s.label))
        if item.preparation.strip():
            story.append(para(item.preparation.strip(), s.body))
        else:
            story.append(Paragraph("Geen voorbereiding vastgelegd.", s.muted))
        return story
    if not item.has_minutes:
        story.append(Paragraph("Over deze casus is geen verslag vastgelegd.", s.muted))
        return story
    for label, text in (("Bespreking", item.discussion), ("Afspraken", item.agreements)):
        story.append(Paragraph(label, s.label))
        if text.strip():
            story.append(para(text.strip(), s.body))
        else:
            story.append(Paragraph("—", s.body))
    if item.actions:
        header = [Paragraph(t, s.cell_head) for t in ("Wie", "Wat", "Wanneer")]
        rows = [
            [para(a.who or "—", s.cell), para(a.what, s.cell), para(short_date(a.due_on), s.cell)]
            for a in item.actions
        ]
        widths = [42 * mm, TEXT_WIDTH - 42 * mm - 24 * mm, 24 * mm]
        # The label stays with (the start of) its table; a long table still splits.
        story.append(KeepTogether([Paragraph("Acties", s.label), data_table(header, rows, widths)]))
    return story
