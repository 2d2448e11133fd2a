"""One encrypted team database per test session, copied for each test.

Creating a team derives Argon2id keys for every member and runs the migrations; doing that
once and copying two files is what keeps the suite fast. Tests open their copy with the
data key (no key derivation) unless they test unlocking itself.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from expertteam_app.domain.enums import Role
from expertteam_app.services import team as team_service
from expertteam_app.services.context import Clock, FixedClock, TeamSession
from expertteam_app.store.vault import slot_file_for

TEAM_NAME = "Expertteam Testregio"
REGION = "JZ01"
NOW = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)

# Synthetic members; the passphrases are only for this test database.
MEMBERS: dict[Role, tuple[str, str]] = {
    Role.BEHEERDER: ("Bea Beheer", "paars konijn op de fiets"),
    Role.VOORZITTER: ("Vera Voorzit", "zeven zwanen zwemmen zuid"),
    Role.COORDINATOR: ("Cor Coördinator", "drie tulpen in de regen"),
    Role.LID: ("Lies Lid", "een lange zin voor lies"),
}


@dataclass(frozen=True)
class TeamTemplate:
    directory: Path
    db_path: Path
    data_key: bytes
    member_ids: dict[Role, int]
    recovery_code: str

    def copy_to(self, target_dir: Path) -> Path:
        target = target_dir / self.db_path.name
        shutil.copy2(self.db_path, target)
        shutil.copy2(slot_file_for(self.db_path), slot_file_for(target))
        return target


def build_template(directory: Path) -> TeamTemplate:
    db_path = directory / "testteam.etdb"
    admin_name, admin_pass = MEMBERS[Role.BEHEERDER]
    created = team_service.create_team(
        db_path,
        team_name=TEAM_NAME,
        admin_name=admin_name,
        passphrase=admin_pass,
        region_code=REGION,
        clock=FixedClock(NOW),
    )
    team = created.team
    ids = {Role.BEHEERDER: team.actor.member_id}
    with team.unit_of_work() as uow:
        for role in (Role.VOORZITTER, Role.COORDINATOR, Role.LID):
            name, passphrase = MEMBERS[role]
            ids[role] = team_service.add_member(uow, name, role, passphrase).id
    key = team.store.data_key
    team.close()
    return TeamTemplate(directory, db_path, key, ids, created.recovery_code)


def open_as(
    template: TeamTemplate, db_path: Path, role: Role, *, clock: Clock | None = None
) -> TeamSession:
    return team_service.unlock_with_key(
        db_path, template.member_ids[role], template.data_key, clock=clock or FixedClock(NOW)
    )
