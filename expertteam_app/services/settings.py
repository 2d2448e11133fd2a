"""Team settings: one typed registry, stored in the team database.

Each setting is declared once here (key, type, default, allowed range). Workstation
preferences (window sizes, language) are not team settings: they live in QSettings (ui/).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import select

from expertteam_app.domain.enums import AuditAction
from expertteam_app.domain.team import Region, TeamSetting
from expertteam_app.errors import Problems
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission


@dataclass(frozen=True)
class TeamSettings:
    team_name: str = ""
    region_code: str = ""
    target_lead_time_weeks: int = 6
    idle_lock_minutes: int = 10
    small_cell_threshold: int = 5
    bsn_in_letters: bool = False
    is_demo: bool = False


_RANGES: dict[str, tuple[int, int]] = {
    "target_lead_time_weeks": (1, 52),
    "idle_lock_minutes": (1, 240),
    "small_cell_threshold": (3, 50),
}

_LABELS: dict[str, tuple[str, str]] = {
    "team_name": ("Teamnaam", "Team name"),
    "region_code": ("Jeugdregio", "Youth-care region"),
    "target_lead_time_weeks": ("Streeftermijn tot advies (weken)", "Target lead time (weeks)"),
    "idle_lock_minutes": ("Vergrendelen na (minuten)", "Lock after (minutes)"),
    "small_cell_threshold": ("Drempel kleine aantallen", "Small-cell threshold"),
    "bsn_in_letters": ("BSN in brieven", "BSN in letters"),
    "is_demo": ("Demodatabase", "Demo database"),
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
    problems.raise_if_any()


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
