"""What the documents share: fonts, styles, escaping of user text, tables, the letterhead
and the page decoration ("Vertrouwelijk", "Pagina x van y", the CONCEPT mark).

User text never goes into a `Paragraph` as it is: reportlab reads markup there, and
`<img src="...">` would fetch a file from disk. `esc()` escapes it and keeps line breaks.
"""

from __future__ import annotations

import functools
import io
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table, TableStyle

from expertteam_app.domain.dates import format_nl

if TYPE_CHECKING:
    from expertteam_app.services.documents import Letterhead

Progress = Callable[[int, int], None]  # done, total

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

ACCENT = colors.HexColor("#1F3A5F")
HEAD_FILL = colors.HexColor("#E9EEF4")
RULE = colors.HexColor("#B8C2CE")
MUTED_HEX = "#5A6472"  # for <font color> in markup
MUTED = colors.HexColor(MUTED_HEX)
DRAFT_MARK = colors.Color(0.80, 0.10, 0.10, alpha=0.16)

# --- fonts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    unicode: bool  # an embedded TrueType font: every letter of a name prints as typed


_FAMILY = "ExpertteamSans"
# Regular, bold, italic, bold italic: Arial on Windows and macOS, Liberation Sans or DejaVu
# Sans on Linux. The standard PDF fonts only know Windows-1252, and a name like "Şahin
# Yıldız" would print with black boxes.
_FONT_SETS = (
    ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
    (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    ),
    (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
)


def _font_dirs() -> list[Path]:
    return [
        Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
        Path("/usr/share/fonts/truetype/liberation"),
        Path("/usr/share/fonts/truetype/liberation2"),
        Path("/usr/share/fonts/liberation-sans"),
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu-sans-fonts"),
        Path("/usr/share/fonts/TTF"),
    ]


@functools.cache
def fonts() -> Fonts:
    """The first complete TrueType sans family found on this computer, embedded (subset)
    in the PDF; else the standard Helvetica, with letters outside Windows-1252 spelled
    without their accents (`plain`)."""
    for directory in _font_dirs():
        for names in _FONT_SETS:
            paths = [directory / name for name in names]
            if not all(p.is_file() for p in paths):
                continue
            faces = [_FAMILY, f"{_FAMILY}-Bold", f"{_FAMILY}-Italic", f"{_FAMILY}-BoldItalic"]
            try:
                for face, path in zip(faces, paths, strict=True):
                    pdfmetrics.registerFont(TTFont(face, str(path)))
            except Exception:  # noqa: S112 - an unreadable font file: try the next family
                continue
            pdfmetrics.registerFontFamily(
                _FAMILY, normal=faces[0], bold=faces[1], italic=faces[2], boldItalic=faces[3]
            )
            return Fonts(faces[0], faces[1], faces[2], unicode=True)
    return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", unicode=False)


# --- text -------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Letters that Unicode does not decompose into a base letter and an accent.
_SUBSTITUTES = {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"}


def _windows_1252(ch: str) -> str:
    try:
        ch.encode("cp1252")
        return ch
    except UnicodeEncodeError:
        pass
    if ch in _SUBSTITUTES:
        return _SUBSTITUTES[ch]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    try:
        base.encode("cp1252")
    except UnicodeEncodeError:
        return "?"
    return base or "?"


def plain(text: str, *, unicode: bool | None = None) -> str:
    """User text made printable: line breaks as "\\n", no control characters, and with the
    standard fonts (`unicode` False) every letter in Windows-1252."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
        .replace("\t", " ")
    )
    text = _CONTROL.sub("", text)
    if unicode is None:
        unicode = fonts().unicode
    return text if unicode else "".join(_windows_1252(ch) for ch in text)


def esc(text: str) -> str:
    """User text as Paragraph markup: escaped, its line breaks kept as <br/>."""
    return escape(plain(text)).replace("\n", "<br/>")


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def long_date(value: date) -> str:
    """22 november 2026 (not locale-dependent: the letter is Dutch on every computer)."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def weekday_date(value: date) -> str:
    return f"{WEEKDAYS[value.weekday()]} {long_date(value)}"


def short_date(value: date | None) -> str:
    return format_nl(value) if value is not None else "—"


# --- styles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_tight: ParagraphStyle
    lead: ParagraphStyle  # the sentence that introduces a table: stays with it
    small: ParagraphStyle
    muted: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    item_heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_note: ParagraphStyle
    head_name: ParagraphStyle
    head_line: ParagraphStyle


def styles() -> Styles:
    f = fonts()
    # embeddedHyphenation: a long compound breaks after its own hyphen
    # ("Onderwijs-|zorgarrangement") before it is cut anywhere.
    body = ParagraphStyle(
        "body",
        fontName=f.regular,
        fontSize=10,
        leading=14,
        spaceAfter=6,
        splitLongWords=True,
        embeddedHyphenation=1,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=f.bold, textColor=ACCENT)
    return Styles(
        body=body,
        body_tight=ParagraphStyle("body_tight", parent=body, spaceAfter=0),
        lead=ParagraphStyle("lead", parent=body, keepWithNext=True),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        muted=ParagraphStyle(
            "muted", parent=body, fontName=f.italic, textColor=MUTED, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=f.bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=f.bold,
            fontSize=9.5,
            leading=13,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=True,
        ),
        item_heading=ParagraphStyle(
            "item_heading",
            parent=body,
            fontName=f.bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=12,
            spaceAfter=0,
            keepWithNext=True,
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=f.bold, fontSize=16, leading=20, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=12, leading=16, spaceAfter=8),
        label=ParagraphStyle(
            "label", parent=body, fontName=f.bold, spaceAfter=1, keepWithNext=True
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f.bold),
        cell_bold_right=ParagraphStyle(
            "cell_bold_right", parent=cell, fontName=f.bold, alignment=TA_RIGHT
        ),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        cell_note=ParagraphStyle("cell_note", parent=cell, fontName=f.italic, textColor=MUTED),
        head_name=ParagraphStyle(
            "head_name",
            parent=body,
            fontName=f.bold,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            alignment=TA_RIGHT,
            spaceAfter=1,
        ),
        head_line=ParagraphStyle(
            "head_line",
            parent=body,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user (or any plain) text: escaped, line breaks kept."""
    return Paragraph(esc(text), style)


# --- tables -----------------------------------------------------------------------------


def data_table(
    header: Sequence[Paragraph],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header row repeats on every page it runs onto."""
    table = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1)
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *extra_style,
            ]
        )
    )
    return table


def label_table(pairs: Sequence[tuple[str, Paragraph]], label_width: float, s: Styles) -> Table:
    """Label: value lines (Datum, Kenmerk, Betreft ...); labels are our own text."""
    rows = [[Paragraph(escape(label), s.label), value] for label, value in pairs]
    return _label_grid(rows, label_width, right_padding=4, bottom_padding=2)


def text_pairs(
    pairs: Sequence[tuple[str, str]], s: Styles, label_width: float, *, bottom_padding: float = 2
) -> Table:
    """Label: value lines of plain text (title pages of the learning table and the monitoring
    report); both escaped here, the value in the tight body style."""
    rows = [[Paragraph(esc(label), s.label), para(value, s.body_tight)] for label, value in pairs]
    return _label_grid(rows, label_width, right_padding=None, bottom_padding=bottom_padding)


def _label_grid(
    rows: list[list[Paragraph]],
    label_width: float,
    *,
    right_padding: float | None,  # None: reportlab's default
    bottom_padding: float,
) -> Table:
    table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width])
    table.hAlign = "LEFT"
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    if right_padding is not None:
        commands.append(("RIGHTPADDING", (0, 0), (-1, -1), right_padding))
    commands += [
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_padding),
    ]
    table.setStyle(TableStyle(commands))
    return table


def banner(cell: Sequence[Paragraph], *, right_padding: float | None = None) -> Table:
    """A full-width shaded block with an accent rule on its left (a privacy notice)."""
    table = Table([[list(cell)]], colWidths=[TEXT_WIDTH])
    table.hAlign = "LEFT"
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]
    if right_padding is not None:  # None: reportlab's default
        commands.append(("RIGHTPADDING", (0, 0), (-1, -1), right_padding))
    commands += [
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    table.setStyle(TableStyle(commands))
    return table


# --- letterhead -------------------------------------------------------------------------


def logo_flowable(data: bytes | None, max_width: float, max_height: float) -> Image | None:
    """The team's logo scaled into the box, or None when there is none or reportlab cannot
    read it (a damaged logo must not stop a letter)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()  # decodes the whole image: a truncated file fails here, not later
        if width <= 0 or height <= 0:
            return None
        scale = min(max_width / width, max_height / height)
        image = Image(io.BytesIO(data), width=width * scale, height=height * scale, mask="auto")
    except Exception:  # PIL and reportlab raise many kinds for a damaged image
        return None
    image.hAlign = "LEFT"
    return image


def letterhead_block(head: Letterhead, s: Styles) -> Table:
    """Logo on the left; the team, region, address and contact on the right."""
    lines: list[Paragraph] = [para(head.team_name or "Expertteam", s.head_name)]
    if head.region_name:
        lines.append(para(f"Jeugdregio {head.region_name}", s.head_line))
    for text in (head.address, head.contact):
        if text.strip():
            lines.append(para(text.strip(), s.head_line))
    logo = logo_flowable(head.logo, 60 * mm, 24 * mm)
    table = Table([[logo or "", lines]], colWidths=[70 * mm, TEXT_WIDTH - 70 * mm])
    table.hAlign = "LEFT"
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ]
        )
    )
    return table


# --- pages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageDecor:
    running_header: str  # top of every page after the first (plain text, not markup)
    footer_note: str = ""  # the middle of the footer
    draft: bool = False  # a large CONCEPT across every page


# The footer's words per document language: the confidentiality mark and the page count.
_FOOTER = {"nl": ("Vertrouwelijk", "Pagina {n} van {t}"), "en": ("Confidential", "Page {n} of {t}")}


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Keeps every page until the end, then draws the footer knowing the page count."""

    def __init__(self, *args: Any, decor: PageDecor, language: str = "nl", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._language = language
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        f = fonts()
        mark, page = _FOOTER[self._language]
        y = MARGIN_BOTTOM - 10 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, y + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, y + 4 * mm)
        self.setFillColor(ACCENT)
        self.setFont(f.bold, 8)
        self.drawString(MARGIN_LEFT, y, mark)
        self.setFillColor(MUTED)
        self.setFont(f.regular, 8)
        if self._decor.footer_note:
            self.drawCentredString(
                MARGIN_LEFT + TEXT_WIDTH / 2,
                y,
                fit(self._decor.footer_note, f.regular, 8, 90 * mm),
            )
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, page.format(n=number, t=total))
        self.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """One line of plain text, shortened with an ellipsis to fit `width`."""
    text = " ".join(plain(text).split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(decor: PageDecor) -> Callable[[Canvas, Any], None]:
    def on_page(canvas: Canvas, doc: Any) -> None:
        f = fonts()
        canvas.saveState()
        if decor.draft:
            # Drawn before the page's content, so the text stays on top of the mark.
            canvas.setFillColor(DRAFT_MARK)
            canvas.setFont(f.bold, 110)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(52)
            canvas.drawCentredString(0, -38, "CONCEPT")
            canvas.rotate(-52)
            canvas.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        if doc.page > 1 and decor.running_header:
            y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
            canvas.setFillColor(MUTED)
            canvas.setFont(f.regular, 8)
            canvas.drawString(MARGIN_LEFT, y, fit(decor.running_header, f.regular, 8, TEXT_WIDTH))
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_LEFT, y - 2 * mm, PAGE_WIDTH - MARGIN_RIGHT, y - 2 * mm)
        canvas.restoreState()

    return on_page


def build_pdf(
    story: list[Any],
    *,
    title: str,
    author: str,
    subject: str,
    decor: PageDecor,
    language: str = "nl",
) -> bytes:
    """Lay out `story` on A4 pages and return the PDF. `title`, `author` and `subject` go
    into the document's properties: keep client names out of them. `language` ("nl" or
    "en") sets the footer's words and the document's language."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=plain(title),
        author=plain(author),
        subject=plain(subject),
        creator="Expertteam",
        lang="en-GB" if language == "en" else "nl-NL",
    )
    decorate = _decorate(decor)
    doc.build(
        story,
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=functools.partial(_NumberedCanvas, decor=decor, language=language),
    )
    return buffer.getvalue()


def step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
