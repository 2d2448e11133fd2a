"""Opening and closing the team database on the worker, and what the window knows of it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from expertteam_app.domain.enums import Role
from expertteam_app.errors import ExpertteamError
from ui.worker import JobContext, Op


@dataclass(frozen=True)
class SessionInfo:
    """Plain facts about the unlocked team that the window may keep on the GUI thread."""

    path: Path
    member_id: int
    member_name: str
    role: Role
    team_name: str
    is_demo: bool
    idle_lock_minutes: int
    target_lead_time_weeks: int


def _info(ctx: JobContext) -> SessionInfo:
    from expertteam_app.services import settings

    team = ctx.team
    with team.unit_of_work(write=False) as uow:
        current = settings.read_settings(uow)
    return SessionInfo(
        path=team.store.path,
        member_id=team.actor.member_id,
        member_name=team.actor.name,
        role=team.actor.role,
        team_name=current.team_name,
        is_demo=current.is_demo,
        idle_lock_minutes=current.idle_lock_minutes,
        target_lead_time_weeks=current.target_lead_time_weeks,
    )


def current_info(ctx: JobContext) -> SessionInfo:
    """The facts again, after the team settings changed."""
    return _info(ctx)


def _replace_team(ctx: JobContext, team: Any) -> SessionInfo:
    if ctx.state.team is not None:
        ctx.state.team.close()
    ctx.state.team = team
    return _info(ctx)


def unlock(path: Path, member: str, passphrase: str, remember: bool = False) -> Op:
    def op(ctx: JobContext) -> SessionInfo:
        from expertteam_app.services import team as team_service

        team = team_service.unlock(path, member, passphrase, exclusive=True)
        info = _replace_team(ctx, team)
        if remember:
            # Only offered when the keyring was judged secure; should it refuse after all,
            # the person is unlocked anyway and is simply not remembered.
            with contextlib.suppress(ExpertteamError):
                team_service.remember_on_workstation(team)
        return info

    return op


def unlock_remembered(path: Path, member: str) -> Op:
    def op(ctx: JobContext) -> SessionInfo | None:
        from expertteam_app.services import team as team_service

        team = team_service.unlock_remembered(path, member, exclusive=True)
        return None if team is None else _replace_team(ctx, team)

    return op


def create_team(path: Path, team_name: str, region: str, admin: str, passphrase: str) -> Op:
    def op(ctx: JobContext) -> tuple[SessionInfo, str]:
        from expertteam_app.services import team as team_service

        created = team_service.create_team(
            path, team_name=team_name, admin_name=admin, passphrase=passphrase, region_code=region
        )
        # Reopen exclusively, as every window session is.
        key, member_id = created.team.store.data_key, created.team.actor.member_id
        created.team.close()
        team = team_service.unlock_with_key(path, member_id, key, exclusive=True)
        return _replace_team(ctx, team), created.recovery_code

    return op


def recover(path: Path, code: str, member: str, new_passphrase: str) -> Op:
    def op(ctx: JobContext) -> tuple[SessionInfo, str]:
        from expertteam_app.services import team as team_service

        recovered = team_service.recover(path, code, member, new_passphrase, exclusive=True)
        return _replace_team(ctx, recovered.team), recovered.new_recovery_code

    return op


def lock(ctx: JobContext) -> None:
    """Drop the key and the connection; the window keeps what was typed."""
    if ctx.state.team is not None:
        ctx.state.team.close()
        ctx.state.team = None


def warm_up(ctx: JobContext) -> None:
    """Import the heavy libraries while the person types the passphrase."""
    import expertteam_app.services.case_search
    import expertteam_app.services.cases
    import expertteam_app.services.team  # noqa: F401
