"""The binding-advice letter: A4, Dutch, ready to send to the referrer, the providers and
the municipality.

Every piece of user text goes through `esc()` (or `para()`) before it reaches a Paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from expertteam_app.domain.money import format_euros
from expertteam_app.reports.common import (
    MUTED_HEX,
    TEXT_WIDTH,
    PageDecor,
    Progress,
    Styles,
    build_pdf,
    data_table,
    esc,
    label_table,
    letterhead_block,
    long_date,
    para,
    short_date,
    step,
    styles,
)

if TYPE_CHECKING:
    from expertteam_app.services.advice import AdviceView
    from expertteam_app.services.documents import AdviceLetter

STEPS = 3


def build(letter: AdviceLetter, progress: Progress | None = None) -> bytes:
    """The letter as PDF bytes; `progress(done, total)` is told each stage."""
    step(progress, 0, STEPS)
    s = styles()
    story = _story(letter, s)
    step(progress, 1, STEPS)
    team = letter.letterhead.team_name or "Expertteam"
    data = build_pdf(
        story,
        title=f"Bindend advies {letter.reference}",
        author=team,
        subject="Bindend advies" + (" (concept)" if letter.is_draft else ""),
        decor=PageDecor(
            running_header=f"{team} · Bindend advies · Kenmerk {letter.reference}",
            footer_note=f"Kenmerk {letter.reference}" + (" · CONCEPT" if letter.is_draft else ""),
            draft=letter.is_draft,
        ),
    )
    step(progress, 2, STEPS)
    step(progress, STEPS, STEPS)
    return data


def _story(letter: AdviceLetter, s: Styles) -> list[Any]:
    advice = letter.advice
    team = letter.letterhead.team_name.strip()
    story: list[Any] = [letterhead_block(letter.letterhead, s), Spacer(1, 9 * mm)]
    if advice.recipients:
        story += [
            Paragraph("<b>Aan</b>", s.small),
            Spacer(1, 1 * mm),
            _addressees(advice, s),
            Spacer(1, 6 * mm),
        ]

    subject = f"Bindend advies over {letter.young_person_name}"
    story.append(
        label_table(
            [
                ("Datum", para(long_date(letter.letter_date), s.body_tight)),
                ("Kenmerk", para(letter.reference, s.body_tight)),
                ("Betreft", Paragraph(f"<b>{esc(subject)}</b>", s.body_tight)),
            ],
            32 * mm,
            s,
        )
    )
    story.append(Spacer(1, 4 * mm))
    person: list[tuple[str, Paragraph]] = [
        ("Jeugdige", para(letter.young_person_name, s.body_tight)),
        ("Geboren op", para(long_date(letter.date_of_birth), s.body_tight)),
    ]
    if letter.bsn is not None:
        person.append(("BSN", para(letter.bsn, s.body_tight)))
    if letter.residence_municipality:
        person.append(("Woonplaats", para(letter.residence_municipality, s.body_tight)))
    story += [label_table(person, 32 * mm, s), Spacer(1, 7 * mm)]

    story.append(Paragraph("Geachte heer, mevrouw,", s.body))
    who = f"Het {team}" if team else "Het expertteam"
    met = (
        f" in het overleg van {long_date(letter.meeting_date)}"
        if letter.meeting_date is not None
        else ""
    )
    story.append(
        Paragraph(
            f"{esc(who)} heeft de situatie van {esc(letter.young_person_name)} besproken"
            f"{esc(met)}. In deze brief leest u ons bindend advies"
            + (
                "."
                if advice.no_new_care
                else ": welke hulp er komt, wie die hulp biedt en vóór wanneer, welke doelen "
                "we ermee willen bereiken en welke gemeente de hulp betaalt."
            ),
            s.body,
        )
    )
    if advice.number > 1:
        story.append(
            Paragraph(
                f"<b>Dit advies vervangt versie {advice.number - 1}</b> van het bindend advies "
                "over deze jeugdige. Wat in de vorige versie stond, geldt niet meer.",
                s.body,
            )
        )
        story.append(
            Paragraph(
                "<b>Reden van de wijziging:</b> " + _or_open(advice.change_reason),
                s.body,
            )
        )

    story.append(Paragraph("Ons advies en de onderbouwing", s.heading))
    story.append(Paragraph(_or_open(advice.rationale), s.body))

    story.append(Paragraph("Regie", s.heading))
    if advice.case_director_name.strip():
        director = advice.case_director_name.strip()
        if advice.case_director_organisation.strip():
            director += f" ({advice.case_director_organisation.strip()})"
        story.append(
            Paragraph(
                f"De regie ligt bij <b>{esc(director)}</b>, de regiehouder. De regiehouder is "
                "het aanspreekpunt voor de jeugdige, het gezin en de betrokken partijen en "
                "ziet erop toe dat dit advies wordt uitgevoerd.",
                s.body,
            )
        )
    else:
        story.append(Paragraph("De regiehouder is nog niet vastgelegd.", s.muted))

    story += _care(advice, s)
    story += _goals(advice, s)
    story += _funding(advice, s)

    story.append(Paragraph("Bindend advies en bezwaar", s.heading))
    story.append(para(letter.objection_route, s.body))

    signature: list[Any] = [
        Spacer(1, 4 * mm),
        Paragraph("Met vriendelijke groet,", s.body),
        Spacer(1, 14 * mm),
    ]
    if letter.chair_name:
        signature.append(Paragraph(f"<b>{esc(letter.chair_name)}</b>", s.body_tight))
    signature.append(Paragraph("voorzitter", s.body_tight))
    if team:
        signature.append(para(team, s.body_tight))
    story.append(KeepTogether(signature))
    return story


def _or_open(text: str) -> str:
    """User text as markup, or a visible gap where a draft is not filled in yet."""
    if text.strip():
        return esc(text.strip())
    return f'<font color="{MUTED_HEX}"><i>(nog niet ingevuld)</i></font>'


def _addressees(advice: AdviceView, s: Styles) -> Table:
    """Two columns of addressees: kind, name (bold), address lines."""
    cells = [
        Paragraph(
            f'<font size="8" color="{MUTED_HEX}">{esc(r.kind.label("nl"))}</font><br/>'
            f"<b>{esc(r.name)}</b>"
            + (f"<br/>{esc(r.address.strip())}" if r.address.strip() else ""),
            s.body_tight,
        )
        for r in advice.recipients
    ]
    rows: list[list[Any]] = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _care(advice: AdviceView, s: Styles) -> list[Any]:
    if advice.no_new_care:
        return [
            Paragraph("Geen nieuwe hulp", s.heading),
            Paragraph(
                "Het expertteam adviseert <b>geen nieuwe hulp</b> in te zetten.",
                s.body,
            ),
            Paragraph("<b>Reden:</b> " + _or_open(advice.no_new_care_reason), s.body),
        ]
    if not advice.care_items:
        return [
            Paragraph("In te zetten hulp", s.heading),
            Paragraph("Er is nog geen hulp in dit advies opgenomen.", s.muted),
        ]
    header = [
        Paragraph(text, s.cell_head)
        for text in ("Soort hulp", "Aanbieder", "Intensiteit", "Uiterlijk starten", "Gemeente")
    ] + [Paragraph("Verwachte kosten", s.cell_head_right)]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for item in advice.care_items:
        rows.append(
            [
                para(item.care_kind.label, s.cell_bold),
                para(item.provider_name, s.cell),
                para(item.intensity or "—", s.cell),
                para(short_date(item.latest_start), s.cell),
                para(item.funding_municipality.label, s.cell),
                para(format_euros(item.expected_cost), s.cell_right),
            ]
        )
        if item.notes.strip():
            row = len(rows) + 1  # the header is row 0
            rows.append(
                [Paragraph("<i>Toelichting:</i> " + esc(item.notes.strip()), s.cell_note)]
                + [""] * 5
            )
            extra += [
                ("SPAN", (0, row), (-1, row)),
                ("NOSPLIT", (0, row - 1), (-1, row)),
                ("LINEBELOW", (0, row - 1), (-1, row - 1), 0, "white"),
                ("TOPPADDING", (0, row), (-1, row), 0),
            ]
    widths = [37 * mm, 32 * mm, 27 * mm, 21 * mm, 24 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    return [
        Paragraph("In te zetten hulp", s.heading),
        Paragraph(
            "Het expertteam adviseert de volgende hulp. Elke aanbieder start de hulp uiterlijk "
            "op de genoemde datum.",
            s.lead,
        ),
        data_table(header, rows, widths, extra_style=extra),
    ]


def _goals(advice: AdviceView, s: Styles) -> list[Any]:
    if not advice.goals:
        if advice.care_items:
            return [
                Paragraph("Haalbare doelen", s.heading),
                Paragraph("Er zijn nog geen doelen vastgelegd.", s.muted),
            ]
        return []
    header = [
        Paragraph(text, s.cell_head) for text in ("Doel", "Hoe gemeten", "Streefdatum", "Evaluatie")
    ]
    rows = [
        [
            para(goal.description, s.cell),
            para(goal.measure or "—", s.cell),
            para(short_date(goal.target_date), s.cell),
            para(short_date(goal.evaluation_date), s.cell),
        ]
        for goal in advice.goals
    ]
    widths = [62 * mm, 56 * mm, 25 * mm]
    widths.append(TEXT_WIDTH - sum(widths))
    return [
        Paragraph("Haalbare doelen", s.heading),
        Paragraph(
            "Met deze hulp werken de jeugdige, het gezin en de hulpverleners aan de volgende "
            "doelen. Op de evaluatiedatum bekijken zij met de regiehouder hoe het ermee staat.",
            s.lead,
        ),
        data_table(header, rows, widths),
    ]


def _funding(advice: AdviceView, s: Styles) -> list[Any]:
    if advice.no_new_care or not advice.care_items:
        return []
    per_municipality = advice.cost_per_municipality()
    rows: list[list[Any]] = [
        [
            para(f"Gemeente {m.label}" if m.label else m.code, s.cell),
            para(format_euros(total), s.cell_right),
        ]
        for m, total in per_municipality
    ]
    rows.append(
        [
            Paragraph("Totaal", s.cell_bold),
            para(format_euros(advice.total_cost), s.cell_bold_right),
        ]
    )
    total_row = len(rows)
    table = data_table(
        [Paragraph("Gemeente", s.cell_head), Paragraph("Verwachte kosten", s.cell_head_right)],
        rows,
        [90 * mm, 40 * mm],
        extra_style=[("LINEABOVE", (0, total_row), (-1, total_row), 0.8, "black")],
    )
    one = len(per_municipality) == 1
    return [
        Paragraph("Financiering", s.heading),
        Paragraph(
            "De verwachte kosten van de geadviseerde hulp komen voor rekening van "
            + ("de volgende gemeente:" if one else "de volgende gemeenten:"),
            s.lead,
        ),
        KeepTogether([table]),
    ]
