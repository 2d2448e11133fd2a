"""Team settings: one typed registry, stored in the team database.

Each setting is declared once here (key, type, default, allowed range). Workstation
preferences (window sizes, language) are not team settings: they live in QSettings (ui/).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from expertteam_app.domain.enums import AuditAction
from expertteam_app.domain.team import Region, TeamSetting
from expertteam_app.errors import FieldProblem, Problems
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission

LOGO_MAX_BYTES = 512 * 1024

DEFAULT_OBJECTION_ROUTE = (
    "Dit advies is bindend: de genoemde jeugdhulpaanbieders zetten de geadviseerde hulp in en "
    "de genoemde gemeente zorgt voor de financiering. Bent u het niet eens met dit advies, dan "
    "kunt u binnen zes weken na de datum van deze brief schriftelijk en met redenen om "
    "heroverweging vragen bij de voorzitter van het expertteam. Komen de betrokken partijen er "
    "daarna niet uit, dan legt het expertteam de zaak voor aan de regionale doorzettingsmacht."
)


@dataclass(frozen=True)
class TeamSettings:
    team_name: str = ""
    region_code: str = ""
    target_lead_time_weeks: int = 6
    idle_lock_minutes: int = 10
    small_cell_threshold: int = 5
    bsn_in_letters: bool = False
    is_demo: bool = False
    # The advice letter's letterhead and closing paragraph.
    letter_address: str = ""  # postal address lines of the team
    letter_contact: str = ""  # phone, e-mail
    letter_logo_b64: str = ""  # PNG or JPEG, base64, at most LOGO_MAX_BYTES
    objection_route: str = DEFAULT_OBJECTION_ROUTE
    # The work list's thresholds (werklijst).
    lead_time_warning_days: int = 7  # signal this many days before the target lead time
    provider_answer_days: int = 10  # a provider answers within this many days of the advice
    funding_decision_days: int = 28  # a municipality decides within this many days
    evaluation_notice_days: int = 14  # show a goal evaluation this many days before its date
    turning_18_months: int = 6  # show young people turning 18 within this many months


_RANGES: dict[str, tuple[int, int]] = {
    "target_lead_time_weeks": (1, 52),
    "idle_lock_minutes": (1, 240),
    "small_cell_threshold": (3, 50),
    "lead_time_warning_days": (0, 60),
    "provider_answer_days": (1, 90),
    "funding_decision_days": (1, 180),
    "evaluation_notice_days": (0, 90),
    "turning_18_months": (1, 24),
}

_LABELS: dict[str, tuple[str, str]] = {
    "team_name": ("Teamnaam", "Team name"),
    "region_code": ("Jeugdregio", "Youth-care region"),
    "target_lead_time_weeks": ("Streeftermijn tot advies (weken)", "Target lead time (weeks)"),
    "idle_lock_minutes": ("Vergrendelen na (minuten)", "Lock after (minutes)"),
    "small_cell_threshold": ("Drempel kleine aantallen", "Small-cell threshold"),
    "bsn_in_letters": ("BSN in brieven", "BSN in letters"),
    "is_demo": ("Demodatabase", "Demo database"),
    "letter_address": ("Adres in brieven", "Address in letters"),
    "letter_contact": ("Contact in brieven", "Contact in letters"),
    "letter_logo_b64": ("Logo", "Logo"),
    "objection_route": ("Bindend karakter en bezwaarroute", "Binding nature and objections"),
    "lead_time_warning_days": (
        "Signaal doorlooptijd (dagen vóór de streeftermijn)",
        "Lead-time signal (days before the target)",
    ),
    "provider_answer_days": ("Antwoord aanbieder binnen (dagen)", "Provider answers within (days)"),
    "funding_decision_days": (
        "Besluit gemeente binnen (dagen)",
        "Municipality decides within (days)",
    ),
    "evaluation_notice_days": (
        "Doelevaluatie tonen (dagen vooraf)",
        "Show goal evaluations (days ahead)",
    ),
    "turning_18_months": ("Wordt 18 binnen (maanden)", "Turning 18 within (months)"),
}


def label(name: str, language: str = "nl") -> str:
    nl, en = _LABELS[name]
    return en if language.startswith("en") else nl


def read_settings(uow: UnitOfWork) -> TeamSettings:
    """Readable by every member: the window needs the team name and lock time."""
    stored = {
        row.key: json.loads(row.value_json) for row in uow.session.scalars(select(TeamSetting))
    }
    known = {f.name for f in fields(TeamSettings)}
    return TeamSettings(**{k: v for k, v in stored.items() if k in known})


def _validate(uow: UnitOfWork, settings: TeamSettings) -> None:
    problems = Problems()
    if not settings.team_name.strip():
        problems.add("team_name", "Geef het team een naam.", "Give the team a name.")
    if settings.region_code and uow.session.get(Region, settings.region_code) is None:
        problems.add("region_code", "Onbekende jeugdregio.", "Unknown youth-care region.")
    for name, (low, high) in _RANGES.items():
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            problems.add(
                name,
                f"Kies een getal van {low} tot en met {high}.",
                f"Choose a number from {low} to {high}.",
            )
    if settings.letter_logo_b64:
        problems.items += logo_problems(settings.letter_logo_b64)
    if not settings.objection_route.strip():
        problems.add(
            "objection_route",
            "Beschrijf het bindende karakter en de bezwaarroute; die staan in elke adviesbrief.",
            "Describe the binding nature and the route for objections; every letter has them.",
        )
    problems.raise_if_any()


def logo_problems(encoded: str) -> list[FieldProblem]:
    """A logo must be a PNG or JPEG image of reasonable size."""
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return [
            FieldProblem(
                "letter_logo_b64",
                "Het logo moet een PNG- of JPEG-afbeelding zijn.",
                "The logo must be a PNG or JPEG image.",
            )
        ]
    if len(data) > LOGO_MAX_BYTES:
        return [
            FieldProblem(
                "letter_logo_b64",
                "Het logo is groter dan 512 kB; kies een kleinere afbeelding.",
                "The logo is larger than 512 kB; choose a smaller image.",
            )
        ]
    return []


def write_all(uow: UnitOfWork, settings: TeamSettings) -> None:
    """Store every setting (used when a team database is created)."""
    _validate(uow, settings)
    for f in fields(TeamSettings):
        value: Any = getattr(settings, f.name)
        uow.session.merge(TeamSetting(key=f.name, value_json=json.dumps(value)))


def update_settings(uow: UnitOfWork, **changes: Any) -> TeamSettings:
    uow.require(Permission.SETTINGS_MANAGE)
    unknown = set(changes) - ({f.name for f in fields(TeamSettings)} - {"is_demo"})
    if unknown:
        raise ValueError(f"not a changeable team setting: {sorted(unknown)}")
    current = read_settings(uow)
    updated = replace(current, **changes)
    write_all(uow, updated)
    uow.log(AuditEvent(AuditAction.ADMIN, detail="settings: " + ", ".join(sorted(changes))))
    return updated
